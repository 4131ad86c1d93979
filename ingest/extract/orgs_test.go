package extract

import (
	"sort"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// brandLexicon knows strong and weak names, matched as whole words.
type brandLexicon map[string]Term

func (bl brandLexicon) Find(text string) []Term {
	var out []Term
	for name, t := range bl {
		for _, at := range wordIndexes(text, name) {
			t.Start, t.End, t.Name = at, at+len(name), name
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func orgX() *Extractor {
	bl := brandLexicon{
		"Quuxcorp": {Class: vocab.Organization, Weak: true},
		"Zorbix":   {Class: vocab.Organization},
		"Python":   {Class: vocab.Technology},
		"Ghent":    {Class: vocab.Place},
	}
	return New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }})
}

func TestOrganizationCues(t *testing.T) {
	tests := []struct {
		name, text string
		orgs       []string
		aff        [2]string // person, org ("" if none)
	}{
		{"we at", "Here we at Blorpware care about users.", []string{"Blorpware"}, [2]string{}},
		{"works at", "We met Jane Quimby, who works at Frobnitz Systems, at lunch.", []string{"Frobnitz Systems"}, [2]string{"Jane Quimby", "Frobnitz Systems"}},
		{"work with is no employer", "We enjoyed working with Grommetix on this, and the work for Blorpware too.", nil, [2]string{}},
		{"made by", "The dashboard was built by Grommetix for the community.", []string{"Grommetix"}, [2]string{}},
		{"made by a person", "The dashboard was built by Jane Quimby last year.", nil, [2]string{}},
		{"role of", "Jane Quimby, an engineer of Blorpware, showed it.", []string{"Blorpware"}, [2]string{"Jane Quimby", "Blorpware"}},
		{"parentheses", "We liked the demo by Jane Quimby (Zorbix) a lot.", []string{"Zorbix"}, [2]string{"Jane Quimby", "Zorbix"}},
		{"weak brand in a slot", "Most of the crowd came from Quuxcorp this year.", []string{"Quuxcorp"}, [2]string{}},
		{"weak brand without context", "Quuxcorp is a word we kept hearing.", nil, [2]string{}},
		{"not a place", "Here we at Ghent had fun.", nil, [2]string{}},
		{"not a technology", "Everything was built by Python scripts.", nil, [2]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := orgX().Extract(mkdoc("T", tt.text))
			got := names(r, vocab.Organization)
			if len(got) != len(tt.orgs) {
				t.Fatalf("organizations %q, want %q", got, tt.orgs)
			}
			for _, o := range tt.orgs {
				if !has(got, o) {
					t.Errorf("organizations %q, want %q", got, tt.orgs)
				}
			}
			if tt.aff[0] != "" && !rel(r, Affiliation, tt.aff[0], tt.aff[1]) {
				t.Errorf("no affiliation %s -> %s", tt.aff[0], tt.aff[1])
			}
		})
	}
}

func TestMakerProduct(t *testing.T) {
	r := orgX().Extract(mkdoc("T", "They run a clone of Zorbix Mail Server on their boxes."))
	if !has(names(r, vocab.Technology), "Zorbix Mail Server") || has(names(r, vocab.Organization), "Zorbix") {
		t.Errorf("technologies %q, organizations %q: want the product, not the maker", names(r, vocab.Technology), names(r, vocab.Organization))
	}
}

func TestServiceOrgs(t *testing.T) {
	bl := brandLexicon{"Blorphub": {Class: vocab.Organization}}
	x := New(Config{Lexicon: bl, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		name, text string
		want       bool
	}{
		{"only a service", "We compared Blorphub repositories by their code. Then we opened Blorphub issues.", false},
		{"a service and the company", "We compared Blorphub repositories. Later Blorphub came along and hosted us.", true},
		{"an affiliation", "Jane Quimby (Blorphub) showed Blorphub actions.", true},
		{"a noun of no service", "We talked about Blorphub culture at lunch.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := len(names(x.Extract(mkdoc("T", tt.text)), vocab.Organization)) > 0
			if got != tt.want {
				t.Errorf("Blorphub an organisation = %v, want %v", got, tt.want)
			}
		})
	}
}
