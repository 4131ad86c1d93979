package svg

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
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

// TestRenderRepeated renders in turn in one process, as serve does for
// every diagram request: each render starts a Graphviz context of its own,
// and each must give the same SVG (a context list left unterminated once
// made the third one fail).
func TestRenderRepeated(t *testing.T) {
	var src bytes.Buffer
	if _, err := dot.Write(&src, sample(), dot.Options{Title: "FOSDEM"}); err != nil {
		t.Fatal(err)
	}
	var first []byte
	for i := range 6 {
		var out bytes.Buffer
		if err := Render(context.Background(), src.Bytes(), &out); err != nil {
			t.Fatalf("render %d: %v", i+1, err)
		}
		if i == 0 {
			first = out.Bytes()
		} else if !bytes.Equal(out.Bytes(), first) {
			t.Fatalf("render %d differs from the first", i+1)
		}
	}
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

// TestLabelsFit renders names of every length and script and checks that
// each node's text, at the width it is given (textLength), lies inside the
// node's outline: the in-process renderer once drew text wider than boxes.
func TestLabelsFit(t *testing.T) {
	g := sample()
	for i, name := range []string{"W", "Extending sudo in Python", "mentioned in 1 post", "WWWWWWWWWWWWWWWWWWWW",
		"iiiiiiiiiiiiiiiiiiiiiiii", "Jérôme Poisson (Goffi)", "Gülçin Yıldırım 日本", "Вячеслав Ёлкин", "A very long talk title that goes on and on about Rust async runtimes"} {
		g.Nodes = append(g.Nodes, selectq.Node{IRI: fmt.Sprintf("https://ex.org/id/n%d", i), Class: "Talk", Name: name})
	}
	var src bytes.Buffer
	if _, err := dot.Write(&src, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Render(context.Background(), src.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	nodeRe := regexp.MustCompile(`(?s)<g id="node\d+" class="node">(.*?)</g>\n</g>|(?s)<g id="node\d+" class="node">(.*?)</g>`)
	num := regexp.MustCompile(`-?\d+(?:\.\d+)?`)
	checked := 0
	for _, m := range nodeRe.FindAllSubmatch(out.Bytes(), -1) {
		body := append(m[1], m[2]...)
		minX, maxX := 1e9, -1e9
		for _, shape := range regexp.MustCompile(`(?:points|d)="([^"]*)"`).FindAllSubmatch(body, -1) {
			ns := num.FindAll(shape[1], -1)
			for i := 0; i+1 < len(ns); i += 2 {
				x, _ := strconv.ParseFloat(string(ns[i]), 64)
				minX, maxX = min(minX, x), max(maxX, x)
			}
		}
		for _, e := range regexp.MustCompile(`<ellipse[^>]*cx="([-\d.]+)"[^>]*rx="([-\d.]+)"`).FindAllSubmatch(body, -1) {
			cx, _ := strconv.ParseFloat(string(e[1]), 64)
			rx, _ := strconv.ParseFloat(string(e[2]), 64)
			minX, maxX = min(minX, cx-rx), max(maxX, cx+rx)
		}
		for _, tm := range regexp.MustCompile(`<text text-anchor="middle" x="([-\d.]+)"[^>]*textLength="([\d.]+)"[^>]*>([^<]*)<`).FindAllSubmatch(body, -1) {
			x, _ := strconv.ParseFloat(string(tm[1]), 64)
			w, _ := strconv.ParseFloat(string(tm[2]), 64)
			if x-w/2 < minX-0.5 || x+w/2 > maxX+0.5 {
				t.Errorf("text %q spans %.1f..%.1f outside its node %.1f..%.1f", tm[3], x-w/2, x+w/2, minX, maxX)
			}
			checked++
		}
	}
	if checked < 12 {
		t.Fatalf("checked %d node texts, want every one (%d nodes); textLength missing?", checked, len(g.Nodes))
	}
	if n := bytes.Count(out.Bytes(), []byte("<text")); n != bytes.Count(out.Bytes(), []byte("textLength=")) {
		t.Errorf("%d texts, %d with textLength", n, bytes.Count(out.Bytes(), []byte("textLength=")))
	}
}
