package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestNameShape(t *testing.T) {
	tests := []struct {
		text string
		want []string // persons
	}{
		{"We had dinner with Marc Oblonsky and some friends.", []string{"Marc Oblonsky"}},
		{"Later Ana de Vries joined the table.", []string{"Ana de Vries"}},
		{"Over coffee Jane Müller-Ortiz explained nothing.", []string{"Jane Müller-Ortiz"}},
		{"The Maria Quellen Institute opened.", nil},      // an org head follows
		{"We walked down Dylan Street at night.", nil},    // a term starts it, an org head follows
		{"Getting Started With Jane Tools And More", nil}, // title case
		{"I met Zorba Quintillian at the booth.", nil},    // not a known given name
		{"We met Marc Python there.", nil},                // a known technology inside
	}
	for _, tt := range tests {
		r := newX().Extract(mkdoc("T", tt.text))
		got := names(r, vocab.Person)
		if len(got) != len(tt.want) {
			t.Errorf("%q: persons %q, want %q", tt.text, got, tt.want)
			continue
		}
		for _, w := range tt.want {
			if !has(got, w) {
				t.Errorf("%q: persons %q, want %q", tt.text, got, tt.want)
			}
		}
	}
}

func TestShortNamesAreTheSamePerson(t *testing.T) {
	text := "We had dinner with Marc Oblonsky after the event.\n\nThe next morning Oblonsky showed his demo, and Marc's talk was great."
	r := newX().Extract(mkdoc("T", text))
	ps := names(r, vocab.Person)
	if len(ps) != 1 || ps[0] != "Marc Oblonsky" {
		t.Fatalf("persons %q, want one Marc Oblonsky", ps)
	}
	for _, e := range r.Entities {
		if e.Name == "Marc Oblonsky" && len(e.Mentions) < 3 {
			t.Errorf("Marc Oblonsky has %d mentions, want 3 (full, surname, first name)", len(e.Mentions))
		}
	}
}

func TestSingleGivenName(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The morning was cold. Dimitri advised us to drink coffee.", true},
		{"After lunch we heard Daniel's talk about queues.", true},
		{"We then met the community leader Maria near the stand.", true},
		{"Nothing about Maria at all here.", false},
	}
	for _, tt := range tests {
		r := newX().Extract(mkdoc("T", tt.text))
		if got := len(names(r, vocab.Person)) == 1; got != tt.want {
			t.Errorf("%q: persons %q, want one: %v", tt.text, names(r, vocab.Person), tt.want)
		}
	}
}

func TestHandleJoinsItsPerson(t *testing.T) {
	tests := []string{
		"A quote from Jane Quimby (@jqz) made the rounds.",
		"We met Jane Quimby at the booth; @JaneQuimby later posted slides.",
	}
	for _, text := range tests {
		r := newX().Extract(mkdoc("T", text))
		ps := names(r, vocab.Person)
		if len(ps) != 1 || ps[0] != "Jane Quimby" {
			t.Errorf("%q: persons %q, want one Jane Quimby", text, ps)
		}
	}
}

func TestPersonalPageLink(t *testing.T) {
	d := mkdoc("T", "Thanks also to Jane van Quimby, who helped a lot.", "Jane van Quimby|https://quimby.example/about")
	r := newX().Extract(d)
	if ps := names(r, vocab.Person); !has(ps, "Jane van Quimby") || len(names(r, vocab.Project)) != 0 {
		t.Fatalf("persons %q, projects %q: want the person, no project", ps, names(r, vocab.Project))
	}
	for _, e := range r.Entities {
		if e.Name == "Jane van Quimby" && !has(e.SameAs, "https://quimby.example/about") {
			t.Errorf("sameAs %q", e.SameAs)
		}
	}
}

func TestNameLines(t *testing.T) {
	text := "Lightning talks\n\nHow To Name Things\n\nJane Quimby\n\nA fine talk.\n\nMarc Oblonsky, Dimitri Vasko and Ana Lima.\n\nMore words here."
	r := newX().Extract(mkdoc("T", text))
	ps := names(r, vocab.Person)
	for _, want := range []string{"Jane Quimby", "Marc Oblonsky", "Dimitri Vasko", "Ana Lima"} {
		if !has(ps, want) {
			t.Errorf("persons %q lack %q", ps, want)
		}
	}
}

func TestPersonalPageFirstName(t *testing.T) {
	d := mkdoc("T", "Dinner with Dimitri and friends, then Maria showed Python.", "Dimitri|https://blog.example.org/about", "Python|https://python.example/")
	r := newX().Extract(d)
	if ps := names(r, vocab.Person); !has(ps, "Dimitri") {
		t.Errorf("persons %q: want Dimitri from his page link", ps)
	}
}

func TestSpeakerLineUnderHeading(t *testing.T) {
	text := "A talk about fire\n\nRandy Quorvex\n\nSome text here.\n\nLightning Stuff Here\n\nMore text."
	d := mkdoc("T", text)
	d.Sections = []doc.Section{{Heading: "A talk about fire", Level: 2, Start: 0}}
	r := newX().Extract(d)
	if ps := names(r, vocab.Person); len(ps) != 1 || ps[0] != "Randy Quorvex" {
		t.Errorf("persons %q, want Randy Quorvex (the line under a heading) only", ps)
	}
}

func TestPersonalPageOneName(t *testing.T) {
	d := mkdoc("T", "Thanks to Quorvex and Zimbleton for the help.", "Quorvex|https://quorvex.example/about/", "Zimbleton|https://zimbleton.example/blog/")
	r := newX().Extract(d)
	ps := names(r, vocab.Person)
	if !has(ps, "Quorvex") || has(ps, "Zimbleton") {
		t.Errorf("persons %q: want Quorvex (an about page), not Zimbleton (a blog)", ps)
	}
}

// In a line of three or more names, most led by a known given name, the
// others are names too; a line of capitalised pairs that are mostly not
// led by given names is not.
func TestNameLineMostlyGiven(t *testing.T) {
	text := "Opening Keynote\n\nMarc Oblonsky, Dimitri Vasko, Orwin Taggart, Ana Lima.\n\nHidden Gems\n\nBlue Lamp, Red Owl, Ana Lima, Green Door.\n\nMore words here."
	r := newX().Extract(mkdoc("T", text))
	ps := names(r, vocab.Person)
	for _, want := range []string{"Marc Oblonsky", "Dimitri Vasko", "Orwin Taggart", "Ana Lima"} {
		if !has(ps, want) {
			t.Errorf("persons %q lack %q", ps, want)
		}
	}
	for _, not := range []string{"Blue Lamp", "Red Owl", "Green Door"} {
		if has(ps, not) {
			t.Errorf("persons %q hold %q", ps, not)
		}
	}
}

// A one-word front-matter author is the person of the post whose handle or
// surname it is.
func TestAuthorByHandle(t *testing.T) {
	for _, tc := range []struct{ author, text string }{
		{"jqmb", "Today Jane Quimby (me) wrote this."},
		{"quimby", "Hello, I am Jane Quimby and I wrote this."},
	} {
		d := mkdoc("T", tc.text)
		if tc.author == "jqmb" {
			d = mkdoc("T", tc.text, "Jane Quimby|https://twitter.com/jqmb")
		}
		d.Authors = []string{tc.author}
		r := newX().Extract(d)
		if ps := names(r, vocab.Person); len(ps) != 1 || ps[0] != "Jane Quimby" {
			t.Errorf("author %q: persons %q, want Jane Quimby only", tc.author, ps)
		}
		if !rel(r, Author, "post", "Jane Quimby") {
			t.Errorf("author %q: Jane Quimby is not the author", tc.author)
		}
	}
}

// handleBuilder is a builder over entities alone: n people with a full
// name and, after them, the one-word persons ones.
func handleBuilder(n int, ones ...string) *builder {
	b := &builder{res: &Result{}}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("Jane Quux%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
		b.res.Entities = append(b.res.Entities, Entity{Class: vocab.Person, Name: name, Aliases: []string{fmt.Sprintf("@jq%d", i)}, Edition: -1})
	}
	for _, o := range ones {
		b.res.Entities = append(b.res.Entities, Entity{Class: vocab.Person, Name: o, Edition: -1})
	}
	return b
}

func TestMergeByHandle(t *testing.T) {
	b := handleBuilder(3, "quuxaaa", "jq1", "Quuxzzz", "jq2", "JQ2")
	b.res.Entities = append(b.res.Entities, Entity{Class: vocab.Person, Name: "Dana Quuxaab", Edition: -1})
	var hx handleIndex
	for i := 3; i < 8; i++ {
		b.mergeByHandle(i, &hx)
	}
	es := b.res.Entities
	if es[3].Class != "" || !slices.Contains(es[0].Aliases, "quuxaaa") {
		t.Errorf("surname quuxaaa not merged into %s: %+v", es[0].Name, es[3])
	}
	if es[4].Class != "" || !slices.Contains(es[1].Aliases, "jq1") {
		t.Errorf("handle jq1 not merged into %s: %+v", es[1].Name, es[4])
	}
	if es[5].Class == "" {
		t.Errorf("Quuxzzz, no one's surname, merged: %+v", es[5])
	}
	if es[6].Class != "" || es[7].Class != "" {
		t.Errorf("jq2 and JQ2 not both merged into %s", es[2].Name)
	}
	// Quuxbaa is the surname of two people: the one-word person stays
	b = handleBuilder(2, "quuxbaa")
	b.res.Entities = append(b.res.Entities, Entity{Class: vocab.Person, Name: "Dana Quuxbaa", Edition: -1})
	hx = handleIndex{}
	b.mergeByHandle(2, &hx)
	if b.res.Entities[2].Class == "" {
		t.Error("quuxbaa merged though two people have that surname")
	}
}

// TestMergeByHandleLinear counts the people mergeByHandle looks at: for
// one-word persons that are nobody's surname or handle, it must not look
// at every person each time (a post full of lone first names).
func TestMergeByHandleLinear(t *testing.T) {
	looks := func(n int) int {
		var ones []string
		for i := 0; i < n; i++ {
			ones = append(ones, fmt.Sprintf("Zorb%d", i))
		}
		b := handleBuilder(n, ones...)
		var hx handleIndex
		for i := n; i < 2*n; i++ {
			b.mergeByHandle(i, &hx)
		}
		return hx.looks
	}
	small, large := looks(200), looks(1600)
	if large > 8*small+100 {
		t.Errorf("people looked at: %d for 200 one-word persons, %d for 1600", small, large)
	}
}
