package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestSectionTwins(t *testing.T) {
	const list = "## Day 2\n\nTalks I attended:\n\nHow we secure widget servers\n\nGardening with Robots\n\n"
	tests := []struct {
		name, narration string
		want            []string // talks of the post, sorted
		performer       string   // of "How we secure widget servers", "" for none
	}{
		{"narrated talk is the listed one", "Later, Jane Doe talked about securing widget servers in depth.",
			[]string{"Gardening with Robots", "How we secure widget servers"}, "Jane Doe"},
		{"a narrated talk sharing no words stays", "Later, Jane Doe talked about baking sourdough bread at home.",
			[]string{"Gardening with Robots", "How we secure widget servers", "[Jane Doe on baking sourdough bread at home]"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := list + tt.narration + "\n"
			d := headingDoc("SnakeCon 2024 recap", "SnakeCon 2024 was held in Basel.\n\n"+src,
				"How we secure widget servers|https://snakecon.example/talk/secure-widget-servers/",
				"Gardening with Robots|https://snakecon.example/talk/gardening-with-robots/")
			r := newGenericX().Extract(d)
			got := names(r, vocab.Talk)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("talks %q, want %q", got, tt.want)
			}
			if tt.performer != "" && !rel(r, Performer, "How we secure widget servers", tt.performer) {
				t.Errorf("no performer(How we secure widget servers, %s)", tt.performer)
			}
		})
	}
}

func TestNamedTwins(t *testing.T) {
	const list = "## Day 2\n\nTalks I attended:\n\nWidget Servers Unbound\n\nGardening with Robots\n\n"
	tests := []struct {
		name, narration string
		want            []string // talks of the post, sorted
		performer       string   // of "Widget Servers Unbound", "" for none
	}{
		{"the sentence holds the listed title", "The final talk of the day was Widget Servers Unbound by Jane Doe.",
			[]string{"Gardening with Robots", "Widget Servers Unbound"}, "Jane Doe"},
		{"another title: the talk stays", "The final talk of the day was Gardening in Space by Jane Doe.",
			[]string{"Gardening with Robots", "Widget Servers Unbound", "[Talk by Jane Doe]"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := list + tt.narration + "\n"
			d := headingDoc("SnakeCon 2024 recap", "SnakeCon 2024 was held in Basel.\n\n"+src,
				"Widget Servers Unbound|https://snakecon.example/talk/widget-servers-unbound/",
				"Gardening with Robots|https://snakecon.example/talk/gardening-with-robots/")
			r := newGenericX().Extract(d)
			got := names(r, vocab.Talk)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("talks %q, want %q", got, tt.want)
			}
			if tt.performer != "" && !rel(r, Performer, "Widget Servers Unbound", tt.performer) {
				t.Errorf("no performer(Widget Servers Unbound, %s)", tt.performer)
			}
		})
	}
}
