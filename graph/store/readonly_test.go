package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// listing records every file of dir with its size and modification time.
func listing(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil {
			out[p] = fmt.Sprint(fi.ModTime(), fi.Size())
		}
		return nil
	})
	return out
}

func TestReadOnlyWritesNothing(t *testing.T) {
	ctx := context.Background()
	// a directory that is not a store
	empty := t.TempDir()
	if _, err := Open(ctx, Config{DB: empty, ReadOnly: true}); !errors.Is(err, ErrNotStore) {
		t.Errorf("read-only open of an empty directory: %v, want ErrNotStore", err)
	}
	if ents, _ := os.ReadDir(empty); len(ents) != 0 {
		t.Errorf("read-only open created %v", ents)
	}
	// a store: reading it changes no file
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(ctx, Config{DB: dir})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, mkDoc("a", "h1", q("x", "name", quad.String("X"))))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before := listing(t, dir)
	r1, err := Open(ctx, Config{DB: dir, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Open(ctx, Config{DB: dir, ReadOnly: true}) // readers share the store
	if err != nil {
		t.Fatal(err)
	}
	if n := len(cayleyQuads(t, r2.QuadStore())); n != 1 {
		t.Errorf("read %d quads, want 1", n)
	}
	// Cayley's file is open read-only too: a write through Cayley fails
	// and leaves it unchanged
	err = r2.QuadStore().ApplyDeltas([]graph.Delta{{Quad: q("z", "name", quad.String("Z")), Action: graph.Add}}, graph.IgnoreOpts{})
	if err == nil {
		t.Error("a write to the Cayley store of a read-only store succeeded")
	}
	if n := len(cayleyQuads(t, r2.QuadStore())); n != 1 {
		t.Errorf("after the refused write: %d quads, want 1", n)
	}
	if _, err := r1.Put(ctx, []Doc{mkDoc("b", "h", q("y", "name", quad.String("Y")))}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Put on a read-only store: %v", err)
	}
	r1.Close()
	r2.Close()
	if after := listing(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("read-only opens changed the store's files:\nbefore %v\nafter  %v", before, after)
	}
	// a damaged manifest is reported, and nothing is made in its place
	if err := os.WriteFile(filepath.Join(dir, manifestFile), []byte("garbage, not bolt"), 0o644); err != nil {
		t.Fatal(err)
	}
	before = listing(t, dir)
	if _, err := Open(ctx, Config{DB: dir, ReadOnly: true}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("read-only open of a damaged manifest: %v, want ErrCorrupt", err)
	}
	if after := listing(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("read-only open of a damaged store changed its files")
	}
}

// TestReadOnlyBackends: on every persistent backend a read-only open of
// nothing is an error that creates nothing, readers share a store, and a
// read-only store refuses writes.
func TestReadOnlyBackends(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends(t) {
		if b.name == "memory" {
			continue
		}
		t.Run(b.name, func(t *testing.T) {
			cfg := b.open(t)
			ro := cfg
			ro.ReadOnly = true
			if _, err := Open(ctx, ro); err == nil {
				t.Fatal("read-only open of a store that does not exist succeeded")
			}
			// still nothing there: a writable open finds an empty store
			w, err := Open(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if docs, _ := w.Docs(ctx); len(docs) != 0 {
				t.Fatalf("the read-only open left %d docs", len(docs))
			}
			mustPut(t, w, mkDoc("a", "h1", q("x", "name", quad.String("X"))))
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			r1, err := Open(ctx, ro)
			if err != nil {
				t.Fatal(err)
			}
			defer r1.Close()
			r2, err := Open(ctx, ro)
			if err != nil {
				t.Fatalf("a second reader: %v", err)
			}
			defer r2.Close()
			if n := len(cayleyQuads(t, r2.QuadStore())); n != 1 {
				t.Errorf("read %d quads, want 1", n)
			}
			if _, err := r1.Put(ctx, []Doc{mkDoc("b", "h", q("y", "name", quad.String("Y")))}); !errors.Is(err, ErrReadOnly) {
				t.Errorf("Put on a read-only store: %v", err)
			}
		})
	}
}
