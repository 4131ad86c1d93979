package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// trackX knows the official tracks of FOSDEM 2032.
func trackX(tracks ...string) *Extractor {
	return New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] },
		MatchTrack: func(series, year, phrase string) (string, bool) {
			if series != "FOSDEM" || year != "2032" {
				return "", false
			}
			for _, tr := range tracks {
				if strings.EqualFold(strings.Join(strings.Fields(phrase), " "), tr) {
					return tr, true
				}
			}
			return "", false
		}})
}

func TestTrackForms(t *testing.T) {
	x := trackX("Free Zorbl", "Quux, Big Widgets, and Widget Science", "Widget Analysis", "Gadgets")
	tests := []struct {
		text string
		want []string // tracks named
		not  []string
	}{
		{"At FOSDEM 2032 I spent the morning in the free Zorbl dev-room.", []string{"Free Zorbl"}, []string{"Zorbl"}},
		{"At FOSDEM 2032 Jane Roe gave a talk at the Quux, Big Widgets, and Widget Science Devroom on our stack.", []string{"Quux, Big Widgets, and Widget Science"}, []string{"Widget Science"}},
		{"At FOSDEM 2032 I saw the Gadgets devroom.", []string{"Gadgets"}, nil},
		{"At FOSDEM 2032 I sat in the cosy Frobnik devroom.", []string{"Frobnik"}, []string{"Cosy Frobnik"}}, // no official name: the cue's phrase
		// a typo of a track the post names
		{"At FOSDEM 2032 we invited the speakers of the Widget Analysis devroom. A picture of the Widget Anolysis Devroom.", []string{"Widget Analysis"}, []string{"Widget Anolysis"}},
		{"At FOSDEM 2032, a picture of the Widget Anolysis Devroom. We invited the speakers of the Widget Analysis devroom.", []string{"Widget Analysis"}, []string{"Widget Anolysis"}}, // the official one stays
		// two names one edit apart but short: two tracks
		{"At FOSDEM 2032 I saw the Zorb devroom and the Zorg devroom.", []string{"Zorb", "Zorg"}, nil},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2032", tt.text))
		tracks := names(r, vocab.Track)
		for _, w := range tt.want {
			if !has(tracks, w) {
				t.Errorf("%q: no track %q (tracks %q)", tt.text, w, tracks)
			}
		}
		for _, w := range tt.not {
			if has(tracks, w) {
				t.Errorf("%q: track %q, want none (tracks %q)", tt.text, w, tracks)
			}
		}
	}
}

func TestEditDistance1(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"widget", "widget", 0}, {"widget", "widgte", 2}, {"widget", "wodget", 1}, {"widget", "widgets", 1}, {"widget", "idget", 1}, {"widget", "gadget", 2}, {"", "a", 1}} {
		if got := editDistance1(c.a, c.b); got != c.want {
			t.Errorf("editDistance1(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
