package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestHeadingTwins(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel. Two of us gave talks.\n\n"
	tests := []struct {
		name, section string
		want          []string // talks of the post, sorted
		performer     string   // of "Widget Pipelines at Scale", "" for none
	}{
		{"narration under the title heading is the titled talk",
			"## Widget Pipelines at Scale\n\nJane Quux gave a talk at the data devroom on our stack.\n\n" +
				"The title of the talk is \"Widget Pipelines at Scale\" and the slides are online.\n",
			[]string{"Widget Pipelines at Scale"}, "Jane Quux"},
		{"a heading that is no talk title keeps both",
			"## Our Day\n\nJane Quux gave a talk at the data devroom on our stack.\n\n" +
				"The title of the talk is \"Widget Pipelines at Scale\" and the slides are online.\n",
			[]string{"Widget Pipelines at Scale", "[Jane Quux on data devroom on our stack]"}, ""},
		{"two narrated talks under the heading stay apart",
			"## Widget Pipelines at Scale\n\nJane Quux gave a talk at the data devroom on our stack.\n\n" +
				"Marc Fooson gave a talk on gardening robots.\n\n" +
				"The title of the talk is \"Widget Pipelines at Scale\" and the slides are online.\n",
			nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := headingDoc("SnakeCon 2024 recap", intro+tt.section)
			r := newGenericX().Extract(d)
			got := names(r, vocab.Talk)
			if tt.want != nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("talks %q, want %q", got, tt.want)
			}
			if tt.want == nil && len(got) < 3 {
				t.Errorf("talks %q, want the titled one and both described ones", got)
			}
			if tt.performer != "" && !rel(r, Performer, "Widget Pipelines at Scale", tt.performer) {
				t.Errorf("no performer(Widget Pipelines at Scale, %s); talks %q", tt.performer, got)
			}
		})
	}
}
