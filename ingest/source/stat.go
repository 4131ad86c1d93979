package source

import (
	"io/fs"
	"time"
)

// Stat is what a directory walk sees of a file without reading it, as git's
// index records it: a file whose Stat is the same as when it was last read
// is taken to hold the same bytes (see Options.Unread).
type Stat struct {
	Size    int64
	ModTime int64 // nanoseconds since 1970
	Change  int64 // inode change time (ctime), nanoseconds; 0 where unknown
	Inode   uint64
	Device  uint64
}

// StatOf returns the Stat of fi.
func StatOf(fi fs.FileInfo) Stat {
	st := Stat{Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	sysStat(fi, &st)
	return st
}

// Settled reports whether both of st's times are older than before by
// more than the coarsest file-system clock (two seconds): an edit made
// after before then always gives the file another Stat. A file changed
// within that window ("racily clean" in git's words) may be edited again
// without its times moving, so its Stat must not vouch for its bytes.
func (st Stat) Settled(before time.Time) bool {
	bound := before.Truncate(time.Second).Add(-2 * time.Second).UnixNano()
	return st.ModTime < bound && st.Change < bound
}
