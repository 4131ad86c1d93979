package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// withMarks adds marks of kind over the first occurrence of each text.
func withMarks(d *doc.Document, kind doc.MarkKind, texts ...string) *doc.Document {
	for _, s := range texts {
		i := strings.Index(d.Text, s)
		if i < 0 {
			panic("mark not in text: " + s)
		}
		d.Marks = append(d.Marks, doc.Mark{Kind: kind, Start: i, End: i + len(s)})
	}
	return d
}

func withHeadings(d *doc.Document, hs ...string) *doc.Document {
	for _, h := range hs {
		d.Sections = append(d.Sections, doc.Section{Heading: h, Level: 2, Start: strings.Index(d.Text, h)})
	}
	return d
}

// inventedTitles are the titles of an invented edition, by slug.
var inventedTitles = map[string]string{
	"widgets":  "Forging Widgets at Scale: Lessons from a Decade",
	"sprocket": "The Sprocket Hour",
	"intro":    "Introduction",
}

func newTitleX() *Extractor {
	return New(Config{
		Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] },
		MatchTitle: func(series, year, phrase string) (string, string, bool) {
			if series != "FOSDEM" || year != "2031" {
				return "", "", false
			}
			p := strings.ToLower(strings.Trim(phrase, " .!"))
			for slug, t := range inventedTitles {
				if lt := strings.ToLower(t); p == lt || p == strings.ToLower(mainTitleOf(t)) {
					return t, slug, true
				}
			}
			return "", "", false
		},
		MatchTrack: func(series, year, phrase string) (string, bool) {
			if series != "FOSDEM" || year != "2031" {
				return "", false
			}
			for _, tr := range inventedTracks {
				if strings.EqualFold(strings.Join(strings.Fields(phrase), " "), tr) {
					return tr, true
				}
			}
			return "", false
		},
	})
}

// inventedTracks are the tracks of the invented edition.
var inventedTracks = []string{"Widget Tools", "Gadgets", "Testing and Sprockets", "Python"}

func mainTitleOf(t string) string {
	if i := strings.Index(t, ": "); i > 0 {
		return t[:i]
	}
	return t
}

func TestScheduleTitles(t *testing.T) {
	x := newTitleX()
	tests := []struct {
		name string
		d    *doc.Document
		want []string // talk names
		slug string   // the slug of the first
	}{
		{"heading", withHeadings(mkdoc("FOSDEM 2031", "Day one\n\nForging Widgets at Scale\n\nIt was great."), "Forging Widgets at Scale"),
			[]string{"Forging Widgets at Scale: Lessons from a Decade"}, "widgets"},
		{"list item with a speaker", withMarks(mkdoc("FOSDEM 2031", "I saw:\n\nThe Sprocket Hour - Jane Doe: a tour of sprockets."), doc.MarkListItem, "The Sprocket Hour - Jane Doe: a tour of sprockets."),
			[]string{"The Sprocket Hour"}, "sprocket"},
		{"title by speaker in bold", withMarks(mkdoc("FOSDEM 2031", "Then The Sprocket Hour by Jane Doe, packed."), doc.MarkStrong, "The Sprocket Hour by Jane Doe"),
			[]string{"The Sprocket Hour"}, "sprocket"},
		{"one word is never a title", withHeadings(mkdoc("FOSDEM 2031", "Introduction\n\nWe went."), "Introduction"), nil, ""},
		{"plain prose is not a candidate", mkdoc("FOSDEM 2031", "We talked about the sprocket hour all day."), nil, ""},
		{"another edition's post", withHeadings(mkdoc("FOSDEM 2030", "The Sprocket Hour\n\nWe went."), "The Sprocket Hour"), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.d)
			got := names(r, vocab.Talk)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("talks %q, want %q", got, tt.want)
			}
			if tt.slug != "" {
				for _, e := range r.Entities {
					if e.Class == vocab.Talk && e.Slug != tt.slug {
						t.Errorf("slug %q, want %q", e.Slug, tt.slug)
					}
				}
			}
		})
	}
}

func TestCuedTitles(t *testing.T) {
	x := newX()
	tests := []struct {
		name string
		d    *doc.Document
		want []string
	}{
		{"emphasis after presented", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 she presented clean code for everyone, with questions."), doc.MarkEmphasis, "clean code for everyone"),
			[]string{"clean code for everyone"}},
		{"bold after a talk called", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 there was a talk called Widgets All The Way Down."), doc.MarkStrong, "Widgets All The Way Down"),
			[]string{"Widgets All The Way Down"}},
		{"keynote was delivered:", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 the first keynote was delivered: A Snake for Tomorrow."), doc.MarkEmphasis, "A Snake for Tomorrow"),
			[]string{"A Snake for Tomorrow"}},
		{"talk as a verb", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 we would like to talk about what it meant to us."), doc.MarkStrong, "what it meant to us"),
			nil},
		{"a link to a talk page", mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 I saw Widgets All The Way Down, then lunch.", "Widgets All The Way Down|https://snakecon.example/2031/program/sessions/widgets-down-42"),
			[]string{"Widgets All The Way Down"}},
		{"a link to a talk page described, not titled", mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 I gave a talk at SnakeCon about widgets.", "a talk at SnakeCon|https://snakecon.example/talks/jane/"),
			nil},
		{"a link to a page that is not a talk's", mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 I read Widgets All The Way Down online.", "Widgets All The Way Down|https://blog.example/2031/widgets-down"),
			nil},
		{"a session page of a schedule platform", mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 I am presenting Widgets All The Way Down, a deep dive.", "Widgets All The Way Down|https://snakecon2031.sched.org/event/83ef77ad"),
			[]string{"Widgets All The Way Down"}},
		{"an event page elsewhere is no talk", mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 I am presenting Widgets All The Way Down, a deep dive.", "Widgets All The Way Down|https://tickets.example/event/83ef77ad"),
			nil},
		{"emphasis without a cue", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 it was really very nice indeed."), doc.MarkEmphasis, "really very nice"),
			nil},
		{"a title in a sentence about talks", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 the highlight among the talks was Widgets All The Way Down, for sure."), doc.MarkEmphasis, "Widgets All The Way Down"),
			[]string{"Widgets All The Way Down"}},
		{"a title the next sentence calls a talk", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 one key point was Snakes in the Kernel. This talk was deep."), doc.MarkEmphasis, "Snakes in the Kernel"),
			[]string{"Snakes in the Kernel"}},
		{"a title over a line break", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 the keynote for Friday, Widgets All\nThe Way Down, was great."), doc.MarkEmphasis, "Widgets All\nThe Way Down"),
			[]string{"Widgets All The Way Down"}},
		{"talking is not a talk", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 I kept Big Hall Echoes while talking."), doc.MarkEmphasis, "Big Hall Echoes"),
			nil},
		{"a bold name in a talk sentence", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 you should watch Zorba Quintero's keynote."), doc.MarkStrong, "Zorba Quintero"),
			nil},
		{"lower case emphasis in a talk sentence", withMarks(mkdoc("SnakeCon 2031 notes", "At SnakeCon 2031 the talks were, to be honest, really very good."), doc.MarkEmphasis, "really very good"),
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(x.Extract(tt.d), vocab.Talk)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("talks %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNamedAndListedTracks(t *testing.T) {
	x := newTitleX()
	tests := []struct {
		name string
		d    *doc.Document
		want []string
	}{
		{"an official multi-word track name in prose", mkdoc("FOSDEM 2031", "On Sunday I was in Widget Tools most of the day."), []string{"Widget Tools"}},
		{"a one-word track coordinated with one", mkdoc("FOSDEM 2031", "Day two had Gadgets and Testing And Sprockets on my radar."), []string{"Gadgets", "Testing And Sprockets"}},
		{"a one-word track alone needs a cue", mkdoc("FOSDEM 2031", "I wrote Python all day."), nil},
		{"lower case is not a name", mkdoc("FOSDEM 2031", "We built widget tools all day."), nil},
		{"another edition", mkdoc("FOSDEM 2030", "On Sunday I was in Widget Tools most of the day."), nil},
		{"a list of tracks", withMarks(mkdoc("FOSDEM 2031", "There were tracks covering:\n\nHardware Hacking\nLicensing and Law\n\nIt was big."), doc.MarkListItem, "Hardware Hacking", "Licensing and Law"),
			[]string{"Hardware Hacking", "Licensing and Law"}},
		{"a track's name inside a longer title", mkdoc("FOSDEM 2031", "I saw Widget Tools in the Era of Robots, a talk."), nil},
		{"a track's name after a capitalised word", mkdoc("FOSDEM 2031", "I saw Snake Widget Tools Explained."), nil},
		{"two tracks in one plural devroom phrase", mkdoc("FOSDEM 2031", "We invited the speakers of the Gadgets and Widget Tools devrooms."), []string{"Gadgets", "Widget Tools"}},
		{"a list without a track intro", withMarks(mkdoc("FOSDEM 2031", "We ate:\n\nHardware Hacking\nLicensing and Law\n\nIt was big."), doc.MarkListItem, "Hardware Hacking", "Licensing and Law"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(x.Extract(tt.d), vocab.Track)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tracks %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAuthorPresentsTalkPage(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"I am presenting", "At SnakeCon 2031 I am presenting Widgets All The Way Down, a deep dive.", true},
		{"I'll speak about", "At SnakeCon 2031 I'll speak about Widgets All The Way Down in the big room.", true},
		{"someone else presents", "At SnakeCon 2031 I watched Widgets All The Way Down, a deep dive.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc("SnakeCon 2031 notes", tt.text, "Widgets All The Way Down|https://snakecon.example/2031/program/sessions/widgets-down-42")
			d.Authors = []string{"Marc Roe"}
			r := newX().Extract(d)
			if got := rel(r, Performer, "Widgets All The Way Down", "Marc Roe"); got != tt.want {
				t.Errorf("performer(talk, author) = %v, want %v", got, tt.want)
			}
		})
	}
}
