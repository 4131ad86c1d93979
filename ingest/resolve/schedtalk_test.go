package resolve

import (
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/extract"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// inventedIndex is a schedule of an invented FOSDEM edition.
func inventedIndex() *schedule.Index {
	ix := schedule.NewIndex()
	ix.Add(&schedule.Schedule{
		Conference: schedule.Conference{Title: "FOSDEM 2031", Series: "FOSDEM", Year: "2031", City: "Brussels"},
		Tracks:     []schedule.Track{{Name: "Widget Tools", Slug: "widget_tools"}, {Name: "Gadgets", Slug: "gadgets"}},
		Talks: []schedule.Talk{
			{Slug: "widget_forge", Title: "Forging Widgets at Scale", Track: "Widget Tools",
				Persons: []schedule.Person{{Name: "Quentin Marlowe", Slug: "quentin_marlowe"}, {Name: "Odile Brandt", Slug: "odile_brandt"}}},
			{Slug: "gadget_hour", Title: "The Gadget Hour", Track: "Gadgets",
				Persons: []schedule.Person{{Name: "Ines Varga", Slug: "ines_varga"}}},
		},
	})
	return ix
}

// quadSet lists the quads of a doc as "s p o" with short names.
func quadSet(qs []quad.Quad) map[string]bool {
	out := map[string]bool{}
	for _, q := range qs {
		out[q.Subject.String()+" "+vocab.Short(string(q.Predicate.(quad.IRI)))+" "+q.Object.String()] = true
	}
	return out
}

func TestScheduleCompletesLinkedTalks(t *testing.T) {
	m := vocab.Minter{}
	talk := m.Talk("fosdem-2031", "widget_forge")
	gadget := m.Talk("fosdem-2031", "gadget_hour")
	track := m.Track("fosdem-2031", "Widget Tools")
	tests := []struct {
		name  string
		text  string
		links [][2]string // anchor, URL
		want  []string
		not   []string
	}{
		{
			name:  "list item: linked title - speaker",
			text:  "Notes from FOSDEM 2031.\n\nForging Widgets at Scale - Quentin Marlowe: a summary.",
			links: [][2]string{{"Forging Widgets at Scale", "https://fosdem.org/2031/schedule/event/widget_forge/"}},
			want: []string{
				talk.String() + " schema:performer " + m.Person("Quentin Marlowe").String(),
				talk.String() + " schema:performer " + m.Person("Odile Brandt").String(),
				m.Person("Odile Brandt").String() + " rdf:type " + vocab.Person.IRI().String(),
				m.Person("Odile Brandt").String() + ` schema:name "Odile Brandt"`,
				talk.String() + " schema:superEvent " + track.String(),
				track.String() + " schema:superEvent " + m.Event("FOSDEM", "2031").String(),
			},
		},
		{
			name:  "the schedule's track wins over a devroom nearby",
			text:  "At FOSDEM 2031 I spent the day in the Gadgets devroom. The Gadgets devroom had Forging Widgets at Scale, great.",
			links: [][2]string{{"Forging Widgets at Scale", "https://fosdem.org/2031/schedule/event/widget_forge/"}},
			want:  []string{talk.String() + " schema:superEvent " + track.String()},
			not:   []string{talk.String() + " schema:superEvent " + m.Track("fosdem-2031", "Gadgets").String()},
		},
		{
			name:  "the schedule's speakers win over a name nearby",
			text:  "At FOSDEM 2031 Ines Varga gave The Gadget Hour, with Quentin Marlowe in the room.",
			links: [][2]string{{"The Gadget Hour", "https://fosdem.org/2031/schedule/event/gadget_hour/"}},
			want:  []string{gadget.String() + " schema:performer " + m.Person("Ines Varga").String()},
			not:   []string{gadget.String() + " schema:performer " + m.Person("Quentin Marlowe").String()},
		},
		{
			name:  "another full name is not renamed",
			text:  "At FOSDEM 2031 the talk The Gadget Hour by Pavel Strand was fun.",
			links: [][2]string{{"The Gadget Hour", "https://fosdem.org/2031/schedule/event/gadget_hour/"}},
			want:  []string{gadget.String() + " schema:performer " + m.Person("Ines Varga").String()},
			not:   []string{m.Person("Ines Varga").String() + ` schema:alternateName "Pavel Strand"`},
		},
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{Gazetteer: g, Schedules: inventedIndex()})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Source: "p.md", Title: "FOSDEM 2031", Text: tt.text}
			for _, l := range tt.links {
				i := strings.Index(tt.text, l[0])
				d.Links = append(d.Links, doc.Link{Anchor: l[0], URL: l[1], Start: i, End: i + len(l[0])})
			}
			out, err := r.Post(d, "h")
			if err != nil {
				t.Fatal(err)
			}
			got := quadSet(out.Quads)
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing %s", w)
				}
			}
			for _, w := range tt.not {
				if got[w] {
					t.Errorf("unexpected %s", w)
				}
			}
			if t.Failed() {
				for q := range got {
					t.Log(q)
				}
			}
		})
	}
}

func TestStandsFor(t *testing.T) {
	for _, tc := range []struct {
		short, full string
		want        bool
	}{
		{"Quentin", "Quentin Marlowe", true},
		{"Marlowe", "Quentin Marlowe", true},
		{"@quentinmar", "Quentin Marlowe", true}, // a handle beginning the name
		{"qmarlowe", "Quentin Marlowe", true},    // initial and surname
		{"@qm", "Quentin Marlowe", false},        // too short to tell
		{"Odile", "Quentin Marlowe", false},
		{"Quentin Brandt", "Quentin Marlowe", false},
		{"Émile", "Emile Zorn", true},            // folded
		{"@quentinm", "Quentin Marlowe", true},   // first name and initial
		{"@qom_7", "Quentin Otto Marlowe", true}, // initials
		{"@qm", "Quentin Otto Marlowe", false},   // not every initial
		{"@odilebr", "Quentin Marlowe", false},
	} {
		if got := standsFor(tc.short, tc.full); got != tc.want {
			t.Errorf("standsFor(%q, %q) = %v, want %v", tc.short, tc.full, got, tc.want)
		}
	}
}

func TestIdentifySpeakers(t *testing.T) {
	official := []schedule.Person{{Name: "Quentin Marlowe", Slug: "quentin_marlowe"}, {Name: "Odile Brandt", Slug: "odile_brandt"}}
	tests := []struct {
		name  string
		posts []string // the post's performers of the talk
		want  []string // their names afterwards
	}{
		{"first name", []string{"Quentin"}, []string{"Quentin Marlowe"}},
		{"handle and exact name", []string{"@obrandt", "Quentin Marlowe"}, []string{"Odile Brandt", "Quentin Marlowe"}},
		{"the one left", []string{"Quentin Marlowe", "@zz_top"}, []string{"Quentin Marlowe", "Odile Brandt"}},
		{"two unknown handles stay", []string{"@aa", "@bb"}, []string{"@aa", "@bb"}},
		{"another full name stays", []string{"Pavel Strand", "Quentin Marlowe"}, []string{"Pavel Strand", "Quentin Marlowe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &extract.Result{}
			persons := map[string]int{}
			var ents []int
			for i, n := range tt.posts {
				res.Entities = append(res.Entities, extract.Entity{Class: vocab.Person, Name: n, Edition: -1})
				persons[vocab.Fold(n)] = i
				ents = append(ents, i)
			}
			identifySpeakers(res, official, ents, persons)
			var got []string
			for _, e := range res.Entities {
				got = append(got, e.Name)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// talkNames lists the names of the Talks of a resolved post.
func talkNames(qs []quad.Quad) []string {
	talks := map[quad.Value]bool{}
	for _, q := range qs {
		if q.Predicate == quad.Value(vocab.Type) && q.Object == quad.Value(vocab.Talk.IRI()) {
			talks[q.Subject] = true
		}
	}
	var out []string
	for _, q := range qs {
		if q.Predicate == quad.Value(vocab.Name) && talks[q.Subject] {
			out = append(out, q.Object.String())
		}
	}
	sort.Strings(out)
	return out
}

func TestNoInventedTwins(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		links [][2]string
		want  []string // talk names
	}{
		{
			name:  "a description sharing the official title's words",
			text:  "At FOSDEM 2031 I went to Forging Widgets at Scale.\n\nLater that day Quentin Marlowe talked about forging widgets in production.",
			links: [][2]string{{"Forging Widgets at Scale", "https://fosdem.org/2031/schedule/event/widget_forge/"}},
			want:  []string{`"Forging Widgets at Scale"`},
		},
		{
			name:  "a description in the official talk's stretch",
			text:  "At FOSDEM 2031 I went to Forging Widgets at Scale.\n\nQuentin Marlowe talked about mistakes made over the years.",
			links: [][2]string{{"Forging Widgets at Scale", "https://fosdem.org/2031/schedule/event/widget_forge/"}},
			want:  []string{`"Forging Widgets at Scale"`},
		},
		{
			name:  "a talk by a handle right after the official talk",
			text:  "At FOSDEM 2031 I went to The Gadget Hour. A lovely talk by @gadgetfan99 with demos.",
			links: [][2]string{{"The Gadget Hour", "https://fosdem.org/2031/schedule/event/gadget_hour/"}, {"@gadgetfan99", "https://twitter.com/gadgetfan99"}},
			want:  []string{`"The Gadget Hour"`},
		},
		{
			name:  "a talk by the speaker of one official talk named later",
			text:  "Everyone at FOSDEM 2031 said the talk by Ines Varga was the best of the day.\n\nSlides: The Gadget Hour.",
			links: [][2]string{{"The Gadget Hour", "https://fosdem.org/2031/schedule/event/gadget_hour/"}},
			want:  []string{`"The Gadget Hour"`},
		},
		{
			name: "a description of an official talk the post does not name",
			text: "At FOSDEM 2031 Quentin Marlowe talked about forging widgets in production.",
			want: []string{`"Forging Widgets at Scale"`},
		},
		{
			name: "a description sharing no word with the speaker's official talk stays",
			text: "At FOSDEM 2031 Ines Varga talked about widget pipelines.",
			want: []string{`"[Ines Varga on widget pipelines]"`},
		},
		{
			name:  "another speaker's talk stays",
			text:  "At FOSDEM 2031 I went to Forging Widgets at Scale.\n\nPavel Strand talked about forging widgets in production.",
			links: [][2]string{{"Forging Widgets at Scale", "https://fosdem.org/2031/schedule/event/widget_forge/"}},
			want:  []string{`"Forging Widgets at Scale"`, `"[Pavel Strand on forging widgets in production]"`},
		},
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{Gazetteer: g, Schedules: inventedIndex()})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Source: "p.md", Title: "FOSDEM 2031", Text: tt.text}
			for _, l := range tt.links {
				i := strings.Index(tt.text, l[0])
				d.Links = append(d.Links, doc.Link{Anchor: l[0], URL: l[1], Start: i, End: i + len(l[0])})
			}
			out, err := r.Post(d, "h")
			if err != nil {
				t.Fatal(err)
			}
			if got := talkNames(out.Quads); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("talks %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSpeakersInProse(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		links [][2]string
		want  bool
	}{
		{"an official speaker's full name without a cue", "At FOSDEM 2031 I had coffee with Ines Varga in the hallway.", nil, true},
		{"inside another link's anchor", "At FOSDEM 2031 I read Ines Varga Notes online.", [][2]string{{"Ines Varga Notes", "https://example.org/notes"}}, false},
		{"neither an official speaker nor a given name", "At FOSDEM 2031 I had coffee with Quorvex Strand in the hallway.", nil, false},
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{Gazetteer: g, Schedules: inventedIndex()})
	m := vocab.Minter{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Source: "p.md", Title: "FOSDEM 2031", Text: tt.text}
			for _, l := range tt.links {
				i := strings.Index(tt.text, l[0])
				d.Links = append(d.Links, doc.Link{Anchor: l[0], URL: l[1], Start: i, End: i + len(l[0])})
			}
			out, err := r.Post(d, "h")
			if err != nil {
				t.Fatal(err)
			}
			got := quadSet(out.Quads)
			for _, who := range []string{"Ines Varga", "Quorvex Strand"} {
				if got[m.Person(who).String()+" rdf:type "+vocab.Person.IRI().String()] {
					if !tt.want {
						t.Errorf("%s is a Person", who)
					}
					return
				}
			}
			if tt.want {
				t.Error("no Person")
			}
		})
	}
}
