package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Affiliations stated by a person's role (orgs.go reads the cue):
//   - "Jane Roe, software engineer at acmelabs", "colleagues from acme.io":
//     a one-word name in lower case (a company that writes its name so) after
//     a role noun, kept only when the sentence names one person;
//   - "the professor at Acme University, Jane Roe": the person in apposition
//     after the organisation.

// reLowerOrg reads a one-word lower-case name: letters, digits and the
// marks company names use ("acme.io", "acme{x}", "in2acme").
var reLowerOrg = lazyre.New(`^(\p{Ll}[\p{L}\d{}.:&-]*[\p{L}\d}])(?:[ \t,.;:)!?]|$)`)

// lowerOrgStop are the words a role at names no organisation with ("an
// engineer at heart", "a developer at a startup").
var lowerOrgStop = wordSet("a", "an", "the", "this", "that", "these", "some", "any", "our", "their", "his", "her", "my", "your", "its", "every", "one", "two", "all", "home", "work", "heart", "night", "scale", "large", "least", "best", "first", "last", "times", "once", "length", "random", "most", "day", "noon", "present", "several", "many", "various", "different", "other")

// lowerRoleOrg makes an Organization of the lower-case name at ns (after a
// role noun and "at"/"from") when the sentence names one person, and
// relates that person to it.
func (b *builder) lowerRoleOrg(byStart []personMention, sent Span, ns int, near map[int]int) {
	m := reLowerOrg.FindStringSubmatchIndex(b.text[ns:max(ns, min(sent.End, ns+40))])
	if m == nil {
		return
	}
	s, e := ns+m[2], ns+m[3]
	w := b.text[s:e]
	if len(w) < 3 || lowerOrgStop[w] || leadStop[w] || notName[w] || b.isHardClaimed(s, e) || b.inURLAnchor(s) {
		return
	}
	if b.isTerm(w, vocab.Place, vocab.Technology) || b.weakTerm(w, vocab.Technology) {
		return
	}
	p := b.personNear(byStart, sent, near)
	if p < 0 {
		return
	}
	if o := b.orgAt(s, e, "organization:role-lower", 0.6); o >= 0 {
		b.rel(Affiliation, p, o, sent.Start, sent.End, "affiliation:role-at", 0.6)
	}
}

// appositionPerson returns the person named right after the organisation
// that ends at e (", Jane Roe"), or -1: a full name whose first word is a
// known given name.
func (b *builder) appositionPerson(e int, sent Span) int {
	rest := b.text[e:max(e, min(sent.End, e+60))]
	if !strings.HasPrefix(rest, ", ") {
		return -1
	}
	toks := strings.Fields(rest[2:])
	if len(toks) < 2 {
		return -1
	}
	first, last := toks[0], strings.TrimRight(toks[1], ",.;:!?")
	if !isNameToken(first) || !isNameToken(last) || leadStop[first] || notName[last] || b.x.cfg.GivenName == nil || !b.givenName(first) {
		return -1
	}
	name := first + " " + last
	s := e + 2 + strings.Index(rest[2:], first)
	if b.isTerm(name) || b.isHardClaimed(s, s+len(name)) {
		return -1
	}
	i := b.person(name)
	b.mention(i, s, s+len(name), "person:role-apposition", 0.6)
	b.claim(s, s+len(name))
	return i
}

// reOfTail reads the "of <Name>" that continues an organisation's name
// ("University of Gondor").
var reOfTail = lazyre.New(`^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+){0,2}`)

// ofTail returns the end of the name ending at e with its "of <Name>"
// tail, if one follows before limit.
func (b *builder) ofTail(e, limit int) int {
	if m := reOfTail.FindStringIndex(b.text[e:max(e, min(limit, e+60))]); m != nil {
		return e + m[1]
	}
	return e
}
