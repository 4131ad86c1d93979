package source

import (
	"os"
	"path/filepath"
	"sync"
)

// nameCache remembers, per directory, its real path and its git working
// tree, so naming the files of one directory resolves the directory once:
// an unchanged re-ingest of 754 posts otherwise spends half its time in
// EvalSymlinks and in looking for .git above every file.
type nameCache struct {
	mu   sync.Mutex
	real map[string]string // absolute directory -> realPath of it
	git  map[string]string // real directory -> gitRoot of it
	root string            // realPath of the Namer's root, once known
	wd   string            // the working directory when Cached was called ("": ask each time)
}

// Cached returns a copy of n that caches what it learns of directories:
// use it for one command's run, over which the tree does not move and
// the working directory does not change. Safe for
// concurrent use.
func (n Namer) Cached() Namer {
	n.cache = &nameCache{real: map[string]string{}, git: map[string]string{}}
	if wd, err := os.Getwd(); err == nil {
		n.cache.wd = wd
	}
	return n
}

// cachedName is Name for a Namer with a cache. A file that is itself a
// symbolic link, or does not exist, takes the uncached path.
func (n Namer) cachedName(p string) (string, bool) {
	abs := filepath.Clean(p)
	if !filepath.IsAbs(p) {
		if n.cache.wd == "" {
			return "", false
		}
		abs = filepath.Join(n.cache.wd, p) // as filepath.Abs does, without a Getwd per file
	}
	fi, err := os.Lstat(abs)
	if err != nil || fi.Mode()&os.ModeSymlink != 0 {
		return "", false
	}
	c := n.cache
	dir, base := filepath.Dir(abs), filepath.Base(abs)
	c.mu.Lock()
	defer c.mu.Unlock()
	realDir, ok := c.real[dir]
	if !ok {
		realDir = realPath(dir)
		c.real[dir] = realDir
	}
	real := filepath.Join(realDir, base)
	gitFrom := realDir
	if fi.IsDir() {
		gitFrom = real
	}
	root, ok := c.git[gitFrom]
	if !ok {
		root = gitRoot(gitFrom)
		c.git[gitFrom] = root
	}
	if root == "" {
		if c.root == "" {
			c.root = realPath(n.root())
		}
		root = c.root
	}
	rel, err := filepath.Rel(root, real)
	if err != nil {
		return filepath.ToSlash(real), true
	}
	return filepath.ToSlash(rel), true
}
