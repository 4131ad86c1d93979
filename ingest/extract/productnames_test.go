package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestLongerProductName(t *testing.T) {
	bl := fakeLexicon{"Zorb": vocab.Technology, "Zorb Wave": vocab.Technology, "Quux": vocab.Technology, "Quuxorg": vocab.Organization}
	dict := map[string]bool{"web": true, "state": true}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, Word: func(w string) bool { return dict[w] }})
	tests := []struct {
		text       string
		class      vocab.Class
		name, gone string
	}{
		{"Then came an introduction to the Zorb REST framework and its views.", vocab.Technology, "Zorb REST framework", "Zorb"},
		{"She showed the Zorb Wave ZDS project today.", vocab.Project, "Zorb Wave ZDS", "Zorb Wave"},
		{"She showed the Quuxorg Wave ZDS project today.", vocab.Project, "Quuxorg Wave ZDS", "Quuxorg Wave"}, // a maker's product
		{"We built it with the Zorb Web framework last year.", vocab.Technology, "Zorb", ""},                  // a word of the dictionary
		{"We built it with the Zorb Quux framework last year.", vocab.Technology, "Quux", ""},                 // two technologies
		{"Zorb REST Framework Deep Dive With Examples", vocab.Technology, "Zorb", "Zorb REST framework"},      // title case
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		if !has(names(r, tt.class), tt.name) {
			t.Errorf("%q: no %s %q (technologies %q, projects %q)", tt.text, tt.class, tt.name, names(r, vocab.Technology), names(r, vocab.Project))
		}
		if tt.gone != "" && (has(names(r, vocab.Technology), tt.gone) || has(names(r, vocab.Project), tt.gone)) {
			t.Errorf("%q: software %q, want none", tt.text, tt.gone)
		}
	}
}

func TestMakerAfterGluedPrefix(t *testing.T) {
	bl := fakeLexicon{"Quuxorg": vocab.Organization}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}})
	for text, want := range map[string]bool{
		"There are few non-Quuxorg Zorbkit apps.": false,
		"There are few Quuxorg Zorbkit apps.":     true,
	} {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+text))
		if got := has(names(r, vocab.Technology), "Quuxorg Zorbkit"); got != want {
			t.Errorf("%q: technology Quuxorg Zorbkit = %v, want %v", text, got, want)
		}
	}
}
