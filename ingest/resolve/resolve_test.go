package resolve

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestParseAliases(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		post    string
		keys    []string
		want    string
		ok      bool
		wantErr bool
	}{
		{"merge by handle", "merge:\n  - name: Daniel-Constantin Mierla\n    same: [miconda]\n", "p.md", []string{"Daniel", "@miconda"}, "Daniel-Constantin Mierla", true, false},
		{"merge by IRI", "merge:\n  - name: Ana Lima\n    same: [\"https://twitter.com/analima/\"]\n", "p.md", []string{"https://twitter.com/analima"}, "Ana Lima", true, false},
		{"handle", "handles:\n  eloycoto: Eloy Coto\n", "p.md", []string{"EloyCoto"}, "Eloy Coto", true, false},
		{"split in its post", "split:\n  - post: blog/p.rst\n    name: Daniel\n    as: Daniel Wisnewski\n", "/x/blog/p.rst", []string{"Daniel"}, "Daniel Wisnewski", true, false},
		{"split not in another post", "split:\n  - post: blog/p.rst\n    name: Daniel\n    as: Daniel Wisnewski\n", "other.rst", []string{"Daniel"}, "", false, false},
		{"no rule", "handles:\n  a: B\n", "p.md", []string{"c"}, "", false, false},
		{"merge without name", "merge:\n  - same: [x]\n", "", nil, "", false, true},
		{"bad yaml", "merge: [", "", nil, "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAliases([]byte(tt.yaml))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			got, ok := a.person(tt.post, tt.keys...)
			if got != tt.want || ok != tt.ok {
				t.Errorf("person = %q %v, want %q %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	if _, err := LoadAliases(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("LoadAliases of a missing file: no error")
	}
}

func testDoc() *doc.Document {
	text := "This weekend was held in Brussels the 2019 edition of FOSDEM. Another talk was presented by Jane Doe about Kubernetes. We liked the talk by Marcin."
	i := len(text) - len("Marcin.")
	return &doc.Document{Source: "posts/a.md", Title: "FOSDEM 2019 notes", Date: "2019-02-05", Authors: []string{"eloycoto"}, Tags: []string{"fosdem"}, Text: text,
		Links: []doc.Link{{Anchor: "Marcin", URL: "https://fosdem.org/2019/schedule/speaker/marcin_sobczyk/", Start: i, End: i + 6}}}
}

func TestPostQuads(t *testing.T) {
	r := testResolver(t)
	d1, err := r.Post(testDoc(), "h")
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := r.Post(testDoc(), "h")
	if !reflect.DeepEqual(d1, d2) {
		t.Error("Post is not deterministic")
	}
	if len(d1.Facts) != len(d1.Quads) {
		t.Errorf("%d facts for %d quads", len(d1.Facts), len(d1.Quads))
	}
	names := map[quad.Value]int{}
	has := map[string]bool{}
	for _, q := range d1.Quads {
		if q.Label != d1.Label {
			t.Fatalf("quad %v not labelled %v", q, d1.Label)
		}
		if q.Predicate == quad.Value(vocab.Name) {
			names[q.Subject]++
		}
		has[vocab.Short(string(q.Predicate.(quad.IRI)))+" "+q.Object.String()] = true
	}
	for s, n := range names {
		if n != 1 {
			t.Errorf("%v has %d names", s, n)
		}
	}
	m := vocab.Minter{}
	for _, want := range []string{
		"schema:about " + m.Event("FOSDEM", "2019").String(),
		"schema:author " + m.Person("eloycoto").String(),
		"schema:performer " + m.Person("Jane Doe").String(),
		"schema:performer " + m.Person("Marcin Sobczyk").String(),
		"schema:location " + m.Place("Brussels").String(),
		`dcterms:source "posts/a.md"`,
	} {
		if !has[want] {
			t.Errorf("missing %s", want)
		}
	}
}

func TestPostNil(t *testing.T) {
	if _, err := New(Config{}).Post(nil, ""); err == nil {
		t.Error("nil document: no error")
	}
	if _, err := os.Stat("/nonexistent"); err == nil {
		t.Skip()
	}
}

func TestSharedAliasDropped(t *testing.T) {
	d := &doc.Document{Source: "posts/b.md", Title: "Two years of TestConf", Date: "2031-03-01",
		Text: "I went to TestConf 2030 in Ghent and again to TestConf 2031 in Ghent."}
	out, err := New(Config{}).Post(d, "h")
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	for _, q := range out.Quads {
		if q.Predicate == vocab.Type && q.Object == vocab.Event.IRI() {
			events++
		}
		if q.Predicate == vocab.AlternateName && quad.ToString(q.Object) == "TestConf" {
			t.Errorf("%s keeps the shared alternate name %q", q.Subject, quad.ToString(q.Object))
		}
	}
	if events != 2 {
		t.Fatalf("%d events, want 2 (the test needs both editions)", events)
	}
}
