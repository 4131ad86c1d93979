package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestAuthorSpokeTalks: the author telling of speaking at an edition
// without a title makes a talk the author performs at that edition.
func TestAuthorSpokeTalks(t *testing.T) {
	tests := []struct {
		name, text string
		talk       string // "" when no talk of the author is wanted
		edition    string
	}{
		{"spoke at, with a subject", "I spoke at SnakeCon 2031 about the history of parsers.", "[Marc Roe on the history of parsers]", "SnakeCon 2031"},
		{"where I gave a talk", "Last week I was in Basel for SnakeCon 2031, where I gave a talk.", "[Talk by Marc Roe]", "SnakeCon 2031"},
		{"invited me to speak", "The organisers of SnakeCon 2031 invited me to speak this year.", "[Talk by Marc Roe]", "SnakeCon 2031"},
		{"my talk at", "The slides of my talk at SnakeCon 2031 are online.", "[Talk by Marc Roe]", "SnakeCon 2031"},
		{"a day is no subject", "I was speaking at SnakeCon 2031 on Friday.", "[Talk by Marc Roe]", "SnakeCon 2031"},
		{"the main edition", "This year I had the chance to present at the conference.", "[Talk by Marc Roe]", "SnakeCon 2031"},
		{"an earlier edition", "Back in the day I spoke at SnakeCon 2029, which was smaller.", "[Talk by Marc Roe]", "SnakeCon 2029"},
		{"a negation", "I did not speak at SnakeCon 2031 this time.", "", ""},
		{"a wish", "I wish I had spoken at SnakeCon 2031; maybe I would present at SnakeCon 2032.", "", ""},
		{"a meetup", "I gave a talk at the local meetup the week before.", "", ""},
		{"someone else", "Jane Quux spoke at SnakeCon 2031 about parsers.", "", ""},
		{"attending", "I attended SnakeCon 2031 and listened to many talks.", "", ""},
		{"at length", "At SnakeCon 2031 I spoke at length with the organisers.", "", ""},
		{"at the bar", "In the evening I spoke at the bar with old friends.", "", ""},
		{"at the conference", "This year I spoke at the conference about my parser.", "[Marc Roe on my parser]", "SnakeCon 2031"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc("SnakeCon 2031 notes", "SnakeCon 2031 was held in Basel.\n\n"+tt.text)
			d.Authors = []string{"Marc Roe"}
			r := newGenericX().Extract(d)
			var mine []string
			for _, x := range r.Relations {
				if x.Pred == Performer && x.From >= 0 && x.To >= 0 && r.Entities[x.To].Name == "Marc Roe" {
					mine = append(mine, r.Entities[x.From].Name)
				}
			}
			if tt.talk == "" {
				if len(mine) > 0 {
					t.Errorf("author performs %q, want no talk", mine)
				}
				return
			}
			if len(mine) != 1 || mine[0] != tt.talk {
				t.Fatalf("author performs %q, want %q; talks %q", mine, tt.talk, names(r, vocab.Talk))
			}
			if !rel(r, SuperEvent, tt.talk, tt.edition) {
				t.Errorf("no superEvent(%q, %q); events %q", tt.talk, tt.edition, names(r, vocab.Event))
			}
		})
	}
}

// TestAuthorSpokeKeepsTitledTalk: a talk the post titles elsewhere is the
// author's one talk.
func TestAuthorSpokeKeepsTitledTalk(t *testing.T) {
	d := mkdoc("SnakeCon 2031 notes", "SnakeCon 2031 was held in Basel.\n\nThis year I had the chance to present at SnakeCon 2031. My talk was called \"Parsing Everything Twice\".")
	d.Authors = []string{"Marc Roe"}
	r := newGenericX().Extract(d)
	n := 0
	for _, x := range r.Relations {
		if x.Pred == Performer && x.To >= 0 && r.Entities[x.To].Name == "Marc Roe" {
			n++
		}
	}
	if n != 1 || !rel(r, Performer, "Parsing Everything Twice", "Marc Roe") {
		t.Errorf("author performs %d talks, want only the titled one; talks %q", n, names(r, vocab.Talk))
	}
}
