package store

import "path/filepath"

// closeRestamped closes Cayley's Bolt store of a writing Store and records
// the stamps (see checkedFile) of both Bolt files as they are now, while the
// manifest's lock still keeps every other writer out. Both files were walked
// (or matched their stamps) when this Store opened them, and since then only
// Bolt's own transactions, each atomic, wrote them: so the next Open need not
// walk them again. Without this every writing command (an unchanged
// re-ingest too) changed the files' mtimes and made the next one read both
// files whole. A crash never reaches here: the stamps then stay stale and
// the next Open walks the files.
func (s *Store) closeRestamped() error {
	err := s.qs.Close()
	s.qs = nil
	if err != nil {
		return err
	}
	stamps := readStamps(s.dir)
	for _, name := range []string{manifestFile, cayleyFile} {
		stamp, err := fileStamp(filepath.Join(s.dir, name))
		if err != nil {
			return nil // nothing to vouch for: the next Open walks it
		}
		stamps[name] = stamp
	}
	writeStamps(s.dir, stamps)
	return nil
}
