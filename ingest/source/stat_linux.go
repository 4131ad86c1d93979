//go:build linux

package source

import (
	"io/fs"
	"syscall"
)

// sysStat fills the fields of st that only the platform's stat knows.
func sysStat(fi fs.FileInfo, st *Stat) {
	if s, ok := fi.Sys().(*syscall.Stat_t); ok {
		st.Change = int64(s.Ctim.Sec)*1e9 + int64(s.Ctim.Nsec)
		st.Inode = uint64(s.Ino)
		st.Device = uint64(s.Dev)
	}
}
