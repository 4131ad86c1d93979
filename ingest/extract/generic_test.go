package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// genericLex is the lexicon of the generic-rule tests (invented names
// beside common ones).
var genericLex = fakeLexicon{"Python": vocab.Technology, "Rust": vocab.Technology, "Kubernetes": vocab.Technology,
	"Basel": vocab.Place, "Switzerland": vocab.Place, "Brussels": vocab.Place, "Belgium": vocab.Place,
	"Jane Street": vocab.Organization, "Spotify": vocab.Organization}

// genericTalks are official titles by slug for the talk-link tests.
var genericTalks = map[string]string{
	"opensnips": "OpenSnips: routing SIP at scale",
	"quokka":    "Quokka",
	"kamelio":   "Routing calls the easy way",
}

func newGenericX() *Extractor {
	return New(Config{
		Lexicon:   genericLex,
		Series:    []string{"FOSDEM"},
		GivenName: func(t string) bool { return givenNames[t] },
		Venues: func(series, year string) []string {
			if series == "FOSDEM" {
				return []string{"Brussels", "ULB"}
			}
			return nil
		},
		Talk: func(series, year, slug string) (string, bool) {
			t, ok := genericTalks[slug]
			return t, ok
		},
	})
}

func withAuthorDate(d *doc.Document, date string) *doc.Document {
	d.Date = date
	return d
}

// mainEvents lists the names of the editions the post reports on.
func mainEvents(r *Result) []string {
	var out []string
	for _, e := range r.Entities {
		if e.Class == vocab.Event && e.Main {
			out = append(out, e.Name)
		}
	}
	return out
}

// TestAboutEdition: an edition in the title beats one named more often; an
// edition the post went to ("took place", "was held", "I attended") beats
// the most mentioned one; "after X" only dates something.
func TestAboutEdition(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		name string
		d    *doc.Document
		want []string // exactly the main editions
	}{
		{"title edition beats FOSDEM mentions",
			mkdoc("Impressions of OpsCamp 2016", "OpsCamp is held the Monday and Tuesday after FOSDEM. FOSDEM was busy. FOSDEM had many rooms. FOSDEM again."),
			[]string{"OpsCamp 2016"}},
		{"took place beats most mentioned",
			withAuthorDate(mkdoc("A week in Basel", "SnakeWeek 2019 took place in Basel. Before that I was at FOSDEM. FOSDEM had talks. FOSDEM had beer."), "2019-07-01"),
			[]string{"SnakeWeek 2019"}},
		{"I attended beats most mentioned",
			withAuthorDate(mkdoc("Travel notes", "Last month I attended the RiverConf 2018 conference. People there loved FOSDEM. FOSDEM is big. FOSDEM again."), "2018-06-01"),
			[]string{"RiverConf 2018"}},
		{"most mentioned without cues",
			withAuthorDate(mkdoc("Travel notes", "FOSDEM 2019 was big. FOSDEM had many rooms. Next year I will go to RiverConf 2020 too."), "2019-02-10"),
			[]string{"FOSDEM 2019"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.d)
			got := mainEvents(r)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("main editions %q, want %q (events %q)", got, tt.want, names(r, vocab.Event))
			}
		})
	}
}

// TestGenericRules covers events without a conference word, places of
// editions, organisations that are not people, talk names, repository
// links and talk-link anchors.
func TestGenericRules(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		name    string
		d       *doc.Document
		class   vocab.Class
		want    []string
		notWant []string
	}{
		// 2. editions of series without a conference word
		{"edition: camel-cased name held", withAuthorDate(mkdoc("", "EuroSnake 2019 was held in Basel."), "2019-07-20"), vocab.Event, []string{"EuroSnake 2019"}, nil},
		{"no technology inside a linked product's name", mkdoc("", "We deploy with Python and Kubernetes Dashboard every day.", "Kubernetes Dashboard|https://dashboard.example.org/"), vocab.Technology, []string{"Python"}, []string{"Kubernetes"}},
		{"edition: at name year", mkdoc("", "On Sunday I met friends at PyGather 2023 in the hallway."), vocab.Event, []string{"PyGather 2023"}, nil},
		{"edition: title position", mkdoc("My notes from SnakeWeek 2018", "It was fun."), vocab.Event, []string{"SnakeWeek 2018"}, nil},
		{"edition: all-capital short name", mkdoc("", "I was at SNAKEX 2021 in the hallway track."), vocab.Event, []string{"SNAKEX 2021"}, nil},
		{"edition: short name glued to its year", mkdoc("", "Back from QLX2022 where I gave a talk."), vocab.Event, []string{"QLX 2022"}, nil},
		{"edition: series with a country code", withAuthorDate(mkdoc("", "I attended SnakeCon QZ this week, the talks were nice."), "2021-05-03"), vocab.Event, []string{"SnakeCon QZ 2021"}, nil},
		{"no place: a country code in an event name", withAuthorDate(mkdoc("", "I attended SnakeCon QZ this week, the talks were nice."), "2021-05-03"), vocab.Place, nil, []string{"QZ"}},
		{"no edition: all capitals without a cue", mkdoc("", "The QLX 2022 rules changed things."), vocab.Event, nil, []string{"QLX 2022"}},
		{"no edition: a glued version", mkdoc("", "We shipped Widget2019 today."), vocab.Event, nil, []string{"Widget 2019"}},
		{"no edition: technology with version", mkdoc("Rust 2018 is here", "The Rust 2018 edition ships with talks and a conference."), vocab.Event, nil, []string{"Rust 2018"}},
		{"no edition: season or month", mkdoc("", "In Summer 2019 we gave talks. In December 2019 we attended nothing."), vocab.Event, nil, []string{"Summer 2019", "December 2019"}},
		{"no edition: without an event cue", mkdoc("", "We released Fernwick 2019 today."), vocab.Event, nil, []string{"Fernwick 2019"}},
		{"no edition: two-word product", mkdoc("", "There were talks about Visual Studio 2017."), vocab.Event, nil, []string{"Studio 2017", "Visual Studio 2017"}},
		{"talks of a named edition", withAuthorDate(mkdoc("", "EuroSnake 2019 was held in Basel. Jane Doe talked about Kubernetes operators."), "2019-07-20"), vocab.Talk, []string{"[Jane Doe on Kubernetes operators]"}, nil},
		{"talk without an edition: explicit", mkdoc("", "A talk by Jane Doe about Rust was great."), vocab.Talk, []string{"[Jane Doe on Rust]"}, nil},
		{"no talk without an edition: a verb only", mkdoc("", "Jane Doe presented the new release notes."), vocab.Talk, nil, []string{"[Jane Doe on new release notes]"}},
		// 3. places
		{"place pair: unknown city and country", mkdoc("", "EuroSnake 2019 took place in Lugarno, Switzerland."), vocab.Place, []string{"Lugarno", "Switzerland"}, nil},
		{"no place: capitalised words after held at", mkdoc("", "EuroSnake 2019 was held at The Big Hall."), vocab.Place, nil, []string{"The Big Hall"}},
		// 4. an organisation is never a person
		{"no person: affiliation words", mkdoc("FOSDEM 2019", "Maria Lopez from Morgan Stanley presented a deploy tool. Later Morgan Stanley presented nothing."), vocab.Person, []string{"Maria Lopez"}, []string{"Morgan Stanley"}},
		{"organization keeps its affiliation name", mkdoc("FOSDEM 2019", "Maria Lopez from Morgan Stanley presented a deploy tool. Later Morgan Stanley presented nothing."), vocab.Organization, []string{"Morgan Stanley"}, nil},
		{"affiliation words of an unknown person are an organization", mkdoc("FOSDEM 2019", "Hildegard Okonkwo from Morgan Stanley presented a tool. Then Morgan Stanley presented more."), vocab.Organization, []string{"Morgan Stanley"}, nil},
		{"no person: affiliation words of an unknown person", mkdoc("FOSDEM 2019", "Hildegard Okonkwo from Morgan Stanley presented a tool. Then Morgan Stanley presented more."), vocab.Person, nil, []string{"Morgan Stanley"}},
		{"no person: gazetteer organization", mkdoc("FOSDEM 2019", "Jane Street presented their compiler."), vocab.Person, nil, []string{"Jane Street"}},
		// 5. descriptive talk names stop at clause boundaries
		{"talk name stops before another person's clause", mkdoc("FOSDEM 2019", "Jane Doe talked about asynchronous deploys and John Smith showed how to handle secrets."), vocab.Talk,
			[]string{"[Jane Doe on asynchronous deploys]", "[John Smith on how to handle secrets]"}, []string{"[Jane Doe on asynchronous deploys and John Smith showed how to handle secrets]"}},
		{"talk name keeps a plain and", mkdoc("FOSDEM 2019", "Jane Doe talked about parsing and linting."), vocab.Talk, []string{"[Jane Doe on parsing and linting]"}, nil},
		{"talk name stops at a dash", mkdoc("FOSDEM 2019", "Jane Doe presented Fernwick — a tool we all needed."), vocab.Talk, []string{"[Jane Doe on Fernwick]"}, nil},
		{"talk name stops at a semicolon", mkdoc("FOSDEM 2019", "Maria Lopez talked about caching; the room was packed."), vocab.Talk, []string{"[Maria Lopez on caching]"}, nil},
		// 6. "Title" by X
		{"quoted title by a linked person", mkdoc("FOSDEM 2019", `The talk I liked most was "Shipping Lambdas Safely" by Ana Lima.`, "Ana Lima|https://twitter.com/analima"), vocab.Talk,
			[]string{"Shipping Lambdas Safely"}, []string{"[Talk by Ana Lima]"}},
		{"one-word quoted title by a person", mkdoc("FOSDEM 2019", `I liked the talk "Quokka" by John Smith a lot.`), vocab.Talk, []string{"Quokka"}, []string{"[Talk by John Smith]"}},
		{"no one-word title without by", mkdoc("FOSDEM 2019", `The talk was "great" in every way.`), vocab.Talk, nil, []string{"great"}},
		// 7. his/her talk
		{"pronoun talk is the subject's talk", mkdoc("FOSDEM 2019", `Marc Dupont demoed Fernwick, a tiny scheduler. His talk "Scheduling the Unknown" was the highlight.`), vocab.Talk,
			[]string{"Scheduling the Unknown"}, []string{"[Marc Dupont on Fernwick]"}},
		// 8. keynotes
		{"keynote by X about Y", mkdoc("FOSDEM 2019", "There was a keynote by Maria Lopez about immutable servers."), vocab.Talk, []string{"[Maria Lopez on immutable servers]"}, nil},
		{"opening keynote was by X, who talked about Y", mkdoc("FOSDEM 2019", "The opening keynote was by Jane Doe, who talked about the future of packaging."), vocab.Talk, []string{"[Jane Doe on future of packaging]"}, nil},
		// 9. repository deep links
		{"no project from deep links", mkdoc("", "See the PR and RFC 2504 and v0.0.97 and #123.",
			"PR|https://github.com/acme/widgetry/pull/12", "RFC 2504|https://github.com/acme/rfcs/blob/master/text/2504.md",
			"v0.0.97|https://github.com/acme/widgetry/releases/tag/v0.0.97", "#123|https://github.com/acme/widgetry/issues/123"), vocab.Project,
			nil, []string{"PR", "RFC 2504", "v0.0.97", "#123", "widgetry", "rfcs"}},
		{"repository named by the repository", mkdoc("", "Its settings live in config.json.", "config.json|https://github.com/acme/widgetry"), vocab.Project, []string{"widgetry"}, []string{"config.json"}},
		{"repository named by an anchor naming it", mkdoc("", "We use Jitter Bug for that.", "Jitter Bug|https://github.com/acme/jitter-bug"), vocab.Project, []string{"Jitter Bug"}, nil},
		{"no project from a page anchor", mkdoc("", "Read RFC 2504 and CVE-2024-1234.", "RFC 2504|https://example.org/rfcs/2504.html", "CVE-2024-1234|https://example.org/cve"), vocab.Project, nil, []string{"RFC 2504", "CVE-2024-1234"}},
		// 10. talk-link anchors
		{"talk link anchor naming the title's head", mkdoc("FOSDEM 2020", "Then came OpenSnips, a great talk.", "OpenSnips|https://fosdem.org/2020/schedule/event/opensnips/"), vocab.Project, []string{"OpenSnips"}, nil},
		{"talk link anchor naming the slug", mkdoc("FOSDEM 2020", "Then came Kamelio, a great talk.", "Kamelio|https://fosdem.org/2020/schedule/event/kamelio/"), vocab.Project, []string{"Kamelio"}, nil},
		{"no project: anchor is the codename title", mkdoc("FOSDEM 2020", "Then came Quokka, a great talk.", "Quokka|https://fosdem.org/2020/schedule/event/quokka/"), vocab.Project, nil, []string{"Quokka"}},
		{"no project: several words", mkdoc("FOSDEM 2020", "Then came the SIP routing talk.", "SIP routing talk|https://fosdem.org/2020/schedule/event/opensnips/"), vocab.Project, nil, []string{"SIP routing talk", "SIP"}},
	}
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

// TestGenericRelations covers the relations of the generic rules.
func TestGenericRelations(t *testing.T) {
	x := newGenericX()
	venue := func(title, text string) *doc.Document { return mkdoc(title, text) }
	tests := []struct {
		name     string
		d        *doc.Document
		p        Predicate
		from, to string
		want     bool
	}{
		{"talks default to the title edition", mkdoc("Impressions of OpsCamp 2016", "OpsCamp is held the day after FOSDEM. Jane Doe talked about Kubernetes operators."), SuperEvent, "[Jane Doe on Kubernetes operators]", "OpsCamp 2016", true},
		{"no talk of the dating edition", mkdoc("Impressions of OpsCamp 2016", "OpsCamp is held the day after FOSDEM. Jane Doe talked about Kubernetes operators."), SuperEvent, "[Jane Doe on Kubernetes operators]", "FOSDEM 2016", false},
		{"held in a known city", mkdoc("", "EuroSnake 2019 was held in Basel."), Location, "EuroSnake 2019", "Basel", true},
		{"took place in city, country: the city", mkdoc("", "EuroSnake 2019 took place in Lugarno, Switzerland."), Location, "EuroSnake 2019", "Lugarno", true},
		{"took place in city, country: the country too", mkdoc("", "EuroSnake 2019 took place in Lugarno, Switzerland."), Location, "EuroSnake 2019", "Switzerland", true},
		{"travelled to a city for the edition", mkdoc("", "I took a flight to Basel to attend EuroSnake 2019."), Location, "EuroSnake 2019", "Basel", true},
		{"went to an adjective city", mkdoc("", "We went all the way to rainy Basel to attend EuroSnake 2019."), Location, "EuroSnake 2019", "Basel", true},
		{"no location: a city talked about", mkdoc("", "At EuroSnake 2019 she talked about moving to Basel."), Location, "EuroSnake 2019", "Basel", false},
		{"title edition in a city", mkdoc("OpsCamp 2016 in Gentbrugge", "It was cold."), Location, "OpsCamp 2016", "Gentbrugge", true},
		{"no location: online instead of a city", venue("FOSDEM 2021", "This year FOSDEM was online, instead of Brussels."), Location, "FOSDEM 2021", "Brussels", false},
		{"no location: venue city named for beers", venue("FOSDEM 2021", "We miss the beers in Brussels bars."), Location, "FOSDEM 2021", "Brussels", false},
		{"location: venue named as where it is", venue("FOSDEM 2020", "The conference is held at the ULB campus."), Location, "FOSDEM 2020", "ULB", true},
		{"quoted title by two speakers: the first", mkdoc("SnakeCon 2022 recap", `At SnakeCon 2022 I enjoyed the talk "Node Deep Dive" by Jane Doe and Marc Roe.`), Performer, "Node Deep Dive", "Jane Doe", true},
		{"quoted title by two speakers: the second", mkdoc("SnakeCon 2022 recap", `At SnakeCon 2022 I enjoyed the talk "Node Deep Dive" by Jane Doe and Marc Roe.`), Performer, "Node Deep Dive", "Marc Roe", true},
		{"no co-speaker across a clause", mkdoc("SnakeCon 2022 recap", `At SnakeCon 2022 I enjoyed the talk "Node Deep Dive" by Jane Doe and Python was everywhere.`), Performer, "Node Deep Dive", "Python", false},
		{"no location: a region inside the edition's name", mkdoc("SnakeCon US 2022 recap", "SnakeCon US 2022 took place in Salt Lake City and was fun."), Location, "SnakeCon US 2022", "US", false},
		{"location: the city of that edition", mkdoc("SnakeCon US 2022 recap", "SnakeCon US 2022 took place in Salt Lake City and was fun."), Location, "SnakeCon US 2022", "Salt Lake City", true},
		{"no location: dating edition", mkdoc("OpsCamp 2016 notes", "OpsCamp is held the day after FOSDEM in Gentbrugge."), Location, "FOSDEM 2016", "Gentbrugge", false},
		{"affiliation kept", mkdoc("FOSDEM 2019", "Maria Lopez from Morgan Stanley presented a deploy tool. Later Morgan Stanley presented nothing."), Affiliation, "Maria Lopez", "Morgan Stanley", true},
		{"quoted title by a linked person: performer", mkdoc("FOSDEM 2019", `The talk I liked most was "Shipping Lambdas Safely" by Ana Lima.`, "Ana Lima|https://twitter.com/analima"), Performer, "Shipping Lambdas Safely", "Ana Lima", true},
		{"pronoun talk performer", mkdoc("FOSDEM 2019", `Marc Dupont demoed Fernwick, a tiny scheduler. His talk "Scheduling the Unknown" was the highlight.`), Performer, "Scheduling the Unknown", "Marc Dupont", true},
		{"no pronoun performer across paragraphs", mkdoc("FOSDEM 2019", "Marc Dupont demoed Fernwick, a tiny scheduler.\n\nHis talk \"Scheduling the Unknown\" was the highlight."), Performer, "Scheduling the Unknown", "Marc Dupont", false},
		{"keynote performer", mkdoc("FOSDEM 2019", "There was a keynote by Maria Lopez about immutable servers."), Performer, "[Maria Lopez on immutable servers]", "Maria Lopez", true},
		{"talk link subject", mkdoc("FOSDEM 2020", "Then came OpenSnips, a great talk.", "OpenSnips|https://fosdem.org/2020/schedule/event/opensnips/"), About, "OpenSnips: routing SIP at scale", "OpenSnips", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.d)
			if got := rel(r, tt.p, tt.from, tt.to); got != tt.want {
				var rs []string
				for _, x := range r.Relations {
					f := "post"
					if x.From >= 0 {
						f = r.Entities[x.From].Name
					}
					rs = append(rs, string(x.Pred)+"("+f+", "+r.Entities[x.To].Name+")")
				}
				t.Errorf("%s(%s, %s) = %v, want %v; relations %q", tt.p, tt.from, tt.to, got, tt.want, rs)
			}
		})
	}
}
