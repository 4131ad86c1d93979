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

// Exists agrees with os.Stat for a cached Namer (whose directory listings
// answer) and an uncached one: files, directories, symbolic links (to a
// file, dangling), names that do not exist (in a directory that exists
// or not), a file removed after its directory was listed.
func TestExistsAgrees(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "posts")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"a.md", "b.md", "c.md", "d.md", "e.md"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "a.md"), filepath.Join(dir, "link.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere.md"), filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(tmp)
	paths := []string{"posts/a.md", "posts/b.md", "posts/c.md", "posts/d.md", "posts/e.md", "posts/sub",
		"posts/link.md", "posts/dangling.md", "posts/gone.md", "gone/x.md", filepath.Join(dir, "e.md"), "posts",
		"gone/y.md", "gone/z.md", "gone/w.md", "gone/v.md", "posts/link.md/x", "posts/sub/gone/x.md"}
	cached := Namer{Root: tmp}.Cached()
	check := func(round string) {
		t.Helper()
		for _, n := range []Namer{{Root: tmp}, cached} {
			for _, p := range paths {
				_, err := os.Stat(p)
				if got := n.Exists(p); got != (err == nil) {
					t.Errorf("%s: Exists(%q) = %v, os.Stat error %v", round, p, got, err)
				}
			}
		}
	}
	check("first")
	check("listed") // the cache has listed posts/ by now
	if _, ok := cached.cache.types[dir]; !ok {
		t.Fatal("the cache did not list the directory")
	}
	if !cached.cache.missing[filepath.Join(tmp, "gone")] {
		t.Fatal("the cache did not find the missing directory missing")
	}
	if err := os.Remove(filepath.Join(dir, "e.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "d.md")); err != nil {
		t.Fatal(err)
	}
	// the listing, made before, still says they exist: Exists trusts it
	// for the command's run, as Name does
	if !cached.Exists("posts/e.md") {
		t.Error("cached Exists asked the file system about a file its listing holds")
	}
}
