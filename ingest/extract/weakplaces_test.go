package extract

import (
	"sort"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// townLexicon knows strong places and weak ones (small towns).
type townLexicon struct{ strong, weak []string }

func (l townLexicon) Find(text string) []Term {
	var out []Term
	for _, set := range []struct {
		names []string
		weak  bool
	}{{l.strong, false}, {l.weak, true}} {
		for _, name := range set.names {
			for _, at := range wordIndexes(text, name) {
				out = append(out, Term{Start: at, End: at + len(name), Name: name, Class: vocab.Place, Weak: set.weak})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// TestWeakPlaceCues: a small town of the gazetteer is a Place only where
// the text names a place there.
func TestWeakPlaceCues(t *testing.T) {
	x := New(Config{Lexicon: townLexicon{strong: []string{"Quuxland", "Zorbia"}, weak: []string{"Fooham", "Barwick"}}, Series: []string{"FOSDEM"}})
	tests := []struct {
		text string
		want bool
	}{
		{"My train left from Fooham in the morning.", true},
		{"We had dinner in Fooham after the talks.", true},
		{"The tracks between Barwick and Fooham were closed.", true},
		{"The tests were carried out in the city of Fooham.", true},
		{"Our bus to Fooham was late.", true},
		{"She moved to Fooham last year.", true},
		{"Fooham, Quuxland is a lovely town.", true},
		{"Fooham said the build was fixed.", false},                 // no cue: a name
		{"I liked the Fooham talk best.", false},                    // no cue
		{"A friend from the Fooham Linux Users Group came.", false}, // heads a longer name
		{"I enjoyed the questions from Fooham's team.", false},      // possessive
		{"We ported it to Fooham last week.", false},                // "to" without travel
		{"I liked the talk from Fooham about parsers.", false},      // a speaker
		{"She is an engineer at Fooham these days.", false},         // a company
		{"The people from Fooham were lovely.", false},              // a group
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("Notes", tt.text))
		if got := has(names(r, vocab.Place), "Fooham"); got != tt.want {
			t.Errorf("%q: place Fooham = %v, want %v (places %q)", tt.text, got, tt.want, names(r, vocab.Place))
		}
	}
}

// TestWeakPlaceLocation: an edition held in a small town is located there.
func TestWeakPlaceLocation(t *testing.T) {
	x := New(Config{Lexicon: townLexicon{strong: []string{"Zorbia"}, weak: []string{"Fooham"}}, Series: []string{"FOSDEM"}})
	for _, text := range []string{
		"Snakeconf 2031 took place in Fooham this year.",
		"I attended Snakeconf 2031 in Fooham, Zorbia.",
	} {
		r := x.Extract(mkdoc("Snakeconf 2031 notes", text))
		if !rel(r, Location, "Snakeconf 2031", "Fooham") {
			t.Errorf("%q: no location(Snakeconf 2031, Fooham); places %q, events %q", text, names(r, vocab.Place), names(r, vocab.Event))
		}
	}
}
