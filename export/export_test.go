package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/export/internal/testkit"

	"github.com/cayleygraph/quad"
	cnq "github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/export/dot"
	"github.com/talkgraph/talkgraph/export/jsonld"
	"github.com/talkgraph/talkgraph/export/nquads"
	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/export/svg"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// behaviour is one dataset every exporter must handle.
type behaviour struct {
	name  string
	quads []quad.Quad
	names []string // entity names a diagram must show
	edges int      // relations a diagram must show (after dedup)
}

func behaviours() []behaviour {
	m := vocab.Minter{}
	post, sched := m.Post("posts/a.md"), m.Schedule("fosdem-2019.xml")
	ev, talk := m.Event("FOSDEM", "2019"), m.Talk("fosdem-2019", "rust")
	p1, p2 := m.Person("Gülçin Yıldırım"), m.Person("Zoë O'Brien-日本")
	return []behaviour{
		{name: "empty dataset"},
		{name: "unicode names", quads: []quad.Quad{
			{Subject: p1, Predicate: vocab.Type, Object: vocab.Person.IRI(), Label: post},
			{Subject: p1, Predicate: vocab.Name, Object: quad.String("Gülçin Yıldırım"), Label: post},
			{Subject: p2, Predicate: vocab.Type, Object: vocab.Person.IRI(), Label: post},
			{Subject: p2, Predicate: vocab.Name, Object: quad.String("Zoë O'Brien-日本"), Label: post},
			{Subject: p2, Predicate: vocab.AlternateName, Object: quad.LangString{Value: "ゾーイ", Lang: "ja"}, Label: post},
		}, names: []string{"Gülçin Yıldırım", "Zoë O'Brien-日本"}},
		{name: "literal with quotes and newlines", quads: []quad.Quad{
			{Subject: talk, Predicate: vocab.Type, Object: vocab.Talk.IRI(), Label: sched},
			{Subject: talk, Predicate: vocab.Name, Object: quad.String(`Rust "fearless" \ concurrency`), Label: sched},
			{Subject: talk, Predicate: vocab.Description, Object: quad.String("line one\nline \"two\"\r\n\tend\x01"), Label: sched},
		}, names: []string{`Rust "fearless" \ concurrency`}},
		{name: "typed date", quads: []quad.Quad{
			{Subject: post, Predicate: vocab.Type, Object: vocab.Post.IRI(), Label: post},
			{Subject: post, Predicate: vocab.Headline, Object: quad.String("Report"), Label: post},
			{Subject: post, Predicate: vocab.DatePublished, Object: vocab.Date("2019-02-05"), Label: post},
			{Subject: post, Predicate: vocab.DatePublished, Object: quad.TypedString{Value: "2019-02-05T10:00:00Z", Type: "xsd:dateTime"}, Label: post},
		}, names: []string{"Report"}},
		{name: "multiple labels for one triple", quads: []quad.Quad{
			{Subject: talk, Predicate: vocab.Type, Object: vocab.Talk.IRI(), Label: sched},
			{Subject: talk, Predicate: vocab.Name, Object: quad.String("Rust"), Label: sched},
			{Subject: ev, Predicate: vocab.Type, Object: vocab.Event.IRI(), Label: sched},
			{Subject: ev, Predicate: vocab.Name, Object: quad.String("FOSDEM 2019"), Label: sched},
			{Subject: talk, Predicate: vocab.SuperEvent, Object: ev, Label: sched},
			{Subject: talk, Predicate: vocab.SuperEvent, Object: ev, Label: post},
			{Subject: talk, Predicate: vocab.SuperEvent, Object: ev},
		}, names: []string{"Rust", "FOSDEM 2019"}, edges: 1},
	}
}

// exporters runs one exporter on a behaviour and checks its output.
var exporters = []struct {
	name  string
	check func(t *testing.T, b behaviour)
}{
	{"nquads", checkNQuads},
	{"jsonld", checkJSONLD},
	{"dot", func(t *testing.T, b behaviour) { checkDiagram(t, b, false) }},
	{"svg", func(t *testing.T, b behaviour) { checkDiagram(t, b, true) }},
}

func TestConformance(t *testing.T) {
	for _, b := range behaviours() {
		for _, ex := range exporters {
			t.Run(b.name+"/"+ex.name, func(t *testing.T) { ex.check(t, b) })
		}
	}
}

func checkNQuads(t *testing.T, b behaviour) {
	var buf bytes.Buffer
	n, err := nquads.Write(context.Background(), &buf, export.SliceSource(b.quads))
	if err != nil {
		t.Fatal(err)
	}
	if n != len(b.quads) {
		t.Errorf("wrote %d quads, want %d", n, len(b.quads))
	}
	if path, err := exec.LookPath("rapper"); err == nil {
		f := t.TempDir() + "/out.nq"
		if err := os.WriteFile(f, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(path, "-i", "nquads", "-c", f).CombinedOutput()
		if err != nil || bytes.Contains(out, []byte("Error")) || bytes.Contains(out, []byte("Warning")) {
			t.Fatalf("rapper: %v\n%s", err, out)
		}
	} else if os.Getenv("TALKGRAPH_REQUIRE_RAPPER") == "1" {
		t.Fatal("rapper not found and TALKGRAPH_REQUIRE_RAPPER=1")
	}
	r := cnq.NewReader(&buf, true)
	var back []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read back: %v", err)
		}
		back = append(back, q)
	}
	if got, want := testkit.NQuadLines(t, back), testkit.NQuadLines(t, b.quads); !slices.Equal(got, want) {
		t.Errorf("read back %q, want %q", got, want)
	}
}

func checkJSONLD(t *testing.T, b behaviour) {
	var buf bytes.Buffer
	if err := jsonld.Write(context.Background(), &buf, export.SliceSource(b.quads)); err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	res, err := ld.NewJsonLdProcessor().ToRDF(doc, ld.NewJsonLdOptions(""))
	if err != nil {
		t.Fatalf("toRDF: %v", err)
	}
	var back []quad.Quad
	for _, qs := range res.(*ld.RDFDataset).Graphs {
		for _, q := range qs {
			back = append(back, quad.Quad{Subject: value(q.Subject), Predicate: value(q.Predicate), Object: value(q.Object), Label: value(q.Graph)})
		}
	}
	if got, want := testkit.NQuadLines(t, back), testkit.NQuadLines(t, b.quads); !slices.Equal(got, want) {
		t.Errorf("toRDF gave %q, want %q", got, want)
	}
}

func value(n ld.Node) quad.Value {
	switch n := n.(type) {
	case ld.IRI:
		return quad.IRI(n.Value)
	case ld.BlankNode:
		return quad.BNode(strings.TrimPrefix(n.Attribute, "_:"))
	case ld.Literal:
		switch {
		case n.Language != "":
			return quad.LangString{Value: quad.String(n.Value), Lang: n.Language}
		case n.Datatype == "" || n.Datatype == export.XSDString:
			return quad.String(n.Value)
		}
		return quad.TypedString{Value: quad.String(n.Value), Type: quad.IRI(n.Datatype)}
	case *ld.IRI:
		return value(*n)
	case *ld.BlankNode:
		return value(*n)
	case *ld.Literal:
		return value(*n)
	}
	return nil
}

func checkDiagram(t *testing.T, b behaviour, render bool) {
	g, err := selectq.Select(context.Background(), export.SliceSource(b.quads), selectq.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Edges) != b.edges {
		t.Errorf("%d edges, want %d: %+v", len(g.Edges), b.edges, g.Edges)
	}
	var src bytes.Buffer
	if _, err := dot.Write(&src, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	if !render {
		for _, name := range b.names {
			q := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(name)
			if !strings.Contains(src.String(), `label="`+q+`"`) {
				t.Errorf("DOT lacks label %q:\n%s", q, src.String())
			}
		}
		if path, err := exec.LookPath("dot"); err == nil {
			cmd := exec.Command(path, "-Tsvg")
			cmd.Stdin = bytes.NewReader(src.Bytes())
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("dot -Tsvg: %v\n%s", err, out)
			}
		} else if os.Getenv("TALKGRAPH_REQUIRE_DOT") == "1" {
			t.Fatal("dot not found and TALKGRAPH_REQUIRE_DOT=1")
		}
		return
	}
	var out bytes.Buffer
	if err := svg.Render(context.Background(), src.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	texts := testkit.SVGTexts(t, out.Bytes())
	for _, name := range b.names {
		if !slices.Contains(texts, name) {
			t.Errorf("SVG lacks text %q (has %q)", name, texts)
		}
	}
}
