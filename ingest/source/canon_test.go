package source

import (
	"os"
	"path/filepath"
	"testing"
)

func TestNamer(t *testing.T) {
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
	// a tree outside git: names are relative to Root
	mk(filepath.Join(tmp, "plain", "posts", "a.md"))
	if err := os.Symlink(filepath.Join(tmp, "plain", "posts"), filepath.Join(tmp, "plain", "link")); err != nil {
		t.Fatal(err)
	}
	// a git working tree: names are relative to its root, whatever Root is
	mk(filepath.Join(tmp, "repo", ".git", "HEAD"))
	mk(filepath.Join(tmp, "repo", "blog", "b.md"))

	t.Chdir(filepath.Join(tmp, "plain"))
	n := Namer{Root: filepath.Join(tmp, "plain")}
	for _, p := range []string{"posts/a.md", "./posts/a.md", filepath.Join(tmp, "plain", "posts", "a.md"),
		"posts/../posts/a.md", "link/a.md", "posts//a.md"} {
		if got := n.Name(p); got != "posts/a.md" {
			t.Errorf("Name(%q) = %q, want posts/a.md", p, got)
		}
	}
	t.Chdir(filepath.Join(tmp, "plain", "posts"))
	if got := n.Name("a.md"); got != "posts/a.md" {
		t.Errorf("from another directory: Name(a.md) = %q, want posts/a.md", got)
	}
	if got := n.Name("gone.md"); got != "posts/gone.md" {
		t.Errorf("a file that does not exist: %q, want posts/gone.md", got)
	}
	for _, p := range []string{"../../repo/blog/b.md", filepath.Join(tmp, "repo", "blog", "b.md")} {
		if got := n.Name(p); got != "blog/b.md" {
			t.Errorf("in a git tree: Name(%q) = %q, want blog/b.md", p, got)
		}
	}
	outside := Namer{Root: filepath.Join(tmp, "plain", "posts", "sub")}
	if got := outside.Name("a.md"); got != "../a.md" {
		t.Errorf("outside Root: %q, want ../a.md", got)
	}
	for _, p := range []string{"-", "https://example.org/a"} {
		if got := n.Name(p); got != p {
			t.Errorf("Name(%q) = %q", p, got)
		}
	}
}
