package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
)

// A writing Store's Close records both Bolt files as checked, so the next
// Open does not walk them; a file changed afterwards no longer matches and
// is walked (and a damaged one refused) by the next Open.
func TestCloseRestamps(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s := mustOpen(t, Config{DB: dir})
	if _, err := s.Put(ctx(), []Doc{mkDoc("a", "h1", q("talk/1", "name", quad.String("One")))}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	stamps := readStamps(dir)
	for _, name := range []string{manifestFile, cayleyFile} {
		want, err := fileStamp(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if stamps[name] != want {
			t.Errorf("after Close, %s is recorded as %q, want %q (its state now)", name, stamps[name], want)
		}
	}
	// damage the manifest past its meta pages: its stamp no longer matches
	p := filepath.Join(dir, manifestFile)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	for i := 2 * 4096; i < len(b) && i < 6*4096; i++ {
		b[i] = 0xff
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(ctx(), Config{DB: dir}); err == nil {
		s.Close()
		t.Fatal("a manifest damaged after Close opened without error")
	}
}
