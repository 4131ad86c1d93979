package svg

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/export/internal/testkit"

	"github.com/talkgraph/talkgraph/export/internal/golden"

	"github.com/talkgraph/talkgraph/export/dot"
	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func sample() *selectq.Graph {
	const id = "https://ex.org/id/"
	return &selectq.Graph{
		Nodes: []selectq.Node{
			{IRI: id + "talk", Class: "Talk", Name: `Asyncio: the "good" parts & more`},
			{IRI: id + "saul", Class: "Person", Name: "Saúl Ibarra"},
			{IRI: id + "ev", Class: "Event", Name: "FOSDEM 2019"},
		},
		Edges: []selectq.Edge{
			{From: id + "talk", To: id + "saul", Predicate: string(vocab.Performer)},
			{From: id + "talk", To: id + "ev", Predicate: string(vocab.SuperEvent)},
		},
		Focus: []string{id + "talk"},
	}
}

// CheckSVG parses out as XML, requires an <svg> root and every text in
// want among its <text> elements.
func CheckSVG(t *testing.T, out []byte, want ...string) {
	t.Helper()
	texts := testkit.SVGTexts(t, out)
	for _, w := range want {
		if !slices.Contains(texts, w) {
			t.Errorf("no <text> %q among %q", w, texts)
		}
	}
}

func TestRender(t *testing.T) {
	var src bytes.Buffer
	if _, err := dot.Write(&src, sample(), dot.Options{Title: "FOSDEM"}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Render(context.Background(), src.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	CheckSVG(t, out.Bytes(), `Asyncio: the "good" parts & more`, "Saúl Ibarra", "FOSDEM 2019", "performer", "superEvent", "Legend", "Person", "FOSDEM")
	// Golden: the structure, not the coordinates (they vary across Graphviz builds).
	got := regexp.MustCompile(`-?\d+(\.\d+)?`).ReplaceAll(out.Bytes(), []byte("N"))
	golden.Check(t, filepath.Join("testdata", "sample.golden"), got, *update)
}

func TestRenderErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want error
		msg  string
	}{
		{"empty", "", ErrEmpty, "empty"},
		{"syntax", "digraph { a -> ; }", nil, "parse DOT"},
		{"not dot", "<html>", nil, "parse DOT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Render(context.Background(), []byte(tt.src), io.Discard)
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want %v / %q", err, tt.want, tt.msg)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Render(ctx, []byte("digraph{a}"), io.Discard); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: err = %v", err)
	}
}
