package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestWeakApposition: a weak name is kept when an apposition defines it as
// software.
func TestWeakApposition(t *testing.T) {
	x := New(Config{Lexicon: weakLexicon{"zorbl"}, Series: []string{"FOSDEM"}})
	tests := []struct {
		text string
		want bool
	}{
		{"They replaced the old site with zorbl, a popular static site generator.", true},
		{"They replaced the old site with zorbl, an editor for widgets.", true},
		{"They replaced the old site with zorbl, a decision we liked.", false},
		{"They talked about zorbl and more.", false},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019. "+tt.text))
		if got := has(names(r, vocab.Technology), "zorbl"); got != tt.want {
			t.Errorf("%q: technology zorbl = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSoftwareOfFoundation: a technology the organisation is named after
// ("Zorb" of the "Zorb GmbH") stays a technology.
func TestSoftwareOfFoundation(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorb3": vocab.Technology}, Series: []string{"FOSDEM"}})
	r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 I met people of the Zorb3 GmbH office. We worked on the Zorb3 backend."))
	if !has(names(r, vocab.Technology), "Zorb3") || !has(names(r, vocab.Organization), "Zorb3 GmbH") {
		t.Errorf("technologies %q, organisations %q: want Zorb3 and Zorb3 GmbH", names(r, vocab.Technology), names(r, vocab.Organization))
	}
}
