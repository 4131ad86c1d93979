package extract

import (
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// Affiliations read around every person the post names, once all the rules
// that find people and organisations have run:
//   - a role in apposition: "Jane Roe, software engineer at Acme", "Jane Roe,
//     CEO of [Acme](…)", "Jane Roe (software engineer at acme)";
//   - "Jane Roe from [Acme](…)", "Jane Roe and John Doe from Acme": an
//     organisation the post already knows, right after the person (or the
//     list of persons);
//   - "Acme's Jane Roe", "Acme CEO Jane Roe", "one of Acme's engineers,
//     Jane Roe", "Acmers Jane Roe and John Doe";
//   - "on behalf of Acme": the one person of the sentence;
//   - the post's own organisation (homeorg.go): "our CEO, Jane Roe", "Jane
//     Roe, our VP of …", "our colleagues Jane Roe and John Doe", "Jane Roe
//     from our data team", "two colleagues from acme, Jane and John";
//   - parentheses with parts: "Jane Roe (CTO, Acme)", "(Acme, @jroe)",
//     "(Acme GmbH)", "Jane and John (both Acme)"; "X and Y, both from Acme";
//   - roles: "Jane Roe, Engineering Manager, Acme", "Jane Roe, Acme CTO",
//     "Software Engineer @ Acme", "Jane Roe is a Zorbix employee", "Jane
//     Roe joined Acme Labs", "Jane Roe from acme.io";
//   - speakers' lines: "Jane Roe, Acme: Title", "Title – Jane Roe (Acme)",
//     "Jane Roe | Acme", whose persons speakerLinePersons makes when no
//     prose rule did;
//   - a product of the vocabulary, or a homepage link's product, in such a
//     slot is the company ("Jane Roe (Blorpdb)": brandOrgAt), and so in
//     lists of sponsors and companies (orgkinds.go).

// personSpan is one mention of a person: [start,end) and the entity.
type personSpan struct{ start, end, ent int }

// affRoleWords are the nouns of a role at an organisation that an
// apposition or a possessive names (orgRoleWords and a few more).
var affRoleWords = func() map[string]bool {
	m := wordSet("leader", "leaders", "organizer", "organiser", "organizers", "organisers", "co-organizer", "co-organiser", "partner", "partners", "svp", "cio", "cso", "ciso", "cpo", "fellow", "fellows", "contributor", "contributors", "specialist", "officer", "analyst", "owner", "teammate", "teammates", "coworker", "coworkers", "co-worker", "co-workers", "employees")
	for w := range orgRoleWords {
		m[w] = true
	}
	return m
}()

// colleagueWords name a person of the writer's own organisation.
var colleagueWords = wordSet("colleague", "colleagues", "coworker", "coworkers", "co-worker", "co-workers", "teammate", "teammates")

// deptWords start the name of a department, not of an organisation ("VP
// of Developer Relations", "head of Engineering").
var deptWords = wordSet("developer", "developers", "engineering", "product", "products", "marketing", "sales", "operations", "infrastructure", "community", "communities", "technology", "data", "platform", "design", "security", "research", "development", "devrel", "relations", "growth", "business", "strategy", "cloud", "it", "people", "open", "software", "systems", "quality", "customer", "support", "content", "education", "finance", "programs", "partnerships", "web", "mobile", "frontend", "backend", "ai", "ml")

// teamWords end a group of the writer's organisation ("from our data team").
var teamWords = wordSet("team", "teams", "department", "office", "offices", "group", "squad", "unit", "division", "org", "crew", "tribe")

// listSep tells whether s joins two persons of a list (", ", ", and ",
// " and ", " & ").
func listSep(s string) bool {
	if !strings.ContainsAny(s, " \t") {
		return false
	}
	// the words of s, joined by one space, are ",", ", and", "and" or "&"
	var buf [3]string
	f := appendFields(buf[:0], s)
	if len(f) == 1 && (f[0] == "," || f[0] == "and" || f[0] == "&") || len(f) == 2 && f[0] == "," && f[1] == "and" {
		return !strings.HasPrefix(s, ",") || s[1] == ' ' || s[1] == '\t'
	}
	return false
}

// affiliations runs the rules of this file.
func (b *builder) affiliations() {
	defer b.dropServiceOrgs()
	defer b.dropBrandTerms()
	b.orgKinds()
	b.colleaguePersons()
	b.speakerLinePersons()
	home := b.homeOrg()
	ps := b.personSpans()
	if len(ps) == 0 {
		return
	}
	for i := 0; i < len(ps); i++ {
		if b.stopped() {
			return
		}
		// the list of persons that starts at ps[i] ("Jane, John and Ana")
		j := i
		for j+1 < len(ps) && ps[j+1].start > ps[j].end && ps[j+1].start-ps[j].end <= 7 && listSep(b.text[ps[j].end:ps[j+1].start]) {
			j++
		}
		list := ps[i : j+1]
		b.affAfter(list, home)
		b.affBefore(ps, i, home)
		i = j
	}
	b.onBehalfOf(ps)
	b.ourLists(ps, home)
}

// personSpans returns every mention of a person, sorted by start, one per
// span.
func (b *builder) personSpans() []personSpan {
	var out []personSpan
	for i, e := range b.res.Entities {
		if e.Class != vocab.Person {
			continue
		}
		for _, m := range e.Mentions {
			out = append(out, personSpan{m.Start, m.End, i})
		}
	}
	// sort.Sort runs sort.Slice's very algorithm (spans of one start and
	// end keep the order they had) without its reflective swaps
	sort.Sort(bySpanStart(out))
	// keep the longest of mentions that overlap
	k := 0
	for _, p := range out {
		if k > 0 && p.start < out[k-1].end {
			continue
		}
		p.ent = b.canonical(p.ent)
		out[k] = p
		k++
	}
	return out[:k]
}

// bySpanStart orders person spans by start, the longest first.
type bySpanStart []personSpan

func (s bySpanStart) Len() int { return len(s) }
func (s bySpanStart) Less(i, j int) bool {
	if s[i].start != s[j].start {
		return s[i].start < s[j].start
	}
	return s[i].end > s[j].end
}
func (s bySpanStart) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// affiliateAll relates every person of list to organisation o.
func (b *builder) affiliateAll(list []personSpan, o, s, e int, rule string, conf float64) {
	if o < 0 || b.res.Entities[b.canonical(o)].Class != vocab.Organization {
		return
	}
	for _, p := range list {
		b.rel(Affiliation, p.ent, b.canonical(o), s, e, rule, conf)
	}
}

// affAfter reads the cue after the last person of list: an apposition, a
// parenthesis, "from <organisation>", "from our team".
func (b *builder) affAfter(list []personSpan, home int) {
	last := list[len(list)-1]
	end := last.end
	sent := b.sentence(end)
	limit := min(sent.End, end+160)
	if end >= limit {
		return
	}
	rest := b.text[end:limit]
	// "Jane Roe (yours truly), fullstack developer at …": skip a
	// parenthesis without a role
	if strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, "(") {
		k := strings.IndexByte(rest, ')')
		if k > 0 {
			if o, ok := b.roleClause(end+strings.IndexByte(rest, '(')+1, end+k, home, len(list) == 1); ok {
				b.affiliateAll(list, o, list[0].start, end+k+1, "affiliation:role-apposition", 0.7)
				return
			}
			// "Jane Roe (CTO, Acme)", "Jane Roe (Acme GmbH)", "Jane and
			// John (both Acme)"
			if o := b.parenOrg(end+strings.IndexByte(rest, '(')+1, end+k, len(list)); o >= 0 {
				b.affiliateAll(list, o, list[0].start, end+k+1, "affiliation:in-parentheses", 0.7)
				return
			}
			// "Jane Roe (@jroe), …", "Jane Roe (@jroe) from Acme"
			if strings.HasPrefix(rest[k+1:], ", ") || startsConnector(rest[k+1:]) {
				end += k + 1
				rest = rest[k+1:]
			}
		}
	}
	// "Jane Roe and John Doe, both from Acme": the list's organisation
	if len(list) > 1 {
		for _, lead := range []string{", both ", ", all ", " both ", " all "} {
			if strings.HasPrefix(b.lower[end:limit], lead) {
				end += len(lead) - 1
				rest = b.text[end:limit]
				break
			}
		}
	}
	// "Jane Roe joined Acme": an organisation the post or the vocabulary
	// knows as one, or a name with a corporate word (a product is no
	// employer: "joined Blorpdb" may be its users)
	if strings.HasPrefix(b.lower[end:limit], " joined ") {
		ns := end + len(" joined ")
		if o, _ := b.orgMentionAt(ns); o >= 0 {
			b.affiliateAll(list, o, list[0].start, limit, "affiliation:joined", 0.6)
		} else if m := b.re.reCapName.FindStringSubmatchIndex(b.text[ns:limit]); m != nil && m[2] == 0 {
			if o := b.cuedOrg(ns, ns+m[3], "organization:joined", false); o >= 0 {
				b.affiliateAll(list, o, list[0].start, limit, "affiliation:joined", 0.6)
			}
		}
		return
	}
	if o, oe := b.representedOrg(end, limit); o >= 0 {
		b.affiliateAll(list, o, list[0].start, oe, "affiliation:represented", 0.65)
		return
	}
	// "Jane Roe is a Blorpware employee", "Jane Roe is the CTO of Acme"
	if len(list) == 1 {
		for _, cop := range []string{" is ", " was "} {
			if strings.HasPrefix(b.lower[end:limit], cop) {
				cs := end + len(cop)
				if o, ok := b.roleClause(cs, clauseLimit(b.text, cs, limit), -1, true); ok {
					b.affiliateAll(list, o, list[0].start, limit, "affiliation:role-predicate", 0.65)
				}
				return
			}
		}
	}
	if strings.HasPrefix(rest, ", ") {
		ce := clauseLimit(b.text, end+2, limit)
		if o, ok := b.roleClause(end+2, ce, home, len(list) == 1); ok {
			b.affiliateAll(list, o, list[0].start, ce, "affiliation:role-apposition", 0.7)
		} else if o, oe := b.roleThenOrg(end+2, ce, limit); o >= 0 {
			b.affiliateAll(list, o, list[0].start, oe, "affiliation:role-apposition", 0.65)
		} else if o := b.dashOrg(end + 2); o >= 0 {
			b.affiliateAll(list, o, list[0].start, end+2, "affiliation:person-dash-org", 0.65)
		} else if o := b.appositionOrg(end+2, ce); o >= 0 {
			b.affiliateAll(list, o, list[0].start, ce, "affiliation:org-apposition", 0.65)
		} else if o, oe := b.clauseOrg(end+2, ce); o >= 0 {
			b.affiliateAll(list, o, list[0].start, oe, "affiliation:clause-at", 0.65)
		}
		return
	}
	// "Jane Roe — Acme": a line of a speaker and a known organisation
	for _, dash := range []string{" — ", " – ", " - ", " | ", " / "} {
		if !strings.HasPrefix(rest, dash) {
			continue
		}
		ns := end + len(dash)
		if o := b.dashOrg(ns); o >= 0 {
			b.affiliateAll(list, o, list[0].start, ns, "affiliation:person-dash-org", 0.65)
			return
		}
		// "Jane Roe — Senior Engineer @ Acme": a role on the line
		le := strings.IndexByte(b.text[ns:limit], '\n')
		if le < 0 {
			le = limit - ns
		}
		if o, ok := b.roleClause(ns, clauseLimit(b.text, ns, ns+le), -1, len(list) == 1); ok {
			b.affiliateAll(list, o, list[0].start, ns+le, "affiliation:role-apposition", 0.65)
			return
		}
	}
	lr := b.lower[end:limit]
	for _, conn := range []string{" from ", " of ", " at ", " @ "} {
		if !strings.HasPrefix(lr, conn) {
			continue
		}
		ns := end + len(conn)
		if conn == " @ " {
			conn = " at " // "Jane Roe @ Acme"
		}
		// "Jane Roe from our data team": the post's organisation
		if strings.HasPrefix(b.lower[ns:limit], "our ") && conn != " at " {
			if home >= 0 && b.teamAhead(ns+4, limit) {
				b.affiliateAll(list, home, list[0].start, limit, "affiliation:our-team", 0.65)
			}
			return
		}
		if strings.HasPrefix(b.lower[ns:limit], "the ") {
			ns += 4
		}
		o, oe := b.orgMentionAt(ns)
		if o < 0 && conn != " of " {
			// "Jane Roe from Blorpdb", not "Jane Roe of Blorpdb" (a
			// project's person)
			o, oe = b.brandOrgAt(ns, -1)
		}
		if o < 0 && conn == " from " && brandLike(b.text[ns:tokenEndOrg(b.text, ns, limit)]) {
			// "Jane Roe from acme.io", "from acme{x}": a lower-case brand
			o = b.lowerOrgAt(ns, limit, "organization:person-from-org")
			if o >= 0 {
				oe = b.res.Entities[o].Mentions[len(b.res.Entities[o].Mentions)-1].End
			}
		}
		if o >= 0 {
			// "Jane Roe of Acme's board", "of the Acme community": no
			// employer
			if conn == " of " && b.groupNounAt(oe) {
				return
			}
			// "at Acme's booth" is a place, not an employer
			if conn == " at " && (strings.HasPrefix(b.text[oe:min(len(b.text), oe+2)], "'s") || strings.HasPrefix(b.text[oe:min(len(b.text), oe+4)], "’s")) {
				return
			}
			b.affiliateAll(list, o, list[0].start, oe, "affiliation:person-from-org", 0.7)
		}
		return
	}
}

// dashOrg returns the organisation named at ns up to the end of its line
// ("Jane Roe — Acme\n", "Jane Roe, Acme Inc\n"): one the post knows, one
// of the vocabulary or a name with a corporate word; -1 if none.
func (b *builder) dashOrg(ns int) int {
	le := strings.IndexByte(b.text[ns:min(len(b.text), ns+60)], '\n')
	if le < 0 {
		if len(b.text)-ns > 60 {
			return -1
		}
		le = len(b.text) - ns
	}
	e := ns + le
	// "Jane Roe, Acme: Title", "Jane Roe, Acme — Title": the talk's title
	// follows the organisation on a speaker's line
	titled := false
	for _, sep := range []string{": ", " — ", " – ", " - ", " | "} {
		if k := strings.Index(b.text[ns:e], sep); k > 0 {
			e, titled = ns+k, true
		}
	}
	for e > ns && strings.ContainsRune(" \t.;:)", rune(b.text[e-1])) {
		e--
	}
	if e <= ns {
		return -1
	}
	if o, oe := b.orgMentionAt(ns); o >= 0 && oe == e {
		return o
	}
	if o, _ := b.brandOrgAt(ns, e); o >= 0 {
		return o
	}
	if wordCount(b.text[ns:e], 5) > 4 || !capWord(b.text[ns:e]) {
		return -1
	}
	// on a line of its own (a list item, a heading, a title after) any
	// organisation-shaped name that is no English word
	loose := (titled || b.inHeading(ns) || b.inListItem(ns)) && !b.englishName(b.text[ns:e])

	return b.cuedOrg(ns, e, "organization:person-dash", loose)
}

// inListItem tells whether pos lies in a list item of the markup.
func (b *builder) inListItem(pos int) bool {
	for _, m := range b.d.Marks {
		if m.Kind == doc.MarkListItem && pos >= m.Start && pos < m.End {
			return true
		}
	}
	return false
}

// englishName tells whether every word of name is an English word in
// lower case ("Keynote", "Lightning Talks").
func (b *builder) englishName(name string) bool {
	if b.x.cfg.Word == nil {
		return false
	}
	for _, w := range strings.Fields(name) {
		l := strings.ToLower(trimPunct(w))
		if !b.x.cfg.Word(l) && !inflected(l, b.x.cfg.Word) {
			return false
		}
	}
	return true
}

// clauseLimit returns where the apposition that starts at s ends: the next
// ",", ";", ")" or sentence end before limit.
func clauseLimit(text string, s, limit int) int {
	if k := strings.IndexAny(text[s:limit], ",;)"); k >= 0 {
		return s + k
	}
	return limit
}

// roleClause reads a role in apposition in [s,e): "(a) software engineer
// at Acme", "CEO of [Acme](…)", "our dear VP of …". It returns the
// organisation (home for "our …") and whether the clause is a role. A
// lower-case name ("engineer at acme") is read only when one says the
// clause is about one person.
func (b *builder) roleClause(s, e, home int, one bool) (int, bool) {
	if e <= s {
		return -1, false
	}
	var buf [16]string
	toks := appendFields(buf[:0], b.lower[s:e])
	if len(toks) == 0 {
		return -1, false
	}
	our := false
	switch toks[0] {
	case "our":
		our = true
	case "a", "an", "the", "also", "then", "now", "currently", "formerly", "previously":
	}
	// the role noun: within the first five words
	off := s
	roleAt := -1
	for n, w := range toks {
		if n > 5 {
			break
		}
		k := strings.Index(b.lower[off:e], w)
		if k < 0 {
			break
		}
		ws := off + k
		off = ws + len(w)
		w = strings.Trim(w, ".:;!?\"'")
		if one && !our && plural(w) {
			// "Jane Roe, contributors from Acme and others": the
			// plural names others, not her
			return -1, false
		}
		if affRoleWords[w] || colleagueWords[w] {
			roleAt = off
			if !our {
				// "head of Engineering at Acme": the last connector
				continue
			}
			break
		}
		if roleAt < 0 && (w == "at" || w == "of" || w == "from") {
			return -1, false // "X, one of the …" without a role first
		}
	}
	if roleAt < 0 {
		return -1, false
	}
	if our {
		return home, home >= 0
	}
	// the connector after the role (the last one of the clause); "@"
	// stands for "at" ("Software Engineer @ Acme")
	lc := b.lower[roleAt:e]
	best, conn := -1, ""
	for _, c := range []string{" at ", " of ", " from ", " @ "} {
		if k := strings.LastIndex(lc, c); k >= 0 && (best < 0 || roleAt+k > best) {
			best, conn = roleAt+k, c
		}
	}
	if best >= 0 {
		ns := best + len(conn)
		conn = strings.TrimSpace(conn)
		if conn == "@" {
			conn = "at"
		}
		if strings.HasPrefix(b.lower[ns:e], "the ") {
			ns += 4
		}
		if ns >= e {
			return -1, false
		}
		// "head of Engineering": a department, unless a possessive or a
		// modifier before the role names the organisation
		if conn != "of" || !deptWords[strings.ToLower(firstWord(b.text[ns:e]))] {
			o := b.orgAfterCue(ns, e, one && conn == "at", "organization:role-apposition")
			if o < 0 && conn != "of" {
				// "engineer at Blorpdb": the maker of a product, not
				// "maintainer of Blorpdb"
				o, _ = b.brandOrgAt(ns, -1)
			}
			return o, o >= 0
		}
	}
	// "Jane Roe, Acme's CTO", "Jane Roe, Acme's head of research"
	if q, ok := cutPossessive(toks[0]); ok && len(q) > 1 {
		if o, ok := b.orgEndingAt(s + len(q)); ok && strings.HasPrefix(b.lower[s:], q) {
			return o, true
		}
	}
	// "Jane Roe, a Collabora engineer"
	if o := b.modifierOrg(s, roleAt); o >= 0 {
		return o, true
	}
	return -1, false
}

// cutPossessive returns w without its possessive ending ("'s", "’s").
func cutPossessive(w string) (string, bool) {
	if q, ok := strings.CutSuffix(w, "'s"); ok {
		return q, true
	}
	return strings.CutSuffix(w, "’s")
}

// plural tells whether w is the plural of a role noun ("engineers",
// "contributors").
func plural(w string) bool {
	if len(w) < 4 || !(affRoleWords[w] || colleagueWords[w]) {
		return false
	}
	st, ok := strings.CutSuffix(w, "s")
	return ok && (affRoleWords[st] || colleagueWords[st] || orgRoleWords[st])
}

// firstWord returns the first word of s, without punctuation.
func firstWord(s string) string {
	f := firstField(s)
	if f == "" {
		return ""
	}
	return trimPunct(f)
}

// teamAhead tells whether a team word ends the next four words after s
// ("our data team", "our Platform Engineering department").
func (b *builder) teamAhead(s, limit int) bool {
	var buf [16]string
	toks := appendFields(buf[:0], b.lower[s:min(limit, s+60)])
	for n, w := range toks {
		if n > 3 {
			break
		}
		if teamWords[strings.Trim(w, ".,;:!?)")] {
			return true
		}
	}
	return false
}

// orgMentionAt returns the organisation a mention names that starts at
// pos, and the mention's end; -1 if none.
func (b *builder) orgMentionAt(pos int) (int, int) {
	if o, m, ok := b.orgMentionWhere(pos, min(len(b.text), pos+80), pos, false); ok {
		return o, m.End
	}
	end := tokenEndOrg(b.text, pos, len(b.text))
	for end > pos && strings.ContainsRune(".;:!?)'\"", rune(b.text[end-1])) {
		end--
	}
	if o := b.knownOrgWord(pos, end); o >= 0 {
		return o, end
	}
	return -1, 0
}

// orgMentionWhere returns the first organisation with a mention in [lo,hi)
// that has a mention starting at pos (or, when end, ending at pos), and
// that mention (the mention index knows every mention, merged entities'
// included).
func (b *builder) orgMentionWhere(lo, hi, pos int, end bool) (int, Mention, bool) {
	for _, i := range b.entitiesIn(lo, hi, vocab.Organization) {
		if m, ok := b.firstMentionAt(i, pos, end); ok {
			return i, m, true
		}
	}
	return -1, Mention{}, false
}

// personsIn returns the persons of ps (sorted by start) inside [s,e).
func personsIn(ps []personSpan, s, e int) []personSpan {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].start >= s })
	j := i
	for j < len(ps) && ps[j].start < e {
		j++
	}
	var out []personSpan
	for _, p := range ps[i:j] {
		if p.end <= e {
			out = append(out, p)
		}
	}
	return out
}

// orgAfterCue returns the organisation named at s (before limit) after a
// role's connector: one the post already names there, a capitalised name
// that looks like one, or (lower) a one-word name in lower case
// ("acme.io").
func (b *builder) orgAfterCue(s, limit int, lower bool, rule string) int {
	if o, _ := b.orgMentionAt(s); o >= 0 {
		return o
	}
	m := b.re.reCapName.FindStringSubmatchIndex(b.text[s:limit])
	if m != nil {
		ns, ne := s+m[2], s+m[3]
		ne = b.ofTail(ne, limit)
		return b.cuedOrg(ns, ne, rule, true)
	}
	if lower {
		return b.lowerOrgAt(s, limit, rule)
	}
	return -1
}

// lowerOrgAt makes an Organization of the one-word lower-case name at s
// ("acmelabs", "acme{x}"), or returns -1.
func (b *builder) lowerOrgAt(ns, limit int, rule string) int {
	m := reLowerOrg.FindStringSubmatchIndex(b.text[ns:max(ns, min(limit, ns+40))])
	if m == nil {
		return -1
	}
	s, e := ns+m[2], ns+m[3]
	w := b.text[s:e]
	if len(w) < 3 || lowerOrgStop[w] || leadStop[w] || notName[w] || b.isHardClaimed(s, e) || b.inURLAnchor(s) {
		return -1
	}
	if b.isTerm(w, vocab.Place, vocab.Technology) || b.weakTerm(w, vocab.Technology) {
		return -1
	}
	return b.orgAt(s, e, rule, 0.6)
}

// affBefore reads the cue before person ps[i]: "Acme's Jane Roe", "Acme
// CEO Jane Roe", "one of Acme's engineers, Jane Roe", "our CEO, Jane Roe",
// "our colleagues Jane Roe and John Doe", "a colleague, this time Jane".
func (b *builder) affBefore(ps []personSpan, i, home int) {
	p := ps[i]
	list := []personSpan{p}
	for j := i; j+1 < len(ps) && ps[j+1].start > ps[j].end && ps[j+1].start-ps[j].end <= 7 && listSep(b.text[ps[j].end:ps[j+1].start]); j++ {
		list = append(list, ps[j+1])
	}
	sent := b.sentence(p.start)
	lo := max(sent.Start, p.start-80)
	if lo >= p.start {
		return
	}
	pre := b.lower[lo:p.start]
	// the role or colleague word right before the person (", " or ": "
	// between them allowed)
	t := strings.TrimRight(pre, " \t")
	t = strings.TrimSuffix(strings.TrimSuffix(t, ","), ":")
	t = strings.TrimSuffix(t, ", this time") // "a colleague, this time Jane"
	t = strings.TrimRight(t, " \t,")
	w := lastWord(t)
	rest := strings.TrimRight(strings.TrimSuffix(t, w), " \t")
	// "two colleagues from acme, Jane and John"
	if o := b.colleaguesFrom(lo, lo+len(t)); o >= 0 {
		b.affiliateAll(list, o, lo, list[len(list)-1].end, "affiliation:colleagues-from", 0.7)
		return
	}
	switch {
	case colleagueWords[w]:
		if home >= 0 {
			b.affiliateAll(list, home, lo, list[len(list)-1].end, "affiliation:our-colleague", 0.65)
		}
		return
	case affRoleWords[w]:
		// "our CEO, Jane Roe", "our dear colleague Jane"
		if ours(rest) {
			if home >= 0 && !projectRole(rest) {
				b.affiliateAll(list, home, lo, list[len(list)-1].end, "affiliation:our-role", 0.65)
			}
			return
		}
		// "Acme CEO Jane Roe", "Acme's engineer Jane Roe", "one of Acme's
		// engineers, Jane Roe"
		if o := b.orgEndingNear(lo+len(rest), lo); o >= 0 {
			b.affiliateAll(list, o, lo, list[len(list)-1].end, "affiliation:org-role-person", 0.65)
		} else if o := b.modifierOrg(max(lo, lo+len(rest)-40), lo+len(rest)+1+len(w)); o >= 0 {
			b.affiliateAll(list, o, lo, list[len(list)-1].end, "affiliation:org-role-person", 0.65)
		}
		return
	}
	// "Acme's Jane Roe", "Acmers Jane Roe and John Doe"
	if k := len(t); k >= 2 {
		if strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
			q := strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
			o, ok := b.orgEndingAt(lo + len(q))
			if !ok {
				o = b.possessiveOrg(lo+len(q), p.start)
			}
			if o >= 0 {
				b.affiliateAll(list, o, lo, list[len(list)-1].end, "affiliation:org-possessive", 0.65)
			}
			return
		}
	}
	if o := b.demonymOrg(p.start - len(w) - 1); o >= 0 && strings.HasSuffix(pre, w+" ") {
		b.affiliateAll(list, o, lo, list[len(list)-1].end, "affiliation:org-demonym", 0.65)
	}
}

// ours tells whether the words before a role noun make it the writer's:
// "our", "our dear", "our own", "one of our".
func ours(rest string) bool {
	var buf [16]string
	toks := appendFields(buf[:0], rest)
	for n := len(toks) - 1; n >= 0 && n >= len(toks)-3; n-- {
		if toks[n] == "our" {
			return true
		}
		if strings.ContainsAny(toks[n], ",.;:()") {
			return false
		}
	}
	return false
}

// colleaguesFrom returns the organisation of "colleagues from/at Y" that
// ends at end (lo bounds the search), or -1.
func (b *builder) colleaguesFrom(lo, end int) int {
	if !strings.Contains(b.lower[lo:end], "colleague") {
		return -1
	}
	o, ok := b.orgEndingAt(end)
	if !ok {
		return -1
	}
	seg := b.lower[lo:end]
	for _, conn := range []string{" from ", " at "} {
		k := strings.LastIndex(seg, conn)
		if k < 0 {
			continue
		}
		if colleagueWords[lastWord(strings.TrimRight(seg[:k], " \t"))] {
			if oo, _ := b.orgMentionAt(lo + k + len(conn)); oo == o || strings.HasPrefix(seg[k+len(conn):], "the ") {
				return o
			}
		}
	}
	return -1
}

// orgEndingNear returns the organisation whose mention ends in the words
// just before pos ("Acme CEO", "Acme's engineer", "one of Acme's
// infrastructure engineers"): at most three lower-case words between, no
// punctuation. lo bounds the search.
func (b *builder) orgEndingNear(pos, lo int) int {
	q := pos
	for n := 0; n <= 3; n++ {
		t := strings.TrimRight(b.lower[lo:q], " \t")
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		if o, ok := b.orgEndingAt(lo + len(t)); ok {
			return o
		}
		w := lastWord(t)
		if w == "" || strings.ContainsAny(w, ",.;:()\"") || w != strings.ToLower(b.text[lo+len(t)-len(w):lo+len(t)]) {
			return -1 // only lower-case words between ("user group leader")
		}
		q = lo + len(t) - len(w)
	}
	return -1
}

// orgEndingAt returns the organisation whose mention ends at pos.
func (b *builder) orgEndingAt(pos int) (int, bool) {
	if o, _, ok := b.orgMentionWhere(max(0, pos-80), pos, pos, true); ok {
		return o, true
	}
	// the name of an organisation of the post, written where no rule
	// took it ("one of acme{x} engineers")
	k := pos
	for k > 0 && b.text[k-1] != ' ' && b.text[k-1] != '\n' && b.text[k-1] != '\t' && b.text[k-1] != '(' {
		k--
	}
	if o := b.knownOrgWord(k, pos); o >= 0 {
		return o, true
	}
	return -1, false
}

// knownOrgWord returns the organisation of the post that the word at
// [s,e) names (and records the mention), or -1.
func (b *builder) knownOrgWord(s, e int) int {
	if e-s < 2 || b.isHardClaimed(s, e) {
		return -1
	}
	w := b.text[s:e]
	o, ok := b.lookup(vocab.Organization, fold(w))
	if !ok && capWord(w) && (b.isTerm(w, vocab.Organization) || b.weakTerm(w, vocab.Organization)) && !b.isTerm(w, vocab.Technology, vocab.Place) {
		// a brand of the vocabulary, where a cue reads an organisation
		o, ok = b.entity(vocab.Organization, w, fold(w)), true
	}
	if !ok || b.res.Entities[o].Class != vocab.Organization {
		return -1
	}
	b.mention(o, s, e, "organization:known-name", 0.6)
	return o
}

// demonymOrg returns the organisation whose people the word at ws names
// ("Acmers", "Acmeians", "Acmes": the name and a plural ending): one of
// the post, or a capitalised brand of the vocabulary; -1 if none.
func (b *builder) demonymOrg(ws int) int {
	if ws < 0 {
		return -1
	}
	w := b.text[ws:tokenEnd(b.text, ws)]
	if len(w) < 5 || !capWord(w) {
		return -1
	}
	for _, suf := range []string{"ers", "er", "ians", "ian", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		if i, ok := b.lookup(vocab.Organization, fold(stem)); ok && b.res.Entities[i].Class == vocab.Organization {
			return i
		}
		if (b.isTerm(stem, vocab.Organization) || b.weakTerm(stem, vocab.Organization)) && !b.isTerm(stem, vocab.Technology, vocab.Place) {
			i := b.entity(vocab.Organization, stem, fold(stem))
			b.mention(i, ws, ws+len(stem), "organization:demonym", 0.6)
			return i
		}
	}
	return -1
}

// onBehalfOf relates the one person of a sentence to the organisation of
// "on behalf of (the) Y".
func (b *builder) onBehalfOf(ps []personSpan) {
	const cue = " on behalf of "
	for from := 0; ; {
		k := strings.Index(b.lower[from:], cue)
		if k < 0 {
			return
		}
		at := from + k
		from = at + len(cue)
		sent := b.sentence(at)
		ns := at + len(cue)
		if strings.HasPrefix(b.lower[ns:], "the ") {
			ns += 4
		}
		// "the non-profit Acme Foundation": skip lower-case words
		for n := 0; n < 2 && ns < sent.End; n++ {
			w := b.text[ns:tokenEnd(b.text, ns)]
			if w == "" || capWord(w) {
				break
			}
			ns += len(w)
			for ns < sent.End && b.text[ns] == ' ' {
				ns++
			}
		}
		if ns >= sent.End {
			continue
		}
		o := b.orgAfterCue(ns, min(sent.End, ns+80), false, "organization:on-behalf-of")
		if o < 0 {
			continue
		}
		one := -1
		for _, p := range personsIn(ps, sent.Start, sent.End) {
			if one >= 0 && one != p.ent {
				one = -2
				break
			}
			one = p.ent
		}
		if one >= 0 {
			b.rel(Affiliation, one, o, sent.Start, sent.End, "affiliation:on-behalf-of", 0.65)
		}
	}
}

// possessiveOrg makes an Organization of the one capitalised word that
// ends at end, right before "'s" and a person's full name ("Globex's Jane
// Roe"): a name that is no person, given name, place or technology; -1 if
// there is none.
func (b *builder) possessiveOrg(end, person int) int {
	if person-end > 3 { // "'s " or "’s" and a space, nothing else
		return -1
	}
	s := end
	for s > 0 && b.text[s-1] != ' ' && b.text[s-1] != '\t' && b.text[s-1] != '\n' && b.text[s-1] != '(' && b.text[s-1] != '"' {
		s--
	}
	w := b.text[s:end]
	if !isNameToken(w) || leadStop[w] || notName[w] || b.isTerm(w, vocab.Technology, vocab.Place) {
		return -1
	}
	if _, ok := b.lookup(vocab.Person, fold(w)); ok {
		return -1
	}
	if b.mentionOverlaps(s, end, vocab.Person) || b.mentionOverlaps(s, end, vocab.Event) {
		return -1
	}
	return b.cuedOrg(s, end, "organization:possessive-person", true)
}

// startsConnector tells whether s starts with " from ", " of " or " at ".
func startsConnector(s string) bool {
	return strings.HasPrefix(s, " from ") || strings.HasPrefix(s, " of ") || strings.HasPrefix(s, " at ")
}

// modifierOrg reads the organisation that modifies a role noun ending at
// roleEnd, the clause starting at s: "a Collabora engineer", "an Acme Labs
// developer", "Zorbix engineer Jane Roe". The role noun must be in lower
// case (in "a Senior Engineer" the capitals are the title's), the name one
// or two capitalised words right before it that name no technology,
// place or person, and, at a sentence start, an acronym or a word with a
// capital inside unless the post knows it as an organisation.
func (b *builder) modifierOrg(s, roleEnd int) int {
	if roleEnd > len(b.text) || roleEnd <= s {
		return -1
	}
	rs := roleEnd
	for rs > s && isWordByte(b.text[rs-1]) {
		rs--
	}
	role := b.text[rs:roleEnd]
	if role == "" || !affRoleWords[strings.ToLower(role)] || role != strings.ToLower(role) && !(len(role) <= 4 && allUpperASCII(role)) {
		return -1 // "a Senior Engineer": a title's capitals; "Acme CTO" is a role
	}
	// the capitalised words right before the role
	ne := rs
	for ne > s && (b.text[ne-1] == ' ' || b.text[ne-1] == '\t') {
		ne--
	}
	ns, n := ne, 0
	for n < 2 {
		k := ns
		for k > s && b.text[k-1] != ' ' && b.text[k-1] != '\t' && b.text[k-1] != '\n' && b.text[k-1] != ',' && b.text[k-1] != '(' {
			k--
		}
		w := b.text[k:ns]
		if w == "" || !isNameToken(w) || leadStop[w] || notName[w] || deptWords[strings.ToLower(w)] {
			break
		}
		ns, n = k, n+1
		if ns <= s || b.text[ns-1] != ' ' {
			break
		}
		ns--
		if ns > s && !isNameToken(lastWord(b.text[s:ns])) {
			ns++
			break
		}
	}
	for ns < ne && (b.text[ns] == ' ' || b.text[ns] == '\t') {
		ns++
	}
	if n == 0 || ns >= ne {
		return -1
	}
	// "Blorpdb's CEO": the possessive's company, a product of the
	// vocabulary too
	if q, ok := cutPossessive(b.text[ns:ne]); ok {
		if ne = ns + len(q); ne <= ns {
			return -1
		}
		if o, _ := b.brandOrgAt(ns, ne); o >= 0 {
			return o
		}
	}
	name := b.text[ns:ne]
	if b.isTerm(name, vocab.Technology, vocab.Place) || b.weakTerm(name, vocab.Technology) || b.mentionOverlaps(ns, ne, vocab.Person) || b.mentionOverlaps(ns, ne, vocab.Event) {
		return -1
	}
	if _, ok := b.lookup(vocab.Organization, fold(name)); !ok && b.sentence(ns).Start == ns && !allUpperASCII(name) && !hasInnerUpper(name) {
		return -1
	}
	return b.cuedOrg(ns, ne, "organization:role-modifier", true)
}

// appositionOrg reads ", Acme," after a person: the clause [s,e) is the
// name of an organisation the post already knows, or "from Acme".
func (b *builder) appositionOrg(s, e int) int {
	if e <= s {
		return -1
	}
	cl := b.text[s:e]
	for _, conn := range []string{"from ", "of ", "at "} {
		if strings.HasPrefix(cl, conn) {
			return b.orgAfterCue(s+len(conn), e, false, "organization:apposition")
		}
	}
	name := strings.TrimRight(cl, " \t.")
	if o, ok := b.lookup(vocab.Organization, fold(name)); ok && wordCount(name, 5) <= 4 {
		return o
	}
	if t, ok := b.termIn(s, s+len(name)); ok && t.Class == vocab.Organization && t.Start == s && t.End == s+len(name) {
		return b.orgAt(s, s+len(name), "organization:apposition", 0.65)
	}
	return -1
}

// parenOrg reads the organisation of a parenthesis [s,e) after n persons,
// its parts split by commas or slashes: a part that is an organisation's
// mention as a whole ("(Acme GmbH)", "(@jroe, Acme)"), or a capitalised
// name beside a role or handle part ("(CTO, Acme)", "(Acme, @jroe)"); for
// several persons also "(both Acme)". -1 if none.
func (b *builder) parenOrg(s, e, n int) int {
	if e-s < 2 || e-s > 80 || strings.ContainsAny(b.text[s:e], "\n(") {
		return -1
	}
	type part struct{ s, e int }
	var parts []part
	for ps := s; ps < e; {
		pe := ps + strings.IndexAny(b.text[ps:e], ",;/|")
		if pe < ps {
			pe = e
		}
		q, qe := ps, pe
		for q < qe && (b.text[q] == ' ' || b.text[q] == '\t') {
			q++
		}
		for qe > q && (b.text[qe-1] == ' ' || b.text[qe-1] == '\t') {
			qe--
		}
		if qe > q {
			parts = append(parts, part{q, qe})
		}
		ps = pe + 1
	}
	if len(parts) == 0 || len(parts) > 3 {
		return -1
	}
	// the other parts say the name is an organisation's: a role or a handle
	cued := func(k int) bool {
		for j, p := range parts {
			if j == k {
				continue
			}
			w := b.lower[p.s:p.e]
			if strings.HasPrefix(w, "@") && !strings.ContainsAny(w, " \t") {
				return true
			}
			for _, t := range strings.Fields(w) {
				if affRoleWords[strings.Trim(t, ".")] {
					return true
				}
			}
		}
		return false
	}
	for k, p := range parts {
		ps := p.s
		leads := []string{"from ", "of ", "at ", "@ ", "now at "}
		if n > 1 {
			leads = append([]string{"both from ", "all from ", "both ", "all "}, leads...)
		}
		for _, lead := range leads {
			if strings.HasPrefix(b.lower[ps:p.e], lead) && ps+len(lead) < p.e {
				ps += len(lead) // "Jane Roe (from Acme)", "(both Acme)"
				break
			}
		}
		pe := p.e
		for pe > ps && b.text[pe-1] == '.' {
			pe--
		}
		if o, oe := b.orgMentionAt(ps); o >= 0 && (oe == pe || oe == p.e) {
			return o
		}
		if o, _ := b.brandOrgAt(ps, pe); o >= 0 {
			return o
		}
		if wordCount(b.text[ps:pe], 5) <= 4 && capWord(b.text[ps:pe]) {
			// a name with a corporate word or of the vocabulary stands
			// alone; any capitalised name needs a cue beside it
			loose := (ps > p.s || len(parts) > 1 && cued(k)) && !b.englishName(b.text[ps:pe])
			if o := b.cuedOrg(ps, pe, "organization:in-parentheses", loose); o >= 0 {
				return o
			}
		}
	}
	return -1
}

// roleThenOrg reads "Jane Roe, Engineering Manager, Acme": the clause
// [s,ce) is a role without an organisation (at most five words, a role
// noun among them, no connector), the next one up to a comma, a sentence
// end or limit a capitalised name of at most three words. It returns the
// organisation and the end of its clause, or -1.
func (b *builder) roleThenOrg(s, ce, limit int) (int, int) {
	var buf [8]string
	toks := appendFields(buf[:0], b.lower[s:ce])
	if len(toks) == 0 || len(toks) > 5 || ce+2 >= limit || !strings.HasPrefix(b.text[ce:], ", ") {
		return -1, 0
	}
	role := false
	for _, w := range toks {
		switch w {
		case "at", "of", "from", "for", "in", "and", "&", "@":
			return -1, 0
		}
		role = role || affRoleWords[strings.Trim(w, ".")]
	}
	if !role {
		return -1, 0
	}
	ns := ce + 2
	ne := clauseLimit(b.text, ns, limit)
	for ne > ns && strings.ContainsRune(" \t.:", rune(b.text[ne-1])) {
		ne--
	}
	if ne <= ns || wordCount(b.text[ns:ne], 4) > 3 || !capWord(b.text[ns:ne]) {
		return -1, 0
	}
	if o, oe := b.orgMentionAt(ns); o >= 0 && oe == ne {
		return o, ne
	}
	if o, _ := b.brandOrgAt(ns, ne); o >= 0 {
		return o, ne
	}
	return b.cuedOrg(ns, ne, "organization:role-apposition", true), ne
}

// brandLike tells whether a lower-case word reads as a brand, not a word:
// a domain name ("acme.io") or a name with braces or digits inside
// ("acme{x}", "acme42").
func brandLike(w string) bool {
	w = strings.TrimRight(w, ".,;:!?)")
	if len(w) < 4 || w != strings.ToLower(w) {
		return false
	}
	if strings.ContainsAny(w, "{}") {
		return true
	}
	if k := strings.LastIndexByte(w, '.'); k > 0 && len(w)-k-1 >= 2 && len(w)-k-1 <= 6 {
		for _, r := range w[k+1:] {
			if r < 'a' || r > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

// brandSlotRule marks the mentions of an organisation that the vocabulary
// knows as a product but an affiliation's or a sponsor list's slot names
// ("Jane Roe (Blorpdb)", "sponsored by Blorpdb": the company).
const brandSlotRule = "organization:brand-in-slot"

// brandOrgAt returns an Organization for the technology the vocabulary
// found at pos, or the product a homepage link names there, where an
// affiliation's slot reads it ("Jane Roe from Blorpdb", "Jane Roe
// ([Blorpdb](…))"): a capitalised name, not in code, not a
// programming language, not followed by a group noun ("from the Blorpdb
// community", "of Blorpdb fame"), and the end of the name; -1 if none. The
// name must end at end, or, with end < 0, before punctuation or a word in
// lower case.
func (b *builder) brandOrgAt(pos, end int) (int, int) {
	for _, i := range b.entitiesIn(pos, min(len(b.text), pos+60), vocab.Technology, vocab.Project) {
		e := &b.res.Entities[i]
		for _, m := range e.Mentions {
			home := m.Rule == "project:homepage-link"
			if m.Start != pos || !home && m.Rule != "lexicon:technology" {
				continue
			}
			if e.Repo != "" {
				return -1, 0 // a project with its repository
			}
			if home && !rootPages(e.SameAs) {
				return -1, 0 // a page of a site ("/teams/widgets"), no company's homepage
			}
			name := b.text[m.Start:m.End]
			after := b.text[m.End:min(len(b.text), m.End+12)]
			if end >= 0 && m.End != end || end < 0 && !brandEnds(after) {
				return -1, 0
			}
			if !capWord(name) || b.inCode(m.Start, m.End) || b.re.reGroupNoun.MatchString(after) || strings.HasPrefix(after, " fame") {
				return -1, 0
			}
			for _, u := range e.SameAs {
				if strings.Contains(u, "programming_language") {
					return -1, 0
				}
			}
			o := b.entity(vocab.Organization, name, fold(name))
			b.mention(o, m.Start, m.End, brandSlotRule, 0.65)
			if home {
				// the link identifies the company its anchor names
				for _, u := range b.res.Entities[i].SameAs {
					b.res.Entities[o].SameAs = AppendUnique(b.res.Entities[o].SameAs, u)
				}
			}
			return o, m.End
		}
	}
	return -1, 0
}

// rootPages tells whether every URL of us is a site's home page (no path
// beyond "/"), as a company's link is.
func rootPages(us []string) bool {
	for _, u := range us {
		pu, err := url.Parse(u)
		if err != nil || strings.Trim(pu.Path, "/") != "" {
			return false
		}
	}
	return len(us) > 0
}

// brandEnds tells whether the text after a name ends it as a clause's
// object: punctuation, the text's end, or a word in lower case ("Jane Roe
// from Blorpdb talked").
func brandEnds(after string) bool {
	if after == "" || strings.ContainsRune(",.;:)!?\n", rune(after[0])) {
		return true
	}
	t := strings.TrimLeft(after, " \t")
	return len(t) < len(after) && t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// dropBrandTerms removes the technologies that the vocabulary found only
// where an affiliation reads them as organisations (brandOrgAt).
func (b *builder) dropBrandTerms() {
	var slots []Mention
	for i := range b.res.Entities {
		if b.res.Entities[i].Class != vocab.Organization {
			continue
		}
		for _, m := range b.res.Entities[i].Mentions {
			if m.Rule == brandSlotRule {
				slots = append(slots, m)
			}
		}
	}
	if len(slots) == 0 {
		return
	}
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Technology && e.Class != vocab.Project || b.canonical(i) != i || len(e.Mentions) == 0 {
			continue
		}
		all := true
		for _, m := range e.Mentions {
			in := false
			for _, s := range slots {
				if s.Start == m.Start && s.End == m.End {
					in = true
					break
				}
			}
			if !in {
				all = false
				break
			}
		}
		if all {
			e.drop()
		}
	}
}

// speakerLinePersons finds the persons of headings and list items that a
// rule reading prose may leave out, where the organisation follows the
// name ("### Widgets at scale – Jane Roe (Acme)", "- Jane Roe, Acme:
// Widgets"): a full name whose first word is a known given name and that
// no rule took, followed by a parenthesis or a line's end that parenOrg or
// dashOrg reads as an organisation. The person is made and affiliated.
func (b *builder) speakerLinePersons() {
	if b.x.cfg.GivenName == nil {
		return
	}
	var lines []Span
	for _, sec := range b.d.Sections {
		if sec.Start >= 0 && sec.Start+len(sec.Heading) <= len(b.text) {
			lines = append(lines, Span{sec.Start, sec.Start + len(sec.Heading)})
		}
	}
	for _, m := range b.d.Marks {
		if m.Kind == doc.MarkListItem && m.Start >= 0 && m.End <= len(b.text) && m.End-m.Start <= 300 {
			lines = append(lines, Span{m.Start, m.End})
		}
	}
	for _, l := range lines {
		if k := strings.IndexByte(b.text[l.Start:l.End], '\n'); k >= 0 {
			l.End = l.Start + k
		}
		// the names before each "(" or ", " of the line
		for i, n := l.Start, 0; i < l.End && n < 8; i++ {
			c := b.text[i]
			if c != '(' && (c != ',' || i+1 >= l.End || b.text[i+1] != ' ') {
				continue
			}
			n++
			e := i
			if c == '(' && e > l.Start && (b.text[e-1] == ' ' || b.text[e-1] == '\t') {
				e--
			}
			if s, e := nameBefore(b.text, e); s >= l.Start {
				b.speakerLinePerson(s, e, l.End)
			}
		}
	}
	// in prose, "Jane Roe (Acme)": the parenthesis only
	for from := 0; ; {
		k := strings.IndexByte(b.text[from:], '(')
		if k < 0 {
			return
		}
		at := from + k
		from = at + 1
		// cheap test first (code has many parentheses, "f(x)"): a blank
		// before the parenthesis, a letter before the blank
		if at < 2 || b.text[at-1] != ' ' || !(b.text[at-2] >= 'a' && b.text[at-2] <= 'z' || b.text[at-2] >= utf8.RuneSelf) {
			continue
		}
		ns, ne := nameBefore(b.text, at-1)
		if ns < 0 {
			continue
		}
		le := strings.IndexByte(b.text[at:min(len(b.text), at+100)], '\n')
		if le < 0 {
			le = min(len(b.text), at+100) - at
		}
		b.speakerLinePerson(ns, ne, at+le)
	}
}

// nameBefore returns the full name that ends at end: two or three
// capitalised words of letters (a later one may hold "-", "'" or "’"),
// after a blank, a quotation mark or a dash; -1 if none.
func nameBefore(text string, end int) (int, int) {
	s, n := end, 0
	for n < 3 {
		ws := s
		for ws > 0 {
			r, sz := utf8.DecodeLastRuneInString(text[:ws])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				break
			}
			ws -= sz
		}
		r, _ := utf8.DecodeRuneInString(text[ws:])
		if ws == s || !unicode.IsUpper(r) {
			break
		}
		s, n = ws, n+1
		if s == 0 || text[s-1] != ' ' && text[s-1] != '\t' {
			break
		}
		if p, _ := utf8.DecodeLastRuneInString(text[:s-1]); !unicode.IsLetter(p) {
			break
		}
		s--
	}
	for s < end && (text[s] == ' ' || text[s] == '\t') {
		s++
	}
	if n < 2 {
		return -1, 0
	}
	// the first word: letters, a hyphen only before a capital ("Jean-Luc")
	first := text[s:]
	if k := strings.IndexAny(first, " \t"); k >= 0 {
		first = first[:k]
	}
	if strings.ContainsAny(first, "'’") || !isNameToken(first) && !strings.Contains(first, "-") {
		return -1, 0
	}
	if s > 0 {
		if p, _ := utf8.DecodeLastRuneInString(text[:s]); !strings.ContainsRune(" \t\n\"“(—–-", p) {
			return -1, 0
		}
	}
	return s, end
}

// speakerLinePerson makes a Person of the name [s,e) on a line ending at
// le when an organisation follows it, and affiliates them.
func (b *builder) speakerLinePerson(s, e, le int) {
	name := b.text[s:e]
	var buf [8]string
	toks := appendFields(buf[:0], name)
	if !b.givenName(toks[0]) || leadStop[toks[0]] || notName[toks[0]] || notName[toks[len(toks)-1]] || b.isTerm(toks[0]) || b.isTerm(name) {
		return
	}
	if b.isHardClaimed(s, e) || b.inURLAnchor(s) || len(b.entitiesIn(max(0, s-1), min(len(b.text), e+1), vocab.Person, vocab.Organization, vocab.Technology, vocab.Project, vocab.Event, vocab.Place, vocab.Talk, vocab.Track)) > 0 {
		return
	}
	if _, ok := b.lookup(vocab.Organization, fold(name)); ok {
		return
	}
	o := -1
	rest := b.text[e:le]
	if p := strings.IndexByte(rest, '('); p >= 0 && strings.TrimSpace(rest[:p]) == "" {
		if q := strings.IndexByte(rest[p:], ')'); q > 0 {
			o = b.parenOrg(e+p+1, e+p+q, 1)
		}
	} else if strings.HasPrefix(rest, ", ") {
		o = b.dashOrg(e + 2)
	}
	if o < 0 || b.res.Entities[b.canonical(o)].Class != vocab.Organization {
		return
	}
	i := b.person(name)
	b.mention(i, s, e, "person:speaker-line", 0.7)
	b.claim(s, e)
	b.rel(Affiliation, i, b.canonical(o), s, le, "affiliation:speaker-line", 0.65)
}
