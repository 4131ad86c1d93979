package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// TestTalkEditionOfSentence: a talk told in a sentence that places it at
// another edition ("At QuuxDays, …", "… spoke at QuuxDays 2018 about …")
// is that edition's; other talks stay with the post's edition.
func TestTalkEditionOfSentence(t *testing.T) {
	cases := []struct {
		name, title, text string
		talk, edition     string
	}{
		{"at the other edition first", "Two conferences in one week",
			"This week I attended QuuxDays 2019 and then ZorbConf 2019, both in Zorbtown.\n\nAt QuuxDays, Mary Johnson gave a talk about testing. At ZorbConf, Peter Jones presented \"Zorbs at scale\".",
			"Zorbs at scale", "ZorbConf 2019"},
		{"spoke at an earlier edition", "ZorbConf 2019 recap",
			"ZorbConf 2019 was held in Zorbtown. Mary Johnson also spoke at QuuxDays 2018 about the same topic.",
			"[Mary Johnson on the same topic]", "QuuxDays 2018"},
		{"the post's edition", "ZorbConf 2019 recap",
			"ZorbConf 2019 was held in Zorbtown. The keynote by Mary Johnson was about community. Next year I will be at QuuxDays 2020 too.",
			"[Mary Johnson on community]", "ZorbConf 2019"},
		{"a relative clause names another edition", "ZorbConf 2019 recap",
			"ZorbConf 2019 was held in Zorbtown. Mary Johnson, who spoke at QuuxDays 2018 too, presented \"Zorbs at scale\".",
			"Zorbs at scale", "ZorbConf 2019"},
		{"a comparison names another edition", "ZorbConf 2019 recap",
			"ZorbConf 2019 was held in Zorbtown. As at QuuxDays 2018, Peter Jones presented \"Zorbs at scale\".",
			"Zorbs at scale", "ZorbConf 2019"},
		{"the talk she gave elsewhere", "ZorbConf 2019 recap",
			"ZorbConf 2019 was held in Zorbtown. Mary Johnson presented \"Zorbs at scale\", the talk she gave at QuuxDays 2018.",
			"Zorbs at scale", "ZorbConf 2019"},
		{"a coming edition is no place", "ZorbConf 2019 recap",
			"ZorbConf 2019 was held in Zorbtown. Mary Johnson gave a talk about zorbs, and she will speak next year at QuuxDays 2020.",
			"[Mary Johnson on zorbs]", "ZorbConf 2019"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
			r := x.Extract(withAuthorDate(mkdoc(c.title, c.text), "2019-06-10"))
			if !rel(r, SuperEvent, c.talk, c.edition) {
				t.Errorf("no superEvent(%s, %s); talks %q, events %q", c.talk, c.edition, names(r, vocab.Talk), names(r, vocab.Event))
			}
		})
	}
}

// TestTalkGivenAndDescribed: 'presented "Title"' names a titled talk; a
// talk's description drops a leading talk noun.
func TestTalkGivenAndDescribed(t *testing.T) {
	const intro = "Last week I attended ZorbConf in Zorbtown. "
	cases := []struct{ name, text, talk, performer string }{
		{"presented a quoted title", intro + `Peter Jones also presented "Zorbs at scale".`, "Zorbs at scale", "Peter Jones"},
		{"quoted title with a comma", intro + `James Wilson presented "Old zorbs, new tricks".`, "Old zorbs, new tricks", "James Wilson"},
		{"keynote on a subject", intro + "Robert Brown gave a keynote on culture.", "[Robert Brown on culture]", "Robert Brown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
			r := x.Extract(withAuthorDate(mkdoc("Back from the conference", c.text), "2017-04-02"))
			if !rel(r, Performer, c.talk, c.performer) {
				t.Errorf("no performer(%s, %s); talks %q", c.talk, c.performer, names(r, vocab.Talk))
			}
		})
	}
}

// TestTalkEditionOfSection: in a post on several editions, the talks of a
// section whose heading names one of them are that edition's.
func TestTalkEditionOfSection(t *testing.T) {
	text := "The first trip of the year was a busy one with many talks.\n" +
		"ZorbConf\n" + "Mary Johnson gave a great talk about zorb metrics.\n" +
		"QUUXCAMP\n" + "The keynote by Anne Smith was about culture.\n"
	d := withAuthorDate(mkdoc("ZorbConf and QUUXCAMP retrospective", text), "2019-02-10")
	d.Sections = []doc.Section{{Heading: "ZorbConf", Level: 2, Start: strings.Index(text, "ZorbConf\n")}, {Heading: "QUUXCAMP", Level: 2, Start: strings.Index(text, "QUUXCAMP\n")}}
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
	r := x.Extract(d)
	for _, w := range [][2]string{{"[Mary Johnson on zorb metrics]", "ZorbConf 2019"}, {"[Anne Smith on culture]", "QUUXCAMP 2019"}} {
		if !rel(r, SuperEvent, w[0], w[1]) {
			t.Errorf("no superEvent(%s, %s); talks %q, events %q", w[0], w[1], names(r, vocab.Talk), names(r, vocab.Event))
		}
	}
}
