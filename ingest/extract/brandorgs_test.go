package extract

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx"
)

func TestBrandAsOrganization(t *testing.T) {
	bl := fakeLexicon{"Zorbware": vocab.Technology, "Quuxsoft": vocab.Technology, "Frobly": vocab.Technology, "Python": vocab.Technology}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		text      string
		orgs, not []string // Organizations; names that must be no Technology
		tech      []string // Technologies kept
	}{
		{"The panel was chaired by Zorbware, Quuxsoft, Frobly, and others.", []string{"Frobly", "Quuxsoft", "Zorbware"}, []string{"Zorbware", "Quuxsoft", "Frobly"}, nil},
		{"The dinner was sponsored by Zorbware and Quuxsoft this year.", []string{"Quuxsoft", "Zorbware"}, []string{"Zorbware", "Quuxsoft"}, nil},
		{"Since last year she works for Zorbware in the lab.", []string{"Zorbware"}, []string{"Zorbware"}, nil},
		{"Our booth was organised by Jane Roe and Zorbware together.", []string{"Zorbware"}, []string{"Zorbware"}, nil},
		{"A few fellow Zorbware members joined us for lunch.", []string{"Zorbware"}, []string{"Zorbware"}, nil},
		{"Some Quuxsoft employees came to the booth.", []string{"Quuxsoft"}, []string{"Quuxsoft"}, nil},
		{"The service is powered by Zorbware and Quuxsoft.", nil, nil, []string{"Quuxsoft", "Zorbware"}},      // software powers things
		{"The site is backed by Zorbware, which is fast.", nil, nil, []string{"Zorbware"}},                    // and backs them
		{"The panel was chaired by people who use Zorbware daily.", nil, nil, []string{"Zorbware"}},           // not in the list
		{"She works for a company that ships Python and Zorbware.", nil, nil, []string{"Python", "Zorbware"}}, // a phrase between
		{"The talk was given by Jane Roe. Zorbware was the subject of it.", nil, nil, []string{"Zorbware"}},   // another sentence
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		orgs, tech := names(r, vocab.Organization), names(r, vocab.Technology)
		if strings.Join(orgs, ",") != strings.Join(tt.orgs, ",") {
			t.Errorf("%q: organizations %q, want %q", tt.text, orgs, tt.orgs)
		}
		for _, n := range tt.not {
			if has(tech, n) {
				t.Errorf("%q: technology %q, want none", tt.text, n)
			}
		}
		for _, n := range tt.tech {
			if !has(tech, n) {
				t.Errorf("%q: no technology %q (technologies %q)", tt.text, n, tech)
			}
		}
		for _, e := range r.Entities {
			if e.Class == vocab.Organization && len(e.SameAs) > 0 {
				t.Errorf("%q: organization %q has the software's identifiers %q", tt.text, e.Name, e.SameAs)
			}
		}
	}
}

func TestWordNameHead(t *testing.T) {
	bl := fakeLexicon{"Thyme": vocab.Technology, "Zorb": vocab.Technology, "Swift": vocab.Technology, "Gems": vocab.Technology}
	dict := map[string]bool{"thyme": true, "swift": true, "gem": true, "desk": true, "festival": true, "valley": true, "for": true}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, Word: func(w string) bool { return dict[w] }})
	tests := []struct {
		text string
		tech bool // Thyme or Swift stays a Technology
		name string
	}{
		{"On stage we saw Thyme Quimby (of Zorb) argue.", false, "Thyme"},
		{"The report was written in Thyme and checked by hand.", true, "Thyme"},
		{"We moved the scripts to Thyme Desk last year.", true, "Thyme"},   // a word follows
		{"We were back from the Thyme Festival by then.", false, "Thyme"},  // a gathering's name
		{"They live in Swift Valley near the lake.", false, "Swift"},       // a place's name
		{"The app is written in Swift Gems for now.", true, "Swift"},       // a name of the vocabulary follows
		{"They use the Swift Zorbkit library every day.", true, "Swift"},   // a software noun after the pair
		{"Thyme Quimby Talks About Storage At Scale Today", true, "Thyme"}, // title case says nothing
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		if got := has(names(r, vocab.Technology), tt.name); got != tt.tech {
			t.Errorf("%q: technology %q = %v, want %v", tt.text, tt.name, got, tt.tech)
		}
	}
}

func TestMakerPhrase(t *testing.T) {
	bl := fakeLexicon{"Quuxcorp": vocab.Organization, "Zorb": vocab.Technology}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}})
	tests := []struct {
		text string
		org  bool   // Quuxcorp is an Organization of the post
		tech string // a Technology the post names, if any
	}{
		{"I mentor two Quuxcorp Season of Learning students this year.", false, ""},
		{"I mentor two students from Quuxcorp this year.", true, ""},
		{"She met the Quuxcorp people for lunch.", true, ""},                                                  // no name follows
		{"The Quuxcorp Zorb of Doom was fun.", true, ""},                                                      // a name of the vocabulary follows
		{"Quuxcorp Season Of Learning Results Are Out Now", true, ""},                                         // title case says nothing
		{"It implements Quuxcorp Exchange Server and Exchange protocols.", false, "Quuxcorp Exchange Server"}, // a product, then a list
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		if got := has(names(r, vocab.Organization), "Quuxcorp"); got != tt.org {
			t.Errorf("%q: organization Quuxcorp = %v, want %v (organizations %q)", tt.text, got, tt.org, names(r, vocab.Organization))
		}
		if tt.tech != "" && !has(names(r, vocab.Technology), tt.tech) {
			t.Errorf("%q: no technology %q (technologies %q)", tt.text, tt.tech, names(r, vocab.Technology))
		}
	}
}

// idLexicon is fakeLexicon with an identifier for every name.
type idLexicon map[string]vocab.Class

func (l idLexicon) Find(text string) []Term {
	ts := fakeLexicon(l).Find(text)
	for i := range ts {
		ts[i].SameAs = []string{"https://encyclopedia.example/" + ts[i].Name}
	}
	return ts
}

func TestTermSameAsOfItsClass(t *testing.T) {
	bl := idLexicon{"Zorbware": vocab.Technology, "Quuxtown": vocab.Place, "Frobcorp": vocab.Organization}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}})
	tests := []struct {
		text  string
		links []string
		class vocab.Class
		name  string
		want  bool // the entity has the term's identifier
	}{
		{"The panel was chaired by Zorbware this year. Later Zorbware was there.", nil, vocab.Organization, "Zorbware", false},
		{"We love Zorbware, it runs everywhere.", nil, vocab.Technology, "Zorbware", true},
		{"We met in Quuxtown for the weekend.", nil, vocab.Place, "Quuxtown", true},
		{"Then Jane Roe from Frobcorp talked.", nil, vocab.Organization, "Frobcorp", true},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text, tt.links...))
		found := false
		for _, e := range r.Entities {
			if e.Class != tt.class || e.Name != tt.name {
				continue
			}
			found = true
			if got := has(e.SameAs, "https://encyclopedia.example/"+tt.name); got != tt.want {
				t.Errorf("%q: %s %q has the identifier: %v, want %v (sameAs %q)", tt.text, tt.class, tt.name, got, tt.want, e.SameAs)
			}
		}
		if !found {
			t.Errorf("%q: no %s %q (entities %+v)", tt.text, tt.class, tt.name, r.Entities)
		}
	}
	for _, c := range []struct {
		ec, tc vocab.Class
		want   bool
	}{
		{vocab.Project, vocab.Technology, true}, {vocab.Technology, vocab.Technology, true}, {vocab.Project, vocab.Place, false},
		{vocab.Organization, vocab.Technology, false}, {vocab.Project, vocab.Organization, false}, {vocab.Place, vocab.Place, true},
	} {
		if got := termSameAs(c.ec, c.tc); got != c.want {
			t.Errorf("termSameAs(%s, %s) = %v, want %v", c.ec, c.tc, got, c.want)
		}
	}
}

func TestOrgCuedHomepageLink(t *testing.T) {
	x := newX()
	tests := []struct {
		text, anchor string
		org          bool // an Organization, else a Project
	}{
		{"The port is funded by Quuxsoft and Zorbware.", "Zorbware", true},
		{"Then the company Zorbware paid for the hosting.", "Zorbware", true},
		{"Thanks go to Zorbware, who lent us a server.", "Zorbware", true},
		{"Thanks to our sponsor Zorbware for the coffee.", "Zorbware", true},
		{"Thanks go to Zorbware, which built our docs in seconds.", "Zorbware", false},
		{"The work was done with Quuxsoft and Zorbware since then.", "Zorbware", false},
		{"The build uses Zorbware these days.", "Zorbware", false},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text, tt.anchor+"|https://zorbware.example/"))
		if got := has(names(r, vocab.Organization), tt.anchor); got != tt.org {
			t.Errorf("%q: organization %q = %v, want %v (projects %q)", tt.text, tt.anchor, got, tt.org, names(r, vocab.Project))
		}
		if !tt.org && !has(names(r, vocab.Project), tt.anchor) {
			t.Errorf("%q: no project %q (projects %q)", tt.text, tt.anchor, names(r, vocab.Project))
		}
	}
}

func TestOrgNameAfterSentenceEnd(t *testing.T) {
	tests := []struct{ text, want string }{
		{"we gave it to Zorb. The Quux Foundation is", "The Quux Foundation is"},
		{"J. Quux Foundation", "J. Quux Foundation"},
		{"Quux Foundation", "Quux Foundation"},
		{"St. Zorb Institute", "St. Zorb Institute"},
	}
	for _, tt := range tests {
		if got := tt.text[afterSentenceEnd(tt.text, 0, len(tt.text)):]; got != tt.want {
			t.Errorf("afterSentenceEnd(%q) leaves %q, want %q", tt.text, got, tt.want)
		}
	}
	r := newX().Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. We gave it to Zorbl. The Quux Foundation is using it."))
	if orgs := names(r, vocab.Organization); !has(orgs, "Quux Foundation") || has(orgs, "Zorbl. The Quux Foundation") {
		t.Errorf("organizations %q, want Quux Foundation", orgs)
	}
}

func TestMakerNameInPersonList(t *testing.T) {
	bl := fakeLexicon{"Zorbco": vocab.Organization}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		text string
		tech string // the product made of the maker's name, "" for none
	}{
		{"Thanks to Jane Roe, Zorbco Quimby, and John Doe for the review.", ""},
		{"Thanks to Zorbco Quimby, John Doe and Ana Lima for the review.", ""},
		{"We run Zorbco Widgetserver in production.", "Zorbco Widgetserver"},
		{"We run Zorbco Widgetserver and Jane Roe likes it.", "Zorbco Widgetserver"}, // "and" joins clauses, no person item
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		tech := names(r, vocab.Technology)
		if tt.tech == "" && len(tech) > 0 || tt.tech != "" && !has(tech, tt.tech) {
			t.Errorf("%q: technologies %q, want %q", tt.text, tech, tt.tech)
		}
	}
}

// anyLexicon matches its names anywhere, a hyphen after them too.
type anyLexicon map[string]vocab.Class

func (l anyLexicon) Find(text string) []Term {
	var out []Term
	for name, c := range l {
		for off := 0; ; {
			k := strings.Index(text[off:], name)
			if k < 0 {
				break
			}
			out = append(out, Term{Start: off + k, End: off + k + len(name), Name: name, Class: c})
			off += k + len(name)
		}
	}
	return out
}

func TestIdentifierScheme(t *testing.T) {
	bl := anyLexicon{"ZVE": vocab.Technology}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}})
	tests := []struct {
		text string
		want bool
	}{
		{"The flaw is tracked as ZVE-2023-38497 upstream.", false},
		{"See ZVE-2019-0001 and ZVE-2019-0002 for details.", false},
		{"The ZVE database lists known flaws.", true},
		{"The ZVE list of 2019 has 1234 entries.", true},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		if got := has(names(r, vocab.Technology), "ZVE"); got != tt.want {
			t.Errorf("%q: technology ZVE = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestForgeAsPlatform(t *testing.T) {
	bl := fakeLexicon{"Codeberg": vocab.Organization}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		text string
		org  bool // an Organization, else a Technology
	}{
		{"When Codeberg opened, the project moved its code there.", false},
		{"We compared forges like Codeberg and others.", false},
		{"Then Jane Roe from Codeberg talked about search.", true},
		{"Our dinner was sponsored by Codeberg this year.", true},
		{"Several Codeberg employees were at the booth.", true},
	}
	// a service's noun after it: neither (dropServiceOrgs)
	r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. We counted Codeberg repositories of two teams."))
	if has(names(r, vocab.Organization), "Codeberg") || has(names(r, vocab.Technology), "Codeberg") {
		t.Errorf("Codeberg repositories: organizations %q, technologies %q, want neither", names(r, vocab.Organization), names(r, vocab.Technology))
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		org, tech := has(names(r, vocab.Organization), "Codeberg"), has(names(r, vocab.Technology), "Codeberg")
		if org != tt.org || tech == tt.org {
			t.Errorf("%q: organization %v, technology %v; want organization %v", tt.text, org, tech, tt.org)
		}
	}
}

// TestOrgListBeforeWords compares orgListBefore with its regexps alone
// (orgListBeforeRegexp) at every position of random sentences of cue
// words, capitalised names, separators and blanks, with case, non-ASCII
// folds of the cues' letters and sentence ends mixed in.
func TestOrgListBeforeWords(t *testing.T) {
	words := []string{"chaired", "Sponsored", "co-sponsored", "cosponsored", "organized", "ORGANISED", "funded", "acquired", "bought", "employed", "hired",
		"by", "BY", "By", "bye", "works", "work", "worked", "working", "wor\u212as", "\u017fponsored", "at", "AT", "for", "For", "fort", "of", "from", "From",
		"employees", "engineers", "sponsored by", "works at", "hired  by", "employees of", "engineers from", "and", "And", "or", "OR", "&", ",", ", and", "Zorbware", "Quux", "Frob.ly", "Zorbware", "Quux", "Frob", "Zorb Quux", "C++", "x-Y", "é", "Éva", "the", "we", "Jane", "Roe", ".", "!", "at.", "by,"}
	blanks := []string{" ", "  ", "\t", "\n", "\v", "\u00a0", "", " \n "}
	rng := rand.New(rand.NewSource(11))
	cues := []*regexp.Regexp{reOrgAgentCue, reOrgByCue}
	yes, checks := 0, 0
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := 5 + rng.Intn(60); k > 0; k-- {
			sb.WriteString(words[rng.Intn(len(words))])
			sb.WriteString(blanks[rng.Intn(len(blanks))])
		}
		text := sb.String()
		b := &builder{text: text, lower: lowerASCII(text), sents: Sentences(text)}
		for pos := 0; pos <= len(text); pos++ {
			for _, cue := range cues {
				want := b.orgListBeforeRegexp(pos, cue)
				if got := b.orgListBefore(pos, cue); got != want {
					t.Fatalf("orgListBefore(%q, %q) = %v, regexps alone %v", text[:pos], cue, got, want)
				}
				if pos > 0 && text[pos-1] == ' ' {
					checks++
				}
				if want {
					yes++
				}
			}
		}
	}
	if yes < checks/50 {
		t.Errorf("%d matches in %d positions after a space: the comparison is weak", yes, checks)
	}
}
