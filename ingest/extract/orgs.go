package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Organizations and affiliations beyond "X from Y" and corporate suffixes
// (people.go, terms.go):
//   - "we at Y", "I work at/for Y", "X, who works at Y", "an engineer of Y",
//     "X (Y)", "X (@Y)": the person's organisation;
//   - "built/developed/maintained/funded by Y", "Y's engineers", "Y open
//     sourced …": an organisation named in passing.
//
// Y must look like an organisation: a name of the vocabulary (a company or
// brand, weak or not), or a capitalised name with a corporate word, and never
// a place, an event, a person or a technology.

// The cue words, by the connector that follows them ("we at Y").
var (
	weAtWords   = wordSet("we", "us", "i", "folks", "engineer", "engineers", "developer", "developers", "people", "colleague", "colleagues", "employee", "employees", "staff")
	weAtSkip    = wordSet("here", "over", "all")
	worksWords  = wordSet("work", "works", "worked", "working", "employed", "intern", "interns", "interning")
	worksFor    = wordSet("works", "worked", "working") // "work for X" is also a noun's
	madeByWords = wordSet("built", "developed", "maintained", "funded", "backed", "hosted", "organised", "organized", "acquired", "founded", "sponsored")
	roleWords   = wordSet("engineer", "engineers", "developer", "developers", "employee", "employees", "ceo", "cto", "founder", "founders", "co-founder", "co-founders", "researcher", "researchers", "member", "members", "maintainer", "maintainers", "representative", "representatives", "staff")
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// orgContext tells whether a weak Organization term t (a brand) stands
// where the text names an organisation.
func (b *builder) orgContext(t Term) bool {
	pre := b.lower[max(0, t.Start-40):t.Start]
	pre = strings.TrimRight(pre, " \t")
	for _, w := range []string{" at", " from", " by", " joined", " sponsored by", " help of", " employees of", " engineers of", " folks of", " people of", " stand of", " booth of", " team of"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return b.re.reOrgVerb.MatchString(b.text[t.End:min(len(b.text), t.End+30)]) || b.possessivePersonAfter(t.End)
}

// orgCues finds organisations (and affiliations) named with the cues of
// this file. It runs after people: the persons of the post are known. One
// pass per connector word (" at ", " of ", …): the word before it decides
// the cue, and the name after it is read in a short window.
func (b *builder) orgCues() {
	byStart := b.sortedPersons()
	near := map[int]int{}
	for _, conn := range []string{" at ", " of ", " by ", " for "} {
		for from := 0; ; {
			k := strings.Index(b.lower[from:], conn)
			if k < 0 {
				break
			}
			at := from + k
			from = at + 1
			prev := strings.ToLower(strings.Trim(prevWord(b.lower, at+1), ",;:()\"'"))
			if prev == "" {
				continue
			}
			first := ""
			if weAtSkip[prev] {
				first = strings.ToLower(prevWord(b.lower, at+1-len(prev)-1))
			}
			if !orgCueWord(conn, prev, first) {
				continue // no case below reads this connector
			}
			ns := at + len(conn)
			sent := b.sentence(at)
			var m []int
			if w := b.text[ns:max(ns, min(sent.End, ns+80))]; mayCapName(w) {
				m = b.re.reCapName.FindStringSubmatchIndex(w)
			}
			if m == nil {
				// "Jane Roe, software engineer at acmelabs": a name in
				// lower case after a role at, beside a person
				if (conn == " at " || conn == " from ") && orgRoleWords[prev] {
					b.lowerRoleOrg(byStart, sent, ns, near)
				}
				continue
			}
			s, e := ns+m[2], ns+m[3]
			switch {
			case conn == " at " && (weAtWords[prev] || weAtWords[first]):
				o := b.cuedOrg(s, e, "organization:we-at", true)
				// "we at Y": the post's author speaks for Y
				if o >= 0 && (prev == "we" || prev == "us" || prev == "i" || first == "we" || first == "us") {
					b.affiliateAuthors(o, sent)
				} else if o >= 0 && orgRoleWords[prev] {
					// "Jane Roe, a frontend developer at Y"
					if p := b.personNear(byStart, sent, near); p >= 0 {
						b.rel(Affiliation, p, o, sent.Start, sent.End, "affiliation:role-at", 0.65)
					}
				}
			case conn == " at " && orgRoleWords[prev] && !roleWords[prev]:
				e = b.ofTail(e, sent.End)
				o := b.cuedOrg(s, e, "organization:role-at", true)
				if o >= 0 {
					if p := b.personNear(byStart, sent, near); p >= 0 {
						b.rel(Affiliation, p, o, sent.Start, sent.End, "affiliation:role-at", 0.65)
					} else if p := b.appositionPerson(e, sent); p >= 0 {
						b.rel(Affiliation, p, o, sent.Start, sent.End, "affiliation:role-at", 0.65)
					}
				}
			case conn == " at " && worksWords[prev] || conn == " for " && worksFor[prev]:
				o := b.cuedOrg(s, e, "organization:works-at", true)
				if o < 0 {
					// "works for [Acme](…)": a homepage link's product
					o, _ = b.brandOrgAt(ns, -1)
				}
				if o < 0 {
					continue
				}
				// "Jane Roe, who works at Y": the person just before;
				// "I work at Y": the post's author
				ws := at - len(prev)
				if p := b.personBefore(byStart, ws); p >= 0 {
					b.rel(Affiliation, p, o, sent.Start, sent.End, "affiliation:works-at", 0.7)
				} else if pw := strings.ToLower(prevWord(b.lower, ws)); pw == "i" || pw == "we" || ws <= sent.Start {
					b.affiliateAuthors(o, sent)
				}
			case conn == " by " && madeByWords[prev]:
				// "built by Acme": one capitalised word that is no given name
				// is a maker; longer names must be known or corporate
				loose := !strings.ContainsAny(b.text[s:e], " \t")
				b.cuedOrg(s, e, "organization:made-by", loose)
			case (conn == " of " || conn == " at ") && roleWords[prev]:
				o := b.cuedOrg(s, e, "organization:role-of", true)
				if o >= 0 {
					if p := b.personNear(byStart, sent, near); p >= 0 {
						b.rel(Affiliation, p, o, sent.Start, sent.End, "affiliation:role-of", 0.65)
					}
				}
			}
		}
	}
	// "Jane Roe (Acme)", "Jane Roe (@acme)": a person's organisation in
	// parentheses
	for _, pm := range b.persons {
		if pm.ent < 0 || pm.end >= len(b.text) || !strings.HasPrefix(strings.TrimLeft(b.text[pm.end:min(len(b.text), pm.end+3)], " \t"), "(") {
			continue
		}
		m := b.re.reParenOrg.FindStringSubmatchIndex(b.text[pm.end:min(len(b.text), pm.end+64)])
		if m == nil {
			continue
		}
		s, e := pm.end+m[2], pm.end+m[3]
		if o := b.cuedOrg(s, e, "organization:in-parentheses", true); o >= 0 {
			b.rel(Affiliation, b.canonical(pm.ent), o, pm.start, pm.end+m[1], "affiliation:in-parentheses", 0.7)
		}
	}
}

// orgCueWord tells whether the word prev (and first, the one before it
// when prev is a skipped word: "we here at") before connector conn is a
// cue one of orgCues' cases reads: the name after any other connector is
// not looked at.
func orgCueWord(conn, prev, first string) bool {
	switch conn {
	case " at ":
		return weAtWords[prev] || weAtWords[first] || orgRoleWords[prev] || worksWords[prev] || roleWords[prev]
	case " for ":
		return worksFor[prev]
	case " by ":
		return madeByWords[prev]
	case " of ":
		return roleWords[prev]
	}
	return false
}

// cuedOrg makes an Organization of the name at [s,e) found after an
// organisation cue, when it looks like one: a known organisation or brand,
// or (loose) any capitalised name that is not a person, place, event or
// known technology. It returns the entity or -1.
func (b *builder) cuedOrg(s, e int, rule string, loose bool) int {
	name := trimOrg(b.text[s:e])
	if name == "" {
		return -1
	}
	// keep the longest prefix of the name that the vocabulary knows
	var buf [8]string
	toks := appendFields(buf[:0], name)
	if b.isHardClaimed(s, e) || b.inURLAnchor(s) {
		return -1
	}
	if _, ok := b.lookup(vocab.Person, b.foldName(name)); ok {
		return -1
	}
	if b.x.cfg.GivenName != nil && b.givenName(toks[0]) && (len(toks) > 1 || loose) {
		return -1 // "by Jane Roe": a person
	}
	if b.isTerm(name, vocab.Place, vocab.Technology) || b.isTerm(toks[0], vocab.Place) {
		return -1
	}
	known := b.isTerm(name, vocab.Organization) || b.weakTerm(name, vocab.Organization) || b.re.reOrgOf.FindString(name) == name
	if !known && !b.re.reOrgSuffix.MatchString(name) && !loose {
		return -1
	}
	if !known && (leadStop[toks[0]] || notName[toks[0]] || b.weakTerm(name, vocab.Technology) || !orgShaped(toks)) {
		return -1
	}
	return b.orgAt(s, e, rule, 0.65)
}

// weakTerm tells whether w is, as a whole, a weak name of the lexicon of
// one of classes.
func (b *builder) weakTerm(w string, classes ...vocab.Class) bool {
	if b.x.cfg.Lexicon == nil || w == "" {
		return false
	}
	ts, ok := b.termCache[w]
	if !ok {
		ts = b.x.cfg.Lexicon.Find(termProbe + w)
		b.termCache[w] = ts
	}
	for _, t := range ts {
		if t.Weak && t.Start == len(termProbe) && t.End == len(termProbe)+len(w) {
			for _, c := range classes {
				if t.Class == c {
					return true
				}
			}
		}
	}
	return false
}

// personBefore returns the person whose mention ends just before pos
// ("Jane Roe, who works at"), or -1. byStart holds the persons' mentions
// sorted by start (see sortedPersons).
func (b *builder) personBefore(byStart []personMention, pos int) int {
	i := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= pos })
	for j := i - 1; j >= 0 && pos-byStart[j].start <= 200; j-- {
		if pm := byStart[j]; pm.ent >= 0 && pm.end <= pos && pos-pm.end <= 12 {
			return b.canonical(pm.ent)
		}
	}
	return -1
}

// personNear returns the one person named in sentence sent, or -1 when there
// are none or several; memo holds the answers by sentence start.
func (b *builder) personNear(byStart []personMention, sent Span, memo map[int]int) int {
	if p, ok := memo[sent.Start]; ok {
		return p
	}
	p := -1
	i := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= sent.Start })
	for ; i < len(byStart) && byStart[i].start < sent.End; i++ {
		pm := byStart[i]
		if pm.ent < 0 || pm.end > sent.End {
			continue
		}
		c := b.canonical(pm.ent)
		if p >= 0 && p != c {
			p = -1
			break
		}
		p = c
	}
	memo[sent.Start] = p
	return p
}

// sortedPersons returns the person mentions sorted by start. sort.Sort
// runs the very algorithm of sort.Slice (mentions of one start keep the
// order they had), without its reflective swaps.
func (b *builder) sortedPersons() []personMention {
	out := append([]personMention(nil), b.persons...)
	sort.Sort(byPersonStart(out))
	return out
}

type byPersonStart []personMention

func (s byPersonStart) Len() int           { return len(s) }
func (s byPersonStart) Less(i, j int) bool { return s[i].start < s[j].start }
func (s byPersonStart) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// orgShaped tells whether an unknown name may be an organisation's: its
// words are capitalised words ("Blorpware", "Frobnitz Systems"), not
// acronyms, code ("Vec", "CAD97") or handles.
func orgShaped(toks []string) bool {
	for i, w := range toks {
		if i > 0 && i < len(toks)-1 && (w == "of" || w == "for" || w == "and" || w == "the") {
			continue // "University of Gondor"
		}
		if i > 0 && i == len(toks)-1 && corpForms[strings.TrimSuffix(w, ".")] {
			continue // "Frobnitz GmbH", "Blorp Ltd."
		}
		if !isNameToken(w) {
			return false
		}
	}
	return len(toks) > 1 || len(toks[0]) >= 4
}

// corpForms are the legal forms that end a company's name.
var corpForms = wordSet("Inc", "Ltd", "LLC", "GmbH", "AG", "SA", "SAS", "SARL", "BV", "NV", "AB", "ASA", "Oy", "Oyj", "SpA", "Srl", "PLC", "Plc", "LLP", "KG", "UG", "Pty", "Corp", "Co", "SE", "AS", "ApS", "Kft", "Sp")

// firstPerson tells whether the lower-case text s starts with "we", "us" or
// "i" (a "we at Y" cue spoken by the author).
func firstPerson(s string) bool {
	for _, p := range []string{"we ", "us ", "i "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// affiliateAuthors relates the post's authors to organisation o.
func (b *builder) affiliateAuthors(o int, sent Span) {
	for _, r := range b.res.Relations {
		if r.Pred == Author && r.From == -1 && r.To >= 0 {
			b.rel(Affiliation, b.canonical(r.To), o, sent.Start, sent.End, "affiliation:author-we-at", 0.65)
		}
	}
}

// makerTails are words that continue an organisation's name, not a
// product's ("Acme Research", "Acme Summer of Code").
var makerTails = map[string]bool{
	"Research": true, "Labs": true, "Lab": true, "Foundation": true, "Summer": true, "Developer": true,
	"Developers": true, "Team": true, "Community": true, "Conference": true, "Days": true, "Summit": true,
	"Inc": true, "Corp": true, "Group": true, "Engineering": true, "Blog": true, "Security": true,
	"Open": true, "Source": true, "Europe": true, "Asia": true, "Africa": true, "America": true,
	"Employees": true, "Engineers": true, "Folks": true, "People": true, "Staff": true, "Sponsors": true,
	"Public": true, "License": true, "Licence": true,
}

// productGeneric are words after a maker's name that name a part of its
// service, not a product ("GitHub UI", "Google Forms").
var productGeneric = map[string]bool{
	"ui": true, "api": true, "apis": true, "rest": true, "sso": true, "cdn": true, "form": true, "forms": true,
	"issue": true, "issues": true, "organization": true, "organisation": true, "code": true, "hacks": true,
	"docs": true, "account": true, "accounts": true, "page": true, "pages": true, "repo": true, "support": true,
	"office": true, "offices": true, "meetup": true, "meet-up": true, "employee": true, "users": true,
	"gpu": true, "gpus": true, "cpu": true, "cpus": true, "hardware": true, "rebuild": true, "confirmation": true,
}

// productAfterMaker returns the end of a product name that organisation
// term t leads ("Microsoft Exchange Server"): one to three capitalised
// words right after it, inside a sentence not in title case; t.End when
// there is none.
func (b *builder) productAfterMaker(t Term) int {
	end := t.End
	if t.Weak && b.x.cfg.GivenName != nil && b.givenName(b.text[t.Start:t.End]) {
		return end // a brand may be a person's given name too
	}
	for n := 0; n < 3; n++ {
		if end >= len(b.text) || b.text[end] != ' ' {
			break
		}
		ws := end + 1
		we := tokenEnd(b.text, ws)
		w := b.text[ws:we]
		if !isNameToken(w) || leadStop[w] || notName[w] || makerTails[w] || orgHeads[w] && w != "Server" && w != "Engine" || productGeneric[strings.ToLower(w)] || b.isTerm(w, vocab.Place) {
			break
		}
		end = we
	}
	if end == t.End {
		return end
	}
	sent := b.sentence(t.Start)
	if b.inHeading(t.Start) || titleCased(b.text[sent.Start:sent.End]) || b.isHardClaimed(t.Start, end) {
		return t.End
	}
	return end
}

// mayCapName reports whether reCapName can match w: a match starts with an
// upper-case letter (an ASCII capital or a non-ASCII letter), or with
// "the", blanks and one. Most connectors (" of ", " at ") are followed by
// neither, and skip the regexp.
func mayCapName(w string) bool {
	if strings.HasPrefix(w, "the") {
		i := 3
		for i < len(w) && (w[i] == ' ' || w[i] == '\t') {
			i++
		}
		if i > 3 {
			w = w[i:]
		}
	}
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || w[0] >= utf8.RuneSelf)
}

// serviceNouns are the things of an online service that its name
// modifies ("Blorphub repositories", "a Blorpchat channel", "Blorp Docs"): the
// service, not the company.
var serviceNouns = wordSet("repository", "repositories", "repo", "repos", "issue", "issues", "page", "pages", "account", "accounts", "channel", "channels", "profile", "profiles", "stars", "actions", "workflow", "workflows", "search", "docs", "drive", "sheets", "forms", "meet", "hangout", "hangouts", "thread", "threads", "handle", "feed", "stream", "streams", "live", "video", "videos", "playlist", "link", "links", "discussions", "gist", "gists", "wiki", "release", "releases", "sponsors", "marketplace", "codespaces", "copilot")

// dropServiceOrgs removes the organisations of the vocabulary that the
// post names only as services, each mention right before a noun of
// serviceNouns ("Similarity of Acme repositories"); an organisation any
// rule read elsewhere stays.
func (b *builder) dropServiceOrgs() {
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Organization || b.canonical(i) != i || len(e.Mentions) == 0 {
			continue
		}
		service := true
		for _, m := range e.Mentions {
			if m.Rule != "lexicon:organization" || m.End <= m.Start || m.End+1 >= len(b.text) || b.text[m.End] != ' ' || !serviceNouns[b.text[m.End+1:tokenEnd(b.text, m.End+1)]] {
				service = false
				break
			}
		}
		if service && !b.relsOf.has(i) {
			e.drop()
		}
	}
}
