package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestEditionNameForms: editions of series without a schedule named in
// forms other than "Name YEAR" become one Event each, named "Series Year",
// with the form the post uses among its aliases, and things that only look
// like such forms do not.
func TestEditionNameForms(t *testing.T) {
	lexi := fakeLexicon{"Zorbtown": vocab.Place, "Visual Studio": vocab.Technology, "Python": vocab.Technology}
	cases := []struct {
		name, title, text, date string
		want, alias             string // the edition (main) and an alias of it
		not                     []string
	}{
		{"qualifier before the year", "SnakeCon Zorbia 2018", "Last weekend I attended SnakeCon Zorbia 2018 in Zorbtown.", "2018-10-02",
			"SnakeCon Zorbia 2018", "SnakeCon Zorbia", []string{"SnakeCon 2018"}},
		{"glued two-digit year", "ZorbConf19 recap", "I spent a week at ZorbConf19 in Zorbtown, the conference was fun.", "2019-08-01",
			"ZorbConf 2019", "ZorbConf19", nil},
		{"small letter camel glued to four digits", "blipGo2015: notes", "The blipGo conference took place in Zorbtown.", "2015-11-13",
			"blipGo 2015", "blipGo2015", nil},
		{"numbered code", "My notes from 41Q7", "This year I went to 41Q7 in Zorbtown again. The talks were great.", "2024-12-30",
			"41Q7 2024", "41Q7", nil},
		{"words and year in a recap title", "Strange Zorb 2019 thoughts", "The talks were very good this year.", "2019-09-20",
			"Strange Zorb 2019", "Strange Zorb", nil},
		{"words and year after attending", "Back home", "Last month I attended Quiet Zorb 2021 in Zorbtown, and the keynotes were good.", "2021-06-01",
			"Quiet Zorb 2021", "Quiet Zorb", nil},
		{"a title that is the name and year", "Devzorb Quuxland 2019", "This year I went there again. The talks were good.", "2019-11-10",
			"Devzorb Quuxland 2019", "Devzorb Quuxland", nil},
		{"words and year held", "A week away", "Kernel Zorbs 2019 was held in Zorbtown, with many talks.", "2019-09-30",
			"Kernel Zorbs 2019", "Kernel Zorbs", nil},
		{"a common word inside the name", "Zorb Things Open 2019 recap", "The talks were good.", "2019-10-20",
			"Zorb Things Open 2019", "Zorb Things Open", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(Config{Lexicon: lexi})
			r := x.Extract(withAuthorDate(mkdoc(c.title, c.text), c.date))
			main := mainEvents(r)
			if !has(main, c.want) {
				t.Fatalf("main editions %q (all %q), want %q", main, names(r, vocab.Event), c.want)
			}
			for _, e := range r.Entities {
				if e.Class == vocab.Event && e.Name == c.want && !has(e.Aliases, c.alias) {
					t.Errorf("aliases of %q: %q, want %q", c.want, e.Aliases, c.alias)
				}
			}
			for _, n := range c.not {
				if has(names(r, vocab.Event), n) {
					t.Errorf("events %q: %q is not one", names(r, vocab.Event), n)
				}
			}
			if has(names(r, vocab.Place), "Zorbia") {
				t.Errorf("a qualifier the lexicon does not know is no place: %q", names(r, vocab.Place))
			}
		})
	}
}

// TestNotEditionNameForms: products, awards, versions and codes without a
// cue are no editions.
func TestNotEditionNameForms(t *testing.T) {
	lexi := fakeLexicon{"Visual Studio": vocab.Technology, "Zorbtown": vocab.Place}
	cases := []struct{ name, title, text, date string }{
		{"product and year", "Notes on Visual Studio 2017", "I upgraded to Visual Studio 2017 last week.", "2017-05-01"},
		{"award at", "A good year", "The project was nominated at the Quux Award 2013 for innovation.", "2013-05-01"},
		{"two-digit number far from the date", "Old machines", "My ZorbConf33 is running fine at the conference.", "2015-05-01"},
		{"code without a cue", "Hardware", "The 4K3 model is fine.", "2015-05-01"},
		{"lower-case word glued to digits", "Notes", "We used python37 at the conference.", "2019-05-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(Config{Lexicon: lexi})
			r := x.Extract(withAuthorDate(mkdoc(c.title, c.text), c.date))
			if evs := names(r, vocab.Event); len(evs) != 0 {
				t.Errorf("events %q, want none", evs)
			}
		})
	}
}

// TestAcronymOfEdition: an edition named once in full and once by the
// initials of its words glued to its year is one edition.
func TestAcronymOfEdition(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
	r := x.Extract(withAuthorDate(mkdoc("Notes on SnZB18",
		"This spring a fine edition of Snake Zorb Bash was held in Zorbtown. The talks were fine."), "2018-10-10"))
	evs := names(r, vocab.Event)
	if !has(evs, "Snake Zorb Bash 2018") || has(evs, "SnZB 2018") {
		t.Fatalf("events %q, want Snake Zorb Bash 2018 only", evs)
	}
	if m := mainEvents(r); len(m) != 1 || m[0] != "Snake Zorb Bash 2018" {
		t.Errorf("main %q", m)
	}
}

// TestBareSeriesEdition: a series named without a year or a conference
// word is an edition of the post's year when the text says it was held or
// that the author went there, or the title reports on it; not when the
// name is a known term or the cue is missing.
func TestBareSeriesEdition(t *testing.T) {
	lexi := fakeLexicon{"Zorbtown": vocab.Place, "Quuxbase": vocab.Technology, "Acmecorp": vocab.Organization, "ACME": vocab.Organization}
	cases := []struct {
		name, title, text string
		want              string // main edition, "" for none
	}{
		{"capitals held", "Notes from the conference", "This year ZORBAC took place in Zorbtown. The talks were good.", "ZORBAC 2019"},
		{"camel case went to", "A week away", "I was at dotZorb in Zorbtown last Monday. The talks were good.", "dotZorb 2019"},
		{"title recap and text", "Highlights of QUXCON", "QUXCON had many talks this year.", "QUXCON 2019"},
		{"host-like name attended", "Back home", "Last month I attended zorb.conf.xy and met many people.", "zorb.conf.xy 2019"},
		{"no cue", "Some thoughts", "ZORBAC is a thing I like. The talks were good.", ""},
		{"title names it among others", "Talking Quux and GlusterZ at the conference", "I talked about Quux and GlusterZ.", ""},
		{"a known organisation", "Back home", "I attended ACME last week for the talks.", ""},
		{"common capitals", "Back home", "I went to NASA last week for the talks.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(Config{Lexicon: lexi})
			r := x.Extract(withAuthorDate(mkdoc(c.title, c.text), "2019-07-10"))
			main := mainEvents(r)
			if c.want == "" {
				if evs := names(r, vocab.Event); len(evs) != 0 {
					t.Errorf("events %q, want none", evs)
				}
				return
			}
			if len(main) != 1 || main[0] != c.want {
				t.Errorf("main editions %q (all %q), want %q", main, names(r, vocab.Event), c.want)
			}
		})
	}
}

// TestTitleListOfEditions: names listed with an edition in a title are
// editions the post reports on too, and a name in capitals that
// abbreviates the words of another edition of that year is that edition.
func TestTitleListOfEditions(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
	r := x.Extract(withAuthorDate(mkdoc("Retrospective of ZQM3, ZorbConf 2015 and ZRBMGMTCAMP",
		"The first trip was a busy one.\n\nLater came the Zorb Management Camp in Zorbtown, with many talks.\n"), "2015-02-03"))
	main := mainEvents(r)
	for _, w := range []string{"ZQM3 2015", "ZorbConf 2015", "Zorb Management Camp 2015"} {
		if !has(main, w) {
			t.Errorf("main editions %q (all %q), want %q", main, names(r, vocab.Event), w)
		}
	}
	if has(names(r, vocab.Event), "ZRBMGMTCAMP 2015") {
		t.Errorf("events %q: the abbreviation is the long name's", names(r, vocab.Event))
	}
}

// TestContracts: which one-word names contract which series.
func TestContracts(t *testing.T) {
	cases := []struct {
		short, long string
		want        bool
	}{
		{"ZRBMGMTCAMP", "zorb management camp", true},
		{"PyZQ", "python zorb quux", true},
		{"ZCA", "zorb conf australia", true},
		{"DevDays", "quux developer days", true},
		{"ZC", "zorb conf", false},       // two letters make no acronym
		{"ZXQ", "zorb conf quux", false}, // x is no letter of conf
		{"ZORB", "zorb", false},          // one word
		{"QUUXZORB", "zorb quux", false}, // order
	}
	for _, c := range cases {
		if got := contracts(c.short, strings.Fields(c.long)); got != c.want {
			t.Errorf("contracts(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestBareSeriesWeaker: an edition named with a conference word and a
// cue is what the post reports on, before a bare name with a cue.
func TestBareSeriesWeaker(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
	r := x.Extract(withAuthorDate(mkdoc("A busy week",
		"On Monday I was at QUUXO for a meeting. On Tuesday I was at QUUXO again. Then I attended ZorbConf in Zorbtown, which had great talks."), "2019-07-10"))
	if m := mainEvents(r); len(m) != 1 || m[0] != "ZorbConf 2019" {
		t.Errorf("main editions %q (all %q), want ZorbConf 2019", m, names(r, vocab.Event))
	}
}

// TestBareSeriesToMain: the bare series name is an alias of the edition
// the post reports on only, not of another edition of that series.
func TestBareSeriesToMain(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
	r := x.Extract(withAuthorDate(mkdoc("ZorbConf 2019: a recap",
		"Last week I was in Zorbtown for ZorbConf 2019. The talks were great. See you at ZorbConf 2020!"), "2019-06-12"))
	for _, e := range r.Entities {
		if e.Class != vocab.Event {
			continue
		}
		switch e.Name {
		case "ZorbConf 2019":
			if !has(e.Aliases, "ZorbConf") {
				t.Errorf("aliases of the main edition %q, want ZorbConf", e.Aliases)
			}
		case "ZorbConf 2020":
			if has(e.Aliases, "ZorbConf") {
				t.Errorf("aliases of the coming edition %q: ZorbConf is the main one's", e.Aliases)
			}
		}
	}
}

// TestCityAndRegionEdition: one edition named after its region and its
// city is one Event; two regions stay two; a sentence end is no part of a
// name.
func TestCityAndRegionEdition(t *testing.T) {
	lexi := fakeLexicon{"Zorbtown": vocab.Place}
	x := New(Config{Lexicon: lexi})
	r := x.Extract(withAuthorDate(mkdoc("KubeZorb Europe 2019 recap",
		"I attended KubeZorb Zorbtown last week. KubeZorb Europe 2019 had 7000 attendees."), "2019-05-25"))
	if evs := names(r, vocab.Event); len(evs) != 1 || evs[0] != "KubeZorb Europe 2019" {
		t.Errorf("events %q, want KubeZorb Europe 2019 only", evs)
	}
	r = x.Extract(withAuthorDate(mkdoc("Two editions",
		"I attended SnakeCon US 2019 and then SnakeCon UK 2019, both were fun conferences."), "2019-05-25"))
	if evs := names(r, vocab.Event); !has(evs, "SnakeCon US 2019") || !has(evs, "SnakeCon UK 2019") {
		t.Errorf("events %q, want SnakeCon US 2019 and SnakeCon UK 2019", evs)
	}
	r = x.Extract(withAuthorDate(mkdoc("Notes", "The conference took place in Zorbtown. ZorbConf Zorbtown was great."), "2019-05-25"))
	for _, e := range names(r, vocab.Event) {
		if strings.Contains(e, ".") {
			t.Errorf("events %q: a sentence end inside a name", names(r, vocab.Event))
		}
	}
}

// TestJoinedEditions: two conference names joined by "+" are one
// co-located edition, which a later mention of either name is; "&" joins
// two events of a list.
func TestJoinedEditions(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
	r := x.Extract(withAuthorDate(mkdoc("QuuxCon + ZorbCon Europe 2019",
		"I attended QuuxCon in Zorbtown last week. The keynote by Anne Smith was about operators."), "2019-05-25"))
	if evs := names(r, vocab.Event); len(evs) != 1 || evs[0] != "QuuxCon + ZorbCon Europe 2019" {
		t.Errorf("events %q, want QuuxCon + ZorbCon Europe 2019 only", evs)
	}
	r = x.Extract(withAuthorDate(mkdoc("QuuxCon + ZorbCon Europe 2019 recap",
		"I attended QuuxCon Zorbtown last week. The keynote by Anne Smith was about operators."), "2019-05-25"))
	if evs := names(r, vocab.Event); len(evs) != 1 || evs[0] != "QuuxCon + ZorbCon Europe 2019" {
		t.Errorf("events %q, want the city edition in QuuxCon + ZorbCon Europe 2019", evs)
	}
	r = x.Extract(withAuthorDate(mkdoc("Two events",
		"I attended QuuxCon Days & ZorbCon Summit Zorbtown, both were fun conferences."), "2019-05-25"))
	if evs := names(r, vocab.Event); len(evs) != 2 {
		t.Errorf("events %q, want two", evs)
	}
}

// TestTokenMatches: the token scan finds what the unanchored patterns
// would, at the same places, and only whole tokens.
func TestTokenMatches(t *testing.T) {
	s := `At ZorbConf19, (QuuxCamp2015) "41Q7" and x-ZorbConf19 or ZorbConf19x; ZorbConf19. Done`
	var got []string
	for _, m := range tokenMatches(s, reGluedEdition, false, gluedShaped) {
		got = append(got, s[m[0]:m[1]])
	}
	want := []string{"ZorbConf19", "QuuxCamp2015", "41Q7", "ZorbConf19"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("glued tokens %q, want %q", got, want)
	}
	s = "I went to ZORBAC. Then zorb.conf.xy, then dotZorb.x and QuuxFoo"
	got = nil
	for _, m := range tokenMatches(s, reBareSeries, true, bareShaped) {
		got = append(got, s[m[2]:m[3]])
	}
	want = []string{"ZORBAC", "zorb.conf.xy", "QuuxFoo"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("bare tokens %q, want %q", got, want)
	}
	s = "At Quiet Zorb 2021, then in 2022 and Big Zorb Day 2023x, Loud Zorb 1989"
	got = nil
	for _, m := range yearTailMatches(s, reMultiWordEdition, multiWordShaped) {
		got = append(got, s[m[2]:m[5]])
	}
	want = []string{"At Quiet Zorb 2021"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("word-year spans %q, want %q", got, want)
	}
}
