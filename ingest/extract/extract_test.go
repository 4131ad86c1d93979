package extract

import (
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"sort"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// fakeLexicon knows a few names, matched case-sensitively as whole words.
type fakeLexicon map[string]vocab.Class

func (f fakeLexicon) Find(text string) []Term {
	var out []Term
	for name, c := range f {
		for _, at := range wordIndexes(text, name) {
			out = append(out, Term{Start: at, End: at + len(name), Name: name, Class: c})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

var lex = fakeLexicon{"Python": vocab.Technology, "Kubernetes": vocab.Technology, "Brussels": vocab.Place, "Amsterdam": vocab.Place, "Vue.js": vocab.Technology, "Acme": vocab.Organization,
	"Dylan": vocab.Technology, "GitHub": vocab.Organization, "Go": vocab.Technology, "Rust": vocab.Technology, "Postgres": vocab.Technology}

// givenNames is the test list of known given names.
var givenNames = map[string]bool{"Jane": true, "John": true, "Dimitri": true, "Daniel": true, "Ana": true, "Dylan": true, "Marc": true, "Maria": true}

func newX() *Extractor {
	return New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }})
}

// mkdoc builds a document; links are given as "anchor|url" and placed at
// the first occurrence of the anchor.
func mkdoc(title, text string, links ...string) *doc.Document {
	d := &doc.Document{Source: "t.md", Title: title, Text: text}
	for _, l := range links {
		a, u, _ := strings.Cut(l, "|")
		i := strings.Index(text, a)
		if i < 0 {
			panic("anchor not in text: " + a)
		}
		d.Links = append(d.Links, doc.Link{Anchor: a, URL: u, Start: i, End: i + len(a)})
	}
	return d
}

func names(r *Result, c vocab.Class) []string {
	var out []string
	for _, e := range r.Entities {
		if e.Class == c {
			out = append(out, e.Name)
		}
	}
	sort.Strings(out)
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func rel(r *Result, p Predicate, from, to string) bool {
	for _, x := range r.Relations {
		if x.Pred != p || x.To < 0 {
			continue
		}
		f := "post"
		if x.From >= 0 {
			f = r.Entities[x.From].Name
		}
		if f == from && r.Entities[x.To].Name == to {
			return true
		}
	}
	return false
}

func TestRules(t *testing.T) {
	tests := []struct {
		name    string
		d       *doc.Document
		class   vocab.Class
		want    []string // names that must be there
		notWant []string // names that must not
	}{
		{"event series+year", mkdoc("FOSDEM 2019 recap", "I was at FOSDEM this year."), vocab.Event, []string{"FOSDEM 2019"}, nil},
		{"event short year", mkdoc("", "Notes from FOSDEM15 and more."), vocab.Event, []string{"FOSDEM 2015"}, nil},
		{"event edition of", mkdoc("", "Held in Brussels, the 2019 edition of FOSDEM was big."), vocab.Event, []string{"FOSDEM 2019"}, nil},
		{"event from host", mkdoc("FOSDEM 2019", "Next is the DjangoCon (https://2019.djangocon.eu/).", "https://2019.djangocon.eu/|https://2019.djangocon.eu/"), vocab.Event, []string{"DjangoCon 2019", "FOSDEM 2019"}, nil},
		{"event conference word", mkdoc("FOSDEM 2019", "We also went to OpenStack Summit Berlin."), vocab.Event, []string{"OpenStack Summit Berlin 2019"}, nil},
		{"event tech city", mkdoc("FOSDEM 2019", "Our team is going to Vue.js Amsterdam soon."), vocab.Event, []string{"Vue.js Amsterdam 2019"}, nil},
		{"no event: language edition", mkdoc("", "The Rust 2018 edition ships today. Monday was fun."), vocab.Event, nil, []string{"Rust 2018", "Monday"}},
		{"track devroom", mkdoc("FOSDEM 2019", "We spent the day in the Python devroom."), vocab.Track, []string{"Python"}, nil},
		{"no track without capital name", mkdoc("FOSDEM 2019", "I moved to another track. The Rust Project tracks issues."), vocab.Track, nil, []string{"Rust Project", "Project"}},
		{"no track without edition", mkdoc("", "The Python devroom was full."), vocab.Track, nil, []string{"Python"}},
		{"person talk by", mkdoc("FOSDEM 2019", "Another talk was presented by Jane Doe about Kubernetes operators."), vocab.Person, []string{"Jane Doe"}, nil},
		{"person verb cue", mkdoc("FOSDEM 2019", "Jane Doe from Acme talked about Python."), vocab.Person, []string{"Jane Doe"}, nil},
		{"no person: capitalised phrases", mkdoc("", "Open Source Software is great. The Rust Team released Cargo Nightly Builds."), vocab.Person, nil, []string{"Open Source Software", "Rust Team", "Cargo Nightly Builds"}},
		{"person speaker link", mkdoc("FOSDEM 2019", "A talk by Marc on parsing.", "Marc|https://fosdem.org/2019/schedule/speaker/marc_dupont/"), vocab.Person, []string{"Marc Dupont"}, nil},
		{"person profile link", mkdoc("", "Thanks to Ana Lima for the help.", "Ana Lima|https://twitter.com/analima"), vocab.Person, []string{"Ana Lima"}, nil},
		{"no person: profile link without a name", mkdoc("", "Thanks to the Webkit committer for the help.", "Webkit committer|https://twitter.com/someone"), vocab.Person, nil, []string{"Webkit committer", "Webkit"}},
		{"project repo link", mkdoc("", "The code is on GitHub: astroid.", "astroid|https://github.com/PyCQA/astroid"), vocab.Project, []string{"astroid"}, nil},
		{"project generic anchor", mkdoc("", "They built ManaTEE for this. Github repository.", "Github repository|https://github.com/manatee-project/manatee"), vocab.Project, []string{"ManaTEE"}, nil},
		{"project homepage", mkdoc("", "Have a look at JsSIP too.", "JsSIP|http://www.jssip.net/"), vocab.Project, []string{"JsSIP"}, nil},
		{"no project: descriptive anchor", mkdoc("", "See the publish-subscribe interface docs.", "publish-subscribe interface|https://example.org/a"), vocab.Project, nil, []string{"publish-subscribe interface"}},
		{"organization cue", mkdoc("", "People from Picnic introduced a linter."), vocab.Organization, []string{"Picnic"}, nil},
		{"organization suffix", mkdoc("", "She is president of the Mozilla Foundation now."), vocab.Organization, []string{"Mozilla Foundation"}, nil},
		{"no organization: community", mkdoc("", "I met people from the VoIP community."), vocab.Organization, nil, []string{"VoIP"}},
		{"talk quoted title", mkdoc("FOSDEM 2019", "We liked the “Making your code write code” talk by Jane Doe."), vocab.Talk, []string{"Making your code write code"}, nil},
		{"talk the talk title", mkdoc("FOSDEM 2019", "The talk advanced parsing of data showed a lot."), vocab.Talk, []string{"advanced parsing of data"}, nil},
		{"no talk title: verb after the talk", mkdoc("FOSDEM 2019", "The talk went smoothly and was recorded."), vocab.Talk, nil, []string{"went smoothly and"}},
		{"talk about subject", mkdoc("FOSDEM 2019", "There was an interesting talk about Polylith, a modular thing."), vocab.Talk, []string{"[Talk about Polylith]"}, nil},
		{"talk schedule link", mkdoc("FOSDEM 2017", "Then gRPC was presented.", "gRPC|https://fosdem.org/2017/schedule/event/grpc101/"), vocab.Talk, []string{"gRPC"}, nil},
		// a capitalised phrase is not a person
		{"no person: phrase without a given name", mkdoc("FOSDEM 2019", "The Leadership Council talked about governance. User Research presented results."), vocab.Person, nil, []string{"Leadership Council", "User Research"}},
		{"person: given name with a verb cue", mkdoc("FOSDEM 2019", "Maria Lopez presented the results."), vocab.Person, []string{"Maria Lopez"}, nil},
		{"person: unknown given name with a strong cue", mkdoc("FOSDEM 2019", "The next talk was given by Xochitl Ramirez about parsers."), vocab.Person, []string{"Xochitl Ramirez"}, nil},
		{"no person: profile anchor naming the site", mkdoc("", "Follow the RustFest Twitter for news.", "RustFest Twitter|https://twitter.com/rustfest"), vocab.Person, nil, []string{"RustFest Twitter"}},
		{"person: given name that is a term, with a speech verb", mkdoc("FOSDEM 2020", "Dylan Meeus talked about functional programming with Go."), vocab.Person, []string{"Dylan Meeus"}, nil},
		{"no technology: given name of a person", mkdoc("FOSDEM 2020", "Dylan Meeus talked about functional programming with Go."), vocab.Technology, []string{"Go"}, []string{"Dylan"}},
		{"no project from a talk link", mkdoc("FOSDEM 2020", "Then came Repcloud, a great talk.", "Repcloud|https://fosdem.org/2020/schedule/event/repcloud/"), vocab.Project, nil, []string{"Repcloud"}},
		{"no project from a quoted title word", mkdoc("FOSDEM 2020", `Jane Doe gave the talk "Boosting Python with Rust" to a full room.`), vocab.Project, nil, []string{"Boosting"}},
		{"no descriptive talk beside its linked talk", mkdoc("FOSDEM 2020", "Jane Doe talked about fast parsers in Rust.\n- Fast Parsers (slides)", "Fast Parsers|https://fosdem.org/2020/schedule/event/fast_parsers/"), vocab.Talk, []string{"Fast Parsers"}, []string{"[Jane Doe on fast parsers in Rust]"}},
		{"no organization: code host as a place", mkdoc("", "The code is available on GitHub."), vocab.Organization, nil, []string{"GitHub"}},
		{"organization: code host as a subject", mkdoc("", "Then GitHub announced sponsors."), vocab.Organization, []string{"GitHub"}, nil},
		{"descriptive talk without its location", mkdoc("FOSDEM 2020", "Jane Doe presented repcloud in the Python devroom."), vocab.Talk, []string{"[Jane Doe on repcloud]"}, []string{"[Jane Doe on repcloud in the Python devroom]"}},
	}
	x := newX()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.d)
			got := names(r, tt.class)
			for _, w := range tt.want {
				if !has(got, w) {
					t.Errorf("%s: want %q in %q", tt.class, w, got)
				}
			}
			for _, w := range tt.notWant {
				if has(got, w) {
					t.Errorf("%s: did not want %q in %q", tt.class, w, got)
				}
			}
		})
	}
}

func TestRelations(t *testing.T) {
	x := newX()
	tests := []struct {
		name     string
		d        *doc.Document
		p        Predicate
		from, to string
		want     bool
	}{
		{"performer by", mkdoc("FOSDEM 2019", "Another talk was presented by Jane Doe about Kubernetes."), Performer, "[Jane Doe on Kubernetes]", "Jane Doe", true},
		{"affiliation from", mkdoc("FOSDEM 2019", "Jane Doe from Acme talked about Python."), Affiliation, "Jane Doe", "Acme", true},
		{"no affiliation for a place", mkdoc("FOSDEM 2019", "Jane Doe from Brussels talked about Python."), Affiliation, "Jane Doe", "Brussels", false},
		{"location in sentence", mkdoc("FOSDEM 2025", "I went to the FOSDEM conference in Brussels."), Location, "FOSDEM 2025", "Brussels", true},
		{"track context", mkdoc("FOSDEM 2019", "We sat in the Python devroom.\n\nA talk by Jane Doe on parsers was good."), SuperEvent, "[Jane Doe on parsers]", "Python", true},
		{"track context ends at heading", func() *doc.Document {
			d := mkdoc("FOSDEM 2019", "We sat in the Python devroom.\n\nOther\n\nA talk by Jane Doe on parsers was good.")
			d.Sections = []doc.Section{{Heading: "Other", Level: 2, Start: strings.Index(d.Text, "Other")}}
			return d
		}(), SuperEvent, "[Jane Doe on parsers]", "Python", false},
		{"first name joins full name", mkdoc("FOSDEM 2019", "The last talk was by Dimitri Fontaine. As Dimitri explained, SQL is fine."), Performer, "[Talk by Dimitri Fontaine]", "Dimitri Fontaine", true},
		{"author", func() *doc.Document { d := mkdoc("", "Hello."); d.Authors = []string{"eloycoto"}; return d }(), Author, "post", "eloycoto", true},
		{"two performers opened with a linked talk", mkdoc("FOSDEM 2020", "Jane Doe and John Smith opened with Scaling Postgres.", "Scaling Postgres|https://fosdem.org/2020/schedule/event/scaling_pg/"), Performer, "Scaling Postgres", "John Smith", true},
		{"two performers opened with a linked talk (first)", mkdoc("FOSDEM 2020", "Jane Doe and John Smith opened with Scaling Postgres.", "Scaling Postgres|https://fosdem.org/2020/schedule/event/scaling_pg/"), Performer, "Scaling Postgres", "Jane Doe", true},
		{"two performers presented", mkdoc("FOSDEM 2020", "Jane Doe and John Smith presented their new parser."), Performer, "[Jane Doe and John Smith on their new parser]", "John Smith", true},
		{"track in the same sentence", mkdoc("FOSDEM 2020", "Jane Doe presented repcloud in the Python devroom."), SuperEvent, "[Jane Doe on repcloud]", "Python", true},
		{"track of a heading for later sections", func() *doc.Document {
			d := mkdoc("FOSDEM 2020", "The Go devroom at FOSDEM 2020\n\nIt was packed.\n\nParsers\n\nA talk by Jane Doe on parsers was good.")
			d.Sections = []doc.Section{
				{Heading: "The Go devroom at FOSDEM 2020", Level: 1, Start: 0},
				{Heading: "Parsers", Level: 2, Start: strings.Index(d.Text, "Parsers")},
			}
			return d
		}(), SuperEvent, "[Jane Doe on parsers]", "Go", true},
		{"track of a section's first sentence for later sections", func() *doc.Document {
			d := mkdoc("FOSDEM 2020", "Intro\n\nThe Go devroom at FOSDEM 2020 was packed.\n\nParsers\n\nA talk by Jane Doe on parsers was good.")
			d.Sections = []doc.Section{
				{Heading: "Intro", Level: 2, Start: 0},
				{Heading: "Parsers", Level: 2, Start: strings.Index(d.Text, "Parsers")},
			}
			return d
		}(), SuperEvent, "[Jane Doe on parsers]", "Go", true},
		{"no heading track when two tracks are named", func() *doc.Document {
			d := mkdoc("FOSDEM 2020", "The Go devroom at FOSDEM 2020 was packed, the Rust devroom too.\n\nParsers\n\nA talk by Jane Doe on parsers was good.")
			d.Sections = []doc.Section{{Heading: "Parsers", Level: 2, Start: strings.Index(d.Text, "Parsers")}}
			return d
		}(), SuperEvent, "[Jane Doe on parsers]", "Go", false},
		{"linked talk in a list after its description", mkdoc("FOSDEM 2020", "Jane Doe talked about fast parsers in Rust.\n- Fast Parsers (slides)", "Fast Parsers|https://fosdem.org/2020/schedule/event/fast_parsers/"), Performer, "Fast Parsers", "Jane Doe", true},
		{"linked talk and its description are one talk", mkdoc("FOSDEM 2020", "Jane Doe gave Fast Parsers. Jane Doe talked about parsers in Rust.", "Fast Parsers|https://fosdem.org/2020/schedule/event/fast_parsers/"), Performer, "Fast Parsers", "Jane Doe", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.d)
			if got := rel(r, tt.p, tt.from, tt.to); got != tt.want {
				t.Errorf("%s(%s, %s) = %v, want %v; entities %v", tt.p, tt.from, tt.to, got, tt.want, names(r, vocab.Talk))
			}
		})
	}
}

func TestAmbiguousFirstName(t *testing.T) {
	d := mkdoc("FOSDEM 2017", "Talks by Daniel Wisnewski and Daniel Smith were good. The last talk was given by Daniel about Kemi.")
	r := newX().Extract(d)
	for _, n := range names(r, vocab.Person) {
		if n == "Daniel" {
			t.Errorf("an ambiguous first name became a person: %v", names(r, vocab.Person))
		}
	}
}

func TestSentences(t *testing.T) {
	text := "One e.g. two. Three! Four\nFive. six"
	var got []string
	for _, s := range Sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"One e.g. two.", "Three!", "Four", "Five. six"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("FOSDEM 2019", "A talk by Jane Doe on “Parsing things” in the Python devroom at FOSDEM15.", "Jane Doe", "https://fosdem.org/2019/schedule/speaker/jane_doe/")
	f.Add("", "People from Acme. DjangoCon Europe 2019 in Brussels", "Acme", "https://github.com/a/b")
	f.Add("OpsCamp 2016 in Gentbrugge", "SnakeWeek 2019 took place in Lugarno, Switzerland. Jane Doe demoed X. His talk \"A B\" and John Smith showed how — it.", "PR", "https://github.com/a/b/pull/1")
	f.Add("", "Then came OpenSnips, a great talk, at PyGather 2023 after FOSDEM, online instead of Brussels.", "OpenSnips", "https://fosdem.org/2020/schedule/event/opensnips/")
	f.Add("FOSDEM 2031", "# The Sprocket Hour\n\nWith tracks covering:\n- Widget Tools\n- Gadgets\n\n- The Sprocket Hour - Jane Doe: *sprockets* and Widget Tools", "Widget Tools", "https://example.org/")
	x := newGenericX()
	xt := newTitleX()
	f.Fuzz(func(t *testing.T, title, text, anchor, url string) {
		defer fuzzbudget.Start(t, len(title)+len(text)+len(anchor)+len(url))()
		d := &doc.Document{Source: "f", Title: title, Text: text}
		if i := strings.Index(text, anchor); i >= 0 && anchor != "" {
			d.Links = []doc.Link{{Anchor: anchor, URL: url, Start: i, End: i + len(anchor)}}
		}
		r := x.Extract(d)
		markFromText(d)
		checkResult(t, xt.Extract(d), text)
		checkResult(t, r, text)
	})
}

// markFromText gives d the markup its text spells: "# " lines are
// headings, "- " lines list items, text between asterisks emphasis.
func markFromText(d *doc.Document) {
	t := d.Text
	for ls := 0; ls < len(t); {
		le := strings.IndexByte(t[ls:], '\n')
		if le < 0 {
			le = len(t)
		} else {
			le += ls
		}
		line := t[ls:le]
		switch {
		case strings.HasPrefix(line, "# ") && le > ls+2:
			d.Sections = append(d.Sections, doc.Section{Heading: line[2:], Level: 1, Start: ls + 2})
		case strings.HasPrefix(line, "- ") && le > ls+2:
			d.Marks = append(d.Marks, doc.Mark{Kind: doc.MarkListItem, Start: ls + 2, End: le})
		}
		ls = le + 1
	}
	open := -1
	for i := 0; i < len(t); i++ {
		if t[i] == '*' {
			if open >= 0 {
				d.Marks = append(d.Marks, doc.Mark{Kind: doc.MarkEmphasis, Start: open, End: i})
				open = -1
			} else {
				open = i + 1
			}
		}
	}
}

func checkResult(t *testing.T, r *Result, text string) {
	t.Helper()
	{
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End {
					t.Fatalf("mention %d..%d outside text of %d", m.Start, m.End, len(text))
				}
			}
		}
		for _, rl := range r.Relations {
			if rl.To < 0 || rl.To >= len(r.Entities) || rl.From >= len(r.Entities) {
				t.Fatalf("relation %v out of range", rl)
			}
		}
	}
}

func TestSentencesCutRunOns(t *testing.T) {
	run := strings.Repeat("Jane Doe talked about widgets, ", 400) + "the end."
	ss := Sentences(run)
	if len(ss) < 2 {
		t.Fatalf("%d sentences for a run-on of %d bytes", len(ss), len(run))
	}
	prev := 0
	for _, s := range ss {
		if s.End-s.Start > maxSentence+64 {
			t.Errorf("sentence of %d bytes", s.End-s.Start)
		}
		if s.Start < prev {
			t.Errorf("sentences overlap at %d", s.Start)
		}
		if c := run[s.End-1]; c != ',' && c != '.' {
			t.Errorf("cut at %q, not after a comma", run[max(0, s.End-10):s.End])
		}
		prev = s.End
	}
	if got := Sentences("A short one. And another."); len(got) != 2 {
		t.Errorf("short text: %d sentences", len(got))
	}
}

func TestIsClaimed(t *testing.T) {
	b := &builder{}
	for i := 0; i < 40; i++ {
		b.claim(i*10, i*10+4)
	}
	b.claim(500, 900)
	tests := []struct {
		s, e int
		want bool
	}{
		{0, 1, true}, {4, 10, false}, {3, 5, true}, {395, 399, false}, {388, 391, true}, {396, 401, false}, {600, 601, true}, {950, 960, false},
	}
	for _, tt := range tests {
		if got := b.isClaimed(tt.s, tt.e); got != tt.want {
			t.Errorf("isClaimed(%d, %d) = %v, want %v", tt.s, tt.e, got, tt.want)
		}
	}
}
