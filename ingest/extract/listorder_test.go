package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
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

// TestListSpeakerOrg: a talk's list line or heading that ends in the
// speaker's organisation in parentheses states the affiliation.
func TestListSpeakerOrg(t *testing.T) {
	x := newGenericX()
	const head = "SnakeCon 2024 was held in Basel. Here are the talks I attended.\n\n"
	tests := []struct {
		name, line string
		org        string // "" for none
	}{
		{"heading", "Lessons Learned - Jane Doe (Blargsoft)", "Blargsoft"},
		{"two words", "Lessons Learned - Jane Doe (Quux Works)", "Quux Works"},
		{"a place", "Lessons Learned - Jane Doe (Basel)", ""},
		{"no name", "Lessons Learned - Jane Doe (slides)", ""},
		{"not at the line's end", "Lessons Learned - Jane Doe (Blargsoft) and more", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := head + tt.line + "\n\nIt was a good one.\n"
			d := mkdoc("SnakeCon 2024: talks I attended", text)
			d.Sections = []doc.Section{{Heading: tt.line, Level: 2, Start: strings.Index(text, tt.line)}}
			r := x.Extract(d)
			got := affs(r)
			if tt.org == "" {
				for _, a := range got {
					if strings.HasPrefix(a, "Jane Doe -> ") {
						t.Errorf("affiliations %v, want none of Jane Doe", got)
					}
				}
				return
			}
			if !rel(r, Affiliation, "Jane Doe", tt.org) {
				t.Errorf("no affiliation Jane Doe -> %s; %v; performers %v", tt.org, got, perfs(r))
			}
		})
	}
}

// TestHeadingNamesNoSpeaker: a heading does not make any two capitalised
// words a speaker ("Lunch - Food Trucks").
func TestHeadingNamesNoSpeaker(t *testing.T) {
	const head = "SnakeCon 2024 was held in Basel. Here are the talks I attended.\n\n"
	for _, h := range []string{"Lunch - Food Trucks", "Day One (Saturday Morning)", "Closing Remarks - Main Stage"} {
		text := head + h + "\n\nIt was good.\n"
		d := mkdoc("SnakeCon 2024: talks I attended", text)
		d.Sections = []doc.Section{{Heading: h, Level: 2, Start: strings.Index(text, h)}}
		r := newGenericX().Extract(d)
		if ps := names(r, vocab.Person); len(ps) > 0 {
			t.Errorf("%q: persons %q, want none", h, ps)
		}
	}
}

// TestListCommaSpeakerFrom: a quoted title, a comma and a speaker "from"
// an organisation is a talk line.
func TestListCommaSpeakerFrom(t *testing.T) {
	const head = "SnakeCon 2024 was held in Basel. Here are the talks I attended.\n\n"
	r := newGenericX().Extract(mkdoc("SnakeCon 2024: talks I attended", head+"\"Typing the Untyped\", Jane Doe from Blargsoft\n\nIt was good.\n"))
	if !rel(r, Performer, "Typing the Untyped", "Jane Doe") {
		t.Errorf("no performer(Typing the Untyped, Jane Doe); performers %v", perfs(r))
	}
}
