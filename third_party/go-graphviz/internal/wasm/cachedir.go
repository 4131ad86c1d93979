package wasm

import (
	"os"
)

// privateDir makes dir (mode 0700, parents 0700 too when missing) and
// reports whether it is a real directory, not a symlink, owned by this user
// and closed to group and others. (talkgraph fork.)
func privateDir(dir string) bool {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false
	}
	fi, err := os.Lstat(dir)
	if err != nil || !fi.IsDir() || fi.Mode().Perm()&0o077 != 0 {
		return false
	}
	return ownedByMe(fi)
}

// Load instantiates the module now if it is not yet (talkgraph fork).
func Load() { mod.module() }
