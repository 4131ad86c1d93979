package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestEditionMerges: one edition named twice (a country code and the
// region in full, a name spelled out in parentheses, a series with a code
// glued to it) is one Event; a series named for all its editions is none;
// a title on one day of a gathering names its edition.
func TestEditionMerges(t *testing.T) {
	lexi := fakeLexicon{"Zorbtown": vocab.Place, "Zorbia": vocab.Place, "Python": vocab.Technology, "Kubernetes": vocab.Technology}
	cases := []struct {
		name, title, text, date string
		want, alias             string   // a main edition and an alias of it ("" for none)
		not                     []string // no such events
	}{
		// a region word of the rules (a place the lexicon knows is taken
		// for a city, merged into the edition named by the code)
		{"country code and region", "A Look Back at SnakeCon Canada 2013",
			"The lightning talks at SnakeCon CA did not disappoint. Thanks to everyone for making SnakeCon CA 2013 a truly remarkable conference.", "2013-07-22",
			"SnakeCon Canada 2013", "SnakeCon CA 2013", []string{"SnakeCon CA 2013"}},
		{"a code of other letters stays apart", "A Look Back at SnakeCon Canada 2013",
			"I attended SnakeCon Canada 2013 in Zorbtown. Next month I fly to SnakeCon QX 2013 as well.", "2013-07-22",
			"SnakeCon Canada 2013", "", nil},
		{"a series for all its editions", "A Look Back at SnakeCon Zorbia 2013",
			"I have been to 10 SnakeCon US conferences, and while SnakeCon Zorbia 2013 was much smaller, it matched them in spirit.", "2013-07-22",
			"SnakeCon Zorbia 2013", "", []string{"SnakeCon US 2013"}},
		{"a series before a plural event noun", "QuuxConf 2016 notes",
			"I attended QuuxConf 2016 in Zorbtown. All the ZorbCon events I know are smaller.", "2016-05-02",
			"QuuxConf 2016", "", []string{"ZorbCon 2016"}},
		{"a name spelled out in parentheses", "SnakeCon 2014 impressions",
			"This year's SnakeCon US (Snake Conference) was in Zorbtown, so I went to see the talks.", "2014-04-22",
			"SnakeCon US 2014", "Snake Conference", []string{"Snake Conference 2014", "SnakeCon 2014"}},
		{"a series and the series with a code glued", "SnakeconZB report",
			"I attended SnakeconZB 2013 in Zorbtown. SnakeCon is one of the few conferences where speakers buy a ticket. Compared to SnakeconZB 2012, the talks were longer.", "",
			"SnakeconZB 2013", "SnakeCon", []string{"SnakeCon 2013", "SnakeCon 2012"}},
		{"a title on one day, a place in the name", "Zorb Natives Zorbtown day 2",
			"Second day of the conference finished it off with some good talks about machine learning.", "2019-11-26",
			"Zorb Natives Zorbtown 2019", "Zorb Natives Zorbtown", nil},
		{"a title on a numbered day at", "Day 3 at Snakeday Zorbia",
			"On the third day of the conference I went to a talk about parsers.", "2018-04-10",
			"Snakeday Zorbia 2018", "Snakeday Zorbia", nil},
		{"a title on one day, a common word in the name", "Data Zorbers Zorbtown day 2",
			"Second day of the conference finished it off with some good talks.", "2019-11-26",
			"Data Zorbers Zorbtown 2019", "Data Zorbers Zorbtown", nil},
		{"a title on one day of an edition with its year", "SnakePy Zorbia 2019 - Day 2",
			"The second day of SnakePy started with a keynote.", "2019-07-12",
			"SnakePy Zorbia 2019", "SnakePy Zorbia", nil},
		{"a series-shaped name before a passage on the event", "Some notes",
			"Last week was EuroZorb 2019. Here are my notes on the talks.", "2019-07-12",
			"EuroZorb 2019", "EuroZorb", nil},
		{"a series-shaped name before a passage on something else", "Some notes",
			"Last week I bought a QuuxBook 2019. Here are my notes on the keyboard.", "2019-07-12",
			"", "", []string{"QuuxBook 2019"}},
		{"a series-shaped name, the next line elsewhere", "Some notes",
			"Last week I bought a QuuxBook 2019.\n\nThe talks of the meetup were good.", "2019-07-12",
			"", "", []string{"QuuxBook 2019"}},
		{"a title that is the series' name", "EuroZorb",
			"Here are my notes on the talks I saw at the conference.", "2019-07-12",
			"EuroZorb 2019", "EuroZorb", nil},
		{"a title that is a name, the text on no conference", "EuroZorb",
			"Here are my notes on the library and its release.", "2019-07-12",
			"", "", []string{"EuroZorb 2019"}},
		{"a title on a day of something else", "Zorb Diaries: Day 2",
			"Today I measured again, and I gave a talk at work.", "2017-12-05",
			"", "", []string{"Zorb Diaries 2017"}},
		{"a title on a day of a course", "Basic Quuxing - Day 2",
			"Now that you can log on, the keynote of this course is safety.", "2018-02-19",
			"", "", []string{"Basic Quuxing 2018"}},
		{"a title on a day of a technology", "Python day 2",
			"Today I wrote more code, and a talk I watched was about parsers.", "2018-04-10",
			"", "", []string{"Python 2018"}},
		{"a title on a day without an event", "Zorbing Quux day 2",
			"Today I wrote more code and fixed two bugs.", "2018-04-10",
			"", "", []string{"Zorbing Quux 2018"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(Config{Lexicon: lexi})
			d := mkdoc(c.title, c.text)
			if c.date != "" {
				d = withAuthorDate(d, c.date)
			}
			r := x.Extract(d)
			main := mainEvents(r)
			if c.want != "" && !has(main, c.want) {
				t.Fatalf("main editions %q (all %q), want %q", main, names(r, vocab.Event), c.want)
			}
			if c.want == "" && len(names(r, vocab.Event)) > 0 {
				t.Errorf("events %q, want none", names(r, vocab.Event))
			}
			if c.alias != "" {
				for _, e := range r.Entities {
					if e.Class == vocab.Event && e.Name == c.want && !has(e.Aliases, c.alias) {
						t.Errorf("aliases of %q: %q, want %q", c.want, e.Aliases, c.alias)
					}
				}
			}
			for _, n := range c.not {
				if has(names(r, vocab.Event), n) {
					t.Errorf("events %q: %q is not one", names(r, vocab.Event), n)
				}
			}
		})
	}
}

func TestGenericSeries(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"I have been to 10 ZorbCon US conferences so far.", "ZorbCon US", true},
		{"every ZorbCon is different", "ZorbCon", true},
		{"Several ZorbCon editions took place there.", "ZorbCon", true},
		{"I went to ZorbCon events before.", "ZorbCon", true},
		{"I went to ZorbCon last week.", "ZorbCon", false},
		{"the ZorbCon conference was fun", "ZorbCon", false},
		{"at ZorbCon, events ran late", "ZorbCon", false},
		{"Since 2019 ZorbCon is online.", "ZorbCon", false},
	}
	for _, c := range cases {
		s := indexOf(t, c.text, c.name)
		if got := genericSeries(c.text, s, s+len(c.name)); got != c.want {
			t.Errorf("genericSeries(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

func indexOf(t *testing.T, s, sub string) int {
	t.Helper()
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	t.Fatalf("%q not in %q", sub, s)
	return -1
}

func TestCountryCodeAndGlued(t *testing.T) {
	codes := []struct {
		code, w string
		want    bool
	}{
		{"ZB", "Zorbia", true}, {"ZA", "Zorbia", true}, {"QX", "Zorbia", false}, {"ZX", "Zorbia", false},
		{"Zb", "Zorbia", false}, {"ZB", "Zo", false}, {"ZBX", "Zorbia", false},
	}
	for _, c := range codes {
		if got := countryCode(c.code, c.w); got != c.want {
			t.Errorf("countryCode(%q, %q) = %v, want %v", c.code, c.w, got, c.want)
		}
	}
	glued := []struct {
		short, long string
		want        bool
	}{
		{"snakecon", "snakeconzb", true}, {"snakecon", "snakeconeurope", true}, {"snakecon", "snakeconzorb", false},
		{"snakecon", "snakecon", false}, {"sn", "snzb", false}, {"snakecon", "quuxconzb", false},
	}
	for _, c := range glued {
		if got := gluedQualified([]string{c.short}, []string{c.long}); got != c.want {
			t.Errorf("gluedQualified(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

func TestDayAfter(t *testing.T) {
	for rest, want := range map[string]bool{
		" - Day 2": true, ": day one": true, ", second day": true, " Day 3 (last)": true,
		" day trip": false, " - Days of code": false, " recap": false, " - today": false,
	} {
		if got := reDayAfter.MatchString(rest); got != want {
			t.Errorf("reDayAfter(%q) = %v, want %v", rest, got, want)
		}
	}
}

func TestTitleDay(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Zorb Natives Zorbtown day 2", "Zorb Natives Zorbtown"},
		{"Quuxdata - Day one", "Quuxdata"},
		{"Quuxdata: day 3 (the last)", "Quuxdata"},
		{"Day 3 at Snakeday Zorbia", "Snakeday Zorbia"},
		{"My day 2 of Snakeday", "Snakeday"},
		{"Zorbfoo, second day", "Zorbfoo"},
		{"Advent of Zorb day 2", ""},
		{"Zorb the hard way day 2", ""},
		{"Zorb day twenty", ""},
		{"Days of Zorb", ""},
	}
	for _, c := range cases {
		got := ""
		if m := reTitleDay.FindStringSubmatch(c.title); m != nil {
			got = m[1] + m[2]
		}
		if got != c.want {
			t.Errorf("reTitleDay(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
