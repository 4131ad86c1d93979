package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// TestListSpeakerFirst: a list item or heading "Jane Roe - Title" names
// the speaker first; "Title - Jane Roe" the title first.
func TestListSpeakerFirst(t *testing.T) {
	x := newGenericX()
	const head = "SnakeCon 2024 was held in Basel. Here are the talks I attended.\n\n"
	tests := []struct {
		name, line    string
		heading       bool
		talk, speaker string
	}{
		{"list item, speaker - title", "Jane Doe - Understanding Widgets", false, "Understanding Widgets", "Jane Doe"},
		{"list item, title - speaker", "Understanding Widgets - Jane Doe", false, "Understanding Widgets", "Jane Doe"},
		{"heading, speaker - title", "Marc Roe - Async All The Way", true, "Async All The Way", "Marc Roe"},
		{"heading, speaker: title", "Marc Roe: Observability Done Right", true, "Observability Done Right", "Marc Roe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := head + tt.line + "\n\nIt was a good one.\n"
			d := mkdoc("SnakeCon 2024: talks I attended", text)
			s := strings.Index(text, tt.line)
			if tt.heading {
				d.Sections = []doc.Section{{Heading: tt.line, Level: 2, Start: s}}
			} else {
				d.Marks = []doc.Mark{{Kind: doc.MarkListItem, Start: s, End: s + len(tt.line)}}
			}
			r := x.Extract(d)
			if !rel(r, Performer, tt.talk, tt.speaker) {
				t.Errorf("no performer(%s, %s); performers %v", tt.talk, tt.speaker, perfs(r))
			}
			if rel(r, Performer, tt.speaker, strings.TrimSpace(strings.Trim(strings.TrimPrefix(tt.line, tt.speaker), ":-"))) {
				t.Errorf("the speaker read as a title; performers %v", perfs(r))
			}
		})
	}
}

// perfs lists the performers of r as "talk -> person".
func perfs(r *Result) []string {
	var out []string
	for _, x := range r.Relations {
		if x.Pred == Performer && x.From >= 0 && x.To >= 0 {
			out = append(out, r.Entities[x.From].Name+" -> "+r.Entities[x.To].Name)
		}
	}
	return out
}
