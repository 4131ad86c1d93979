package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestNameListHead: a technology that is also a given name leading a name
// in a line of people's names is no technology; elsewhere it still is.
func TestNameListHead(t *testing.T) {
	x := newX()
	tests := []struct {
		name, text string
		tech       bool
	}{
		{"a list of contributors", "Thanks to everyone who helped:\n\nDylan Quimby\nJane Roe\n", false},
		{"names on one line", "Thanks to everyone who helped.\n\nDylan Quimby, Jane Roe and Ana Lima\n", false},
		{"the language in a sentence", "We ported the parser to Dylan last year.\n", true},
		{"the language in a list", "We tried three languages:\n\n- Dylan\n- Python\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text))
			if got := has(names(r, vocab.Technology), "Dylan"); got != tt.tech {
				t.Errorf("technology Dylan = %v, want %v (technologies %q)", got, tt.tech, names(r, vocab.Technology))
			}
		})
	}
}

// TestLinkHostAnchor: a video site named in the anchor of a link to itself
// is a link host, not a technology; named in the text it still is one.
func TestLinkHostAnchor(t *testing.T) {
	x := New(Config{Lexicon: sameAsLexicon{fakeLexicon{"YouTube": vocab.Technology, "Python": vocab.Technology}}, Series: []string{"FOSDEM"}})
	tests := []struct {
		name, text string
		links      []string
		want       string
		found      bool
	}{
		{"the site as its own anchor", "You can watch them all on quuxtalks and YouTube in a few days.", []string{"quuxtalks|https://quuxtalks.example/", "YouTube|https://www.youtube.com"}, "YouTube", false},
		{"a playlist link", "The talks (available in this YouTube playlist) were good.", []string{"YouTube playlist|https://www.youtube.com/playlist?list=x"}, "YouTube", false},
		{"the site named in the text", "You can watch them all on quuxtalks and YouTube in a few days.", []string{"quuxtalks|https://quuxtalks.example/"}, "YouTube", true},
		{"a technology linked to a video", "Then Python got a new parser.", []string{"Python|https://www.youtube.com/watch?v=x"}, "Python", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text, tt.links...))
			if got := has(names(r, vocab.Technology), tt.want); got != tt.found {
				t.Errorf("technology %q = %v, want %v (technologies %q)", tt.want, got, tt.found, names(r, vocab.Technology))
			}
		})
	}
}

// sameAsLexicon is a fakeLexicon whose terms carry an identifying IRI, as
// the real lexicon's do.
type sameAsLexicon struct{ fakeLexicon }

func (l sameAsLexicon) Find(text string) []Term {
	ts := l.fakeLexicon.Find(text)
	for i := range ts {
		ts[i].SameAs = []string{"https://kb.example/" + ts[i].Name}
	}
	return ts
}
