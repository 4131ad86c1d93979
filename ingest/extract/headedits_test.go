package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// docWithHeadings builds a document whose lines starting with "## " are
// headings (the marker is left out of the text).
func docWithHeadings(title, body string) *doc.Document {
	d := &doc.Document{Source: "t.md", Title: title, Date: "2031-05-10"}
	var b strings.Builder
	for _, line := range strings.Split(body, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			d.Sections = append(d.Sections, doc.Section{Heading: h, Level: 2, Start: b.Len()})
			line = h
		}
		b.WriteString(line + "\n")
	}
	d.Text = b.String()
	return d
}

func mainEditions(r *Result) []string {
	var out []string
	for _, e := range r.Entities {
		if e.Class == vocab.Event && e.Main {
			out = append(out, e.Name)
		}
	}
	return out
}

// TestHeadedEditions: a post whose title names no edition reports on the
// editions its headings are about, not on a coming one.
func TestHeadedEditions(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		title, body string
		want, not   []string
	}{
		{"Spring conferences", "## Snakeconf 2031\n\nThe talks at Snakeconf 2031 in Basel were good.\n\n## Day 1 at Zorbcamp 2031\n\nZorbcamp 2031 had many talks.\n",
			[]string{"Snakeconf 2031", "Zorbcamp 2031"}, nil},
		{"Spring conferences", "## Snakeconf 2031\n\nThe talks at Snakeconf 2031 were good.\n\n## Next: Zorbcamp 2032\n\nZorbcamp 2032 will have talks.\n",
			[]string{"Snakeconf 2031"}, []string{"Zorbcamp 2032"}},
		{"Spring conferences", "## Snakeconf 2031\n\nI attended Snakeconf 2031 in May. The talks at Snakeconf 2031 were good.\n\n## Why I will not go to Zorbcamp 2031 again this year\n\nZorbcamp 2031 had talks.\n",
			[]string{"Snakeconf 2031"}, []string{"Zorbcamp 2031"}}, // a long heading: a mention, not its subject
		{"Snakeconf 2031 recap", "## Snakeconf 2031\n\nThe talks at Snakeconf 2031 were good.\n\n## Zorbcamp 2031\n\nZorbcamp 2031 had talks too.\n",
			[]string{"Snakeconf 2031"}, []string{"Zorbcamp 2031"}}, // the title says what the post reports on
	}
	for _, tt := range tests {
		r := x.Extract(docWithHeadings(tt.title, tt.body))
		got := mainEditions(r)
		for _, w := range tt.want {
			if !has(got, w) {
				t.Errorf("%q: reported editions %q, want %q among them", tt.body, got, w)
			}
		}
		for _, n := range tt.not {
			if has(got, n) {
				t.Errorf("%q: reported editions %q, want no %q", tt.body, got, n)
			}
		}
	}
}

// TestListedEditionsLastMonth: "I attended A in X and then B in Y" reports on
// both editions, each in its own place, also when the sentence dates them
// to "last month".
func TestListedEditionsLastMonth(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Basel": vocab.Place, "Fooham": vocab.Place}, Series: []string{"FOSDEM"}})
	r := x.Extract(mkdoc("Conference season", "Last month I attended Snakeconf 2031 in Basel and then Zorbcamp 2031 in Fooham. Both had good talks."))
	got := mainEditions(r)
	if !has(got, "Snakeconf 2031") || !has(got, "Zorbcamp 2031") {
		t.Errorf("reported editions %q, want Snakeconf 2031 and Zorbcamp 2031", got)
	}
	for _, l := range []struct {
		ev, place string
		want      bool
	}{{"Snakeconf 2031", "Basel", true}, {"Zorbcamp 2031", "Fooham", true}, {"Snakeconf 2031", "Fooham", false}} {
		if rel(r, Location, l.ev, l.place) != l.want {
			t.Errorf("location(%s, %s) = %v, want %v", l.ev, l.place, !l.want, l.want)
		}
	}
}
