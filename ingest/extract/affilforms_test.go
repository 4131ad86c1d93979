package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestAffiliationClauseForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][2]string // person, organisation
		not        [][2]string
	}{
		{name: "who is at", text: "Then Jane Quimby, who is at Zorbix, talked about queues.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "now at", text: "Then Jane Quimby, now at Zorbix, talked about queues.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "currently with", text: "Then Jane Quimby, currently with Zorbix, talked about queues.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "who recently joined", text: "Then Jane Quimby, who recently joined Zorbix, talked about queues.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "one of the developers", text: "Then Jane Quimby, one of the Zorbix developers, talked about queues.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "one of the users", text: "Then Jane Quimby, one of the Zorbix users, talked about queues.",
			not: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "who is at a place", text: "Then Jane Quimby, who is at Ghent this week, talked about queues.",
			not: [][2]string{{"Jane Quimby", "Ghent"}}},
		{name: "who is at a technology", text: "Then Jane Quimby, who is now with Python, talked about queues.",
			not: [][2]string{{"Jane Quimby", "Python"}}},
		{name: "who works on a thing at", text: "Then Jane Quimby, who works on Python at Zorbix, gave a demo.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}, not: [][2]string{{"Jane Quimby", "Python"}}},
		{name: "an engineer with", text: "Then Jane Quimby, an engineer with Zorbix, discussed mainframes.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "an organisation's role", text: "Then we heard from Jane Quimby, a Zorbix data scientist.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "an organisation's product user", text: "Then we heard from Jane Quimby, a Zorbix user since 2010.",
			not: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "represented", text: "Jane Quimby represented Zorbix on the panel.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
		{name: "from an organisation's team", text: "Then Jane Quimby from Zorbix's cloud team presented.",
			want: [][2]string{{"Jane Quimby", "Zorbix"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := orgX().Extract(mkdoc("", tt.text))
			checkAffs(t, r, tt.want, tt.not)
		})
	}
}

// TestWeakBrandPossessive: a weak organisation of two words before a
// possessive and a person's name ("Quux Hat's Jane Quimby") is named there.
func TestWeakBrandPossessive(t *testing.T) {
	x := New(Config{Lexicon: brandLexicon{"Quux Hat": {Class: vocab.Organization, Weak: true}}, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		text string
		want bool
	}{
		{"On Sunday Quux Hat's Jane Quimby showed the roadmap.", true},
		{"On Sunday Quux Hat's new roadmap was shown by Jane Quimby.", false},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("", tt.text))
		if got := rel(r, Affiliation, "Jane Quimby", "Quux Hat"); got != tt.want {
			t.Errorf("%q: affiliation Jane Quimby -> Quux Hat %v, want %v; %v", tt.text, got, tt.want, affs(r))
		}
	}
}

// TestPossessiveOrgName: "from Y's team" names Y, never "Y's".
func TestPossessiveOrgName(t *testing.T) {
	r := orgX().Extract(mkdoc("", "Then Jane Quimby from Blorpware's cloud team presented."))
	for _, n := range names(r, vocab.Organization) {
		if n == "Blorpware's" {
			t.Errorf("organisations %q, want no possessive name", names(r, vocab.Organization))
		}
	}
	if !rel(r, Affiliation, "Jane Quimby", "Blorpware") {
		t.Errorf("no affiliation Jane Quimby -> Blorpware; %v", affs(r))
	}
}

// TestProjectRoleIsNoHomeRole: "our project manager, Maria" names a role
// in a project, not at the writer's organisation; "our CEO, Maria" does.
func TestProjectRoleIsNoHomeRole(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"We love the Zorbix community. At the sprint we needed our designated project manager, Maria Quux, to review the changes.", false},
		{"We love the Zorbix community. At the sprint our CEO, Maria Quux, reviewed the changes.", true},
	}
	for _, tt := range tests {
		d := mkdoc("Conference season", tt.text)
		d.URL = "https://engineering.zorbix.example/posts/conference-season"
		r := orgX().Extract(d)
		if got := rel(r, Affiliation, "Maria Quux", "Zorbix"); got != tt.want {
			t.Errorf("%q: affiliation Maria Quux -> Zorbix %v, want %v; %v", tt.text, got, tt.want, affs(r))
		}
	}
}
