package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestReplayInterrupted: the recovery replay of an interrupted write is
// itself interruptible between its bounded batches (Ctrl-C during Open
// stops it), and the next Open finishes it.
func TestReplayInterrupted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s := mustOpen(t, Config{DB: dir})
	var big Doc
	big.Label, big.Source, big.Kind, big.Hash = iri("doc/big"), "big.xml", "schedule", "h1"
	for i := range 3*applyChunk + 10 {
		big.Quads = append(big.Quads, quad.Quad{Subject: iri(fmt.Sprintf("talk/%d", i)), Predicate: iri("name"), Object: quad.String(fmt.Sprint("talk ", i))})
	}
	ctx := &cutCtx{Context: context.Background()}
	ctx.n.Store(3)
	if _, err := s.Put(ctx, []Doc{big}); !errors.Is(err, ErrUnfinished) {
		t.Fatalf("interrupted Put: %v, want ErrUnfinished", err)
	}
	s.Close()

	// Open whose context is cancelled after a few checks: the replay stops.
	octx := &cutCtx{Context: context.Background()}
	octx.n.Store(2)
	var said []string
	s2, err := Open(octx, Config{DB: dir, Notify: func(m string) { said = append(said, m) }})
	if len(said) == 0 || !strings.HasPrefix(said[0], "finishing an interrupted write") {
		t.Errorf("the interrupt came before the replay began (said %q, err %v)", said, err)
	}
	if err == nil {
		s2.Close()
		t.Fatal("Open finished the replay despite the interrupt")
	}
	if !errors.Is(err, context.Canceled) && !errors.Is(err, ErrUnfinished) {
		t.Fatalf("interrupted replay: %v, want Canceled or ErrUnfinished", err)
	}
	// The next Open finishes it.
	s3, err := Open(context.Background(), Config{DB: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s3.Close()
	got := cayleyQuads(t, s3.QuadStore())
	if !reflect.DeepEqual(got, nquads(mkLabel(big).Quads...)) {
		t.Errorf("after recovery Cayley has %d quads, want %d", len(got), len(big.Quads))
	}
}
