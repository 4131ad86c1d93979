package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestVerbTalk(t *testing.T) {
	tests := []struct {
		word, pre string
		want      bool
	}{
		{"talk", "At the sprint we didn’t", true},
		{"talk", "Let's", true},
		{"talk", "I want to", true},
		{"talk", "They", true},
		{"talk", "I attended a", false},
		{"talk", "There was this", false},
		{"talks", "we", false},
		{"presentation", "to", false},
		{"talk", "", false},
	}
	for _, tt := range tests {
		if got := verbTalk(tt.word, tt.pre); got != tt.want {
			t.Errorf("verbTalk(%q, %q) = %v, want %v", tt.word, tt.pre, got, tt.want)
		}
	}
}

func TestVerbTalkNamesNoTalk(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           []string // talks of the post, sorted
	}{
		{"a talk about a product is a talk", "On Friday I attended a talk about Fooproject internals.",
			[]string{"[Talk about Fooproject internals]"}},
		{"we didn't talk about", "At the sprint we didn't talk about Fooproject internals at all.", nil},
		{"let's talk about", "Now let's talk about Fooproject internals for a bit.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := headingDoc("SnakeCon 2024 recap", "SnakeCon 2024 was held in Basel.\n\n"+tt.sentence+"\n")
			r := newGenericX().Extract(d)
			got := names(r, vocab.Talk)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("talks %q, want %q", got, tt.want)
			}
		})
	}
}
