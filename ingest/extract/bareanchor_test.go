package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestBareTalkAnchor(t *testing.T) {
	for a, want := range map[string]bool{
		"this presentation": true, "the talk": true, "That Keynote": true, "another talks": true,
		"this widget presentation": false, "her talk": false, "Widget Pipelines at Scale": false, "this": false,
	} {
		if got := bareTalkAnchor(a); got != want {
			t.Errorf("bareTalkAnchor(%q) = %v, want %v", a, got, want)
		}
	}
}

func TestBareRecordingAnchorNamesNoTalk(t *testing.T) {
	tests := []struct {
		name, anchor string
		want         []string
	}{
		{"bare anchor", "this presentation", nil},
		{"described anchor", "this presentation on widget pipelines", []string{"[this presentation on widget pipelines]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "SnakeCon 2024 was held in Basel.\n\nThe speaker pointed to " + tt.anchor + " that I will study.\n"
			d := headingDoc("SnakeCon 2024 recap", src, tt.anchor+"|https://www.youtube.com/watch?v=abcdefghijk")
			r := newGenericX().Extract(d)
			got := names(r, vocab.Talk)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("talks %q, want %q", got, tt.want)
			}
		})
	}
}
