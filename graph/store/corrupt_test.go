package store

import (
	"context"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// seedBolt creates a Bolt store with some docs and closes it.
func seedBolt(t *testing.T) (string, []Doc) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(context.Background(), Config{DB: dir})
	if err != nil {
		t.Fatal(err)
	}
	var docs []Doc
	for i := range 40 {
		docs = append(docs, crashDoc(i, 1))
	}
	if _, err := s.Put(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, docs
}

func TestCorruptFiles(t *testing.T) {
	page := int64(os.Getpagesize())
	truncate := func(name string, size func(int64) int64) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			p := filepath.Join(dir, name)
			st, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(p, size(st.Size())); err != nil {
				t.Fatal(err)
			}
		}
	}
	overwrite := func(name string, off int64, n int) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			junk := make([]byte, n)
			rand.Read(junk)
			if _, err := f.WriteAt(junk, off); err != nil {
				t.Fatal(err)
			}
		}
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
		want   error // nil: Open must succeed with all data
	}{
		{"truncated to half", truncate(cayleyFile, func(n int64) int64 { return n / 2 / page * page }), ErrCorrupt},
		{"truncated mid-page", truncate(cayleyFile, func(n int64) int64 { return n - 100 }), ErrCorrupt},
		{"truncated to 3 pages", truncate(cayleyFile, func(int64) int64 { return 3 * page }), ErrCorrupt},
		{"truncated to 10 bytes", truncate(cayleyFile, func(int64) int64 { return 10 }), ErrCorrupt},
		{"both meta pages damaged", func(t *testing.T, dir string) {
			overwrite(cayleyFile, 16, 64)(t, dir)
			overwrite(cayleyFile, page+16, 64)(t, dir)
		}, ErrCorrupt},
		{"root page damaged (Cayley panics)", func(t *testing.T, dir string) {
			b, err := os.ReadFile(filepath.Join(dir, cayleyFile))
			if err != nil {
				t.Fatal(err)
			}
			m0, err0 := readBoltMeta(b)
			m1, err1 := readBoltMeta(b[page:])
			if err0 != nil || err1 != nil {
				t.Fatal(err0, err1)
			}
			if m1.txid > m0.txid {
				m0 = m1
			}
			overwrite(cayleyFile, int64(m0.root)*page, int(page))(t, dir)
		}, ErrCorrupt},
		{"foreign file", func(t *testing.T, dir string) {
			junk := make([]byte, 8*page)
			rand.Read(junk)
			if err := os.WriteFile(filepath.Join(dir, cayleyFile), junk, 0o644); err != nil {
				t.Fatal(err)
			}
		}, ErrCorrupt},
		{"foreign bolt file", func(t *testing.T, dir string) {
			p := filepath.Join(dir, cayleyFile)
			os.Remove(p)
			db, err := bolt.Open(p, 0o644, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other-app")); return err })
			db.Close()
		}, ErrCorrupt},
		{"manifest truncated", truncate(manifestFile, func(n int64) int64 { return n / 2 / page * page }), ErrCorrupt},
		{"manifest is junk", overwrite(manifestFile, 0, 2*int(page)), ErrCorrupt},
		{"Cayley file missing: rebuilt", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, cayleyFile))
		}, nil},
		{"Cayley file empty: rebuilt", truncate(cayleyFile, func(int64) int64 { return 0 }), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, docs := seedBolt(t)
			tt.damage(t, dir)
			s, err := Open(context.Background(), Config{DB: dir})
			if tt.want != nil {
				if err == nil {
					s.Close()
					t.Fatal("Open succeeded on a damaged store")
				}
				if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), dir) {
					t.Fatalf("err = %v, want %v naming %s", err, tt.want, dir)
				}
				t.Log(err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var want []quad.Quad
			for _, d := range docs {
				want = append(want, mkLabel(d).Quads...)
			}
			if got := cayleyQuads(t, s.QuadStore()); !reflect.DeepEqual(got, nquads(want...)) {
				t.Errorf("rebuilt store has %d quads, want %d", len(got), len(want))
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	tests := []struct {
		name string
		cfg  Config
		want error
	}{
		{"DB is a file", Config{DB: file}, ErrCorrupt},
		{"read-only missing", Config{DB: filepath.Join(tmp, "none"), ReadOnly: true}, ErrNotExist},
		{"unknown backend", Config{Backend: "leveldb"}, ErrBackend},
		{"postgres without URL", Config{Backend: Postgres, DB: "/tmp/x"}, ErrBackend},
		{"bad schema", Config{Backend: Postgres, DB: "postgres://localhost/x", Schema: "a;drop"}, ErrBackend},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.cfg)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
	// Cayley data with no manifest is not a talkgraph store.
	dir, _ := seedBolt(t)
	os.Remove(filepath.Join(dir, manifestFile))
	if _, err := Open(context.Background(), Config{DB: dir}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Cayley store without manifest: %v", err)
	}
}

func TestReadOnly(t *testing.T) {
	dir, docs := seedBolt(t)
	s := mustOpen(t, Config{DB: dir, ReadOnly: true})
	if _, err := s.Put(context.Background(), docs[:1]); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Put: %v", err)
	}
	if _, err := s.Remove(context.Background(), docs[0].Label); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Remove: %v", err)
	}
	if err := s.Compact(context.Background()); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Compact: %v", err)
	}
	if got, _ := s.Docs(context.Background()); len(got) != len(docs) {
		t.Errorf("Docs = %d, want %d", len(got), len(docs))
	}
	s.Close()
	if _, err := s.Put(context.Background(), docs[:1]); !errors.Is(err, ErrClosed) {
		t.Errorf("Put after Close: %v", err)
	}
}
