package source

import (
	"os"
	"path/filepath"
	"testing"
)

// A cached Namer names every path as the uncached one does: symbolic links
// to directories and to files, files that do not exist, git trees, other
// working directories.
func TestCachedNamerAgrees(t *testing.T) {
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	mk := func(p string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, name); err != nil {
			t.Fatal(err)
		}
	}
	mk(filepath.Join(tmp, "plain", "posts", "a.md"))
	mk(filepath.Join(tmp, "plain", "posts", "deep", "c.md"))
	mk(filepath.Join(tmp, "repo", ".git", "HEAD"))
	mk(filepath.Join(tmp, "repo", "blog", "b.md"))
	link(filepath.Join(tmp, "plain", "posts"), filepath.Join(tmp, "plain", "link"))
	link(filepath.Join(tmp, "repo", "blog", "b.md"), filepath.Join(tmp, "plain", "posts", "tob.md"))
	paths := []string{"posts/a.md", "./posts/a.md", "link/a.md", "posts//a.md", "posts/../posts/a.md",
		"posts/deep/c.md", "link/deep/c.md", "posts/deep", "posts", "posts/tob.md", "link/tob.md",
		"posts/gone.md", "gone/gone.md", "../repo/blog/b.md", "../repo/blog", "../repo/blog/gone.md",
		filepath.Join(tmp, "repo", "blog", "b.md"), filepath.Join(tmp, "plain", "posts", "a.md"), "-", "https://example.org/a"}
	for _, wd := range []string{filepath.Join(tmp, "plain"), filepath.Join(tmp, "plain", "posts")} {
		t.Chdir(wd)
		for _, root := range []string{filepath.Join(tmp, "plain"), filepath.Join(tmp, "plain", "posts", "deep")} {
			plain := Namer{Root: root}
			cached := plain.Cached()
			for range 2 { // the second round answers from the cache
				for _, p := range paths {
					if got, want := cached.Name(p), plain.Name(p); got != want {
						t.Errorf("wd %s, root %s: cached Name(%q) = %q, uncached %q", wd, root, p, got, want)
					}
				}
			}
		}
	}
}
