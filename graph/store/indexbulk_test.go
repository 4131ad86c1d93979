package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// indexCurrent reads whether the manifest marks the edge index current.
func indexCurrent(t *testing.T, s *Store) bool {
	t.Helper()
	var v []byte
	err := s.man.View(context.Background(), func(tx kvTx) error {
		var err error
		v, err = tx.Get(bIndex, indexVersionKey)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return string(v) == indexVersion
}

// bulkDoc is doc i (version v): a talk with a performer and names, as
// posts state them, sharing the performer with other docs.
func bulkDoc(i, v int) Doc {
	talk, person := iri(fmt.Sprintf("talk/%d", i)), iri(fmt.Sprintf("person/%d", i%3))
	return mkDoc(fmt.Sprintf("b%d", i), fmt.Sprintf("%d-%d", i, v),
		quad.Quad{Subject: talk, Predicate: vocab.Performer, Object: person},
		quad.Quad{Subject: talk, Predicate: vocab.Name, Object: quad.String(fmt.Sprintf("Talk %d v%d", i, v))},
		quad.Quad{Subject: person, Predicate: vocab.Name, Object: quad.String(fmt.Sprintf("Jane Doe %d", i%3))})
}

func bulkDocs(from, to, v int) []Doc {
	var out []Doc
	for i := from; i < to; i++ {
		out = append(out, bulkDoc(i, v))
	}
	return out
}

func TestBulkIndex(t *testing.T) {
	tests := []struct {
		name      string
		write     func(s *Store) error // after 20 docs were Put
		wantStale bool                 // the write leaves the index to a rebuild
		finish    func(s *Store) error // brings it up to date
	}{
		{"a small pipelined write keeps the index current",
			func(s *Store) error { _, err := s.PutPipelined(ctx(), bulkDocs(20, 22, 0)); return err },
			false, func(s *Store) error { return s.Flush(ctx()) }},
		{"a bulk pipelined write leaves it to Flush",
			func(s *Store) error { _, err := s.PutPipelined(ctx(), bulkDocs(10, 40, 1)); return err },
			true, func(s *Store) error { return s.Flush(ctx()) }},
		{"Neighbors rebuilds it first",
			func(s *Store) error { _, err := s.PutPipelined(ctx(), bulkDocs(5, 40, 2)); return err },
			true, func(s *Store) error {
				got, err := s.Neighbors(ctx(), []quad.Value{iri("talk/7")}, vocab.Name, false)
				if err == nil && !reflect.DeepEqual(got, [][]quad.Value{{quad.String("Talk 7 v2")}}) {
					return fmt.Errorf("Neighbors: %v, want the name written by the bulk", got)
				}
				return err
			}},
		{"the next Remove rebuilds it",
			func(s *Store) error { _, err := s.PutPipelined(ctx(), bulkDocs(0, 30, 3)); return err },
			true, func(s *Store) error { _, err := s.Remove(ctx(), bulkDoc(3, 0).Label); return err }},
		{"the next Put rebuilds it",
			func(s *Store) error { _, err := s.PutPipelined(ctx(), bulkDocs(0, 30, 3)); return err },
			true, func(s *Store) error { _, err := s.Put(ctx(), []Doc{bulkDoc(50, 0)}); return err }},
	}
	for _, b := range backends(t) {
		for _, tc := range tests {
			t.Run(b.name+"/"+tc.name, func(t *testing.T) {
				s := mustOpen(t, b.open(t))
				s.batch = 6 // several intents per write
				mustPut(t, s, bulkDocs(0, 20, 0)...)
				if err := tc.write(s); err != nil {
					t.Fatal(err)
				}
				if got := !indexCurrent(t, s); got != tc.wantStale {
					t.Fatalf("index out of date after the write: %v, want %v", got, tc.wantStale)
				}
				if err := tc.finish(s); err != nil {
					t.Fatal(err)
				}
				if !indexCurrent(t, s) {
					t.Error("index still marked out of date")
				}
				checkIndex(t, s)
			})
		}
	}
}

// TestBulkIndexCrash stops a store (as a crash would: no Close) while a
// bulk write has left its index out of date: the next Open rebuilds it.
func TestBulkIndexCrash(t *testing.T) {
	for _, b := range backends(t) {
		if b.name == "memory" {
			continue // nothing outlives the Store
		}
		t.Run(b.name, func(t *testing.T) {
			cfg := b.open(t)
			s, err := Open(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			s.batch = 6
			mustPut(t, s, bulkDocs(0, 20, 0)...)
			if _, err := s.PutPipelined(ctx(), bulkDocs(10, 40, 1)); err != nil {
				t.Fatal(err)
			}
			if indexCurrent(t, s) {
				t.Fatal("index current after the bulk write")
			}
			if err := s.settle(); err != nil {
				t.Fatal(err)
			}
			if err := s.shut(); err != nil {
				t.Fatal(err)
			}
			s = mustOpen(t, cfg)
			if !indexCurrent(t, s) {
				t.Error("index out of date after reopening")
			}
			checkIndex(t, s)
			if h, ok := s.Hash(bulkDoc(39, 1).Label); !ok || h != "39-1" {
				t.Errorf("doc 39 after reopening: hash %q, %v", h, ok)
			}
		})
	}
}
