package extract

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestMarkupCandidates(t *testing.T) {
	text := "Notes\n\nWidgets for Everyone - Jane Roe: a summary\n\nWe saw “Tiny Gadgets” and *Quick Things* and **Bold Moves**.\n\nShe said \"it works\" twice; 5\" screens do not count."
	d := &doc.Document{Text: text}
	d.Sections = []doc.Section{{Heading: "Notes", Level: 2, Start: 0}}
	at := func(s string) (int, int) {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return i, i + len(s)
			}
		}
		panic(s)
	}
	s, e := at("Widgets for Everyone - Jane Roe: a summary")
	d.Marks = append(d.Marks, doc.Mark{Kind: doc.MarkListItem, Start: s, End: e})
	s, e = at("Quick Things")
	d.Marks = append(d.Marks, doc.Mark{Kind: doc.MarkEmphasis, Start: s, End: e})
	s, e = at("Bold Moves")
	d.Marks = append(d.Marks, doc.Mark{Kind: doc.MarkStrong, Start: s, End: e})
	s, e = at("Widgets for Everyone")
	d.Links = append(d.Links, doc.Link{Anchor: "Widgets for Everyone", URL: "https://example.org/w", Start: s, End: e})
	var got []string
	for _, c := range markupCandidates(d) {
		got = append(got, fmt.Sprintf("%s:%s", c.kind, text[c.start:c.end]))
	}
	want := []string{
		"heading:Notes",
		"list-item:Widgets for Everyone - Jane Roe: a summary",
		"link:Widgets for Everyone",
		"quoted:Tiny Gadgets",
		"emphasis:Quick Things",
		"strong:Bold Moves",
		"quoted:it works",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("candidates:\n got %q\nwant %q", got, want)
	}
}

func TestQuotedCandidates(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{`a "b c" d`, []string{"b c"}},
		{"a «b» “c”", []string{"b", "c"}},
		{"no \"close\nhere\" x", nil},                      // a quote never spans lines
		{`it's 5" long and 6" wide`, nil},                  // a straight quote after a digit or letter opens nothing
		{"x\u00a0\"a title\"\u00a0y", []string{"a title"}}, // no-break spaces around
		{"", nil},
	} {
		var got []string
		for _, c := range quotedCandidates(tc.in) {
			got = append(got, tc.in[c.start:c.end])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q want %q", tc.in, got, tc.want)
		}
	}
}
