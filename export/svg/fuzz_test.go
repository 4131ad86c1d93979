package svg

import (
	"bytes"
	"context"
	"testing"

	"github.com/talkgraph/talkgraph/export/dot"
	"github.com/talkgraph/talkgraph/export/internal/testkit"
	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
)

// FuzzRender: any names, classes and predicates written as DOT render to
// well-formed SVG (or a clean error) within the time and allocation
// budget, and markup in a name stays text.
func FuzzRender(f *testing.F) {
	f.Add("https://e.org/a", "Person", "Ann \"A\" \\ Bell\n", "https://schema.org/knows")
	f.Add("_:b", "", "<script>alert(1)</script>", "p")
	f.Add("x", "Talk", "&amp; ]]> <!-- \x00 {}|<>", "<tg:x>")
	f.Fuzz(func(t *testing.T, iri, class, name, pred string) {
		defer fuzzbudget.Start(t, len(iri)+len(class)+len(name)+len(pred))()
		g := &selectq.Graph{
			Nodes: []selectq.Node{{IRI: iri, Class: class, Name: name}, {IRI: iri + "/2", Class: "Talk", Name: name + name}},
			Edges: []selectq.Edge{{From: iri, To: iri + "/2", Predicate: pred}},
			Focus: []string{iri},
		}
		var src bytes.Buffer
		if _, err := dot.Write(&src, g, dot.Options{Title: name}); err != nil {
			return
		}
		var out bytes.Buffer
		if err := Render(context.Background(), src.Bytes(), &out); err != nil {
			t.Fatalf("DOT from the writer does not render: %v\n%s", err, src.Bytes())
		}
		testkit.SVGTexts(t, out.Bytes()) // fails on malformed XML
		if bytes.Contains(bytes.ToLower(out.Bytes()), []byte("<script")) {
			t.Fatalf("markup from a name became an element: %s", out.Bytes())
		}
	})
}
