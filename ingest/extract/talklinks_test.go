package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestRecordingTalks(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel.\n\n"
	tests := []struct {
		name      string
		d         *doc.Document
		talk      string // "" for none
		performer string
	}{
		{"possessive before a video link",
			mkdoc("SnakeCon 2024 notes", intro+"Watch Jane Doe's look at parser history soon.", "look at parser history|https://www.youtube.com/watch?v=abc"),
			"[Jane Doe's look at parser history]", "Jane Doe"},
		{"from a bold name after the link",
			withMarks(mkdoc("SnakeCon 2024 notes", intro+"An insightful widget deep dive from Zorba Quintero.", "widget deep dive|https://youtu.be/xyz"), doc.MarkStrong, "Zorba Quintero"),
			"[Zorba Quintero's widget deep dive]", "Zorba Quintero"},
		{"my own titled tutorial",
			withAuthors(mkdoc("SnakeCon 2024 notes", intro+"My own Rapid Widget Deployment for Everyone tutorial went well.", "Rapid Widget Deployment for Everyone|https://vimeo.com/12345"), "Marc Roe"),
			"Rapid Widget Deployment for Everyone", "Marc Roe"},
		{"a talk noun after the link, no person",
			mkdoc("SnakeCon 2024 notes", intro+"There was a fine lightning talk about scanners.", "lightning talk|https://media.example.org/2024/lt2.mp4"),
			"[lightning talk]", ""},
		{"a video without a person or a talk noun",
			mkdoc("SnakeCon 2024 notes", intro+"Here is a funny cat video to relax.", "funny cat|https://www.youtube.com/watch?v=cat"),
			"", ""},
		{"a link to a page that is no recording",
			mkdoc("SnakeCon 2024 notes", intro+"Watch Jane Doe's look at parser history soon.", "look at parser history|https://blog.example.org/history"),
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(tt.d)
			talks := names(r, vocab.Talk)
			if tt.talk == "" {
				if len(talks) != 0 {
					t.Errorf("talks %q, want none", talks)
				}
				return
			}
			if !has(talks, tt.talk) {
				t.Errorf("talks %q, want %s", talks, tt.talk)
			}
			if tt.performer != "" && !rel(r, Performer, tt.talk, tt.performer) {
				t.Errorf("no performer(%s, %s); talks %q", tt.talk, tt.performer, strings.Join(talks, "|"))
			}
		})
	}
}

func withAuthors(d *doc.Document, as ...string) *doc.Document {
	d.Authors = as
	return d
}
