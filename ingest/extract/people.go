package extract

import (
	"slices"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// personMention is one naming of a person, with what the text around it says.
type personMention struct {
	ent        int
	start, end int
	speak      bool // the person gives a talk here
	strong     bool // an explicit talk cue names the person ("a talk by X", "speaker X")
	subj       Span // the talk's subject phrase, if stated
}

const nameTok = `\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`

// kwOrgCue finds, in lower-cased text, " from "/" at " after a noun
// reOrgCue starts with.
var kwOrgCue = newFoldKeywords(func(_, lower string, at int, _ string) bool {
	return orgCueNouns[prevWord(lower, at+1)]
}, " from ", " at ")

var orgCueNouns = map[string]bool{
	"people": true, "person": true, "developer": true, "developers": true, "engineer": true, "engineers": true,
	"folks": true, "team": true, "someone": true, "speaker": true, "speakers": true, "member": true,
	"members": true, "colleague": true, "colleagues": true, "researcher": true, "researchers": true,
	"guys": true, "representative": true, "representatives": true,
}

var (
	kwSponsoredBy = newKeywords(nil, "ponsored by")
	kwSponsor     = newKeywords(nil, "sponsor")
)

// words that start a capitalised phrase but never a person's name.
var notName = map[string]bool{
	"Open": true, "Free": true, "Source": true, "Software": true, "Foundation": true, "University": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Python": true, "Rust": true, "Java": true, "Linux": true, "Cloud": true, "Data": true, "Web": true,
	"Real": true, "Time": true, "Hello": true, "World": true, "Team": true, "Release": true, "Update": true,
	"Community": true, "Project": true, "Conference": true, "Track": true, "Room": true, "Devroom": true,
	"Working": true, "Group": true, "Core": true, "Language": true, "Design": true, "Security": true,
	"Summit": true, "Days": true, "Day": true, "Week": true, "Year": true, "Edition": true, "North": true,
	"South": true, "East": true, "West": true, "New": true, "Old": true, "Happy": true, "Thank": true,
	"Mr": true, "Mrs": true, "Dr": true, "Read": true, "See": true, "Check": true, "Note": true, "Please": true,
	"Why": true, "How": true, "Where": true, "Who": true, "Will": true, "Can": true, "Should": true,
}

// nameLike tells whether s is one to four name tokens.
func nameLike(s string) bool {
	var buf [5]string
	toks := appendFields(buf[:0], s)
	if len(toks) == 0 || len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if !isNameToken(t) || leadStop[t] {
			return false
		}
	}
	return true
}

// firstName returns the folded given name of a full name: its first word,
// up to a hyphen ("Jean" of "Jean-Luc Roe"). folds holds the folded given
// names by their spelling, so that a given name the post repeats is folded
// into one string.
func firstName(folds map[string]string, name string) string {
	f := firstField(name)
	if f == "" {
		return ""
	}
	if i := strings.IndexByte(f, '-'); i > 0 {
		f = f[:i]
	}
	if k, ok := folds[f]; ok {
		return k
	}
	k := fold(f)
	folds[f] = k
	return k
}

// person returns the Person entity named name, creating it.
func (b *builder) person(name string) int {
	return b.entity(vocab.Person, name, fold(name))
}

// people finds the persons the post names: authors, speakers linked to a
// schedule, profiles, and names in prose with a cue.
func (b *builder) people() {
	for _, a := range b.d.Authors {
		a = strings.TrimSpace(a)
		a = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(a, "and "), "by "))
		if a == "" {
			continue
		}
		var i int
		if b.re.reTeamLike.MatchString(a) && wordCount(a, 2) > 1 {
			i = b.entity(vocab.Organization, a, fold(a))
		} else {
			i = b.person(a)
		}
		b.mention(i, 0, 0, "person:front-matter-author", 1)
		b.rel(Author, -1, i, 0, 0, "author:front-matter", 1)
	}
	for _, l := range b.links {
		switch l.kind {
		case lkSpeaker:
			name := ""
			if b.x.cfg.Speaker != nil {
				ed := b.editionOf(l)
				if ed >= 0 {
					e := b.res.Entities[ed]
					name, _ = b.x.cfg.Speaker(e.Series, e.Year, l.slug)
				}
			}
			a := trimPunct(l.anchor)
			if name == "" {
				if nameLike(a) && wordCount(a, 2) > 1 {
					name = a
				} else {
					name = humanise(l.slug)
				}
			}
			i := b.person(name)
			e := &b.res.Entities[i]
			e.SameAs = AppendUnique(e.SameAs, l.url)
			e.Aliases = AppendUnique(e.Aliases, l.slug)
			if a != name && nameLike(a) {
				e.Aliases = AppendUnique(e.Aliases, a)
			}
			e.Slug, e.Year = l.slug, l.year
			b.alias(i, fold(a), fold(humanise(l.slug)))
			b.mention(i, l.start, l.end, "person:schedule-speaker-link", 0.95)
			b.claim(l.start, l.end)
			pm := personMention{ent: i, start: l.start, end: l.end, speak: true}
			b.cues(&pm)
			pm.speak = true
			b.persons = append(b.persons, pm)
		case lkProfile:
			if embedChrome(l.url) {
				b.claim(l.start, l.end) // a handle in an embedded tweet's markup, not the post's words
				continue
			}
			a := trimPunct(l.anchor)
			name := profileHandle(strings.TrimSpace(l.anchor), l.slug)
			if name != "" {
				a = name
			} else if nameLike(a) && !b.isTerm(a) && !b.nameTerm(a) && !namesPlatform(a) {
				name = a
			} else if m := profileOnMatch(b.re, a); m != nil {
				name = m[1]
			}
			if name == "" {
				continue
			}
			i := b.person(name)
			e := &b.res.Entities[i]
			e.SameAs = AppendUnique(e.SameAs, l.url)
			e.Aliases = AppendUnique(e.Aliases, l.slug)
			b.mention(i, l.start, l.end, "person:profile-link", 0.85)
			b.claim(l.start, l.end)
			pm := personMention{ent: i, start: l.start, end: l.start + len(name)}
			if l.anchor == a {
				pm.end = l.end
			}
			b.cues(&pm)
			b.persons = append(b.persons, pm)
		}
	}
	b.linkedPersonCues()
	b.handles()
	// full names in prose with a cue
	runs := nameRuns(b.text)
	// a run in four or so is a person's mention in a text dense with names
	b.persons = slices.Grow(b.persons, len(runs)/4)
	var runToks []string
	// the affiliations the loop makes, by index in b.persons: the pass
	// after it need not make them again (affiliate is idempotent: its
	// mention and relation are there, and no entity it reads changes
	// in between)
	var affiliated []affiliation
	for ri, m := range runs {
		if b.stopped() {
			return
		}
		s, e := m.Start, m.End
		if strings.Count(b.text[s:e], " ")+strings.Count(b.text[s:e], "\t") < 1 {
			continue
		}
		name := b.text[s:e]
		// the run's words, in a buffer of the loop (nothing keeps them)
		toks := appendFields(runToks[:0], name)
		runToks = toks
		for len(toks) > 0 && (leadStop[toks[0]] || notName[toks[0]]) {
			s += len(toks[0])
			for s < e && (b.text[s] == ' ' || b.text[s] == '\t') {
				s++
			}
			toks = toks[1:]
		}
		// a sentence's first word, capitalised by position, before a
		// given name: "Later Ana de Vries joined"
		if len(toks) >= 3 && b.x.cfg.GivenName != nil && b.sentence(s).Start == s && !b.givenName(toks[0]) && b.givenName(toks[1]) {
			s += len(toks[0])
			for s < e && (b.text[s] == ' ' || b.text[s] == '\t') {
				s++
			}
			toks = toks[1:]
		}
		if len(toks) > 4 {
			continue
		}
		if len(toks) < 2 || b.isClaimed(s, e) || b.inURLAnchor(s) {
			continue
		}
		// "Jane Roes talk": a possessive written without its
		// apostrophe, after a full name whose given name is known
		bare := false
		if last := toks[len(toks)-1]; bareGenitive(b.text, e-len(last), e) && (b.givenName(toks[0]) || b.knownPerson(b.text[s:e-1])) {
			e--
			toks[len(toks)-1] = last[:len(last)-1]
			bare = true
		}
		name = b.text[s:e]
		if b.isTerm(name) || notName[toks[len(toks)-1]] {
			continue
		}
		key := fold(name) // the name's key, for every lookup below
		// an organisation is never a person: a known one, or the words
		// of an affiliation ("Jane Doe from Morgan Stanley presented")
		if i, ok := b.lookup(vocab.Organization, key); ok {
			b.mention(i, s, e, "organization:known-name", 0.7)
			b.claim(s, e)
			continue
		}
		if b.affiliationSlot(s) {
			if b.orgAt(s, e, "organization:affiliation-slot", 0.6) >= 0 {
				b.claim(s, e)
			}
			continue
		}
		// "Dylan Meeus talked about": a given name that is also a known
		// term heads a person's name when a speech verb follows the name
		if b.isTerm(toks[0], vocab.Technology, vocab.Organization, vocab.Place) && !(len(toks) == 2 && b.givenName(toks[0]) && b.speechVerbAfter(e)) {
			continue
		}
		if i, ok := b.lookup(vocab.Person, key); ok {
			pm := personMention{ent: i, start: s, end: e}
			b.cues(&pm)
			b.mention(i, s, e, "person:known-name", 0.9)
			b.persons = append(b.persons, pm)
			b.claim(s, e)
			continue
		}
		pm := personMention{ent: -1, start: s, end: e}
		ok, org, os, oe := b.cues(&pm)
		if bare {
			ok, pm.speak = true, true
			pm.subj = b.bareSubject(e + 1)
		}
		if !ok && ri+1 < len(runs) {
			ok = b.joinedCueList(&pm, runs, ri+1)
		}
		rule := "person:name-with-cue"
		if !ok {
			switch {
			case b.speakerInProse(name, s, e):
				rule = "person:official-speaker"
			case b.nameShape(toks, s, e):
				rule = "person:name-shape"
			default:
				continue
			}
		}
		// "a capitalised phrase is not a person": without an explicit talk
		// cue the name must start with a known given name or be an
		// official speaker's name
		if !pm.strong && !b.givenName(toks[0]) && !b.knownPerson(name) && rule != "person:name-shape" {
			continue
		}
		i := b.entity(vocab.Person, name, key) // b.person(name)
		pm.ent = i
		b.mention(i, s, e, rule, 0.8)
		b.claim(s, e)
		b.persons = append(b.persons, pm)
		if org != "" {
			b.affiliate(i, org, os, oe)
			affiliated = append(affiliated, affiliation{len(b.persons) - 1, org, os, oe})
		}
	}
	// affiliations of linked people
	for k, pm := range b.persons {
		if pm.ent < 0 {
			continue
		}
		for len(affiliated) > 0 && affiliated[0].person < k {
			affiliated = affiliated[1:]
		}
		if org, os, oe := b.orgCue(pm.end); org != "" {
			if len(affiliated) > 0 && affiliated[0] == (affiliation{k, org, os, oe}) {
				continue // done in the loop above, with these very words
			}
			b.affiliate(pm.ent, org, os, oe)
		}
	}
	// first names: a single token naming exactly one person of the post
	firsts := map[string][]int{}
	folds := map[string]string{} // given names as written -> folded
	for i, e := range b.res.Entities {
		if e.Class == vocab.Person && wordCount(e.Name, 2) > 1 {
			f := firstName(folds, e.Name)
			firsts[f] = append(firsts[f], i)
		}
	}
	// single-token people from links merge into their full name
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Person || wordCount(e.Name, 2) != 1 {
			continue
		}
		if c := firsts[fold(e.Name)]; len(c) == 1 {
			b.merge(c[0], i)
		}
	}
	for k := range b.persons {
		b.persons[k].ent = b.canonical(b.persons[k].ent)
	}
	lasts := b.surnames()
	singles := singleTokens(b.text, runs)
	for _, m := range singles {
		s, e := m.Start, m.End
		if b.isClaimed(s, e) || b.inURLAnchor(s) {
			continue
		}
		w := b.text[s:e]
		if leadStop[w] || notName[w] {
			continue
		}
		// "Janes talk about X": the possessive without its apostrophe
		// of a given name, or of a name the post uses alone elsewhere
		if bareGenitive(b.text, s, e) {
			if base := w[:len(w)-1]; b.givenName(base) || len(byFolded(firsts, base)) == 1 || otherUse(b.text, base, s) {
				pm := personMention{ent: -1, start: s, end: e - 1, speak: true, subj: b.bareSubject(e)}
				if c := byFolded(firsts, base); len(c) == 1 {
					pm.ent = c[0]
				} else if len(c) == 0 && !b.isTerm(base) {
					pm.ent = b.person(base)
				}
				if pm.ent >= 0 {
					b.mention(pm.ent, s, e-1, "person:bare-genitive", 0.6)
					b.persons = append(b.persons, pm)
				}
				continue
			}
		}
		c := byFolded(firsts, w)
		if len(c) > 1 {
			continue // two people share it: stay unresolved
		}
		pm := personMention{ent: -1, start: s, end: e}
		if len(c) == 1 {
			pm.ent = c[0]
			b.cues(&pm)
			b.mention(c[0], s, e, "person:first-name-in-post", 0.7)
			b.persons = append(b.persons, pm)
			continue
		}
		// the surname of exactly one person of the post: "as Goodwin showed"
		if c := byFolded(lasts, w); len(c) == 1 && !b.isTerm(w) {
			pm.ent = b.canonical(c[0])
			b.cues(&pm)
			b.mention(pm.ent, s, e, "person:surname-in-post", 0.65)
			b.persons = append(b.persons, pm)
			continue
		}
		// a given name alone that speaks or acts: "Steven advised us"
		if speak, ok := b.singleGivenName(w, s, e); ok {
			i := b.person(w)
			pm.ent = i
			b.cues(&pm)
			pm.speak = pm.speak || speak
			b.mention(i, s, e, "person:given-name-with-cue", 0.6)
			b.persons = append(b.persons, pm)
			continue
		}
		// an unknown single name only with a strong cue: "a talk by the energetic Ruud"
		sent := b.sentence(s)
		pre := b.text[sent.Start:s]
		if strings.Contains(pre[max(0, len(pre)-40):], "by ") && b.isTalky(sent) && preVerbBy(b.re, pre) && !b.isTerm(w) {
			if _, ok := b.termIn(s, e); ok {
				continue
			}
			i := b.person(w)
			pm.ent = i
			b.cues(&pm)
			pm.speak = true
			b.mention(i, s, e, "person:single-name-by-cue", 0.6)
			b.persons = append(b.persons, pm)
		}
	}
	// "McKenna et al."
	for _, m := range singles {
		if post := b.text[m.End:min(len(b.text), m.End+10)]; strings.Contains(post, "et") && b.re.reEtAl.MatchString(post) && !b.isClaimed(m.Start, m.End) {
			i := b.person(b.text[m.Start:m.End])
			b.mention(i, m.Start, m.End, "person:et-al", 0.6)
		}
	}
	b.mergeHandles()
	b.orgCues()
	// organisations named with a cue but no person
	for _, m := range b.findNear(b.text, b.hitsOf(kwOrgCue), b.re.reOrgCue, 20, 70) {
		if b.mentionOverlaps(m[2], m[3], vocab.Track) {
			continue // "speakers from the Zorb and Quux devrooms": tracks
		}
		b.orgAt(m[2], m[3], "organization:cue", 0.7)
	}
	for _, m := range b.findNear(b.text, b.hitsOf(kwSponsoredBy), b.re.reSponsBy, 5, 60) {
		b.orgAt(m[2], m[3], "organization:cue", 0.7)
	}
	for _, m := range b.findNear(b.text, b.hitsOf(kwSponsor), b.re.reSponsor, 90, 5) {
		s, e := m[2], m[3]
		toks := strings.Fields(b.text[s:e])
		for len(toks) > 0 && leadStop[toks[0]] {
			s += len(toks[0]) + 1
			toks = toks[1:]
		}
		if len(toks) > 0 {
			b.orgAt(s, e, "organization:sponsor", 0.7)
		}
	}
}

// affiliation is an affiliate call of people's loop over name runs: the
// index of the person's mention in b.persons and the organisation's words.
type affiliation struct {
	person     int
	org        string
	start, end int
}

// reWithTalk matches reWithTalk on post, looking for "with" first.
func (b *builder) reWithTalk(post string) []int {
	if !strings.HasPrefix(strings.TrimLeft(post, " \t"), "with ") {
		return nil
	}
	return b.re.reWithTalk.FindStringSubmatchIndex(post)
}

// speakersVerbs join "speakers" to the list of their names.
var speakersVerbs = []string{" were ", " included ", " include ", " includes ", " such as ", " like ", " are ", ": "}

// speakersListed tells whether lp (the lower-cased text before a name)
// ends in a list of speakers: "speakers", a verb that lists them, and
// between it and the name only other names, their organisations and the
// list's commas ("some of the speakers were jane roe (acme), john doe
// and ").
func speakersListed(lp string) bool {
	if !strings.Contains(lp, "speakers") {
		return false // (Contains is quicker to say no than LastIndex)
	}
	k := strings.LastIndex(lp, "speakers")
	rest := lp[k+len("speakers"):]
	v := -1
	for _, w := range speakersVerbs {
		if i := strings.Index(rest, w); i >= 0 && (v < 0 || i < v) {
			v = i + len(w)
		}
	}
	if v < 0 || strings.ContainsAny(rest[:v], ".;!?") || len(rest[:v]) > 60 {
		return false
	}
	// the words between the verb and the name: names (lower-cased here),
	// parentheses, "and", "from X"; no sentence end
	tail := rest[v:]
	if strings.ContainsAny(tail, ".;!?:") || len(tail) > 160 {
		return false
	}
	if tail == "" {
		return true
	}
	t := strings.TrimRight(tail, " \t")
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, " and") || strings.HasSuffix(t, "&")
}

// bareTalkNouns are the talk nouns a possessive without its apostrophe
// stands before ("Janes talk").
var bareTalkNouns = wordSet("talk", "presentation", "keynote", "session", "workshop", "lightning", "tutorial", "demo")

// bareGenitive tells whether the capitalised word text[s:e] is a name with
// an "s" of possession but no apostrophe, right before a talk noun
// ("Janes talk", "Roes keynote"); an "ss" ending ("Ross") is a name.
func bareGenitive(text string, s, e int) bool {
	w := text[s:e]
	if len(w) < 4 || w[len(w)-1] != 's' || strings.ContainsAny(w[len(w)-2:len(w)-1], "sS'’") || e >= len(text) || text[e] != ' ' {
		return false
	}
	return bareTalkNouns[strings.ToLower(nextWord(text, e))]
}

// bareSubject returns the subject of the talk named at pos by a bare
// genitive ("Janes talk about Frobnicator"): the words after "about" or
// "on" that follow the talk noun, to the end of the clause.
func (b *builder) bareSubject(pos int) Span {
	rest := b.lower[pos:min(len(b.lower), pos+40)]
	for _, c := range []string{" talk ", " presentation ", " keynote ", " session ", " workshop ", " lightning talk ", " tutorial ", " demo "} {
		if !strings.HasPrefix(rest, c) {
			continue
		}
		for _, p := range []string{"about ", "on "} {
			if strings.HasPrefix(rest[len(c):], p) {
				s := pos + len(c) + len(p)
				sent := b.sentence(pos)
				return subjectSpan(b.re, b.text, s, clauseEnd(b.text, s, sent.End))
			}
		}
	}
	return Span{}
}

// otherUse tells whether word w stands alone, as a whole word, elsewhere
// in text than at pos.
func otherUse(text, w string, pos int) bool {
	for _, at := range wordIndexes(text, w) {
		if at != pos {
			return true
		}
	}
	return false
}

// linkedPersonCues reads the cues around the people that links to their
// own pages named before this rule ran (projects.go): "[Jane Roe](her
// page) gave a talk about widgets" is a speaker like any other.
func (b *builder) linkedPersonCues() {
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Rule != "person:homepage-link-context" && m.Rule != "person:personal-page-link" || m.End <= m.Start {
				continue
			}
			pm := personMention{ent: i, start: m.Start, end: m.End}
			b.cues(&pm)
			b.persons = append(b.persons, pm)
		}
	}
}

// affiliationSlot tells whether the words at s follow "<Name> from",
// "<Name> at" or "<Name> of": they name the person's organisation.
func (b *builder) affiliationSlot(s int) bool {
	pre := b.text[max(0, s-6):s]
	var k int
	switch {
	case strings.HasSuffix(pre, " from "):
		k = s - len(" from ")
	case strings.HasSuffix(pre, " at "):
		k = s - len(" at ")
	case strings.HasSuffix(pre, " of "):
		// "of" names an employer only after a person ("Jane Roe of
		// Acme"), not after a title ("Head of Platform")
		k = s - len(" of ")
		for _, pm := range b.persons {
			if pm.end == k {
				return true
			}
		}
		return false
	default:
		return false
	}
	w := strings.TrimRight(prevWord(b.text, k+1), ")")
	if w == "" {
		w = lastWord(b.text[max(0, k-40):k])
	}
	return isNameToken(w) && !leadStop[w]
}

// profilePlatforms are sites whose name in a profile link's anchor is not
// the person's ("RustFest Twitter", "GitHub").
var profilePlatforms = map[string]bool{
	"twitter": true, "github": true, "gitlab": true, "mastodon": true, "linkedin": true, "bluesky": true,
	"codeberg": true, "keybase": true, "instagram": true, "facebook": true, "fediverse": true, "x": true,
	"profile": true, "account": true, "handle": true,
}

// namesPlatform tells whether a word of s names a profile site.
func namesPlatform(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if profilePlatforms[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// joinedCue reads "X and Y presented …": the name at pm shares the talk cue
// of the full name right after it, joined by "and" or a comma.
func (b *builder) joinedCue(pm *personMention, next Span) bool {
	if next.Start < pm.end || next.Start-pm.end > 6 {
		return false
	}
	switch b.text[pm.end:next.Start] {
	case " and ", ", ", ", and ", " & ":
	default:
		return false
	}
	if wordCount(b.text[next.Start:next.End], 2) < 2 {
		return false
	}
	q := personMention{ent: -1, start: next.Start, end: next.End}
	if _, _, _, _ = b.cues(&q); !q.speak {
		return false
	}
	pm.speak, pm.strong, pm.subj = true, q.strong, q.subj
	return true
}

// givenName tells whether tok is a known given name (always true without a
// given-name list). A hyphenated name counts by its first part too.
func (b *builder) givenName(tok string) bool {
	g := b.x.cfg.GivenName
	if g == nil {
		return true
	}
	if g(tok) {
		return true
	}
	if i := strings.IndexAny(tok, "-"); i > 0 {
		return g(tok[:i])
	}
	return false
}

// knownPerson tells whether name is exactly an official speaker's name.
func (b *builder) knownPerson(name string) bool {
	return b.x.cfg.KnownPerson != nil && b.x.cfg.KnownPerson(name)
}

// speechVerbAfter tells whether a speech verb ("talked", "presented")
// follows the name ending at end.
func (b *builder) speechVerbAfter(end int) bool {
	s := b.sentence(max(0, end-1))
	post := b.text[end:max(end, min(s.End, end+160))]
	return speakerVerbEnd(post) >= 0
}

// singleTokens splits name runs into their tokens.
func singleTokens(text string, runs []Span) []Span {
	out := make([]Span, 0, len(runs)*3/2) // most runs are one or two tokens
	for _, r := range runs {
		s := r.Start
		for i := r.Start; i <= r.End; i++ {
			if i == r.End || text[i] == ' ' || text[i] == '\t' {
				if i > s && (i-s > 3 || !particles[text[s:i]]) { // (particles have two or three letters)
					out = append(out, Span{s, i})
				}
				s = i + 1
			}
		}
	}
	return out
}

// anyTerm tells whether a word of s is a known technology or organization.
func (b *builder) anyTerm(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if b.isTerm(w, vocab.Technology, vocab.Organization) {
			return true
		}
	}
	return false
}

// inURLAnchor tells whether pos is inside a bare-URL link.
func (b *builder) inURLAnchor(pos int) bool {
	for _, l := range b.urlAnchors {
		if pos >= l.Start && pos < l.End {
			return true
		}
	}
	return false
}

// cues reads the text around a person mention: whether it states a talk
// (speak, subject) and an organisation. ok reports whether there is any cue
// that the capitalised words are a person.
func (b *builder) cues(pm *personMention) (ok bool, org string, os, oe int) {
	sent := b.sentence(pm.start)
	pre := b.text[max(sent.Start, pm.start-80):pm.start]
	post := b.text[pm.end:max(pm.end, min(sent.End, pm.end+160))]
	talky := b.isTalky(sent)
	if strings.Contains(pre[max(0, len(pre)-40):], "by ") && preBy(b.re, pre) {
		// "sponsored by Acme Labs": a sponsor, not a speaker nor a person
		if backerBy(pre) {
			return false, "", 0, 0
		}
		ok = true
		if talky || preVerbBy(b.re, pre) {
			pm.speak, pm.strong = true, true
			pm.subj = b.subjectAround(pm, sent)
		}
	}
	// "by X and Y", "by X, Y and Z": the later names share the "by" cue
	if !ok && (strings.HasSuffix(pre, "and ") || strings.HasSuffix(pre, ", ") || strings.HasSuffix(pre, "& ")) && preByConjNeed(pre) && b.re.rePreByConj.MatchString(pre) {
		ok = true
		if talky || preVerbBy(b.re, pre) {
			pm.speak, pm.strong = true, true
			pm.subj = b.subjectAround(pm, sent)
		}
	}
	if panelMember(pre) || talkNounLead(pre) {
		ok, pm.speak, pm.strong = true, true, true // "the panel with X, Y and Z", "Keynote: X"
		pm.subj = b.subjectAround(pm, sent)
	}
	if strings.HasSuffix(pre, "from ") && b.re.rePreFrom.MatchString(pre) {
		ok, pm.speak, pm.strong = true, true, true
		pm.subj = b.subjectAround(pm, sent)
	}
	// "the speakers included Jane Roe, John Doe (Acme) and Ana Lima"
	if speakersListed(b.lower[pm.start-len(pre) : pm.start]) {
		ok, pm.speak, pm.strong = true, true, true
	}
	if lp := b.lower[pm.start-len(pre) : pm.start]; strings.HasSuffix(lp, "speaker ") || strings.HasSuffix(lp, "speakers ") || strings.HasSuffix(lp, "speaker: ") {
		ok, pm.strong = true, true
	}
	if m1 := speakerVerbEnd(post); m1 >= 0 {
		ok, pm.speak = true, true
		s := pm.end + m1
		// "about"/"on how" are part of the subject
		w := post[:m1]
		if strings.HasSuffix(w, "on how") {
			s -= 3
		}
		end := clauseEnd(b.text, s, sent.End)
		pm.subj = subjectSpan(b.re, b.text, s, end)
	}
	if (strings.HasPrefix(post, "'s") || strings.HasPrefix(post, "’s")) && b.re.rePostPoss.MatchString(post) {
		ok, pm.speak = true, true
	}
	// "Next up was Jane Roe with a talk on widgets"
	if m := b.reWithTalk(post); m != nil {
		ok, pm.speak = true, true
		if m[2] >= 0 {
			s := pm.end + m[3]
			pm.subj = subjectSpan(b.re, b.text, s, clauseEnd(b.text, s, sent.End))
		}
	}
	// the rules anchored at the name's end, tried when their first
	// characters are there
	lead := post[skipBlanks(post, 0):]
	if len(lead) < len(post) && strings.HasPrefix(lead, "et") && b.re.reEtAl.MatchString(post) {
		ok = true
	}
	if strings.HasPrefix(lead, "(") && mayRoleOrg(post) {
		if m := b.re.reRoleOrg.FindStringSubmatchIndex(post); m != nil {
			ok = true
			org, os, oe = trimOrg(b.text[pm.end+m[2]:pm.end+m[3]]), pm.end+m[2], pm.end+m[3]
		}
	}
	if o, s, e := b.orgCue(pm.end); o != "" && wordCount(b.text[pm.start:pm.end], 2) > 1 {
		ok = true
		org, os, oe = o, s, e
	}
	return ok, org, os, oe
}

// mayRoleOrg tells whether reRoleOrg can match post ("(CTO of Acme)"): the
// parenthesis it reads, up to the first ")", holds "of" or "at" (in any
// case) between blanks with two bytes after it. Most parentheses after a
// name ("(Acme)", "(@jroe)") have none.
func mayRoleOrg(post string) bool {
	k := strings.IndexByte(post, ')')
	if k < 0 {
		return false
	}
	seg := post[:k]
	for i := 1; i+4 < len(seg); i++ {
		if c := seg[i-1]; c != ' ' && c != '\t' {
			continue
		}
		if c := seg[i+2]; c != ' ' && c != '\t' {
			continue
		}
		x, y := seg[i]|0x20, seg[i+1]|0x20
		if x == 'o' && y == 'f' || x == 'a' && y == 't' {
			return true
		}
	}
	return false
}

// backerVerbs are the verbs of "<verb> by X" whose X backs an event or a
// thing (a sponsor, a host, an owner), not a speaker.
var backerVerbs = wordSet("sponsored", "co-sponsored", "funded", "financed", "backed", "powered", "supported", "underwritten", "catered", "acquired", "bought", "owned", "paid")

// backerBy tells whether pre (the text before a name) ends with "<backer
// verb> by" ("was kindly sponsored by ", "lunch provided by the ").
func backerBy(pre string) bool {
	t := strings.TrimRight(pre, " \t")
	t = strings.TrimSuffix(t, " the")
	t = strings.TrimSuffix(strings.TrimRight(t, " \t"), "by")
	if len(t) == len(strings.TrimRight(pre, " \t")) {
		return false
	}
	return backerVerbs[strings.ToLower(lastWord(strings.TrimRight(t, " \t")))]
}

// orgCue reads "from Y"/"at Y"/"of Y" right after a name.
func (b *builder) orgCue(end int) (string, int, int) {
	// "Jane Roe (@jroe) from Acme": past a handle in parentheses
	if p := b.text[end:min(len(b.text), end+40)]; strings.HasPrefix(p, " (@") {
		if k := strings.IndexByte(p, ')'); k > 0 && !strings.ContainsAny(p[2:k], " \t\n") {
			end += k + 1
		}
	}
	post := b.text[end:min(len(b.text), end+80)]
	if lead := post[skipBlanks(post, 0):]; len(lead) == len(post) || !(strings.HasPrefix(lead, "from") || strings.HasPrefix(lead, "at") || strings.HasPrefix(lead, "of")) {
		return "", 0, 0 // rePostOrg cannot match
	}
	ms, me, ok := postOrgSpan(post)
	if !ok {
		return "", 0, 0
	}
	m := [4]int{2: ms, 3: me}
	o := b.text[end+m[2] : end+m[3]]
	if b.isTerm(o, vocab.Place) || b.isEventName(end+m[2], end+m[3]) {
		return "", 0, 0
	}
	// "Jane Roe of Widgetd fame", "of Kubernetes": a thing she is known
	// for, not her employer
	if strings.HasPrefix(strings.TrimLeft(post, " \t"), "of") && (b.isTerm(o, vocab.Technology) || nextWord(b.text, end+m[3]) == "fame") {
		return "", 0, 0
	}
	// keep only the words before a verb-like lower-case word
	return o, end + m[2], end + m[3]
}

func (b *builder) isEventName(s, e int) bool {
	return b.mentionOverlaps(s, e, vocab.Event)
}

func trimOrg(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "the ")
	t := trimPunct(s)
	// a closing brace of the name itself stays ("acme{x}")
	if strings.Count(t, "{") == 1 && strings.HasPrefix(s[strings.Index(s, t)+len(t):], "}") {
		t += "}"
	}
	return t
}

// affiliate links person i to the organisation named at [s,e).
func (b *builder) affiliate(i int, org string, s, e int) {
	o := b.orgAt(s, e, "organization:affiliation-cue", 0.75)
	if o >= 0 {
		sent := b.sentence(s)
		b.rel(Affiliation, i, o, sent.Start, sent.End, "affiliation:from-cue", 0.75)
	}
}

// orgAt makes an Organization of the words at [s,e) unless they name a
// place, an event or a technology.
func (b *builder) orgAt(s, e int, rule string, conf float64) int {
	name := b.unpossessed(trimOrg(b.text[s:e]))
	if b.groupNounAt(e) {
		return -1
	}
	if name == "" || leadStop[name] || notName[name] || b.isEventName(s, e) {
		return -1
	}
	if b.isTerm(name, vocab.Place) {
		return -1
	}
	key := b.foldName(name)
	if i, ok := b.lookup(vocab.Person, key); ok && i >= 0 {
		return -1
	}
	i := b.entity(vocab.Organization, name, key)
	off := strings.Index(b.text[s:e], name)
	if off >= 0 {
		b.mention(i, s+off, s+off+len(name), rule, conf)
	}
	return i
}

// groupNounFirsts are the first letters of reGroupNoun's nouns.
const groupNounFirsts = "cwespftudh"

// groupNounAt tells whether reGroupNoun matches the text at e ("Acme
// community", "the Quux world"): it runs only where blanks and one of its
// nouns' first letters follow.
func (b *builder) groupNounAt(e int) bool {
	w := b.text[e:min(len(b.text), e+12)]
	i := 0
	for i < len(w) && (w[i] == ' ' || w[i] == '\t') {
		i++
	}
	if i == 0 || i == len(w) || strings.IndexByte(groupNounFirsts, w[i]) < 0 {
		return false
	}
	return b.re.reGroupNoun.MatchString(w)
}

// subjectAround finds a talk's subject when the person follows "by": the
// phrase after the name ("by X on Y", "by X about Y") or before "by"
// ("Widgetd was explained by X").
func (b *builder) subjectAround(pm *personMention, sent Span) Span {
	post := b.text[pm.end:sent.End]
	i := 0
	if strings.HasPrefix(strings.TrimLeft(post, " \t"), "(") {
		if j := strings.IndexByte(post, ')'); j >= 0 {
			i = j + 1
		}
	}
	rest := post[i:]
	trim := strings.TrimLeft(rest, " \t,")
	off := pm.end + i + len(rest) - len(trim)
	for _, w := range []string{"was about ", "about ", "on ", "talking about ", "who talked about ", "presenting "} {
		if strings.HasPrefix(trim, w) {
			s := off + len(w)
			return subjectSpan(b.re, b.text, s, clauseEnd(b.text, s, sent.End))
		}
	}
	// before "by"
	pre := b.text[sent.Start:pm.start]
	if m0 := beforeByStart(b.re, pre); m0 >= 0 {
		cs := strings.LastIndexAny(pre[:m0], ",;(") + 1
		phrase := pre[cs:m0]
		if !hasQuoteMark(phrase) && strings.TrimSpace(phrase) != "" && wordCount(phrase, 7) <= 6 && !b.talkWordIn(sent.Start+cs, sent.Start+m0) {
			return subjectSpan(b.re, b.text, sent.Start+cs, sent.Start+m0)
		}
	}
	return Span{}
}

// hasQuoteMark is strings.ContainsAny(s, "\"“”’") without decoding the
// runes of s: the curly marks' bytes all begin with 0xE2, a byte that
// can only lead a rune, and most phrases hold none.
func hasQuoteMark(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	if strings.IndexByte(s, 0xE2) < 0 {
		return false
	}
	return strings.Contains(s, "“") || strings.Contains(s, "”") || strings.Contains(s, "’")
}

// startsClause tells whether the words at i (before limit) open a new
// clause about a person: a capitalised name of two tokens, or one
// capitalised token followed by a speech verb.
func startsClause(re *rules, text string, i, limit int) bool {
	t1e := tokenEnd(text, i)
	if t1e >= limit || !isNameToken(text[i:t1e]) || leadStop[text[i:t1e]] {
		return false
	}
	if text[t1e] != ' ' {
		return false
	}
	t2s := t1e + 1
	t2e := tokenEnd(text, t2s)
	if t2e <= limit && isNameToken(text[t2s:t2e]) {
		return true
	}
	return speakerVerbEnd(text[t1e:min(len(text), t1e+40)]) >= 0
}

// subjectSpan trims filler words at the start of [s,e) and keeps at most
// twelve words.
func subjectSpan(re *rules, text string, s, e int) Span {
	if e <= s {
		return Span{}
	}
	if m1 := subjLeadEnd(re, text[s:e]); m1 >= 0 {
		s += m1
	}
	for _, stop := range []string{" was ", " were ", " and he ", " and she ", " and they ", " but ", " while ", " whereas ", " which ", " — ", "—", " – ", " - ", " -- "} {
		if i := strings.Index(text[s:e], stop); i >= 0 {
			e = s + i
		}
	}
	// "… and Maria Lopez showed how …": another person's clause
	for from := s; ; {
		i := strings.Index(text[from:e], " and ")
		if i < 0 {
			break
		}
		at := from + i + len(" and ")
		if startsClause(re, text, at, e) {
			e = from + i
			break
		}
		from = at
	}
	// "repcloud in the Python devroom": the place is not the subject
	if m0 := trailLocStart(re, text[s:e]); m0 > 0 {
		e = s + m0
	}
	n := 0
	for i := s; i < e; i++ {
		if text[i] == ' ' {
			n++
			if n == 12 {
				e = i
				break
			}
		}
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t') {
		e--
	}
	if e <= s {
		return Span{}
	}
	return Span{s, e}
}

// profileOnMatch is reProfileOn's FindStringSubmatch on anchor a, after a
// cheap test it needs (the pattern is anchored at the start, so it has no
// literal filter and was compiled for every name-shaped link): a names one
// of its platforms. TestProfileOnMatch checks it against the pattern.
func profileOnMatch(re *rules, a string) []string {
	if !strings.Contains(a, "Twitter") && !strings.Contains(a, "Git") && !strings.Contains(a, "Mastodon") &&
		!strings.Contains(a, "LinkedIn") && !strings.Contains(a, "X") && !strings.Contains(a, "Bluesky") {
		return nil
	}
	return re.reProfileOn.FindStringSubmatch(a)
}
