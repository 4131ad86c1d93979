package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestSingleNameCues(t *testing.T) {
	tests := []struct {
		text string
		want []string // persons
	}{
		{"It was great to meet again with Daniel and Dimitri at the venue.", []string{"Daniel", "Dimitri"}},
		{"Big props to Maria for the idea.", []string{"Maria"}},
		{"Thanks again to Daniel, who fixed the projector.", []string{"Daniel"}},
		{"We needed our project manager, Maria, to review the changes.", []string{"Maria"}},
		{"I had the chance to talk to the speaker (Ana) after the session.", []string{"Ana"}},
		{"Thanks to Python the demo worked.", nil},                                // a term, no given name
		{"We met the speaker, Maria Quux-Lab later.", []string{"Maria Quux-Lab"}}, // a full name
		{"Our manager, Maria and the rest of us went home.", nil},                 // the set-off does not close
	}
	for _, tt := range tests {
		r := newX().Extract(mkdoc("T", tt.text))
		got := names(r, vocab.Person)
		if len(got) != len(tt.want) {
			t.Errorf("%q: persons %q, want %q", tt.text, got, tt.want)
			continue
		}
		for _, w := range tt.want {
			if !has(got, w) {
				t.Errorf("%q: persons %q, want %q", tt.text, got, tt.want)
			}
		}
	}
}
