package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestEditionTalks(t *testing.T) {
	x := newGenericX()
	const head = "SnakeCon 2013 was held in Basel.\n\n"
	tests := []struct {
		name, text      string
		talk, performer string // "" for no such talk
		edition         string
	}{
		{"his YEAR SERIES keynote", "Jane Doe argued for widgets in her 2011 SnakeCon opening keynote, then Marc Roe gave an update in his 2012 SnakeCon closing keynote.",
			"[Jane Doe's 2011 SnakeCon opening keynote]", "Jane Doe", "SnakeCon 2011"},
		{"the second person of the sentence", "Jane Doe argued for widgets in her 2011 SnakeCon opening keynote, then Marc Roe gave an update in his 2012 SnakeCon closing keynote.",
			"[Marc Roe's 2012 SnakeCon closing keynote]", "Marc Roe", "SnakeCon 2012"},
		{"a person's SERIES YEAR talk", "We watched Jane Doe's SnakeCon 2011 talk again.", "[Jane Doe's SnakeCon 2011 talk]", "Jane Doe", "SnakeCon 2011"},
		{"no possessive", "Jane Doe was at the 2011 SnakeCon keynote.", "", "", ""},
		{"no talk noun", "Jane Doe loved her 2011 SnakeCon trip.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("SnakeCon 2013 recap", head+tt.text))
			talks := names(r, vocab.Talk)
			if tt.talk == "" {
				for _, n := range talks {
					if strings.Contains(n, "'s ") {
						t.Errorf("talk %q", n)
					}
				}
				return
			}
			for _, n := range talks {
				if strings.HasPrefix(n, "["+tt.performer+" on") {
					t.Errorf("another talk %q of the same sentence", n)
				}
			}
			if !rel(r, Performer, tt.talk, tt.performer) {
				t.Errorf("no performer(%s, %s); talks %q", tt.talk, tt.performer, talks)
			}
			if !rel(r, SuperEvent, tt.talk, tt.edition) {
				t.Errorf("no superEvent(%s, %s); events %q", tt.talk, tt.edition, names(r, vocab.Event))
			}
		})
	}
}
