package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"
)

// Affiliation forms beside those of affiliations.go, each a common shape
// of a conference write-up:
//   - a clause after the person: "Jane Roe, who is at Acme, …", "Jane
//     Roe, now at Acme", "Jane Roe, currently with Acme", "Jane Roe, who
//     recently joined Acme", "Jane Roe, one of the Acme developers",
//     "Jane Roe, who works on Widgets at Acme", "Jane Roe, an engineer
//     with Acme", "Jane Roe, an Acme data scientist";
//   - "Jane Roe represented Acme";
//   - a brand's possessive before a person: "Acme's Jane Roe" makes a weak
//     organisation of the vocabulary a mention (orgContext);
//   - "from Acme's cloud team": the organisation is Acme, not "Acme's".

// reClauseAt opens a clause that places the person before it at an
// organisation, up to the organisation's name.
var reClauseAt = regexp.MustCompile(`^(?:who[ \t]+(?:is|['’]s)[ \t]+(?:now[ \t]+|currently[ \t]+|also[ \t]+)?(?:at|with)|(?:now|currently)[ \t]+(?:at|with|working[ \t]+(?:at|for))|who[ \t]+(?:now[ \t]+|recently[ \t]+|just[ \t]+)?(?:joined|works[ \t]+(?:at|for)|is[ \t]+working[ \t]+(?:at|for))|who[ \t]+works?[ \t]+on[ \t]+[^,;()]{1,40}?[ \t]+(?:at|for)|(?:an?|the)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?:engineer|developer|researcher|scientist|designer|architect|manager|consultant|advocate|evangelist|maintainer)s?[ \t]+with|(?:one|some)[ \t]+of[ \t]+the)[ \t]+`)

// reOrgRoleAfter: a role of one to three words after an organisation's
// name ("a Quux data scientist", "a Quux engineer").
var reOrgRoleAfter = regexp.MustCompile(`^[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?:engineer|developer|researcher|scientist|designer|architect|manager|consultant|advocate|evangelist|maintainer|employee|intern)\b`)

// reRepresented: a verb after a person that makes them speak for an
// organisation ("Jane Roe represented Acme on the panel").
var reRepresented = regexp.MustCompile(`^[ \t]+(?:(?:was|is)[ \t]+)?(?:represented|representing)[ \t]+(?:the[ \t]+)?`)

// representedOrg returns the organisation a person ending at end
// represents, and the end of its name; -1 if none.
func (b *builder) representedOrg(end, limit int) (int, int) {
	if !representedLead(b.text[end:limit]) {
		return -1, 0
	}
	m := reRepresented.FindStringIndex(b.text[end:limit])
	if m == nil {
		return -1, 0
	}
	return b.orgMentionAt(end + m[1])
}

// representedLead is a cheap test reRepresented needs (the pattern is
// anchored): blanks, then "represent", or "was" or "is", blanks and
// "represent". TestAffilLeads and FuzzAffilLeads check it against the
// pattern.
func representedLead(s string) bool {
	j := skipBlanks(s, 0)
	if j == 0 {
		return false
	}
	for _, c := range [...]string{"was", "is"} {
		if hasAt(s, j, c) {
			k := skipBlanks(s, j+len(c))
			return k > j+len(c) && hasAt(s, k, "represent")
		}
	}
	return hasAt(s, j, "represent")
}

// clauseAtWords are the first words of reClauseAt's forms.
var clauseAtWords = wordSet("who", "now", "currently", "a", "an", "the", "one", "some")

// clauseAtLead is a cheap test reClauseAt needs (the pattern is anchored,
// case-sensitive, and each of its forms opens with one of clauseAtWords
// and a blank). TestAffilLeads and FuzzAffilLeads check it against the
// pattern.
func clauseAtLead(s string) bool {
	w := asciiWordAt(s, 0)
	return len(w) < len(s) && (s[len(w)] == ' ' || s[len(w)] == '\t') && clauseAtWords[w]
}

// articleRoleOrg reads "a Quux data scientist" at s: an article, an
// organisation, a role; it returns the organisation and the role's end,
// or -1.
func (b *builder) articleRoleOrg(s, ce int) (int, int) {
	w := b.lower[s:ce]
	var ns int
	switch {
	case strings.HasPrefix(w, "a "):
		ns = s + 2
	case strings.HasPrefix(w, "an "):
		ns = s + 3
	default:
		return -1, 0
	}
	o, oe := b.orgMentionAt(ns)
	if o < 0 || oe > ce {
		return -1, 0
	}
	m := reOrgRoleAfter.FindStringIndex(b.text[oe:ce])
	if m == nil {
		return -1, 0
	}
	return o, oe + m[1]
}

// clauseOrg returns the organisation that a clause at s (after a person's
// name and a comma, up to ce) places the person at, and the end of its
// name; -1 if none. After "one of the" the organisation must be followed
// by a role noun ("one of the Acme developers").
func (b *builder) clauseOrg(s, ce int) (int, int) {
	var m []int
	if clauseAtLead(b.text[s:ce]) {
		m = reClauseAt.FindStringIndex(b.text[s:ce])
	}
	if m == nil {
		return b.articleRoleOrg(s, ce)
	}
	ns := s + m[1]
	if strings.HasPrefix(b.lower[ns:ce], "the ") {
		ns += 4
	}
	o, oe := b.orgMentionAt(ns)
	if o < 0 {
		return -1, 0
	}
	if strings.HasSuffix(strings.TrimRight(b.lower[s:s+m[1]], " \t"), " the") {
		w := strings.ToLower(strings.Trim(nextWord(b.text, oe), ",.;:"))
		if !orgRoleWords[w] && !roleWords[w] {
			return -1, 0
		}
	}
	return o, oe
}

// possessivePersonAfter tells whether a possessive and a person's name
// follow end ("Acme's Jane Roe"): "'s", a known given name and a
// capitalised word.
func (b *builder) possessivePersonAfter(end int) bool {
	rest := b.text[end:min(len(b.text), end+60)]
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s "):]
	default:
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 || b.x.cfg.GivenName == nil || !b.givenName(ws[0]) || !isNameToken(ws[0]) {
		return false
	}
	return isNameToken(strings.TrimRight(ws[1], ",.;:!?"))
}

// unpossessed drops a possessive ending from an organisation's name read
// before a noun ("Acme's" of "from Acme's cloud team"), unless the name
// with it is a known one ("a name's own 's").
func (b *builder) unpossessed(name string) string {
	for _, p := range []string{"'s", "’s"} {
		if n := strings.TrimSuffix(name, p); n != name && n != "" && !b.isTerm(name) {
			return n
		}
	}
	return name
}

// projectRole tells whether the words before a role noun make it a role in
// a project rather than at the writer's organisation ("our designated
// project manager, Dana": the project of a sprint or hackathon team).
func projectRole(rest string) bool {
	return lastWord(strings.TrimRight(rest, " \t")) == "project"
}
