package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestNotSoftwareRepo(t *testing.T) {
	for n, want := range map[string]bool{"lang-team": true, "wg-governance": true, "awesome-widgets": true, "book": true, "rfcs": true, "widgetd": false, "teamcity-agent": false, "booklet": false,
		"quux-guide": true, "zorb-api-guidelines": true, "quux-slides": true, "zorbconf-2019": true, "all-hands-2019-quux": true, "quux-summer-of-code": true, "quux-sprint-2020": true,
		"widgetd-2019": false, "zorb-example": false, "guidebook-server": false} {
		if got := notSoftwareRepo(n); got != want {
			t.Errorf("notSoftwareRepo(%q) = %v, want %v", n, got, want)
		}
	}
}

// TestLinksNoProject: links to team repositories, API items and a site's
// own address make no Project; a product's homepage does.
func TestLinksNoProject(t *testing.T) {
	x := newX()
	tests := []struct {
		name, text, link, want string
		found                  bool
	}{
		{"team repository", "Ask the lang team about it.", "lang team|https://github.com/acme-lang/lang-team", "lang team", false},
		{"program repository", "We use widgetd for it.", "widgetd|https://github.com/acme/widgetd", "widgetd", true},
		{"API item in a manual", "Use RefCell for that.", "RefCell|https://doc.example.org/std/cell/struct.RefCell.html", "RefCell", false},
		{"dotted key in a manual", "Set build.target in the file.", "build.target|https://doc.example.org/cargo/reference/config.html", "build.target", false},
		{"a site's own address", "Read blog.zorbl.org every week.", "blog.zorbl.org|https://blog.zorbl.org/", "blog.zorbl.org", false},
		{"a product's homepage", "We deploy with Zorbl now.", "Zorbl|https://zorbl.example/", "Zorbl", true},
		{"a product named by its domain", "We host it on zorbl.io now.", "zorbl.io|https://zorbl.io/", "zorbl.io", true},
		{"a known technology with its release", "Then Kubernetes 1.13 came out.", "Kubernetes 1.13|https://kubernetes.example/releases/1.13", "Kubernetes 1.13", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text, tt.link))
			if got := has(names(r, vocab.Project), tt.want); got != tt.found {
				t.Errorf("project %q = %v, want %v (projects %q)", tt.want, got, tt.found, names(r, vocab.Project))
			}
		})
	}
}

// TestEventOrGroupLinksNoProject: a homepage link naming a conference, a
// meetup or a team makes no Project; a product's homepage still does.
func TestEventOrGroupLinksNoProject(t *testing.T) {
	x := newX()
	tests := []struct {
		name, text, link, want string
		found                  bool
	}{
		{"one-word conference name", "Next stop is QuuxConf in spring.", "QuuxConf|https://quuxconf.example/", "QuuxConf", false},
		{"a -Con name", "Many of us went to ZorbCon again.", "ZorbCon|https://zorbcon.example/", "ZorbCon", false},
		{"conference word in the name", "See you at Zorb Summit then.", "Zorb Summit|https://zorb.example/", "Zorb Summit", false},
		{"the site is a conference's", "Then Blorpt happened in the autumn.", "Blorpt|https://blorptconf.example/", "Blorpt", false},
		{"the text calls it a conference", "Quux Gathering is a new conference for this year.", "Quux Gathering|https://quuxgathering.example/", "Quux Gathering", false},
		{"the text gives its edition", "Zorb Belt Zorb will have its third iteration this year.", "Zorb Belt Zorb|https://zorbbelt.example/", "Zorb Belt Zorb", false},
		{"a team", "Ask the Tooling Team about it.", "Tooling Team|https://quux.example/governance/tooling/", "Tooling Team", false},
		{"a product's homepage", "We deploy with Zorbl now.", "Zorbl|https://zorbl.example/", "Zorbl", true},
		{"a product with a conference nearby", "At the conference we saw Blimpify, a new build tool.", "Blimpify|https://blimpify.example/", "Blimpify", true},
		{"a product name ending in con lower-case", "We render it with Falcon now.", "Falcon|https://falcon.example/", "Falcon", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text, tt.link))
			if got := has(names(r, vocab.Project), tt.want); got != tt.found {
				t.Errorf("project %q = %v, want %v (projects %q)", tt.want, got, tt.found, names(r, vocab.Project))
			}
		})
	}
}

func TestEventOrGroupName(t *testing.T) {
	for _, tt := range []struct {
		name, label string
		want        bool
	}{
		{"QuuxConf", "quux", true},
		{"ZorbFest", "zorb", true},
		{"Zorb Days", "zorb", true},
		{"Quux", "quuxconf", true},
		{"Docs Team", "docs", true},
		{"Quux Working Group", "quux", true},
		{"Falcon", "falcon", false},
		{"Beacon", "beacon", false},
		{"Team", "team", false},
		{"Zorbl", "zorbl", false},
	} {
		if got := eventOrGroupName(tt.name, tt.label); got != tt.want {
			t.Errorf("eventOrGroupName(%q, %q) = %v, want %v", tt.name, tt.label, got, tt.want)
		}
	}
}

func TestEventAppositive(t *testing.T) {
	for after, want := range map[string]bool{
		" is a new conference for this year.":  true,
		", a meetup in Zorbtown.":              true,
		" will have its third iteration this":  true,
		" was the first edition.":              true,
		" is an event loop library.":           false,
		" is an event-driven framework.":       false,
		" is a conference management tool.":    false,
		" has a new event system.":             false,
		", a build tool we saw at the summit.": false,
	} {
		if got := eventAppositive(after); got != want {
			t.Errorf("eventAppositive(%q) = %v, want %v", after, got, want)
		}
	}
}

// TestPlainWordsAnchorNoProject: a homepage link whose anchor is only
// English words its address does not carry makes no Project.
func TestPlainWordsAnchorNoProject(t *testing.T) {
	dict := wordSet("applications", "fearless", "sharing", "span", "diesel", "tree", "apply")
	x := New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }, Word: func(w string) bool { return dict[w] }})
	tests := []struct {
		name, text, link, want string
		found                  bool
	}{
		{"a capitalised word to a form", "Applications are open until May.", "Applications|https://reach.quux.example/#apply", "Applications", false},
		{"a post's title", "Read Fearless Sharing from last year.", "Fearless Sharing|https://blog.quux.example/2015/04/10/fearless-sharing.html", "Fearless Sharing", false},
		{"an item of a manual", "Each token has a Span attached.", "Span|https://doc.quux.example/macro/struct.Span.html", "Span", false},
		{"a word that is the site's name", "We query it with Diesel now.", "Diesel|https://diesel.example/", "Diesel", true},
		{"words the site's name joins", "We index it with Zorb Tree now.", "Zorb Tree|https://zorbtree.example/", "Zorb Tree", true},
		{"a word in the first path segment", "We index it with Tree now.", "Tree|https://quux.example/tree/", "Tree", true},
		{"no English word", "We deploy with Zorbl now.", "Zorbl|https://quux.example/", "Zorbl", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text, tt.link))
			if got := has(names(r, vocab.Project), tt.want); got != tt.found {
				t.Errorf("project %q = %v, want %v (projects %q)", tt.want, got, tt.found, names(r, vocab.Project))
			}
		})
	}
}

// TestNotProjectPageLinks: links to an API item, an article, a team's or a
// person's page make no Project; a program's own pages still do.
func TestNotProjectPageLinks(t *testing.T) {
	x := newX()
	tests := []struct {
		name, text, link, want string
		found                  bool
	}{
		{"an API item file", "Implement Zorder for it.", "Zorder|https://quux.example/zorb/cmp/trait.Zorder.html", "Zorder", false},
		{"an article on a blog host", "Read about ZIR first.", "ZIR|https://blog.quux.example/2016/04/19/zir.html", "ZIR", false},
		{"a team page", "Ask zorb-docs about it.", "zorb-docs|https://quux.example/governance/teams", "zorb-docs", false},
		{"a person's about page", "Thanks to Zorbwise for it.", "Zorbwise|https://quux.example/about/", "Zorbwise", false},
		{"the program's own blog", "We deploy with Zorbl now.", "Zorbl|https://zorbl.example/blog/2019/05/", "Zorbl", true},
		{"the program's page on a host", "We deploy with Zorbl now.", "Zorbl|https://quux.example/zorbl/news/", "Zorbl", true},
		{"a program's release", "We deploy with Widgetd v2.0 now.", "Widgetd v2.0|https://widgetd.example/", "Widgetd", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text, tt.link))
			if got := has(names(r, vocab.Project), tt.want); got != tt.found {
				t.Errorf("project %q = %v, want %v (projects %q)", tt.want, got, tt.found, names(r, vocab.Project))
			}
		})
	}
}

// TestPlainWordsAnchorOwnFolder: a plain-word name that is a folder of the
// linked path (a page of the program's own manual) keeps its Project.
func TestPlainWordsAnchorOwnFolder(t *testing.T) {
	dict := wordSet("cargoship", "changes", "ship")
	x := New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] }, Word: func(w string) bool { return dict[w] }})
	for link, want := range map[string]bool{
		"Cargoship|https://doc.quux.example/nightly/cargoship/CHANGES.html#v1": true,
		"Cargoship|https://doc.quux.example/nightly/changes.html#cargoship":    false,
		"Cargoship|https://doc.quux.example/2019/05/cargoship.html":            false,
	} {
		r := x.Extract(mkdoc("FOSDEM 2019", "See what Cargoship changed.", link))
		if got := has(names(r, vocab.Project), "Cargoship"); got != want {
			t.Errorf("%s: project Cargoship = %v, want %v (projects %q)", link, got, want, names(r, vocab.Project))
		}
	}
}
