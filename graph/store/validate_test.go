package store

import (
	"context"
	"errors"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	nq "github.com/cayleygraph/quad/nquads"
)

// oddValue is a quad.Value kind the store does not know.
type oddValue struct{}

func (oddValue) String() string      { return "odd" }
func (oddValue) Native() interface{} { return nil }

func TestNormValue(t *testing.T) {
	tests := []struct {
		in   quad.Value
		want quad.Value // nil: must be rejected
	}{
		{quad.IRI("http://example.org/a"), quad.IRI("http://example.org/a")},
		{quad.IRI("urn:isbn:0451450523"), quad.IRI("urn:isbn:0451450523")},
		{quad.IRI("https://fosdem.org/2024/schedule/event/ü-ok/"), quad.IRI("https://fosdem.org/2024/schedule/event/ü-ok/")},
		{quad.IRI(""), nil},
		{quad.IRI("http://example.org/a b"), nil},
		{quad.IRI("http://example.org/<a>"), nil},
		{quad.IRI(`http://example.org/"a"`), nil},
		{quad.IRI("http://example.org/{a}"), nil},
		{quad.IRI("http://example.org/a|b"), nil},
		{quad.IRI("http://example.org/a^b"), nil},
		{quad.IRI("http://example.org/a`b"), nil},
		{quad.IRI(`http://example.org/a\b`), nil},
		{quad.IRI("http://example.org/a\tb"), nil},
		{quad.IRI("http://example.org/a\x7f"), nil},
		{quad.IRI("relative/path"), nil},
		{quad.IRI("1http://x"), nil},
		{quad.IRI(":nothing"), nil},
		{quad.IRI("http://example.org/\xff"), nil},
		{quad.BNode("b0"), quad.BNode("b0")},
		{quad.BNode(""), nil},
		{quad.BNode("a b"), nil},
		{quad.String("any text, \"quotes\" and\nnewlines"), quad.String("any text, \"quotes\" and\nnewlines")},
		{quad.String("bad \xff utf8"), nil},
		{quad.String("nul \x00"), nil},
		{quad.LangString{Value: "hallo", Lang: "de-CH"}, quad.LangString{Value: "hallo", Lang: "de-CH"}},
		{quad.LangString{Value: "hallo", Lang: "de CH"}, nil},
		{quad.LangString{Value: "hallo", Lang: ""}, nil},
		{quad.TypedString{Value: "2024-02-03", Type: xsd + "date"}, quad.TypedString{Value: "2024-02-03", Type: xsd + "date"}},
		{quad.TypedString{Value: "2024-2-3", Type: xsd + "date"}, nil},
		{quad.TypedString{Value: "2024-02-30", Type: xsd + "date"}, nil},
		{quad.TypedString{Value: "03/02/2024", Type: xsd + "date"}, nil},
		{quad.TypedString{Value: "2024-02-03T10:00:00Z", Type: xsd + "dateTime"}, quad.TypedString{Value: "2024-02-03T10:00:00Z", Type: xsd + "dateTime"}},
		{quad.TypedString{Value: "yesterday", Type: xsd + "dateTime"}, nil},
		{quad.TypedString{Value: "12", Type: xsd + "integer"}, quad.TypedString{Value: "12", Type: xsd + "integer"}},
		{quad.TypedString{Value: "twelve", Type: xsd + "integer"}, nil},
		{quad.TypedString{Value: "x", Type: "xsd:string"}, quad.TypedString{Value: "x", Type: "xsd:string"}},
		{quad.TypedString{Value: "x", Type: "not an iri"}, nil},
		{quad.Int(42), quad.TypedString{Value: "42", Type: xsd + "integer"}},
		{quad.Bool(true), quad.TypedString{Value: "true", Type: xsd + "boolean"}},
		{quad.Float(1.5), quad.TypedString{Value: "1.5", Type: xsd + "double"}},
		{quad.Time(time.Date(2024, 2, 3, 10, 0, 0, 0, time.UTC)), quad.TypedString{Value: "2024-02-03T10:00:00Z", Type: xsd + "dateTime"}},
		{nil, nil},
		{oddValue{}, nil},
	}
	for _, tt := range tests {
		got, err := normValue(tt.in)
		if tt.want == nil {
			if err == nil {
				t.Errorf("normValue(%#v) accepted, want error", tt.in)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("normValue(%#v) = %#v, %v; want %#v", tt.in, got, err, tt.want)
		}
	}
}

func TestPrepareRejects(t *testing.T) {
	good := q("s", "p", quad.String("o"))
	tests := []struct {
		name string
		doc  Doc
		want string // substring of the error
	}{
		{"literal subject", mkDoc("d", "h", quad.Quad{Subject: quad.String("lit"), Predicate: iri("p"), Object: iri("o")}), "subject"},
		{"literal predicate", mkDoc("d", "h", quad.Quad{Subject: iri("s"), Predicate: quad.String("p"), Object: iri("o")}), "predicate"},
		{"bnode predicate", mkDoc("d", "h", quad.Quad{Subject: iri("s"), Predicate: quad.BNode("p"), Object: iri("o")}), "predicate"},
		{"nil object", mkDoc("d", "h", quad.Quad{Subject: iri("s"), Predicate: iri("p")}), "object"},
		{"bad date", mkDoc("d", "h", q("s", "p", quad.TypedString{Value: "2024-13-01", Type: xsd + "date"})), "2024-13-01"},
		{"bad label", Doc{Label: "no scheme", Quads: []quad.Quad{good}}, "doc label"},
		{"foreign label", Doc{Label: iri("d"), Quads: []quad.Quad{{Subject: iri("s"), Predicate: iri("p"), Object: iri("o"), Label: iri("other")}}}, "label"},
		{"fact out of range", func() Doc { d := mkDoc("d", "h", good); d.Facts = []Fact{{Quad: 1}}; return d }(), "fact 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := prepare(tt.doc)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("prepare: %v, want ErrInvalid mentioning %q", err, tt.want)
			}
		})
	}
	// Positive: duplicates removed, facts remapped, missing labels filled.
	d := Doc{Label: iri("d"), Quads: []quad.Quad{good, good, q("s", "p", quad.Int(1))}, Facts: []Fact{{Quad: 2, Rule: "r"}, {Quad: 1, Rule: "dup"}, {Quad: 0, Rule: "dup2"}}}
	p, err := prepare(d)
	if err != nil {
		t.Fatal(err)
	}
	qs, _ := decodeQuads(p.quads, d.Label)
	fs, _ := decodeFacts(p.facts)
	if len(qs) != 2 || qs[0].Label != d.Label || qs[1].Object != (quad.TypedString{Value: "1", Type: xsd + "integer"}) {
		t.Errorf("quads %v", qs)
	}
	if want := []Fact{{Quad: 1, Rule: "r"}, {Quad: 0, Rule: "dup"}}; !reflect.DeepEqual(fs, want) {
		t.Errorf("facts %+v, want %+v", fs, want)
	}
}

// An IRI that passes checkIRI survives an N-Quads round trip unchanged.
func FuzzCheckIRI(f *testing.F) {
	for _, s := range []string{"http://example.org/a", "urn:x", "http://a b", "mailto:x@y.z", "http://x/é", "http://x/%20", "a:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		if checkIRI(s) != nil {
			return
		}
		in := quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(s), Object: quad.IRI(s)}
		r := nq.NewReader(strings.NewReader(in.NQuad()+"\n"), false)
		out, err := r.ReadQuad()
		if err != nil || out != in {
			t.Errorf("IRI %q: N-Quads round trip gave %v, %v", s, out, err)
		}
	})
}

// Manifest records never panic the decoders, and encodings round-trip.
func FuzzDecode(f *testing.F) {
	d := crashDoc(1, 2)
	p, err := prepare(d)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(p.quads)
	f.Add(p.facts)
	f.Add(encodeMeta(p.meta))
	f.Add(encodeIntent([]intentEntry{{Label: d.Label, Old: p.quads}}))
	f.Add([]byte{1, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		defer fuzzbudget.Start(t, len(b))()
		if qs, err := decodeQuads(b, iri("d")); err == nil && len(qs) > 0 {
			if _, err := decodeQuads(encodeQuads(qs), iri("d")); err != nil {
				t.Errorf("re-encoded quads do not decode: %v", err)
			}
		}
		if fs, err := decodeFacts(b); err == nil {
			if back, err := decodeFacts(encodeFacts(fs)); err != nil || len(back) != len(fs) {
				t.Errorf("facts round trip: %v", err)
			}
		}
		decodeMeta(b)
		decodeIntent(b)
	})
}

func TestCompactShrinks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s := mustOpen(t, Config{DB: dir})
	for v := range 15 {
		var docs []Doc
		for i := range 100 {
			docs = append(docs, crashDoc(i, v))
		}
		mustPut(t, s, docs...)
	}
	before := cayleyQuads(t, s.QuadStore())
	size := func() int64 {
		st, err := os.Stat(filepath.Join(dir, cayleyFile))
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	big := size()
	if err := s.Compact(context.Background()); err != nil {
		t.Fatal(err)
	}
	small := size()
	t.Logf("indexes.bolt %d -> %d bytes", big, small)
	if small >= big*2/3 {
		t.Errorf("Compact did not shrink the store enough: %d -> %d bytes", big, small)
	}
	if after := cayleyQuads(t, s.QuadStore()); !reflect.DeepEqual(after, before) {
		t.Errorf("Compact changed the graph: %d quads, was %d", len(after), len(before))
	}
	if _, err := os.Stat(filepath.Join(dir, compactDir)); !os.IsNotExist(err) {
		t.Errorf("compact temp dir left behind: %v", err)
	}
	// Still usable, and still there after reopening.
	mustPut(t, s, crashDoc(0, 99))
	s.Close()
	s = mustOpen(t, Config{DB: dir})
	if h, _ := s.Hash(crashLabel(0)); h != "0-99" {
		t.Errorf("after compact+reopen Hash = %q", h)
	}
}
