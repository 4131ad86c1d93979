package extract

import (
	"net/url"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// What the words before a homepage link say it identifies (projects.go
// makes a Project of any other homepage link whose anchor names a product):
//   - "Jane Roe from [Acme](…)", "the CEO of [Acme](…)", "an engineer at
//     [Acme](…)", "sponsored by [Acme](…)": an organisation;
//   - "at (the) [Blue Lamp](…)": a venue, no product (but "a look at");
//   - a link to a page of a programme ("/program/sessions/…", "/talks/…",
//     "/speakers/…"): a talk or a speaker, no product.

// homeOrg is what homeLinkContext decides.
type homeUse int

const (
	homeProduct homeUse = iota
	homeOrganization
	homeNothing
)

// orgRoleWords are the nouns of a person's role at an organisation ("the
// CEO of Acme", "a frontend developer at Acme").
var orgRoleWords = wordSet("engineer", "engineers", "developer", "developers", "employee", "employees", "ceo", "cto", "cfo", "coo", "vp", "founder", "founders", "co-founder", "cofounder", "researcher", "researchers", "maintainer", "maintainers", "representative", "staff", "professor", "lecturer", "scientist", "scientists", "architect", "manager", "director", "head", "lead", "evangelist", "advocate", "consultant", "intern", "student", "students", "designer", "programmer", "president", "chair", "colleague", "colleagues", "member", "members", "team", "hacker", "hackers")

// lookWords come before "at" when it does not name a place ("a look at").
var lookWords = wordSet("look", "looked", "looking", "looks", "glance", "peek", "glimpse", "hard", "good", "closer", "deeper", "available", "hosted", "found")

// homeLinkContext tells what homepage link l names, by the words before it
// in its sentence and by its path.
func (b *builder) homeLinkContext(l linkInfo) homeUse {
	if programmePage(l.url) || b.eventAnchor(trimPunct(l.anchor)) || b.notProductLink(l) {
		return homeNothing
	}
	sent := b.sentence(l.start)
	lo := max(sent.Start, l.start-60)
	raw := strings.TrimRight(b.text[lo:l.start], " \t")
	raw = strings.TrimSuffix(raw, " the")
	conn := strings.ToLower(lastWord(raw))
	before := strings.Trim(lastWord(strings.TrimRight(strings.TrimSuffix(raw, lastWord(raw)), " \t")), ",;:()\"'[]`*_")
	role := orgRoleWords[strings.ToLower(before)]
	if b.orgAnchor(l) || b.orgCuedLink(l) {
		return homeOrganization
	}
	switch conn {
	case "by":
		if madeByWords[strings.ToLower(before)] {
			return homeOrganization
		}
	case "from":
		// "Jane Roe from [Acme]": a name or a role noun before "from"
		if role || isNameToken(before) && !leadStop[before] {
			return homeOrganization
		}
	case "of", "for":
		if role {
			return homeOrganization
		}
	case "at":
		if role {
			return homeOrganization
		}
		// "we (here) at [Acme]", "all people at [Acme]", "At [Acme], we …":
		// the writer's organisation
		if weAtWords[strings.ToLower(before)] || strings.EqualFold(before, "here") || raw == lastWord(raw) && b.firstPersonAfter(l.end) {
			return homeOrganization
		}
		// "dinner at the Blue Lamp", "burgers at Blue Lamp": a venue ("a
		// look at X" is not)
		if !lookWords[strings.ToLower(before)] {
			return homeNothing
		}
	}
	if namelessLink(l) {
		return homeNothing // "[Portuguese](https://forms.example/c/x1y2)"
	}
	return homeProduct
}

// programmePage tells whether a URL's path is a page of a conference
// programme: a session, a talk or a speaker.
func programmePage(u string) bool {
	pu, err := url.Parse(u)
	if err != nil {
		return false
	}
	p := strings.ToLower(pu.Path)
	// a segment of programmeSegments between two slashes, the path not
	// ending with that segment and its slash: one pass over the slashes
	// (no segment word holds one)
	for i := strings.IndexByte(p, '/'); i >= 0; {
		j := strings.IndexByte(p[i+1:], '/')
		if j < 0 {
			break
		}
		j += i + 1
		if seg := p[i+1 : j]; programmeSegments[seg] && !strings.HasSuffix(p, p[i:j+1]) {
			return true
		}
		i = j
	}
	return false
}

// programmeSegments are the path segments of a programme's pages (a
// talk's, a speaker's, a session's).
var programmeSegments = wordSet("session", "sessions", "talk", "talks", "speaker", "speakers", "schedule", "program", "programme", "agenda", "proposals")

// homeOrgLink makes an Organization of homepage link l (its anchor names
// it, the link identifies it).
func (b *builder) homeOrgLink(l linkInfo) {
	a := trimPunct(l.anchor)
	if a == "" || isGenericAnchor(a) || looksLikeURL(a) || len(strings.Fields(a)) > 5 {
		return
	}
	if b.isTerm(a, vocab.Place, vocab.Technology) {
		return
	}
	i, ok := b.lookup(vocab.Organization, fold(a))
	if !ok {
		i = b.entity(vocab.Organization, a, fold(a))
	}
	e := &b.res.Entities[i]
	e.SameAs = AppendUnique(e.SameAs, l.url)
	k := strings.Index(b.text[l.start:l.end], a)
	if k < 0 {
		return
	}
	b.mention(i, l.start+k, l.start+k+len(a), "organization:homepage-link", 0.7)
	b.claim(l.start+k, l.start+k+len(a))
}

// embedChrome tells whether a profile link is part of an embedded post's
// markup (a tweet's "— Name (@handle)" line carries ref_src=twsrc).
func embedChrome(u string) bool {
	return strings.Contains(u, "ref_src=twsrc")
}

// eventAnchor tells whether a homepage link's anchor names an event: a
// known conference series, or a name with a conference word ("AcmeConf",
// "Acme Summit Europe").
func (b *builder) eventAnchor(a string) bool {
	if b.x.series[strings.ToLower(a)] != "" {
		return true
	}
	for _, w := range strings.Fields(a) {
		lw := strings.ToLower(w)
		if eventWords[lw] || len(w) > 4 && (strings.HasSuffix(w, "Con") || strings.HasSuffix(w, "Conf") || strings.HasSuffix(w, "Camp") || strings.HasSuffix(w, "Fest")) {
			return true
		}
	}
	return false
}

// eventWords name a gathering in an event's name.
var eventWords = wordSet("summit", "conference", "conf", "camp", "days", "meetup", "festival", "hackathon", "hackfest", "sprint", "devroom", "workshop", "symposium", "expo", "forum", "congress", "week")

// firstPersonAfter tells whether ", we", ", our" or ", I" follows pos ("At
// [Acme], we try …").
func (b *builder) firstPersonAfter(pos int) bool {
	r := b.lower[pos:min(len(b.lower), pos+8)]
	r, ok := strings.CutPrefix(r, ", ")
	return ok && (firstPerson(r) || strings.HasPrefix(r, "our "))
}

// linkOrgWords end the anchor of a link to an organisation's homepage
// ("Gondor Linux Users Group", "Acme Foundation").
var linkOrgWords = wordSet("group", "foundation", "association", "society", "club", "institute", "university", "consortium", "alliance", "council", "committee", "inc", "inc.", "ltd", "ltd.", "gmbh", "corporation", "corp", "collective", "cooperative", "e.v.")

// orgAnchor tells whether homepage link l names an organisation by its
// words: an anchor of capitalised words ending in a corporate word, or one
// the text calls a body with members ("fellow [Acme] members").
func (b *builder) orgAnchor(l linkInfo) bool {
	a := trimPunct(l.anchor)
	toks := strings.Fields(a)
	if len(toks) >= 2 && linkOrgWords[strings.ToLower(toks[len(toks)-1])] {
		for _, w := range toks {
			if !capWord(w) && w != "of" && w != "for" && w != "the" && w != "and" {
				return false
			}
		}
		return true
	}
	after := b.lower[l.end:min(len(b.lower), l.end+10)]
	return len(toks) >= 1 && (strings.HasPrefix(after, " members") || strings.HasPrefix(after, " member ") || strings.HasPrefix(after, " member,") || strings.HasPrefix(after, " member."))
}
