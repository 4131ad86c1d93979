package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestMiniconfTracks(t *testing.T) {
	x := newGenericX()
	const head = "SnakeCon 2031 was held in Basel.\n\n"
	tests := []struct {
		name  string
		text  string
		links []string
		want  []string // tracks
		talk  string   // a talk of the first track, "" for none
		not   string   // a talk of no track, "" for none
	}{
		{"a miniconf keeps its noun", "Day 2 had the Widget Tools miniconf, which was good.", nil, []string{"Widget Tools miniconf"}, "", ""},
		{"a mini-conference and its talk", "I caught part of the Gadget Hacking mini-conference. There I saw a talk by Jane Doe about sprockets.", nil,
			[]string{"Gadget Hacking mini-conference"}, "[Jane Doe on sprockets]", ""},
		{"its narration ends with the paragraph", "I caught part of the Gadget Hacking mini-conference.\n\nLater I saw a talk by Jane Doe about sprockets.", nil,
			[]string{"Gadget Hacking mini-conference"}, "", "[Jane Doe on sprockets]"},
		{"a linked miniconf is its anchor", "As part of the Cloud, Storage and High Availability miniconf, I moderate a debate.",
			[]string{"Cloud, Storage and High Availability miniconf|https://snakecon.example/wiki/Miniconfs/CloudStorage"},
			[]string{"Cloud, Storage and High Availability miniconf"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("SnakeCon 2031 recap", head+tt.text, tt.links...))
			got := names(r, vocab.Track)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tracks %q, want %q", got, tt.want)
			}
			if tt.talk != "" && !rel(r, SuperEvent, tt.talk, tt.want[0]) {
				t.Errorf("no superEvent(%s, %s); talks %q", tt.talk, tt.want[0], names(r, vocab.Talk))
			}
			if tt.not != "" {
				if !containsString(names(r, vocab.Talk), tt.not) {
					t.Errorf("no talk %q; talks %q", tt.not, names(r, vocab.Talk))
				}
				if rel(r, SuperEvent, tt.not, tt.want[0]) {
					t.Errorf("superEvent(%s, %s)", tt.not, tt.want[0])
				}
			}
		})
	}
}
