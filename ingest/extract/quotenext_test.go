package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestQuoteThenTalk(t *testing.T) {
	tests := []struct {
		name, para string
		want       []string // talks of the post, sorted
	}{
		{"the next sentence names the talk",
			"In the same room followed \"Widgets All the Way Down\". The value of this talk was high.",
			[]string{"Widgets All the Way Down"}},
		{"the next sentence names no talk",
			"In the same room followed \"Widgets All the Way Down\". The value of it was high.", nil},
		{"the quotation does not end its sentence",
			"He said \"Widgets All the Way Down\" twice. The value of this talk was high.", nil},
		{"the talk is in another paragraph",
			"In the same room followed \"Widgets All the Way Down\".\n\nThe value of this talk was high.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := headingDoc("SnakeCon 2024 recap", "SnakeCon 2024 was held in Basel.\n\n"+tt.para+"\n")
			r := newGenericX().Extract(d)
			var got []string
			for _, n := range names(r, vocab.Talk) {
				if !strings.HasPrefix(n, "[") {
					got = append(got, n)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("titled talks %q, want %q", got, tt.want)
			}
		})
	}
}
