package source

import (
	"errors"
	"io/fs"
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
	// asked counts the files named in each absolute directory; from the
	// listAfter-th on, the directory is listed once (types) instead of an
	// Lstat per file.
	asked map[string]int
	types map[string]map[string]fs.FileMode // absolute directory -> entry -> its type (nil: not listable)
	// missing holds the directories whose listing found them missing:
	// nothing in them exists either (Exists)
	missing map[string]bool
	root    string // realPath of the Namer's root, once known
	wd      string // the working directory when Cached was called ("": ask each time)
}

// Cached returns a copy of n that caches what it learns of directories:
// use it for one command's run, over which the tree does not move and
// the working directory does not change. Safe for
// concurrent use.
func (n Namer) Cached() Namer {
	n.cache = &nameCache{real: map[string]string{}, git: map[string]string{}, asked: map[string]int{}, types: map[string]map[string]fs.FileMode{}, missing: map[string]bool{}}
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
	c := n.cache
	dir, base := filepath.Dir(abs), filepath.Base(abs)
	c.mu.Lock()
	defer c.mu.Unlock()
	mode, ok := c.typeOf(dir, base)
	if !ok {
		fi, err := os.Lstat(abs)
		if err != nil {
			return "", false
		}
		mode = fi.Mode().Type()
	}
	if mode&os.ModeSymlink != 0 {
		return "", false
	}
	realDir := c.realDir(dir)
	real := filepath.Join(realDir, base)
	gitFrom := realDir
	if mode.IsDir() {
		gitFrom = real
	}
	root := c.gitRootDir(gitFrom)
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

// listAfter is how many files of a directory are named (an Lstat each)
// before it is listed: a listing costs a few system calls, so directories
// of one post and its pictures are not listed.
const listAfter = 4

// typeOf returns the type of entry base of directory dir as a listing of
// dir gives it (the directory is listed when the listAfter-th file in it
// is named: a walk names all its files, a command naming one file lists
// nothing). ok is false when the listing does not know base (created
// since, or the directory cannot be read): the caller asks the file
// system. c.mu is held.
func (c *nameCache) typeOf(dir, base string) (mode fs.FileMode, ok bool) {
	types, listed := c.types[dir]
	if !listed {
		if c.asked[dir]++; c.asked[dir] < listAfter {
			return 0, false
		}
		if entries, err := os.ReadDir(dir); err == nil {
			types = make(map[string]fs.FileMode, len(entries))
			for _, e := range entries {
				types[e.Name()] = e.Type()
			}
		} else if errors.Is(err, fs.ErrNotExist) {
			c.missing[dir] = true
		}
		c.types[dir] = types
	}
	mode, ok = types[base]
	return mode, ok
}

// realDir is realPath of the absolute directory dir, resolved from its
// parent's: a directory that is no symbolic link is its parent's real path
// and its name, so the directories of a tree cost one Lstat each (none
// when the parent's listing knows it) instead of one per component of
// their paths. c.mu is held.
func (c *nameCache) realDir(dir string) string {
	if real, ok := c.real[dir]; ok {
		return real
	}
	real := ""
	if parent := filepath.Dir(dir); parent != dir {
		base := filepath.Base(dir)
		mode, ok := c.types[parent][base]
		if !ok {
			if fi, err := os.Lstat(dir); err == nil {
				mode, ok = fi.Mode().Type(), true
			}
		}
		if ok && mode.IsDir() {
			real = filepath.Join(c.realDir(parent), base)
		}
	}
	if real == "" { // the root, a symbolic link, or not a directory
		real = realPath(dir)
	}
	c.real[dir] = real
	return real
}

// gitRootDir is gitRoot of the real, absolute directory dir, resolved from
// its parent's: the directories of a tree look for .git once each. c.mu is
// held.
func (c *nameCache) gitRootDir(dir string) string {
	if root, ok := c.git[dir]; ok {
		return root
	}
	root := ""
	if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
		root = dir
	} else if parent := filepath.Dir(dir); parent != dir {
		root = c.gitRootDir(parent)
	}
	c.git[dir] = root
	return root
}

// Exists reports whether os.Stat(p) would succeed. A Namer with a cache
// answers from its listing of p's directory when it has one (made as
// Name makes it, from the listAfter-th file of a directory on): a
// regular file or directory found there exists, and nothing exists in a
// directory its listing found missing; anything else (a symbolic link, a
// name the listing lacks) asks the file system. Checking the files of one
// directory then costs a listing, not a stat each (the stored posts of a
// store ingested from another working directory are all in one missing
// directory).
func (n Namer) Exists(p string) bool {
	if c := n.cache; c != nil && (filepath.IsAbs(p) || c.wd != "") {
		abs := filepath.Clean(p)
		if !filepath.IsAbs(p) {
			abs = filepath.Join(c.wd, p)
		}
		dir := filepath.Dir(abs)
		c.mu.Lock()
		mode, ok := c.typeOf(dir, filepath.Base(abs))
		gone := c.missing[dir]
		c.mu.Unlock()
		if ok && (mode.IsRegular() || mode.IsDir()) {
			return true
		}
		if gone {
			return false
		}
	}
	_, err := os.Stat(p)
	return err == nil
}
