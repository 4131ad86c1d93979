package jsonld

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/export/internal/testkit"

	"github.com/talkgraph/talkgraph/export/internal/golden"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

const (
	post  = quad.IRI("https://w3id.org/talkgraph/id/post/blog--fosdem-2019")
	sched = quad.IRI("https://w3id.org/talkgraph/id/schedule/fosdem-2019-xml")
	ev    = quad.IRI("https://w3id.org/talkgraph/id/event/fosdem-2019")
	alice = quad.IRI("https://w3id.org/talkgraph/id/person/ali-ce")
)

var goldenCases = []struct {
	name  string
	quads []quad.Quad
}{
	{"empty", nil},
	{"basic", []quad.Quad{
		{Subject: post, Predicate: vocab.Type, Object: vocab.Post.IRI(), Label: post},
		{Subject: post, Predicate: vocab.Type, Object: vocab.Post.Alignment(), Label: post},
		{Subject: post, Predicate: vocab.Headline, Object: quad.String("My FOSDEM 2019"), Label: post},
		{Subject: post, Predicate: vocab.DatePublished, Object: vocab.Date("2019-02-05"), Label: post},
		{Subject: post, Predicate: vocab.About, Object: ev, Label: post},
		{Subject: post, Predicate: vocab.About, Object: ev, Label: post}, // duplicate: one triple
		{Subject: ev, Predicate: vocab.Name, Object: quad.String("FOSDEM 2019"), Label: post},
		{Subject: ev, Predicate: vocab.Name, Object: quad.String("FOSDEM 2019"), Label: sched},
		{Subject: ev, Predicate: vocab.Type, Object: vocab.Event.IRI(), Label: sched},
	}},
	{"escapes", []quad.Quad{
		{Subject: alice, Predicate: vocab.Name, Object: quad.String(`Ali "the" Ce`), Label: post},
		{Subject: alice, Predicate: vocab.Description, Object: quad.String("line1\nline2\r\n\ttab \\ back"), Label: post},
		{Subject: alice, Predicate: vocab.Description, Object: quad.String("bell\x07 nul\x00 del\x7f"), Label: post},
		{Subject: alice, Predicate: vocab.AlternateName, Object: quad.String("Gülçin Yıldırım 日本 🎉 </script>"), Label: post},
		{Subject: alice, Predicate: vocab.AlternateName, Object: quad.String("bad\xffutf8"), Label: post},
	}},
	{"typed", []quad.Quad{
		{Subject: ev, Predicate: vocab.StartDate, Object: quad.TypedString{Value: "2019-02-02", Type: "xsd:date"}, Label: sched},
		{Subject: ev, Predicate: vocab.Identifier, Object: quad.Int(42), Label: sched},
		{Subject: ev, Predicate: quad.IRI("https://example.org/ratio"), Object: quad.Float(1.5), Label: sched},
		{Subject: ev, Predicate: quad.IRI("https://example.org/flag"), Object: quad.Bool(false), Label: sched},
		{Subject: ev, Predicate: quad.IRI("https://example.org/at"), Object: quad.Time(time.Date(2019, 2, 2, 9, 30, 0, 0, time.UTC)), Label: sched},
		{Subject: ev, Predicate: vocab.Description, Object: quad.LangString{Value: "Le FOSDEM", Lang: "fr-BE"}, Label: sched},
		{Subject: ev, Predicate: vocab.Description, Object: quad.TypedString{Value: "x", Type: "https://example.org/custom type"}, Label: sched},
		{Subject: ev, Predicate: vocab.Type, Object: quad.String("a literal type"), Label: sched},
	}},
	{"iris", []quad.Quad{
		{Subject: quad.IRI("https://example.org/a b{c}"), Predicate: quad.IRI("schema:name"), Object: quad.String("x"), Label: post},
		{Subject: quad.IRI("https://example.org/café"), Predicate: vocab.SameAs, Object: quad.IRI("https://example.org/<x>"), Label: post},
		{Subject: alice, Predicate: quad.IRI("https://schema.org/odd/local"), Object: quad.IRI("tg:Person")},
	}},
	{"blank_default_graph", []quad.Quad{
		{Subject: quad.BNode("n1"), Predicate: vocab.Name, Object: quad.String("no label")},
		{Subject: quad.BNode("n1"), Predicate: vocab.SameAs, Object: quad.BNode("n2"), Label: quad.BNode("g1")},
	}},
}

func TestWriteGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(context.Background(), &buf, export.SliceSource(tc.quads)); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", tc.name+".golden"), buf.Bytes())
			got := RoundTrip(t, buf.Bytes())
			want := testkit.NQuadLines(t, tc.quads)
			if !slices.Equal(got, want) {
				t.Errorf("round trip differs:\n--- got\n%s\n--- want\n%s", strings.Join(got, ""), strings.Join(want, ""))
			}
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	golden.Check(t, path, got, *update)
}

// RoundTrip converts a JSON-LD document back to RDF with json-gold and
// returns its quads as NQuadLines does.
func RoundTrip(t *testing.T, doc []byte) []string {
	t.Helper()
	var in any
	if err := json.Unmarshal(doc, &in); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	res, err := ld.NewJsonLdProcessor().ToRDF(in, ld.NewJsonLdOptions(""))
	if err != nil {
		t.Fatalf("toRDF: %v", err)
	}
	var out []string
	for _, qs := range res.(*ld.RDFDataset).Graphs {
		for _, q := range qs {
			st := export.Statement{Subject: term(q.Subject), Predicate: term(q.Predicate), Object: term(q.Object), Graph: term(q.Graph)}
			out = append(out, testkit.Line(st))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func term(n ld.Node) export.Term {
	switch n := n.(type) {
	case ld.IRI:
		return export.Term{Kind: export.KindIRI, Value: n.Value}
	case *ld.IRI:
		return export.Term{Kind: export.KindIRI, Value: n.Value}
	case ld.BlankNode:
		return export.Term{Kind: export.KindBlank, Value: strings.TrimPrefix(n.Attribute, "_:")}
	case *ld.BlankNode:
		return export.Term{Kind: export.KindBlank, Value: strings.TrimPrefix(n.Attribute, "_:")}
	case *ld.Literal:
		return literal(*n)
	case ld.Literal:
		return literal(n)
	}
	return export.Term{}
}

func literal(l ld.Literal) export.Term {
	t := export.Term{Kind: export.KindLiteral, Value: l.Value, Datatype: l.Datatype, Lang: l.Language}
	if t.Datatype == export.XSDString || t.Lang != "" {
		t.Datatype = ""
	}
	return t
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name    string
		q       quad.Quad
		wantErr error
		wantMsg string
	}{
		{"relative subject", quad.Quad{Subject: quad.IRI("person/bob"), Predicate: vocab.Name, Object: quad.String("Bob")}, export.ErrBadIRI, "person/bob"},
		{"literal subject", quad.Quad{Subject: quad.String("Bob"), Predicate: vocab.Name, Object: quad.String("Bob")}, export.ErrBadTerm, "Bob"},
		{"bad lang", quad.Quad{Subject: alice, Predicate: vocab.Name, Object: quad.LangString{Value: "x", Lang: "1en"}}, export.ErrBadLang, "1en"},
		{"literal label", quad.Quad{Subject: alice, Predicate: vocab.Name, Object: quad.String("x"), Label: quad.String("g")}, export.ErrBadTerm, "label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(context.Background(), &buf, export.SliceSource{tt.q})
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Fatalf("err = %v, want %v naming %q", err, tt.wantErr, tt.wantMsg)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes before failing", buf.Len())
			}
		})
	}
}

func TestWriteCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Write(ctx, &bytes.Buffer{}, export.SliceSource(goldenCases[1].quads)); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// FuzzWrite checks that any literal and IRI path survive the round trip.
func FuzzWrite(f *testing.F) {
	f.Add("x", "a")
	f.Add("line\n\"q\"\x00", "a b<c>")
	f.Add("\xff日本", "é/%41")
	f.Fuzz(func(t *testing.T, lit, path string) {
		defer fuzzbudget.Start(t, len(lit)+len(path))()
		if len(path) > 200 {
			t.Skip("json-gold v0.3.0 drops IRIs longer than ~1000 bytes; not an exporter issue")
		}
		qs := []quad.Quad{{Subject: quad.IRI("https://x.org/" + path), Predicate: vocab.Name, Object: quad.String(lit), Label: post}}
		var buf bytes.Buffer
		if err := Write(context.Background(), &buf, export.SliceSource(qs)); err != nil {
			t.Fatal(err)
		}
		got, want := RoundTrip(t, buf.Bytes()), testkit.NQuadLines(t, qs)
		if !slices.Equal(got, want) {
			t.Fatalf("round trip: got %q want %q", got, want)
		}
	})
}
