package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// cutCtx is a context whose Err turns to Canceled after n calls: it
// interrupts a write between two of its bounded Cayley transactions.
type cutCtx struct {
	context.Context
	n atomic.Int64
}

func (c *cutCtx) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestInterruptedWrite: a write interrupted between two Cayley
// transactions is recorded as unfinished; a read-only Open refuses the
// store and says an ingest must finish it; a writable Open finishes it in
// bounded batches, saying so, and every doc is fully new.
func TestInterruptedWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s := mustOpen(t, Config{DB: dir})
	var big Doc
	big.Label, big.Source, big.Kind, big.Hash = iri("doc/big"), "big.xml", "schedule", "h1"
	for i := range 3*applyChunk + 10 {
		big.Quads = append(big.Quads, quad.Quad{Subject: iri(fmt.Sprintf("talk/%d", i)), Predicate: iri("name"), Object: quad.String(fmt.Sprint("talk ", i))})
	}
	ctx := &cutCtx{Context: context.Background()}
	ctx.n.Store(3) // Put's own check, then the first two chunks
	_, err := s.Put(ctx, []Doc{big})
	if !errors.Is(err, ErrUnfinished) {
		t.Fatalf("interrupted Put: %v, want ErrUnfinished", err)
	}
	if n := len(cayleyQuads(t, s.QuadStore())); n == 0 || n >= len(big.Quads) {
		t.Fatalf("Cayley holds %d quads: the interrupt did not come half-way", n)
	}
	s.Close()
	if _, err := Open(context.Background(), Config{DB: dir, ReadOnly: true}); !errors.Is(err, ErrUnfinished) || !strings.Contains(err.Error(), "run an ingest") {
		t.Fatalf("read-only Open: %v", err)
	}
	var said []string
	s, err = Open(context.Background(), Config{DB: dir, Notify: func(m string) { said = append(said, m) }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(said) != 1 || !strings.HasPrefix(said[0], "finishing an interrupted write of 1 posts") {
		t.Errorf("Notify: %q", said)
	}
	if got := cayleyQuads(t, s.QuadStore()); !reflect.DeepEqual(got, nquads(mkLabel(big).Quads...)) {
		t.Errorf("after recovery Cayley has %d quads, want %d", len(got), len(big.Quads))
	}
	if r, err := s.Check(context.Background(), CheckOptions{}); err != nil || !r.OK() {
		t.Errorf("check after recovery: %v %+v", err, r)
	}
}

// TestReplaceNoticesMissingQuads: replacing a doc whose old quads Cayley
// no longer holds (changed behind talkgraph's back) says so, and still
// leaves the doc fully new.
func TestReplaceNoticesMissingQuads(t *testing.T) {
	for _, backend := range []string{Memory, Bolt} {
		t.Run(backend, func(t *testing.T) {
			var said []string
			cfg := Config{Backend: backend, Notify: func(m string) { said = append(said, m) }}
			if backend == Bolt {
				cfg.DB = filepath.Join(t.TempDir(), "db")
			}
			s := mustOpen(t, cfg)
			defer s.Close()
			v1 := mkDoc("a", "h1", q("x", "name", quad.String("old")), q("x", "knows", iri("y")))
			v2 := mkDoc("a", "h2", q("x", "name", quad.String("new")))
			mustPut(t, s, v1)
			// damage: one of v1's quads vanishes from Cayley alone
			lost := mkLabel(v1).Quads[0]
			if err := s.QuadStore().ApplyDeltas([]graph.Delta{{Quad: lost, Action: graph.Delete}}, ignore); err != nil {
				t.Fatal(err)
			}
			mustPut(t, s, v2)
			if len(said) != 1 || !strings.Contains(said[0], "Cayley lacks quads the manifest records for") || !strings.Contains(said[0], "doc/a") {
				t.Errorf("Notify: %q", said)
			}
			if got := cayleyQuads(t, s.QuadStore()); !reflect.DeepEqual(got, nquads(mkLabel(v2).Quads...)) {
				t.Errorf("cayley %v, want v2", got)
			}
		})
	}
}
