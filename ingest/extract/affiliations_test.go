package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestAffiliationCues(t *testing.T) {
	tests := []struct {
		name, title, text string
		links             []string
		want              [][2]string // person, organisation
		not               [][2]string
	}{
		{name: "role apposition", text: "We listened to Jane Quimby, a software engineer at Frobnitz Systems, for an hour.",
			want: [][2]string{{"Jane Quimby", "Frobnitz Systems"}}},
		{name: "role apposition with a linked organisation", text: "On Saturday Jane Quimby, CEO of Blorp Collective, and John Doe opened the room.",
			links: []string{"Blorp Collective|https://blorp.example.org"},
			want:  [][2]string{{"Jane Quimby", "Blorp Collective"}}, not: [][2]string{{"John Doe", "Blorp Collective"}}},
		{name: "role in parentheses, lower-case name", text: "It was time for Jane Quimby (software engineer at grommetix) to speak.",
			want: [][2]string{{"Jane Quimby", "grommetix"}}},
		{name: "department is no organisation", text: "We met Jane Quimby, head of Developer Relations, at the booth.",
			not: [][2]string{{"Jane Quimby", "Developer Relations"}}},
		{name: "person from a linked organisation", text: "Then Jane Quimby from qux:labs told us about it.",
			links: []string{"qux:labs|https://quxlabs.example.com/"},
			want:  [][2]string{{"Jane Quimby", "qux:labs"}}},
		{name: "a list from an organisation", text: "Then Jane Quimby and John Doe from Zorbix told us about it.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}, {"John Doe", "Zorbix"}}},
		{name: "a speaker's line with a known organisation", text: "The first talk was by Jane Quimby — Zorbix\nThe second talk was by John Doe - Building Sprockets\n",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}, not: [][2]string{{"John Doe", "Building Sprockets"}}},
		{name: "parentheses, an unknown name", text: "We liked the demo by Jane Quimby (Blorpware) a lot.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "parentheses, a place", text: "We liked the demo by Jane Quimby (Ghent) a lot.",
			not: [][2]string{{"Jane Quimby", "Ghent"}}},
		{name: "role after a possessive", text: "The keynote was given by Jane Quimby, Zorbix's lead engineer, on Sunday.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "person of a known organisation", text: "We met Jane Quimby of Zorbix at the booth.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "person of an organisation's community", text: "We met Jane Quimby of the Zorbix community at the booth.",
			not: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "demonym of a brand", text: "Quuxcorper John Doe gave a talk.",
			want: [][2]string{{"John Doe", "Quuxcorp"}}},
		{name: "one of the organisation's engineers", text: "Zorbix was there too. One of Zorbix infrastructure team engineers, Daniel Okafor, stayed longer.",
			want: [][2]string{{"Daniel Okafor", "Zorbix"}}},
		{name: "possessive", text: "The keynote was given by Zorbix's Jane Quimby on Sunday.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "organisation role person", text: "The keynote was given by Zorbix lead engineer Jane Quimby on Sunday.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "demonym", text: "Zorbix sent many people. Zorbixer John Doe gave a talk.",
			want: [][2]string{{"John Doe", "Zorbix"}}},
		{name: "on behalf of", text: "Jane Quimby spoke on behalf of the non-profit Frobnitz Foundation about funding.",
			want: [][2]string{{"Jane Quimby", "Frobnitz Foundation"}}},
		{name: "our CEO, home by we at", text: "Here we at Blorpware love conferences. Then it was time for our CEO, Jane Quimby, to speak.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "X, our VP", text: "At Quuxcorp, we love talks. John Doe, our dear VP of Developer Relations, opened the day.",
			want: [][2]string{{"John Doe", "Quuxcorp"}}, not: [][2]string{{"John Doe", "Developer Relations"}}},
		{name: "our colleagues, home by title", title: "Zorbix at KubeCon 2019", text: "Our colleagues Jane Quimby and John Doe presented a talk on scaling.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}, {"John Doe", "Zorbix"}}},
		{name: "our colleagues, no home", title: "Notes from KubeCon 2019", text: "Our colleagues Jane Quimby and John Doe presented a talk on scaling.",
			not: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "from our team", title: "Zorbix at KubeCon 2019", text: "Jane Quimby from our data platform team presented a talk on scaling.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "colleagues from a lower-case organisation, single names", text: "I travelled with two colleagues from grommetix, Daniel and Marc. Later my colleague Maria gave a talk.",
			want: [][2]string{{"Daniel", "grommetix"}, {"Marc", "grommetix"}, {"Maria", "grommetix"}}},
		{name: "role from an organisation in apposition", text: "Then Jane Quimby, engineer from Blorpware, talked about tests.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "role at-sign organisation", text: "Then Jane Quimby, Software Engineer @ Frobnitz Systems, showed it.",
			want: [][2]string{{"Jane Quimby", "Frobnitz Systems"}}},
		{name: "possessive before a head of a department", text: "Then Jane Quimby, Zorbix's head of research, talked about networks.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}, not: [][2]string{{"Jane Quimby", "Research"}}},
		{name: "role and organisation in parentheses", text: "Then Jane Quimby (CTO, Blorpware) presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "organisation and handle in parentheses", text: "Then Jane Quimby (Blorpware, @jquimby) presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "corporate name in parentheses", text: "Then Jane Quimby (Grommet GmbH) presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Grommet GmbH"}}},
		{name: "two persons, both of one organisation in parentheses", text: "Then Jane Quimby and John Doe (both Blorpware) presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}, {"John Doe", "Blorpware"}}},
		{name: "two persons, both from one organisation", text: "Then Jane Quimby and John Doe, both from Zorbix, presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}, {"John Doe", "Zorbix"}}},
		{name: "a role and a place in parentheses", text: "Then Jane Quimby (CTO, Ghent) presented the roadmap.",
			not: [][2]string{{"Jane Quimby", "Ghent"}}},
		{name: "two words in parentheses without a cue", text: "Then Jane Quimby (Keynote, Friday) presented the roadmap.",
			not: [][2]string{{"Jane Quimby", "Keynote"}, {"Jane Quimby", "Friday"}}},
		{name: "an organisation and an acronym role", text: "Then Jane Quimby, Blorpware CTO, presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "an organisation and an acronym role in parentheses", text: "Then Jane Quimby (Zorbix CEO) presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "a title-cased role is no organisation", text: "Then Jane Quimby, a Senior Engineer, presented the roadmap.",
			not: [][2]string{{"Jane Quimby", "Senior"}}},
		{name: "a role clause, then the organisation", text: "Then Jane Quimby, Engineering Manager, Blorpware, presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}, not: [][2]string{{"Jane Quimby", "Engineering Manager"}}},
		{name: "a clause without a role, then a name", text: "Then Jane Quimby, as usual, Blorpware and John Doe came.",
			not: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "from a domain name", text: "We had lunch with Jane Quimby from grommetix.io and John Doe from quux{d}.",
			want: [][2]string{{"Jane Quimby", "grommetix.io"}, {"John Doe", "quux{d}"}}},
		{name: "from a lower-case word", text: "We had lunch with Jane Quimby from work and John Doe from home.",
			not: [][2]string{{"Jane Quimby", "work"}, {"John Doe", "home"}}},
		{name: "a plural role after one person", text: "The goal is owned by Jane Quimby, contributors from Blorpware and others.",
			not: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "a plural role after two persons", text: "Then Jane Quimby and John Doe, engineers from Blorpware, presented.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}, {"John Doe", "Blorpware"}}},
		{name: "is an organisation's employee", text: "Then Jane Quimby is a Zorbix employee working on widgets.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "is the CTO of", text: "Jane Quimby is the CTO of Frobnitz Systems and spoke first.",
			want: [][2]string{{"Jane Quimby", "Frobnitz Systems"}}},
		{name: "is a maintainer of a language", text: "Jane Quimby is a maintainer of Python and spoke first.",
			not: [][2]string{{"Jane Quimby", "Python"}}},
		{name: "joined a known organisation", text: "Then Jane Quimby joined Zorbix last year and talked.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "joined a corporate name", text: "Then Jane Quimby joined Grommet Labs last year and talked.",
			want: [][2]string{{"Jane Quimby", "Grommet Labs"}}},
		{name: "joined an unknown name", text: "Then Jane Quimby joined Keynote Hall and talked.",
			not: [][2]string{{"Jane Quimby", "Keynote Hall"}}},
		{name: "a person at-sign an organisation", text: "The keynote was by Jane Quimby @ Zorbix and it was great.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "a person, a dash and a role", text: "Scaling widgets, by Jane Quimby — Senior Engineer @ Frobnitz Systems\nIt was great.",
			want: [][2]string{{"Jane Quimby", "Frobnitz Systems"}}},
		{name: "a person, a bar and an organisation", text: "Scaling widgets by Jane Quimby | Zorbix\nIt was great.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "from an organisation in parentheses", text: "Then Jane Quimby (from Blorpware) presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "two persons, both from one organisation in parentheses", text: "Then Jane Quimby and John Doe (both from Zorbix) presented.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}, {"John Doe", "Zorbix"}}},
		{name: "a talk by a person of another organisation", title: "Zorbix at KubeCon 2019", text: "Our colleagues liked the talk by Jane Quimby on scaling.",
			not: [][2]string{{"Jane Quimby", "Zorbix"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc(tt.title, tt.text, tt.links...)
			r := orgX().Extract(d)
			checkAffs(t, r, tt.want, tt.not)
		})
	}
}

// checkAffs fails t unless r has every affiliation of want and none of
// not (person, organisation).
func checkAffs(t *testing.T, r *Result, want, not [][2]string) {
	t.Helper()
	for _, w := range want {
		if !rel(r, Affiliation, w[0], w[1]) {
			t.Errorf("no affiliation %s -> %s; relations %v", w[0], w[1], affs(r))
		}
	}
	for _, w := range not {
		if rel(r, Affiliation, w[0], w[1]) {
			t.Errorf("affiliation %s -> %s, want none", w[0], w[1])
		}
	}
}

// affs lists the affiliations of r as "person -> organisation".
func affs(r *Result) []string {
	var out []string
	for _, x := range r.Relations {
		if x.Pred == Affiliation && x.From >= 0 && x.To >= 0 {
			out = append(out, r.Entities[x.From].Name+" -> "+r.Entities[x.To].Name)
		}
	}
	return out
}

func TestHomeOrgByHost(t *testing.T) {
	d := mkdoc("Conference season", "We love the Zorbix community. Our colleague Jane Quimby gave a talk.")
	d.URL = "https://engineering.zorbix.example/posts/conference-season"
	r := orgX().Extract(d)
	if !rel(r, Affiliation, "Jane Quimby", "Zorbix") {
		t.Errorf("no affiliation Jane Quimby -> Zorbix; %v", affs(r))
	}
}

func TestAtWeOrg(t *testing.T) {
	tests := []struct {
		name, text string
		org        string // "" if none
	}{
		{"a known brand", "At Quuxcorp, we build sprockets. It was fun.", "Quuxcorp"},
		{"an unknown name is no organisation", "At Sprocketeer, we build sprockets. It was fun.", ""},
		{"no first person", "At Quuxcorp, they build sprockets. It was fun.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(orgX().Extract(mkdoc("T", tt.text)), vocab.Organization)
			if tt.org == "" && len(got) > 0 || tt.org != "" && !has(got, tt.org) {
				t.Errorf("organizations %q, want %q", got, tt.org)
			}
		})
	}
}

func TestHomeOrgRules(t *testing.T) {
	tests := []struct {
		name, title, text string
		items             []string // list items (marked)
		want, not         [][2]string
	}{
		{name: "a job title names no organisation", title: "Zorbix at KubeCon 2019",
			text: "Our colleagues were busy. Jane Quimby, Senior Software Engineer, gave a talk on scaling.",
			not:  [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "dominant organisation", title: "Conference season",
			text: "Quuxcorp went to three events. Quuxcorp sent our colleague Jane Quimby to Ghent, and Quuxcorp liked it.",
			want: [][2]string{{"Jane Quimby", "Quuxcorp"}}},
		{name: "all people at, with our CEO", title: "Notes",
			text: "It was time for our CEO, Jane Quimby, to speak. Thanks to all people at Zorbix who helped.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "everyone at, no our cue", title: "Notes",
			text: "It was time for Jane Quimby to speak. Thanks to everyone at Zorbix who helped.",
			not:  [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "a list of our talks", title: "Zorbix at KubeCon 2019",
			text:  "Our colleagues gave these talks:\n- Scaling sprockets by Jane Quimby\n- Sprocket security by John Doe (Frobnitz Inc)\n\nThe talk by Dylan Roe was great.",
			items: []string{"Scaling sprockets by Jane Quimby", "Sprocket security by John Doe (Frobnitz Inc)"},
			want:  [][2]string{{"Jane Quimby", "Zorbix"}}, not: [][2]string{{"John Doe", "Zorbix"}, {"Dylan Roe", "Zorbix"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc(tt.title, tt.text)
			if len(tt.items) > 0 {
				d = withMarks(d, doc.MarkListItem, tt.items...)
			}
			r := orgX().Extract(d)
			checkAffs(t, r, tt.want, tt.not)
		})
	}
}

func TestOrgKinds(t *testing.T) {
	tests := []struct {
		name, text string
		orgs       []string // organisations wanted
		not        []string
	}{
		{"a non-profit", "She talked about Sprocketeers, a non-profit in Gondor teaching kids.", []string{"Sprocketeers"}, nil},
		{"one of the companies", "This talk is about our experience at Grommetix, one of only a handful of 100% Free Software companies.", []string{"Grommetix"}, nil},
		{"no kind word", "She talked about Sprocketeers, a tool for teaching kids.", nil, []string{"Sprocketeers"}},
		{"a person", "We met Jane Quimby, a founder of a small company, in the hallway.", nil, []string{"Jane Quimby"}},
		{"a sentence's first word", "Yesterday, a company told us about it.", nil, []string{"Yesterday"}},
		{"lower-case foundation", "Until last year I was no Zorbix foundation member.", []string{"Zorbix Foundation"}, []string{"Zorbix"}},
		{"an acronym's alliance", "This is what the BLORP alliance has done for cars.", []string{"BLORP alliance"}, nil},
		{"CamelCase name", "She talked about SprocketGirls, a non-profit in Gondor.", []string{"SprocketGirls"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(orgX().Extract(mkdoc("T", tt.text)), vocab.Organization)
			for _, o := range tt.orgs {
				if !has(got, o) {
					t.Errorf("organizations %q, want %q", got, o)
				}
			}
			for _, o := range tt.not {
				if has(got, o) {
					t.Errorf("organizations %q, want no %q", got, o)
				}
			}
		})
	}
}

func TestOrgAnchor(t *testing.T) {
	tests := []struct {
		name, text, link string
		org              string // "" if the link names no organisation
	}{
		{"corporate word", "I met people of the Gondor Linux Users Group there.", "Gondor Linux Users Group|https://lug.gondor.example/", "Gondor Linux Users Group"},
		{"fellow members", "Three fellow Sprocketeers members came along.", "Sprocketeers|https://sprocketeers.example/", "Sprocketeers"},
		{"a product", "We tried Sprocketeer Studio on the train.", "Sprocketeer Studio|https://sprocketeer.example/", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(orgX().Extract(mkdoc("T", tt.text, tt.link)), vocab.Organization)
			if tt.org == "" && len(got) > 0 || tt.org != "" && !has(got, tt.org) {
				t.Errorf("organizations %q, want %q", got, tt.org)
			}
		})
	}
}

func TestSpeakerLineOrg(t *testing.T) {
	english := wordSet("keynote", "lightning", "talk", "talks", "opening")
	x := orgX()
	x.cfg.Word = func(w string) bool { return english[w] }
	tests := []struct {
		name, text string
		heading    bool
		want, not  [][2]string
	}{
		{name: "person, organisation: title", text: "Jane Quimby, Blorpware: Scaling widgets in practice\n",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "person, organisation in a heading", text: "Scaling widgets by Jane Quimby, Blorpware\nIt was good.", heading: true,
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "person, English words: title", text: "Jane Quimby, Lightning Talks: Scaling widgets\n",
			not: [][2]string{{"Jane Quimby", "Lightning Talks"}}},
		{name: "person, a name with a technology: title", text: "Jane Quimby, Python Operators: Scaling widgets\n",
			not: [][2]string{{"Jane Quimby", "Python Operators"}}},
		{name: "a role and an English word in parentheses", text: "Then Jane Quimby (CTO, Keynote) presented.\n",
			not: [][2]string{{"Jane Quimby", "Keynote"}}},
		{name: "a role and an unknown name in parentheses", text: "Then Jane Quimby (CTO, Blorpware) presented.\n",
			want: [][2]string{{"Jane Quimby", "Blorpware"}}},
		{name: "person, unknown name in prose", text: "We met Jane Quimby, Blorpware and John Doe at lunch.\n",
			not: [][2]string{{"Jane Quimby", "Blorpware"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc("T", tt.text)
			if tt.heading {
				h, _, _ := strings.Cut(tt.text, "\n")
				d.Sections = []doc.Section{{Level: 2, Start: 0, Heading: h}}
			}
			checkAffs(t, x.Extract(d), tt.want, tt.not)
		})
	}
}

func TestBrandInAffiliation(t *testing.T) {
	bl := brandLexicon{
		"Blorpdb":  {Class: vocab.Technology},
		"Zorblang": {Class: vocab.Technology, SameAs: []string{"https://en.wikipedia.org/wiki/Zorblang_(programming_language)"}},
		"Ghent":    {Class: vocab.Place},
	}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		name, text string
		want, not  [][2]string
		tech       []string // the technologies left
	}{
		{name: "in parentheses", text: "Then Jane Quimby (Blorpdb) presented the roadmap.",
			want: [][2]string{{"Jane Quimby", "Blorpdb"}}},
		{name: "in parentheses, and the product elsewhere", text: "Then Jane Quimby (Blorpdb) talked. We use Blorpdb daily.",
			want: [][2]string{{"Jane Quimby", "Blorpdb"}}, tech: []string{"Blorpdb"}},
		{name: "a role at", text: "Then Jane Quimby, an engineer at Blorpdb, talked.",
			want: [][2]string{{"Jane Quimby", "Blorpdb"}}},
		{name: "a possessive before a role", text: "Blorpdb's CEO Jane Quimby gave the keynote.",
			want: [][2]string{{"Jane Quimby", "Blorpdb"}}, not: [][2]string{{"Jane Quimby", "Blorpdb's"}}},
		{name: "joined a product", text: "Then Jane Quimby joined Blorpdb and talked.",
			not: [][2]string{{"Jane Quimby", "Blorpdb"}}, tech: []string{"Blorpdb"}},
		{name: "a language developer", text: "Then Jane Quimby, a Zorblang developer, talked.",
			not: [][2]string{{"Jane Quimby", "Zorblang"}}, tech: []string{"Zorblang"}},
		{name: "a programming language", text: "Then Jane Quimby (Zorblang) presented the roadmap.",
			not: [][2]string{{"Jane Quimby", "Zorblang"}}, tech: []string{"Zorblang"}},
		{name: "a community", text: "Then Jane Quimby from the Blorpdb community talked.",
			not: [][2]string{{"Jane Quimby", "Blorpdb"}}, tech: []string{"Blorpdb"}},
		{name: "of some fame", text: "Then Jane Quimby of Blorpdb fame talked.",
			not: [][2]string{{"Jane Quimby", "Blorpdb"}}, tech: []string{"Blorpdb"}},
		{name: "a maintainer of", text: "Then Jane Quimby, maintainer of Blorpdb, talked.",
			not: [][2]string{{"Jane Quimby", "Blorpdb"}}, tech: []string{"Blorpdb"}},
		{name: "a longer parenthesis", text: "Then Jane Quimby (Blorpdb satellites, geek overload) talked.",
			not: [][2]string{{"Jane Quimby", "Blorpdb"}}, tech: []string{"Blorpdb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("T", tt.text))
			checkAffs(t, r, tt.want, tt.not)
			if got := names(r, vocab.Technology); strings.Join(got, ",") != strings.Join(tt.tech, ",") {
				t.Errorf("technologies %q, want %q", got, tt.tech)
			}
		})
	}
}

func TestHomepageInAffiliation(t *testing.T) {
	tests := []struct {
		name, text, anchor string
		want, not          [][2]string
		projects           []string // the projects left
	}{
		{name: "in parentheses", text: "Then Jane Quimby (Grommetix) talked about containers.", anchor: "Grommetix",
			want: [][2]string{{"Jane Quimby", "Grommetix"}}},
		{name: "works for", text: "Then Jane Quimby works for Grommetix and talked about search.", anchor: "Grommetix",
			want: [][2]string{{"Jane Quimby", "Grommetix"}}},
		{name: "a product in prose", text: "Then we tried Grommetix, a tool for widgets.", anchor: "Grommetix",
			projects: []string{"Grommetix"}},
		{name: "a page of a site in parentheses", text: "Then Jane Quimby (Grommetix) talked about containers.", anchor: "Grommetix|/teams/widgets",
			not: [][2]string{{"Jane Quimby", "Grommetix"}}, projects: []string{"Grommetix"}},
		{name: "a talk on a product", text: "Then Jane Quimby talked about Grommetix and its plugins.", anchor: "Grommetix",
			not: [][2]string{{"Jane Quimby", "Grommetix"}}, projects: []string{"Grommetix"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			anchor, path, _ := strings.Cut(tt.anchor, "|")
			r := orgX().Extract(mkdoc("T", tt.text, anchor+"|https://www.grommetix.example.com"+path))
			checkAffs(t, r, tt.want, tt.not)
			if got := names(r, vocab.Project); strings.Join(got, ",") != strings.Join(tt.projects, ",") {
				t.Errorf("projects %q, want %q", got, tt.projects)
			}
			for _, o := range r.Entities {
				if o.Class == vocab.Organization && len(tt.want) > 0 && (len(o.SameAs) != 1 || o.SameAs[0] != "https://www.grommetix.example.com") {
					t.Errorf("organisation %s sameAs %q, want the homepage", o.Name, o.SameAs)
				}
			}
		})
	}
}

func TestSponsorLists(t *testing.T) {
	bl := brandLexicon{
		"Blorpdb": {Class: vocab.Technology},
		"Ghent":   {Class: vocab.Place},
		"Zorbix":  {Class: vocab.Organization},
	}
	english := wordSet("lunch", "coffee", "breaks")
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }, Word: func(w string) bool { return english[w] }})
	tests := []struct {
		name, text string
		orgs, tech []string
	}{
		{name: "English words are no sponsors", text: "Thanks to our sponsors: Lunch and Coffee Breaks were free.",
			orgs: nil},
		{name: "sponsored by a list", text: "The event was sponsored by Zorbix, Grommetix and Blorpdb.",
			orgs: []string{"Blorpdb", "Grommetix", "Zorbix"}},
		{name: "sponsors, a colon", text: "Thanks to our sponsors: Grommetix & Blorpdb. We use Blorpdb a lot.",
			orgs: []string{"Blorpdb", "Grommetix"}, tech: []string{"Blorpdb"}},
		{name: "a person and a place are no sponsors", text: "The dinner was sponsored by Jane Quimby in Ghent, and we liked it.",
			orgs: nil},
		{name: "the list ends at a lower-case word", text: "Sponsors were Grommetix and many others like Quuxly.",
			orgs: []string{"Grommetix"}},
		{name: "companies like", text: "Big companies like Grommetix and Blorpdb use it.",
			orgs: []string{"Blorpdb", "Grommetix"}},
		{name: "tools like", text: "Tools like Grommetix and Blorpdb help.",
			tech: []string{"Blorpdb"}},
		{name: "no cue", text: "We use Blorpdb, Grommetix and more.",
			tech: []string{"Blorpdb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("T", tt.text))
			if got := names(r, vocab.Organization); strings.Join(got, ",") != strings.Join(tt.orgs, ",") {
				t.Errorf("organizations %q, want %q", got, tt.orgs)
			}
			if got := names(r, vocab.Technology); strings.Join(got, ",") != strings.Join(tt.tech, ",") {
				t.Errorf("technologies %q, want %q", got, tt.tech)
			}
		})
	}
}

func TestSpeakerLinePersons(t *testing.T) {
	lex := fakeLexicon{"Zentrix Labs": vocab.Organization, "Kubernetes": vocab.Technology, "Basel": vocab.Place}
	x := New(Config{Lexicon: lex, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		name, body string
		want, not  [][2]string
	}{
		{name: "a heading, a title, the person and the organisation", body: "### Scaling widgets – Daniel Weber (Zentrix Labs)\n\nIt was great.\n",
			want: [][2]string{{"Daniel Weber", "Zentrix Labs"}}},
		{name: "a heading, the person, the organisation and the title", body: "### Daniel Weber, Quuxly: Typed widgets\n\nGood talk.\n",
			want: [][2]string{{"Daniel Weber", "Quuxly"}}},
		{name: "a list item", body: "Talks I liked:\n\n- Typed widgets, Marc Roe (Zentrix Labs)\n- Other widgets, Ana Lima (Basel)\n",
			want: [][2]string{{"Marc Roe", "Zentrix Labs"}}, not: [][2]string{{"Ana Lima", "Basel"}}},
		{name: "a heading with a place", body: "### Daniel Weber (Basel)\n\nIt was great.\n",
			not: [][2]string{{"Daniel Weber", "Basel"}}},
		{name: "a heading with a project of the vocabulary", body: "### Daniel Weber (Kubernetes)\n\nIt was great.\n",
			want: [][2]string{{"Daniel Weber", "Kubernetes"}}},
		{name: "a quotation's attribution in prose", body: "> Widgets are hard.\n>\n> — Daniel Weber (Zentrix Labs)\n\nIndeed.\n",
			want: [][2]string{{"Daniel Weber", "Zentrix Labs"}}},
		{name: "an unknown first word", body: "### Widgetron Labs (Zentrix Labs)\n\nIt was great.\n",
			not: [][2]string{{"Widgetron Labs", "Zentrix Labs"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(parseMarkdown(t, "SnakeCon 2024 recap", "SnakeCon 2024 took place in Basel.\n\n"+tt.body))
			checkAffs(t, r, tt.want, tt.not)
		})
	}
}

func TestNameBefore(t *testing.T) {
	for text, want := range map[string]string{
		"— Jane Quimby (":        "Jane Quimby",
		"met Jean-Luc O'Dowd (":  "Jean-Luc O'Dowd",
		"by Jane Ann Quimby (":   "Jane Ann Quimby",
		"we met Jane (":          "",
		"call foo (":             "",
		"Quimby (":               "",
		"x.Jane Quimby (":        "",
		"\"Zoë Ångström (":       "Zoë Ångström",
		"the Grand Old Widget (": "Grand Old Widget",
	} {
		s, e := nameBefore(text, len(text)-2)
		got := ""
		if s >= 0 {
			got = text[s:e]
		}
		if got != want {
			t.Errorf("nameBefore(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestBrandLike(t *testing.T) {
	for w, want := range map[string]bool{"grommetix.io": true, "quux{d}": true, "blorp.example.com.": true,
		"work": false, "e.g.": false, "Grommetix.io": false, "v1.2": false, "foo.": false} {
		if got := brandLike(w); got != want {
			t.Errorf("brandLike(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestListSep(t *testing.T) {
	for s, want := range map[string]bool{", ": true, ", and ": true, " and ": true, " & ": true, "\tand ": true, ",": false, " or ": false, ", but ": false, "and": false} {
		if got := listSep(s); got != want {
			t.Errorf("listSep(%q) = %v, want %v", s, got, want)
		}
	}
}
