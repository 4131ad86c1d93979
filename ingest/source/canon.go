package source

import (
	"os"
	"path/filepath"
	"strings"
)

// Namer names the files inputs are read from so that one file has one name
// however its path is spelled (relative, absolute, with "./" or "..",
// through a symbolic link, from another working directory), and the same
// name on every machine that holds the same tree: the path, with symbolic
// links resolved, relative to the root of the git working tree holding the
// file, or else relative to Root. The name is slash-separated and may start
// with "../" when the file is outside Root.
type Namer struct {
	// Root is the directory names are relative to when a file is in no git
	// working tree (talkgraph uses the directory holding the store).
	Root string

	cache *nameCache // see Cached; nil: resolve every path afresh
}

// Name returns the stable name of the file at path p. URLs and "-" are
// returned unchanged.
func (n Namer) Name(p string) string {
	if p == "-" || isURL(p) || strings.Contains(p, "://") {
		return p
	}
	if n.cache != nil {
		if name, ok := n.cachedName(p); ok {
			return name
		}
	}
	real := realPath(p)
	root := gitRoot(real)
	if root == "" {
		root = realPath(n.root())
	}
	rel, err := filepath.Rel(root, real)
	if err != nil {
		return filepath.ToSlash(real)
	}
	return filepath.ToSlash(rel)
}

func (n Namer) root() string {
	if n.Root != "" {
		return n.Root
	}
	return "."
}

// realPath makes p absolute and resolves the symbolic links of its longest
// existing prefix (a file that no longer exists still gets the name it had).
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	var rest []string
	for cur := abs; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(append([]string{real}, rest...)...)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs
		}
		rest = append([]string{filepath.Base(cur)}, rest...)
		cur = parent
	}
}

// gitRoot returns the nearest directory at or above the file p (a real,
// absolute path) that holds a .git entry, or "".
func gitRoot(p string) string {
	dir := p
	if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
		dir = filepath.Dir(p)
	}
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
