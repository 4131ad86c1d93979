package svg

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestCacheDir runs a render in a child process (the cache is chosen once
// per process) with the cache directory in several states: a fresh one is
// made 0700 and filled, a directory others can write is left untouched and
// the render still works from an in-memory cache.
func TestCacheDir(t *testing.T) {
	if os.Getenv("TALKGRAPH_SVG_CHILD") != "" {
		var out bytes.Buffer
		if err := Render(context.Background(), []byte("digraph { a -> b }"), &out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(out.Bytes(), []byte("<svg")) {
			t.Fatalf("no svg: %q", out.String())
		}
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	child := func(t *testing.T, dir string) {
		cmd := exec.Command(exe, "-test.run", "^TestCacheDir$")
		cmd.Env = append(os.Environ(), "TALKGRAPH_SVG_CHILD=1", "GO_GRAPHVIZ_CACHE_DIR="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
	}
	t.Run("fresh", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "cache", "go-graphviz")
		child(t, dir)
		fi, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o700 {
			t.Errorf("mode %v, want 0700", fi.Mode().Perm())
		}
		if ents, _ := os.ReadDir(dir); len(ents) == 0 {
			t.Error("cache directory left empty")
		}
	})
	t.Run("shared", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "go-graphviz")
		if err := os.Mkdir(dir, 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(dir, 0o777); err != nil {
			t.Fatal(err)
		}
		child(t, dir)
		if ents, _ := os.ReadDir(dir); len(ents) != 0 {
			t.Errorf("wrote %d entries into a directory others can write", len(ents))
		}
	})
}

// TestNoLoadAtInit checks that importing the renderer does not compile
// Graphviz at package init: upstream's init allocated 4.3 MB (inittrace).
func TestNoLoadAtInit(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run", "^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	m := regexp.MustCompile(`init github.com/goccy/go-graphviz/internal/wasm @[^,]+, [^,]+ clock, (\d+) bytes`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no inittrace line for go-graphviz/internal/wasm in:\n%s", out)
	}
	if n, _ := strconv.Atoi(string(m[1])); n > 100_000 {
		t.Errorf("go-graphviz init allocated %d bytes: it loads Graphviz at init", n)
	}
}
