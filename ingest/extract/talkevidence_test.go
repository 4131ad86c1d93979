package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestTalkEvidence: quoted phrases, "the talk …" phrases and list-like
// lines make a Talk only with the evidence of a title; a talk's title goes
// to the performer who gave it, not to the nearest name.
func TestTalkEvidence(t *testing.T) {
	const intro = "Last week I attended ZorbConf in Zorbtown, the conference was fun. "
	cases := []struct {
		name, text string
		want, not  []string    // talk names
		perf       [][2]string // talk, performer
		notPerf    [][2]string // talk, performer
	}{
		{name: "scare quotes by no one", text: intro + `We ate at a place, basically being "sold short" by the man at the door. The talks were good.`,
			not: []string{"sold short"}},
		{name: "scare quotes in a talk sentence", text: intro + `The talk is about choosing "by the kilo" along the way.`,
			not: []string{"by the kilo"}},
		{name: "small-letter title after called", text: intro + `Later I saw a session called "should we zorb today?", which was fine.`,
			want: []string{"should we zorb today?"}},
		{name: "small-letter title by a speaker", text: intro + `I enjoyed "zorbing for beginners" by Jane Quux at the talks.`,
			want: []string{"zorbing for beginners"}, perf: [][2]string{{"zorbing for beginners", "Jane Quux"}}},
		{name: "product-led title", text: intro + `I liked the talk "gZorb in practice" a lot.`,
			want: []string{"gZorb in practice"}},
		{name: "talk noun after the talk", text: intro + "When the talk sessions ended, a party was held.",
			not: []string{"sessions ended, a party"}},
		{name: "gave a talk titled, then another speaker", text: intro + `Jane Quux gave a talk titled "Scaling zorbs" and Marc Roe spoke about testing.`,
			perf: [][2]string{{"Scaling zorbs", "Jane Quux"}}, notPerf: [][2]string{{"Scaling zorbs", "Marc Roe"}}},
		{name: "title by a later speaker", text: intro + `Jane Quux was there and "Scaling zorbs" by Marc Roe was the best talk.`,
			perf: [][2]string{{"Scaling zorbs", "Marc Roe"}}, notPerf: [][2]string{{"Scaling zorbs", "Jane Quux"}}},
		{name: "a sentence line that narrates a keynote", text: intro + "\nThe first day of ZorbConf started with a keynote by Jane Quux.\n",
			not: []string{"The first day of ZorbConf started with a keynote"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
			r := x.Extract(withAuthorDate(mkdoc("Back from the conference", c.text), "2018-11-05"))
			talks := names(r, vocab.Talk)
			for _, w := range c.want {
				if !has(talks, w) {
					t.Errorf("talks %q, want %q", talks, w)
				}
			}
			for _, n := range c.not {
				if has(talks, n) {
					t.Errorf("talks %q: %q is no talk", talks, n)
				}
			}
			for _, p := range c.perf {
				if !rel(r, Performer, p[0], p[1]) {
					t.Errorf("no performer(%s, %s); talks %q", p[0], p[1], talks)
				}
			}
			for _, p := range c.notPerf {
				if rel(r, Performer, p[0], p[1]) {
					t.Errorf("performer(%s, %s) is wrong", p[0], p[1])
				}
			}
		})
	}
}

// TestAuthorsOwnTalk: a titled talk the sentence calls the author's own is
// the author's; a talk the author only liked is not.
func TestAuthorsOwnTalk(t *testing.T) {
	cases := []struct {
		name, text, talk string
		want             bool
	}{
		{"my talk was titled", `Last week I spoke at ZorbConf 2019 in Zorbtown. My talk was titled "Zorbs and you".`, "Zorbs and you", true},
		{"I gave a talk titled", `ZorbConf 2019 was held in Zorbtown. I gave a talk titled "Zorbing the scheduler".`, "Zorbing the scheduler", true},
		{"my favourite talk", `ZorbConf 2019 was held in Zorbtown. My favourite talk was "Quux for all".`, "Quux for all", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := withAuthorDate(mkdoc("Back from ZorbConf 2019", c.text), "2019-05-01")
			d.Authors = []string{"Jane Miller"}
			x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
			r := x.Extract(d)
			if got := rel(r, Performer, c.talk, "Jane Miller"); got != c.want {
				t.Errorf("performer(%s, Jane Miller) = %v, want %v; talks %q", c.talk, got, c.want, names(r, vocab.Talk))
			}
		})
	}
}

// TestConversationNoTalk: a conversation of the author with a person, or
// presenting the event's business (awards, speakers), is no talk of that
// person; a talk told next to it still is.
func TestConversationNoTalk(t *testing.T) {
	text := "ZorbConf 2019 was held in Zorbtown. I talked with Mary Johnson about zorbs during lunch. " +
		"Robert Brown explained to me how the venue works. Peter Jones presented the awards at the dinner. " +
		"Anne Smith introduced the speakers of the morning. The talk by Susan Clark about compilers was great."
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
	r := x.Extract(withAuthorDate(mkdoc("ZorbConf 2019 recap", text), "2019-05-01"))
	for _, p := range []string{"Mary Johnson", "Robert Brown", "Peter Jones", "Anne Smith"} {
		for _, tk := range names(r, vocab.Talk) {
			if rel(r, Performer, tk, p) {
				t.Errorf("performer(%s, %s): a conversation is no talk", tk, p)
			}
		}
	}
	if !rel(r, Performer, "[Susan Clark on compilers]", "Susan Clark") {
		t.Errorf("no talk by Susan Clark; talks %q", names(r, vocab.Talk))
	}
}

// TestAuthorsOwnDescribedTalk: "I gave a talk about X", "my lightning talk
// on X" make a described talk by the post's author; without a known
// author, or for a talk the author only heard, they do not.
func TestAuthorsOwnDescribedTalk(t *testing.T) {
	cases := []struct {
		name, text, author string
		want               bool
	}{
		{"I gave a talk about", "ZorbConf 2019 was held in Zorbtown. On Friday I gave a talk about zorb caching, and it went well.", "Jane Miller", true},
		{"my lightning talk on", "ZorbConf 2019 was held in Zorbtown. Then came my lightning talk on quux testing.", "Jane Miller", true},
		{"no author", "ZorbConf 2019 was held in Zorbtown. On Friday I gave a talk about zorb caching.", "", false},
		{"a talk the author heard", "ZorbConf 2019 was held in Zorbtown. I heard a talk about zorb caching.", "Jane Miller", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := withAuthorDate(mkdoc("Back from ZorbConf 2019", c.text), "2019-05-01")
			if c.author != "" {
				d.Authors = []string{c.author}
			}
			x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
			r := x.Extract(d)
			got := false
			for _, tk := range names(r, vocab.Talk) {
				got = got || rel(r, Performer, tk, "Jane Miller")
			}
			if got != c.want {
				t.Errorf("a talk by Jane Miller: %v, want %v; talks %q", got, c.want, names(r, vocab.Talk))
			}
		})
	}
}

// TestQuotedTitleBy: '"Title" by Jane Roe' gives the talk its performer
// in a sentence that has no talk word.
func TestQuotedTitleBy(t *testing.T) {
	for _, text := range []string{
		`ZorbConf 2019 was held in Zorbtown. After the coffee break I went to "Zorbing at scale" by Peter Jones.`,
		`ZorbConf 2019 was held in Zorbtown. Then I saw "Zorbing at scale", a keynote by Peter Jones.`,
	} {
		x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}})
		r := x.Extract(withAuthorDate(mkdoc("ZorbConf 2019: a recap", text), "2019-06-12"))
		if !rel(r, Performer, "Zorbing at scale", "Peter Jones") {
			t.Errorf("%q: no performer(Zorbing at scale, Peter Jones); talks %q", text, names(r, vocab.Talk))
		}
	}
}

// TestPossessiveTalk: "Jane Roe' talk about X", "Jane Roe's keynote on Y"
// are talks by that person on that subject.
func TestPossessiveTalk(t *testing.T) {
	text := "ZorbConf 2019 was held in Zorbtown. I found Peter Jones' talk about zorbs and quux extremely enjoyable. " +
		"I also enjoyed Anne Smith's keynote on type hints."
	given := func(tok string) bool { return tok == "Peter" || tok == "Anne" }
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place}, GivenName: given})
	r := x.Extract(withAuthorDate(mkdoc("ZorbConf 2019 recap", text), "2019-05-01"))
	for _, w := range [][2]string{{"[Peter Jones on zorbs and quux]", "Peter Jones"}, {"[Anne Smith on type hints]", "Anne Smith"}} {
		if !rel(r, Performer, w[0], w[1]) {
			t.Errorf("no performer(%s, %s); talks %q", w[0], w[1], names(r, vocab.Talk))
		}
	}
}
