package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestHeadingOtherYear(t *testing.T) {
	cases := []struct {
		heading, year string
		want          bool
	}{
		{"Quuxconf 2030", "2031", true},
		{"Quuxconf 2031", "2031", false},
		{"Quuxconf 2030 and 2031", "2031", false},
		{"Quuxconf", "2031", false},
		{"Room 20301", "2031", false},
		{"Quuxconf'2030", "2031", true},
	}
	for _, c := range cases {
		if got := headingOtherYear(c.heading, c.year); got != c.want {
			t.Errorf("headingOtherYear(%q, %q) = %v, want %v", c.heading, c.year, got, c.want)
		}
	}
}

// TestSectionOfOtherYear: the talks of a section headed by another
// edition of the post's series are that edition's, not the one the
// title reports on.
func TestSectionOfOtherYear(t *testing.T) {
	text := "Day 1\n\nJane Quux gave the talk \"Foo bars\".\n\nQuuxConf 2030\n\nLast year John Zorb gave the talk \"Baz quxes\"."
	d := withAuthorDate(mkdoc("Back from QuuxConf 2031", text), "2031-02-03")
	for _, h := range []string{"Day 1", "QuuxConf 2030"} {
		d.Sections = append(d.Sections, doc.Section{Heading: h, Level: 2, Start: strings.Index(text, h)})
	}
	r := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}}).Extract(d)
	want := map[string]string{"Foo bars": "QuuxConf 2031", "Baz quxes": "QuuxConf 2030"}
	got := map[string]string{}
	for _, rl := range r.Relations {
		if rl.Pred == SuperEvent && r.Entities[rl.To].Class == vocab.Event {
			got[r.Entities[rl.From].Name] = r.Entities[rl.To].Name
		}
	}
	for talk, ev := range want {
		if got[talk] != ev {
			t.Errorf("talk %q at %q, want %q (all %q)", talk, got[talk], ev, got)
		}
	}
}

// TestBareHeadingEditions: sections headed by a series' bare name ending
// with a conference word are on that series' edition of the post's year,
// and hold its talks; a heading of a common word is none.
func TestBareHeadingEditions(t *testing.T) {
	text := "Quuxconf\n\nJane Quux gave the talk \"Foo bars\".\n\nZorbfest\n\nJohn Zorb gave the talk \"Baz quxes\".\n\nLunch\n\nThe food was good."
	d := withAuthorDate(mkdoc("Two conferences", text), "2031-02-03")
	for _, h := range []string{"Quuxconf", "Zorbfest", "Lunch"} {
		d.Sections = append(d.Sections, doc.Section{Heading: h, Level: 2, Start: strings.Index(text, h)})
	}
	r := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}}).Extract(d)
	ev := names(r, vocab.Event)
	if len(ev) != 2 || !has(ev, "Quuxconf 2031") || !has(ev, "Zorbfest 2031") {
		t.Fatalf("events %q, want Quuxconf 2031 and Zorbfest 2031", ev)
	}
	got := map[string]string{}
	for _, rl := range r.Relations {
		if rl.Pred == SuperEvent && r.Entities[rl.To].Class == vocab.Event {
			got[r.Entities[rl.From].Name] = r.Entities[rl.To].Name
		}
	}
	if got["Foo bars"] != "Quuxconf 2031" || got["Baz quxes"] != "Zorbfest 2031" {
		t.Errorf("talks at %q", got)
	}
}
