package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestRepeatedEditionPlaces: an edition found once (the title "Snakeconf
// 2031 recap") is named wherever the post writes its name again, so the
// place a sentence gives it is read even without a conference word; and
// the edition comes to or is hosted by a place ("moved to X", "X hosted
// <Event>").
func TestRepeatedEditionPlaces(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		text string
		want bool
	}{
		{"Snakeconf 2031 in Basel was a blast.", true},
		{"Snakeconf 2031 was organised in Basel by a small team.", true},
		{"This year Snakeconf was in Basel.", true}, // the series alone: the only edition named
		{"Basel hosted Snakeconf 2031 this year.", true},
		{"Snakeconf 2031 moved to Basel this year.", true},
		{"This year the conference returned to Basel.", true},
		{"My last Snakeconf was in Basel in 2029.", false}, // another year's
		{"Next year Snakeconf moves to Basel.", false},     // a coming edition
		{"I moved to Basel after Snakeconf 2031.", false},  // a person's move
		{"Snakeconf 2031 was not in Basel but online.", false},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("Snakeconf 2031 recap", "I learned a lot from the talks. "+tt.text))
		if got := rel(r, Location, "Snakeconf 2031", "Basel"); got != tt.want {
			t.Errorf("%q: location(Snakeconf 2031, Basel) = %v, want %v (events %q, places %q)", tt.text, got, tt.want, names(r, vocab.Event), names(r, vocab.Place))
		}
	}
}

// TestRepeatedNameDoesNotChooseEdition: names written again do not make
// an edition the one the post reports on.
func TestRepeatedNameDoesNotChooseEdition(t *testing.T) {
	x := newGenericX()
	text := "I attended Snakeconf 2031 in May. Barcamp 2031 had good talks too." + strings.Repeat(" See Barcamp 2031.", 60)
	r := x.Extract(mkdoc("Some notes", text))
	for _, e := range r.Entities {
		if e.Class == vocab.Event && e.Main && e.Name != "Snakeconf 2031" {
			t.Errorf("edition %q reported on; want only Snakeconf 2031", e.Name)
		}
	}
}
