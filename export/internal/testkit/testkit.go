// Package testkit holds the checks the exporters' tests share: quads as a
// canonical set of N-Quads lines (to compare datasets across round trips)
// and the text of an SVG picture (to check a rendered diagram).
package testkit

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/export/nquads"
)

var blank = regexp.MustCompile(`_:[A-Za-z0-9_]+`)

// NQuadLines renders quads as sorted, deduplicated N-Quads lines with blank
// node labels erased (processors relabel them).
func NQuadLines(t testing.TB, qs []quad.Quad) []string {
	t.Helper()
	var out []string
	for _, q := range qs {
		st, err := export.StatementOf(q)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Line(st))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Line is one statement as an N-Quads line with blank node labels erased.
func Line(st export.Statement) string {
	return blank.ReplaceAllString(string(nquads.AppendStatement(nil, st)), "_:B")
}

// SVGTexts parses out as XML, checks its root is <svg>, and returns the
// content of its <text> elements.
func SVGTexts(t testing.TB, out []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(out))
	var texts []string
	root, inText := "", false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			inText = tok.Name.Local == "text"
		case xml.CharData:
			if inText {
				texts = append(texts, string(tok))
			}
		case xml.EndElement:
			inText = false
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
	return texts
}
