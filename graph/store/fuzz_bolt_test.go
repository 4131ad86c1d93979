package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	bolt "go.etcd.io/bbolt"
)

// FuzzBoltChecks feeds arbitrary files to the Bolt file checks. They must
// never panic, and a file they pass must not crash Bolt: opening it and
// reading every bucket either works or fails with an error (a panic there
// means the walk let damage through).
func FuzzBoltChecks(f *testing.F) {
	dir := filepath.Join(f.TempDir(), "db")
	s, err := Open(context.Background(), Config{DB: dir})
	if err != nil {
		f.Fatal(err)
	}
	var docs []Doc
	for i := range 5 {
		docs = append(docs, crashDoc(i, 1))
	}
	if _, err := s.Put(context.Background(), docs); err != nil {
		f.Fatal(err)
	}
	s.Close()
	for _, name := range []string{manifestFile, cayleyFile} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("not a database"))
	tmp := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		if walkBolt(bytes.NewReader(data), int64(len(data))) != nil {
			return
		}
		p := filepath.Join(tmp, "fuzz.bolt")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if checkBoltFile(p) != nil {
			return
		}
		err := guardRead("fuzz.bolt", func() error {
			db, err := bolt.Open(p, 0o644, &bolt.Options{ReadOnly: true})
			if err != nil {
				return nil // refused by Bolt: fine
			}
			defer db.Close()
			return db.View(func(tx *bolt.Tx) error {
				return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
					return b.ForEach(func(k, v []byte) error { return nil })
				})
			})
		})
		if err != nil && strings.Contains(err.Error(), "reading it failed") {
			t.Fatalf("the walk passed a file that makes Bolt panic: %v", err)
		}
	})
}
