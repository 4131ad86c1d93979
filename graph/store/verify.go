package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
)

// checkedFile, in a Bolt store directory, records the files walkBoltFile
// found intact: one line "name size mtime-ns" per file. Open walks a file
// again only when it no longer matches its line, so an unchanged store
// opens without reading it whole, and any change made outside talkgraph
// (a copy, a restore, a damaging write) is checked before Bolt maps it.
const checkedFile = "talkgraph.checked"

func fileStamp(path string) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s %d %d", filepath.Base(path), st.Size(), st.ModTime().UnixNano()), nil
}

// readStamps maps each file name to its recorded stamp.
func readStamps(dir string) map[string]string {
	out := map[string]string{}
	b, err := os.ReadFile(filepath.Join(dir, checkedFile))
	if err != nil {
		return out
	}
	for _, l := range strings.Split(string(b), "\n") {
		if name, _, ok := strings.Cut(l, " "); ok {
			out[name] = l
		}
	}
	return out
}

// verifyBoltFiles walks each named file of dir (see walkBoltFile) unless
// its stamp says it was found intact as it is now, and records the stamps
// of the files it walked (when the directory is writable). force walks
// every file.
func verifyBoltFiles(dir string, force bool, names ...string) error {
	stamps := readStamps(dir)
	walked := false
	for _, name := range names {
		p := filepath.Join(dir, name)
		stamp, err := fileStamp(p)
		if err != nil {
			return err
		}
		if !force && stamps[name] == stamp {
			continue
		}
		delete(stamps, name)
		if err := walkBoltFile(p); err != nil {
			writeStamps(dir, stamps)
			return fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
		}
		stamps[name] = stamp
		walked = true
	}
	if walked {
		writeStamps(dir, stamps)
	}
	return nil
}

// writeStamps records stamps, if the directory can be written.
func writeStamps(dir string, stamps map[string]string) {
	keys := make([]string, 0, len(stamps))
	for k := range stamps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(stamps[k] + "\n")
	}
	tmp := filepath.Join(dir, checkedFile+".tmp")
	if os.WriteFile(tmp, []byte(b.String()), 0o644) == nil {
		os.Rename(tmp, filepath.Join(dir, checkedFile))
	}
}

// guardRead runs f, which reads a memory-mapped Bolt file, turning a panic
// (Bolt asserts on damaged pages) or a memory fault (a page outside the
// mapping) into an ErrCorrupt naming what. debug.SetPanicOnFault applies
// to the calling goroutine only, which is the one f runs on.
func guardRead(what string, f func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %s: reading it failed: %v (run 'talkgraph check')", ErrCorrupt, what, r)
		}
	}()
	return f()
}
