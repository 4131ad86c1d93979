package queryrun

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/writer" // registers "single"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func memQS(t *testing.T) graph.QuadStore {
	t.Helper()
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	w, err := graph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"FOSDEM 2019", "FOSDEM 2020", "FOSDEM 2021"} {
		ev := quad.IRI("https://ex.org/id/event/" + string(rune('a'+i)))
		if err := w.AddQuad(quad.Make(ev, vocab.Type, vocab.Event.IRI(), nil)); err != nil {
			t.Fatal(err)
		}
		if err := w.AddQuad(quad.Make(ev, vocab.Name, name, nil)); err != nil {
			t.Fatal(err)
		}
	}
	return qs
}

func TestRun(t *testing.T) {
	qs := memQS(t)
	ctx := context.Background()
	res, err := Run(ctx, qs, Options{Query: `g.V("<tg:Event>").In("<rdf:type>").Out("<schema:name>").All()`, Timeout: 5 * time.Second})
	if err != nil || len(res) != 3 {
		t.Fatalf("gizmo with short IRIs: %v %v", res, err)
	}
	if res, err := Run(ctx, qs, Options{Lang: "graphql", Query: `{ nodes(<rdf:type>: <tg:Event>) { id } }`}); err != nil || len(res) != 1 {
		t.Errorf("graphql: %v %v", res, err)
	}
	if res, err := Run(ctx, qs, Options{Lang: "mql", Query: `[{"id": null, "<rdf:type>": "<tg:Event>"}]`}); err != nil || len(res) != 3 {
		t.Errorf("mql: %v %v", res, err)
	}
	if _, err := Run(ctx, qs, Options{Query: `g.V().All()`, Limit: 2}); !errors.Is(err, ErrTooMany) {
		t.Errorf("limit: %v", err)
	}
	if _, err := Run(ctx, qs, Options{Lang: "sparql", Query: "x"}); !errors.Is(err, ErrLanguage) {
		t.Errorf("sparql: %v", err)
	}
	if _, err := Run(ctx, nil, Options{Query: "g.V().All()"}); !errors.Is(err, ErrClosed) {
		t.Errorf("nil store: %v", err)
	}
	if _, err := Run(ctx, qs, Options{Query: "g.V(.All()"}); err == nil || errors.Is(err, ErrTimeout) {
		t.Errorf("syntax error: %v", err)
	}
}

// TestRunTimeout: an endless script is interrupted and is ErrTimeout, not
// a short answer.
func TestRunTimeout(t *testing.T) {
	qs := memQS(t)
	for _, q := range []string{"while (true) {}", `g.V().All(); while (true) {}`} {
		res, err := Run(context.Background(), qs, Options{Query: q, Timeout: 300 * time.Millisecond})
		if !errors.Is(err, ErrTimeout) || res != nil || !strings.Contains(err.Error(), "300ms") {
			t.Errorf("%q: %v %v", q, res, err)
		}
	}
}

func TestExpandPrefixes(t *testing.T) {
	got := ExpandPrefixes(`g.V("<tg:Talk>").Out("<schema:name>") <http://x.org/a> <foo:bar>`)
	want := `g.V("<https://w3id.org/talkgraph/ns#Talk>").Out("<https://schema.org/name>") <http://x.org/a> <foo:bar>`
	if got != want {
		t.Errorf("got %s", got)
	}
}

func TestRunOptions(t *testing.T) {
	qs := memQS(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		o    Options
		want int
	}{
		{"paths kept", Options{Query: `g.Emit(1); g.Emit(1); g.Emit(2)`}, 3},
		{"deduplicated", Options{Query: `g.Emit(1); g.Emit(1); g.Emit(2)`, Dedupe: true}, 2},
		{"stop at limit", Options{Query: `while(true) g.Emit(1)`, Limit: 3, Stop: true, Timeout: 10 * time.Second}, 3},
		{"deduplicated endless emission stops", Options{Query: `while(true) g.Emit(1)`, Limit: 3, Stop: true, Dedupe: true, Timeout: 10 * time.Second}, 1},
	} {
		res, err := Run(ctx, qs, tc.o)
		if err != nil || len(res) != tc.want {
			t.Errorf("%s: %d results, %v; want %d", tc.name, len(res), err, tc.want)
		}
	}
	_, err := Run(ctx, qs, Options{Query: `var s = "x"; while (true) s += s`, MaxMemory: 32 << 20, Timeout: 60 * time.Second})
	if !errors.Is(err, ErrMemory) {
		t.Errorf("memory bomb: %v, want ErrMemory", err)
	}
	_, err = Run(ctx, qs, Options{Query: `g.V(.All()`})
	if err == nil || !strings.Contains(err.Error(), "gizmo query") {
		t.Errorf("syntax error: %v", err)
	}
}
