package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestTitleYearOf: the year a title gives a series name, and none where
// the digits are no year of it.
func TestTitleYearOf(t *testing.T) {
	cases := []struct{ title, name, want string }{
		{"Quuxconf 2030 retrospective", "Quuxconf", "2030"},
		{"Notes from Quuxconf '30", "Quuxconf", "2030"},
		{"Quuxconf’29: a recap", "Quuxconf", "2029"},
		{"Quuxconf 2030", "Quuxconf", "2030"},
		{"Quuxconfig 2030", "Quuxconf", ""},
		{"Quuxconf 20300 users", "Quuxconf", ""},
		{"Quuxconf 300 talks", "Quuxconf", ""},
		{"Quuxconf 30 talks", "Quuxconf", ""},
		{"Quuxconf 2030s", "Quuxconf", ""},
		{"My trip to Quuxconf", "Quuxconf", ""},
		{"Zorbconf and Quuxconf 2030", "Zorbconf", ""},
		{"MyQuuxconf 2031 and Quuxconf 2030", "Quuxconf", "2030"},
	}
	for _, c := range cases {
		if got := titleYearOf(c.title, c.name); got != c.want {
			t.Errorf("titleYearOf(%q, %q) = %q, want %q", c.title, c.name, got, c.want)
		}
	}
}

// TestBareSeriesTitleYear: a series the text names bare, in a post dated
// the year after the edition its title names, is that edition.
func TestBareSeriesTitleYear(t *testing.T) {
	lexi := fakeLexicon{"Zorbtown": vocab.Place}
	cases := []struct{ title, text, date, want, not string }{
		{"Quuxconf 2030 retrospective", "Quuxconf took place in Zorbtown last December. The talks were great.", "2031-01-03",
			"Quuxconf 2030", "Quuxconf 2031"},
		{"Quuxconf '30 retrospective", "Last month I attended Quuxconf in Zorbtown. The talks were great.", "2031-01-03",
			"Quuxconf 2030", "Quuxconf 2031"},
		{"My trip to Quuxconf", "Last week I attended Quuxconf in Zorbtown. The talks were great.", "2031-02-03",
			"Quuxconf 2031", "Quuxconf 2030"},
	}
	for _, c := range cases {
		x := New(Config{Lexicon: lexi})
		r := x.Extract(withAuthorDate(mkdoc(c.title, c.text), c.date))
		ev := names(r, vocab.Event)
		if !has(ev, c.want) || has(ev, c.not) {
			t.Errorf("%q: events %q, want %q and not %q", c.title, ev, c.want, c.not)
		}
	}
}

// TestConfWordEdition: one word ending with a conference word and a year
// names an edition without another cue; a word ending with "con" does not.
func TestConfWordEdition(t *testing.T) {
	lexi := fakeLexicon{"Zorbtown": vocab.Place}
	cases := []struct{ title, text, date, want string }{
		{"Quuxconf 2031, day 1", "Day one of Quuxconf 2031 in Zorbtown. The talks were great.", "2031-02-03", "Quuxconf 2031"},
		{"A long weekend", "Zorbcamp 2031 was a blast, the talks were great.", "2031-02-03", "Zorbcamp 2031"},
		{"Falcon 2031", "The new Falcon 2031 model is out. It is fast.", "2031-02-03", ""},
	}
	for _, c := range cases {
		x := New(Config{Lexicon: lexi})
		r := x.Extract(withAuthorDate(mkdoc(c.title, c.text), c.date))
		ev := names(r, vocab.Event)
		if c.want == "" && len(ev) > 0 || c.want != "" && !has(ev, c.want) {
			t.Errorf("%q: events %q, want %q", c.title, ev, c.want)
		}
	}
}

// TestRecapTitleWords: a title reporting on a name and year with one of
// these words names that edition.
func TestRecapTitleWords(t *testing.T) {
	for _, title := range []string{"Strange Zorb 2031 retrospective", "Strange Zorb 2031 wrap-up", "Strange Zorb 2031 roundup", "Strange Zorb 2031 write-up"} {
		r := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}}).Extract(withAuthorDate(mkdoc(title, "The talks were very good."), "2031-02-03"))
		if ev := names(r, vocab.Event); !has(ev, "Strange Zorb 2031") {
			t.Errorf("%q: events %q, want Strange Zorb 2031", title, ev)
		}
	}
}
