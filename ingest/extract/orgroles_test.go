package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestRoleAffiliations(t *testing.T) {
	tests := []struct {
		name, text string
		links      []string
		org        string    // "" if no organisation
		aff        [2]string // person, org ("" if none)
	}{
		{"role at, capitalised", "Then Jane Quimby, a backend developer at Grommetix, spoke about queues.", nil, "Grommetix", [2]string{"Jane Quimby", "Grommetix"}},
		{"role at, lower-case name", "The demo was given by Jane Quimby, software engineer at frobware.", nil, "frobware", [2]string{"Jane Quimby", "frobware"}},
		{"role at, braces in the name", "Then Jane Quimby (yours truly), fullstack developer at blorp{x}, closed the day.", nil, "blorp{x}", [2]string{"Jane Quimby", "blorp{x}"}},
		{"role at, a common word", "Jane Quimby, an engineer at heart, told stories.", nil, "", [2]string{}},
		{"role at, no person", "Every developer at frobware uses it.", nil, "", [2]string{}},
		{"role at, two persons", "Jane Quimby and John Voss, developers at frobware, spoke.", nil, "", [2]string{}},
		{"apposition after the organisation", "We heard the professor at Grommetix University, Daniel Okafor, on graphs.", nil, "Grommetix University", [2]string{"Daniel Okafor", "Grommetix University"}},
		{"apposition after University of", "With this, the professor at University of Ghent, Daniel Okafor, opened the day.", nil, "University of Ghent", [2]string{"Daniel Okafor", "University of Ghent"}},
		{"booth of a weak brand", "I got a book from the stand of Quuxcorp today.", nil, "Quuxcorp", [2]string{}},
		{"from a homepage link", "The last talk was by Jane Quimby from Grommetix on caches.", []string{"Grommetix|https://grommetix.example/"}, "Grommetix", [2]string{"Jane Quimby", "Grommetix"}},
		{"CEO of a homepage link", "We met Jane Quimby, CEO of Frob Works, in the hallway.", []string{"Frob Works|https://frobworks.example/"}, "Frob Works", [2]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := orgX().Extract(mkdoc("T", tt.text, tt.links...))
			got := names(r, vocab.Organization)
			if tt.org == "" && len(got) > 0 || tt.org != "" && !has(got, tt.org) {
				t.Fatalf("organizations %q, want %q", got, tt.org)
			}
			if tt.aff[0] != "" && !rel(r, Affiliation, tt.aff[0], tt.aff[1]) {
				t.Errorf("no affiliation %s -> %s", tt.aff[0], tt.aff[1])
			}
			if has(names(r, vocab.Project), tt.org) {
				t.Errorf("projects %q: the organisation is no project", names(r, vocab.Project))
			}
		})
	}
}

func TestHomeLinkContext(t *testing.T) {
	tests := []struct {
		name, text, link string
		project, org     string
	}{
		{"a product", "We now deploy with Frobulator every day.", "Frobulator|https://frobulator.example/", "Frobulator", ""},
		{"a venue after at", "Dinner was at the Blue Lamp near the station.", "Blue Lamp|https://bluelamp.example/", "", ""},
		{"a programme page", "My favourite was Quiet Caches this year.", "Quiet Caches|https://conf.example/program/sessions/quiet-caches-12", "", ""},
		{"sponsored by", "The party was sponsored by Grommetix again.", "Grommetix|https://grommetix.example/", "", "Grommetix"},
		{"an event's name", "Next month I will be at WidgetCon Europe again.", "WidgetCon Europe|https://widgetcon.example/", "", ""},
		{"a known series", "We all went to FOSDEM together.", "FOSDEM|https://fosdem.org/", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := orgX().Extract(mkdoc("T", tt.text, tt.link))
			ps, os := names(r, vocab.Project), names(r, vocab.Organization)
			if tt.project == "" && len(ps) > 0 || tt.project != "" && !has(ps, tt.project) {
				t.Errorf("projects %q, want %q", ps, tt.project)
			}
			if tt.org == "" && len(os) > 0 || tt.org != "" && !has(os, tt.org) {
				t.Errorf("organizations %q, want %q", os, tt.org)
			}
		})
	}
}

func TestHomeLinkVenue(t *testing.T) {
	r := orgX().Extract(mkdoc("T", "Great noodles at Blue Lamp tonight!", "Blue Lamp|https://bluelamp.example/"))
	if ps := names(r, vocab.Project); len(ps) > 0 {
		t.Errorf("projects %q: a venue is no project", ps)
	}
}

// A handle linked inside an embedded tweet's markup is not a person of the
// post.
func TestEmbeddedTweetHandle(t *testing.T) {
	r := orgX().Extract(mkdoc("T", "Great sprint today @widgetconf! pic.example/xyz", "@widgetconf|https://twitter.com/widgetconf?ref_src=twsrc%5Etfw"))
	if ps := names(r, vocab.Person); len(ps) > 0 {
		t.Errorf("persons %q: an embedded tweet's handle is none", ps)
	}
}

// "<Word> of <Name>" names one organisation; the name after "of" is no
// place of its own.
func TestOrgOfName(t *testing.T) {
	tests := []struct{ text, org string }{
		{"She teaches at the University of Ghent these days.", "University of Ghent"},
		{"The University of Ghent hosted the sprint.", "University of Ghent"},
		{"Funding came from the Ministry of Widgets and Gadgets last year.", "Ministry of Widgets and Gadgets"},
	}
	for _, tt := range tests {
		r := orgX().Extract(mkdoc("T", tt.text))
		if got := names(r, vocab.Organization); len(got) != 1 || got[0] != tt.org {
			t.Errorf("%q: organizations %q, want %q", tt.text, got, tt.org)
		}
		if ps := names(r, vocab.Place); len(ps) > 0 {
			t.Errorf("%q: places %q, want none", tt.text, ps)
		}
	}
}
