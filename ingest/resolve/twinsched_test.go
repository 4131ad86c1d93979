package resolve

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/extract"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

func TestIdentifyLineSpeakers(t *testing.T) {
	speakers := []schedule.Person{{Name: "Quentin Marlowe", Slug: "quentin_marlowe"}}
	const title = "Forging Widgets at Scale"
	tests := []struct {
		name   string
		text   string // holds title once, then the person
		person string
		perf   bool   // the person already performs a talk
		want   string // the person's name afterwards
	}{
		{"handle on the talk's line", title + ". @qmarlowe showed why widgets break.", "@qmarlowe", false, "Quentin Marlowe"},
		{"first name on the talk's line", title + ". Quentin showed why widgets break.", "Quentin", false, "Quentin Marlowe"},
		{"on another line", title + ".\n\n@qmarlowe wrote a blog post.", "@qmarlowe", false, "@qmarlowe"},
		{"before the talk", "@qmarlowe recommended " + title + ".", "@qmarlowe", false, "@qmarlowe"},
		{"a handle of someone else", title + ". @zz_top showed why widgets break.", "@zz_top", false, "@zz_top"},
		{"a performer of another talk", title + ". @qmarlowe showed why widgets break.", "@qmarlowe", true, "@qmarlowe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := strings.Index(tt.text, title)
			ps := strings.Index(tt.text, tt.person)
			res := &extract.Result{Doc: &doc.Document{Text: tt.text}}
			res.Entities = []extract.Entity{
				{Class: vocab.Talk, Name: title, Edition: -1, Mentions: []extract.Mention{{Start: ts, End: ts + len(title)}}},
				{Class: vocab.Person, Name: tt.person, Edition: -1, Mentions: []extract.Mention{{Start: ps, End: ps + len(tt.person)}}},
				{Class: vocab.Talk, Name: "[Another talk]", Edition: -1},
			}
			if tt.perf {
				res.Relations = append(res.Relations, extract.Relation{Pred: extract.Performer, From: 2, To: 1})
			}
			persons := map[string]int{vocab.Fold(tt.person): 1}
			talks := map[int]official{0: {t: &schedule.Talk{Title: title, Persons: speakers}}}
			identifyLineSpeakers(res, talks, persons)
			if got := res.Entities[1].Name; got != tt.want {
				t.Errorf("person %q became %q, want %q", tt.person, got, tt.want)
			}
		})
	}
}
