package extract

import "strings"

// A homepage link whose anchor is a person's name or a show's is no
// project, whatever the page (projects.go):
//   - an honorific leads the anchor: "[Prof. Jane Roe](…)", "[Dr Roe](…)";
//   - the words before it speak of a person: "my friend [Max](…)",
//     "meeting [Max](…) and Moe", "thanks to [Max](…)";
//   - a noun of a show follows: "the [Widget Hour](…) podcast".

// honorifics lead a person's name.
var honorifics = wordSet("prof", "prof.", "professor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame")

// personLeads are the words right before a name that say it is a
// person's.
var personLeads = wordSet("friend", "friends", "buddy", "colleague", "colleagues", "met", "meet", "meeting", "thank", "thanks", "congrats", "congratulations", "hi", "hello", "husband", "wife", "partner", "boss", "mentor", "talked", "chatted")

// showNouns follow the name of a show, not of software.
var showNouns = wordSet("podcast", "podcasts", "show", "radio", "newsletter", "magazine", "webcast", "vlog", "episode")

// homeAnchorUse is what a homepage link's anchor names, by its words and
// the words around it.
type homeAnchorUse int

const (
	anchorProduct homeAnchorUse = iota // maybe a project (projects.go decides)
	anchorPerson
	anchorShow
)

// personOrShowAnchor tells whether homepage link l names a person or a
// show, and the person's name without an honorific.
func (b *builder) personOrShowAnchor(l linkInfo) (homeAnchorUse, string) {
	a := trimPunct(l.anchor)
	toks := strings.Fields(a)
	if len(toks) == 0 {
		return anchorProduct, ""
	}
	if showNouns[strings.ToLower(nextWord(b.text, l.end))] {
		return anchorShow, ""
	}
	if honorifics[strings.ToLower(toks[0])] && len(toks) > 1 && len(toks) <= 4 && allCap(toks[1:]) {
		return anchorPerson, strings.Join(toks[1:], " ")
	}
	if len(toks) > 3 || !allCap(toks) {
		return anchorProduct, ""
	}
	prev := strings.ToLower(prevWord(b.text, l.start))
	if prev == "to" { // "thanks to [Max]"
		pre := strings.TrimRight(b.lower[max(0, l.start-12):l.start], " \t")
		if strings.HasSuffix(pre, "thanks to") {
			return anchorPerson, a
		}
	}
	if personLeads[prev] {
		return anchorPerson, a
	}
	return anchorProduct, ""
}

// allCap tells whether every token is capitalised.
func allCap(toks []string) bool {
	for _, t := range toks {
		if !capWord(t) {
			return false
		}
	}
	return true
}

// homePerson makes a Person of homepage link l that names one: the page
// identifies the person.
func (b *builder) homePerson(l linkInfo, name string) {
	i := b.person(name)
	e := &b.res.Entities[i]
	e.SameAs = AppendUnique(e.SameAs, l.url)
	if a := trimPunct(l.anchor); a != name {
		e.Aliases = AppendUnique(e.Aliases, a)
	}
	b.mention(i, l.start, l.end, "person:homepage-link-context", 0.65)
}
