package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestAuthorGives(t *testing.T) {
	tests := []struct {
		pre  string
		want bool
	}{
		{"On Tuesday, during the miniconf, I'm doing a ", true},
		{"Last year I gave a lightning ", true},
		{"Then I presented my ", true},
		{"It was fun to prepare my ", true},
		{"Then I attended a ", false},
		{"I liked the way she gave a ", false},
		{"Jane Doe gave a ", false},
		{"We watched a ", false},
	}
	for _, tt := range tests {
		if got := authorGives(tt.pre); got != tt.want {
			t.Errorf("authorGives(%q) = %v, want %v", tt.pre, got, tt.want)
		}
	}
}

func TestAuthorSubjectTalk(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"the author's talk", "On Tuesday I'm doing a talk on integrating Widgetd with Gadgetd.", true},
		{"a talk the author attended", "On Tuesday I attended a talk on integrating Widgetd with Gadgetd.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc("SnakeCon 2031 notes", "SnakeCon 2031 was held in Basel.\n\n"+tt.text)
			d.Authors = []string{"Marc Roe"}
			r := newGenericX().Extract(d)
			const talk = "[Talk on integrating Widgetd with Gadgetd]"
			found := false
			for _, n := range names(r, vocab.Talk) {
				found = found || n == talk
			}
			if !found {
				t.Fatalf("no talk %q; talks %q", talk, names(r, vocab.Talk))
			}
			if got := rel(r, Performer, talk, "Marc Roe"); got != tt.want {
				t.Errorf("performer(talk, author) = %v, want %v", got, tt.want)
			}
		})
	}
}
