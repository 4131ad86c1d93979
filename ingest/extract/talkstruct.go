package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// Talks given by the post's own structure: a heading that is a talk's
// title and names its speakers, in one of two shapes write-ups share:
//
//	Title, Speaker            (the heading holds both: "Title, _Speaker_",
//	Title by Speaker           "Title - Speaker", "Title (Speaker)")
//
//	Title                     (the heading, then a paragraph of names only)
//	Speaker One, Speaker Two
//
// A heading is a talk only with evidence that its names are people: a
// known given name or official speaker, a person already found there, or
// the same shape repeated by other headings of the post (a list of talks
// written one section each). Headings of a post that speaks of no talk
// are never read this way.

// headingTalk is one heading read as a talk title with its speakers.
type headingTalk struct {
	ts, te int    // the title's span
	ls, le int    // the span of the speakers (in the heading or the line after it)
	names  []Span // each speaker's name
	line   bool   // the speakers stand on the line after the heading
	known  bool   // one of the names is a known person (by given name, schedule or mention)
}

// maxSpeakerLine bounds the paragraph of names under a heading.
const maxSpeakerLine = 240

// headingSpeakerSeps split a heading "Title, Speaker" (the last one found
// wins, so that a title may hold the separator too).
var headingSpeakerSeps = []string{", ", " by ", " - ", " – ", " — ", " | "}

// structTalks makes a titled Talk, with its performers, of every heading
// that reads as a talk title with its speakers. It runs after people (the
// names found so far are evidence) and before talks, which then treat the
// speakers' talks as known.
func (b *builder) structTalks() {
	if !b.speaksOfTalks() {
		return
	}
	var cands []headingTalk
	inline, lines := 0, 0
	for k, s := range b.d.Sections {
		if b.stopped() {
			return
		}
		hs, he := s.Start, s.Start+len(s.Heading)
		if hs < 0 || he > len(b.text) || he <= hs {
			continue
		}
		if c, ok := b.headingWithSpeaker(hs, he); ok {
			cands = append(cands, c)
			inline++
			continue
		}
		next := len(b.text)
		if k+1 < len(b.d.Sections) {
			next = b.d.Sections[k+1].Start
		}
		if c, ok := b.headingThenSpeakers(hs, he, next); ok {
			cands = append(cands, c)
			lines++
		}
	}
	// "**Title**" alone on its line, the speakers on the line below: a
	// heading in all but markup
	for _, h := range b.strongLines() {
		if b.stopped() {
			return
		}
		if c, ok := b.strongThenSpeakers(h); ok {
			cands = append(cands, c)
			lines++
		}
	}
	// a paragraph of two lines, a title then its speakers
	for _, c := range b.titleLinePairs() {
		cands = append(cands, c)
		lines++
	}
	for _, c := range cands {
		// a shape the post repeats is a list of talks; one heading alone
		// needs a name known to be a person's
		if !c.known && (c.line && lines < 2 || !c.line && inline < 2) {
			continue
		}
		b.headingTalkEntity(c)
	}
}

// strongLines returns the strong marks that open a line of the text
// (outside headings) and either make it up or leave only a short rest on
// it (the speakers, joined to the title by a soft line break).
func (b *builder) strongLines() []Span {
	var out []Span
	for _, m := range b.d.Marks {
		if m.Kind != doc.MarkStrong || m.Start < 0 || m.End > len(b.text) || m.End <= m.Start {
			continue
		}
		ls := strings.LastIndexByte(b.text[:m.Start], '\n') + 1
		if strings.Trim(b.text[ls:m.Start], " \t*_\"“") != "" || b.inHeading(ls) {
			continue
		}
		ts, te := trimTitleSpan(b.text, m.Start, m.End)
		if te > ts {
			out = append(out, Span{Start: ts, End: te})
		}
	}
	return out
}

// strongThenSpeakers reads the strong title h as a heading: its speakers
// are the rest of its line ("**Title** Jane Roe") or, when nothing
// follows it there, the paragraph below it.
func (b *builder) strongThenSpeakers(h Span) (headingTalk, bool) {
	le := strings.IndexByte(b.text[h.End:], '\n')
	if le < 0 {
		le = len(b.text)
	} else {
		le += h.End
	}
	rest := strings.Trim(b.text[h.End:le], " \t*_\"”:.")
	if rest == "" {
		if le >= len(b.text) || le+1 < len(b.text) && b.text[le+1] != '\n' {
			return headingTalk{}, false // the text goes on: no paragraph of names
		}
		return b.headingThenSpeakers(h.Start, h.End, b.nextHeading(h.End))
	}
	// the line must end its paragraph: a name, not a sentence going on
	if le < len(b.text) && (le+1 >= len(b.text) || b.text[le+1] != '\n') || le-h.End > maxSpeakerLine {
		return headingTalk{}, false
	}
	return b.titleAndSpeakers(h.Start, h.End, h.End, le, true)
}

// headingWithSpeaker reads the heading text[hs:he] as "Title, Speaker"
// (or by, dash, parenthesis).
func (b *builder) headingWithSpeaker(hs, he int) (headingTalk, bool) {
	h := b.text[hs:he]
	// "Title (Speaker)"
	if strings.HasSuffix(strings.TrimRight(h, " "), ")") {
		if i := strings.LastIndex(h, " ("); i > 0 {
			ns, ne := hs+i+2, hs+strings.LastIndexByte(h, ')')
			if c, ok := b.titleAndSpeakers(hs, hs+i, ns, ne, false); ok {
				return c, true
			}
		}
	}
	best := -1
	bestSep := ""
	for _, sep := range headingSpeakerSeps {
		if i := strings.LastIndex(h, sep); i > best {
			best, bestSep = i, sep
		}
	}
	if best <= 0 {
		return headingTalk{}, false
	}
	return b.titleAndSpeakers(hs, hs+best, hs+best+len(bestSep), he, false)
}

// headingThenSpeakers reads the heading text[hs:he] as a title whose
// speakers make up the paragraph right after it (before next, the next
// heading).
func (b *builder) headingThenSpeakers(hs, he, next int) (headingTalk, bool) {
	ls := he
	for ls < len(b.text) && (b.text[ls] == ' ' || b.text[ls] == '\n' || b.text[ls] == '\t') {
		ls++
	}
	if ls >= next || ls >= len(b.text) {
		return headingTalk{}, false
	}
	le := ls
	if i := strings.Index(b.text[ls:min(len(b.text), ls+maxSpeakerLine+2)], "\n\n"); i >= 0 {
		le = ls + i
	} else if len(b.text)-ls <= maxSpeakerLine {
		le = len(b.text)
	} else {
		return headingTalk{}, false
	}
	le = min(le, next)
	for le > ls && (b.text[le-1] == ' ' || b.text[le-1] == '\n' || b.text[le-1] == '.') {
		le--
	}
	if le-ls > maxSpeakerLine || le <= ls {
		return headingTalk{}, false
	}
	if c, ok := b.titleAndSpeakers(hs, he, ls, le, true); ok {
		return c, true
	}
	// "*Jane Doe, Room 4*", "_Jane Doe, Acme, 10:30_": an emphasised
	// byline whose first part names the speakers
	if !b.emphasised(ls, le) || strings.Contains(b.text[ls:le], "\n") {
		return headingTalk{}, false
	}
	for ce := le; ; {
		i := strings.LastIndex(b.text[ls:ce], ", ")
		if i <= 0 {
			return headingTalk{}, false
		}
		ce = ls + i
		if c, ok := b.titleAndSpeakers(hs, he, ls, ce, true); ok {
			return c, true
		}
	}
}

// emphasised tells whether an emphasis or strong mark of the markup spans
// [s,e) (its ends may differ from s and e by spaces and punctuation).
func (b *builder) emphasised(s, e int) bool {
	for _, m := range b.d.Marks {
		if m.Kind != doc.MarkEmphasis && m.Kind != doc.MarkStrong {
			continue
		}
		ms, me := trimNameSpan(b.text, m.Start, m.End)
		ts, te := trimNameSpan(b.text, s, e)
		if ms <= ts && te <= me && te > ts {
			return true
		}
	}
	return false
}

// titleAndSpeakers checks that text[ts:te] is title-shaped and
// text[ns:ne] a list of names, and returns them.
func (b *builder) titleAndSpeakers(ts, te, ns, ne int, line bool) (headingTalk, bool) {
	ts, te = trimTitleSpan(b.text, ts, te)
	ns, ne = trimNameSpan(b.text, ns, ne)
	if te-ts < 3 || ne-ns < 2 {
		return headingTalk{}, false
	}
	if !headingTitleShaped(b.text[ts:te]) || b.inCode(ts, te) {
		return headingTalk{}, false
	}
	names, ok := b.nameList(ns, ne, line)
	if !ok {
		return headingTalk{}, false
	}
	c := headingTalk{ts: ts, te: te, ls: ns, le: ne, names: names, line: line}
	for _, n := range names {
		if b.namedPerson(n.Start, n.End) {
			c.known = true
		}
	}
	return c, true
}

// trimNameSpan drops emphasis marks, quotes and punctuation around a
// name list ("_Jane Doe_", "Jane Doe.").
func trimNameSpan(t string, s, e int) (int, int) {
	const cut = " \t\n*_\"'.,;:()[]"
	for s < e && strings.IndexByte(cut, t[s]) >= 0 {
		s++
	}
	for e > s && strings.IndexByte(cut, t[e-1]) >= 0 {
		e--
	}
	return s, e
}

// headingTitleShaped tells whether a heading may be a talk's title: two
// to twenty words, starting with a capital, a digit or a product name with
// a capital inside, and not a date, a day or a section of the write-up.
func headingTitleShaped(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 20 {
		return false
	}
	w := ws[0]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && strings.ToLower(w) == w {
		return false
	}
	if notTalkHeading[strings.ToLower(strings.Trim(w, ":,."))] {
		return false
	}
	return true
}

// notTalkHeading are first words of headings that organise a write-up
// rather than name a talk.
var notTalkHeading = map[string]bool{
	"day": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "morning": true, "afternoon": true, "evening": true, "thanks": true,
	"acknowledgements": true, "acknowledgments": true, "conclusion": true, "conclusions": true,
	"summary": true, "links": true, "resources": true, "update": true, "edit": true, "photos": true,
}

// nameParticles may stand inside a name in lower case.
var nameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "del": true,
	"la": true, "le": true, "dos": true, "das": true, "du": true, "bin": true, "ten": true, "ter": true,
}

// nameList splits text[s:e] into names ("A B, C D and E F", one per line
// or comma) and checks each is name-shaped; on a line of its own (line) a
// single handle-like token counts as a name too.
func (b *builder) nameList(s, e int, line bool) ([]Span, bool) {
	var out []Span
	seg := b.text[s:e]
	if strings.ContainsAny(seg, "!?;:()[]{}<>/@#=\"“”") || strings.Contains(seg, ". ") {
		return nil, false
	}
	pos := 0
	for pos < len(seg) {
		end := len(seg)
		sepLen := 0
		for _, sep := range []string{", and ", ", ", " and ", " & ", "\n"} {
			if i := strings.Index(seg[pos:], sep); i >= 0 && pos+i < end {
				end, sepLen = pos+i, len(sep)
			}
		}
		ps, pe := s+pos, s+end
		ps, pe = trimNameSpan(b.text, ps, pe)
		if pe > ps {
			if !b.speakerShaped(b.text[ps:pe], line) {
				return nil, false
			}
			out = append(out, Span{ps, pe})
		}
		pos = end + sepLen
	}
	if len(out) == 0 || len(out) > 12 {
		return nil, false
	}
	return out, true
}

// speakerShaped tells whether n is a person's name by its shape: two to
// four tokens (initials and particles allowed, the last a name token), or
// on a speaker line of its own a single handle ("jdoe42").
func (b *builder) speakerShaped(n string, line bool) bool {
	ts := strings.Fields(n)
	if len(ts) == 1 {
		return line && handleShaped(ts[0])
	}
	if len(ts) > 4 {
		return false
	}
	// a known given name or speaker keeps words that are also names of
	// things ("Pascal", "Sutton")
	checkTerms := !b.givenName(ts[0]) && !b.knownPerson(strings.Join(ts, " "))
	names := 0
	for i, t := range ts {
		switch {
		case isNameToken(t) && !leadStop[t] && !notName[t] && !orgHeads[t] && !talkHeadWords[strings.ToLower(t)]:
			names++
		case i < len(ts)-1 && (initialsToken(t) || i > 0 && nameParticles[t]):
		default:
			return false
		}
		if checkTerms && b.isTerm(t, vocab.Technology, vocab.Organization, vocab.Place) {
			return false
		}
	}
	return names >= 1 && isNameToken(ts[len(ts)-1])
}

// talkHeadWords are words of a talk or section heading, never of a name.
var talkHeadWords = map[string]bool{
	"keynote": true, "talk": true, "talks": true, "session": true, "sessions": true, "opening": true,
	"closing": true, "lightning": true, "workshop": true, "panel": true, "break": true, "lunch": true,
}

// initialsToken tells whether t is one or two capitals, or up to three
// with dots ("J.", "TJ", "J.R.R."; not an initialism like "IBM").
func initialsToken(t string) bool {
	n, dots := 0, 0
	for _, c := range t {
		switch {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.':
			dots++
		default:
			return false
		}
	}
	return n >= 1 && (n <= 2 || n <= 3 && dots >= n)
}

// handleShaped tells whether t looks like a user name: letters with a
// digit or an underscore inside, or lower case letters and digits.
func handleShaped(t string) bool {
	if len(t) < 3 || len(t) > 30 {
		return false
	}
	digit, lower := false, false
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c == '_' || c == '-' || c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return lower && (digit || strings.Contains(t, "_"))
}

// namedPerson tells whether text[s:e] names someone known to be a person:
// an official speaker, a known given name first, or a person the post
// names elsewhere too (a name found only here has no more evidence than
// its place under the heading).
func (b *builder) namedPerson(s, e int) bool {
	for _, j := range b.entitiesIn(s, e, vocab.Person) {
		for _, m := range b.res.Entities[j].Mentions {
			if m.End > m.Start && (m.End <= s || m.Start >= e) {
				return true
			}
		}
	}
	name := strings.Join(strings.Fields(b.text[s:e]), " ")
	if b.knownPerson(name) {
		return true
	}
	ws := strings.Fields(name)
	return len(ws) > 1 && b.givenName(ws[0])
}

// headingTalkEntity makes the talk of c with its performers.
func (b *builder) headingTalkEntity(c headingTalk) {
	title := strings.Join(strings.Fields(b.text[c.ts:c.te]), " ")
	rule := "talk:heading-speaker"
	if c.line {
		rule = "talk:heading-speaker-line"
	}
	t := b.talkTitled(title, c.ts, c.te, rule)
	for _, n := range c.names {
		p := b.personIn(n.Start, n.End, "person:heading-speaker")
		if p < 0 {
			continue
		}
		b.rel(Performer, t, p, c.ts, c.le, "performer:"+strings.TrimPrefix(rule, "talk:"), 0.8)
		if _, ok := b.talkOf[p]; !ok {
			b.talkOf[p] = t
		}
	}
	b.placeTalk(t, c.ts)
}

// personIn returns the person named at text[s:e]: one found there already,
// or a new one.
func (b *builder) personIn(s, e int, rule string) int {
	name := strings.Join(strings.Fields(b.text[s:e]), " ")
	if i, ok := b.lookup(vocab.Person, fold(name)); ok {
		b.mention(i, s, e, rule, 0.75)
		return i
	}
	for _, j := range b.entitiesIn(s, e, vocab.Person) {
		// the person named by the whole span, not one named by a part
		// of it ("Ashley" of another Ashley)
		if fold(b.res.Entities[j].Name) == fold(name) || b.hasMention(j, s, e) {
			return j
		}
	}
	if _, ok := b.lookup(vocab.Organization, fold(name)); ok {
		return -1
	}
	i := b.person(name)
	b.mention(i, s, e, rule, 0.75)
	b.claim(s, e)
	b.persons = append(b.persons, personMention{ent: i, start: s, end: e})
	return i
}

// talkNounsBy are the talk nouns "a keynote by N. Surname" reads.
var talkNounsBy = map[string]bool{
	"talk": true, "talks": true, "keynote": true, "keynotes": true, "presentation": true, "session": true,
	"workshop": true, "tutorial": true, "lecture": true,
}

// talkBySpeakers reads "a keynote by N. Surname", "the talk by Jane de
// Vries": a talk noun, "by" and a name no other rule found (initials,
// particles), which becomes a Person that gives a talk there. It runs
// before talks, which makes the talk.
func (b *builder) talkBySpeakers() {
	if b.main < 0 {
		return
	}
	for _, h := range b.hitsOf(kwTalk) {
		if b.stopped() {
			return
		}
		e := h.at + len(h.kw)
		for e < len(b.lower) && b.lower[e] >= 'a' && b.lower[e] <= 'z' {
			e++
		}
		if !talkNounsBy[b.lower[h.at:e]] || (h.at > 0 && isLetterASCII(b.lower[h.at-1])) || !strings.HasPrefix(b.lower[e:], " by ") {
			continue
		}
		ns := e + len(" by ")
		ne, n := ns, 0
		for n < 4 {
			w := nextWord(b.text, ne)
			if w == "" && ne < len(b.text) && b.text[ne] == '.' {
				break
			}
			tok := w
			if ne+len(w) < len(b.text) && b.text[ne+len(w)] == '.' && initialsToken(w+".") {
				tok = w + "."
			}
			if tok == "" || !(isNameToken(tok) || initialsToken(tok) || n > 0 && nameParticles[tok]) {
				break
			}
			ne += len(tok)
			n++
			if ne+1 < len(b.text) && b.text[ne] == ' ' {
				ne++
				continue
			}
			break
		}
		ns, ne = trimNameSpan(b.text, ns, ne)
		if ne <= ns || b.mentionOverlaps(ns, ne, vocab.Person) || b.isClaimed(ns, ne) {
			continue
		}
		name := b.text[ns:ne]
		ws := strings.Fields(name)
		if len(ws) < 2 || !initialsToken(ws[0]) && !nameParticles[ws[len(ws)-2]] || !b.speakerShaped(name, false) {
			// plain full names are the name rules' to find
			continue
		}
		p := b.personIn(ns, ne, "person:talk-by-speaker")
		if p < 0 {
			continue
		}
		b.persons = append(b.persons, personMention{ent: p, start: ns, end: ne, speak: true, strong: true})
	}
}

// nextHeading returns the start of the first heading after pos, or the
// text's end.
func (b *builder) nextHeading(pos int) int {
	next := len(b.text)
	for _, s := range b.d.Sections {
		if s.Start > pos && s.Start < next {
			next = s.Start
		}
	}
	return next
}

// sectionTitles names the talks of a write-up written one section per
// talk: a section whose heading reads as a title of three words or more
// and whose text tells of exactly one talk, found without a title ("The
// talk was given by Jane Roe", "Jane Roe explained …"), gives that talk the
// heading as an alias (its likely title). The shape must repeat (two such sections at least): one heading
// alone over a talk may be the writer's own ("A great morning").
func (b *builder) sectionTitles() {
	secs := b.d.Sections
	if len(secs) < 2 {
		return
	}
	type named struct {
		talk   int
		hs, he int
	}
	var found []named
	for k, s := range secs {
		hs, he := s.Start, s.Start+len(s.Heading)
		if hs < 0 || he > len(b.text) || he <= hs {
			continue
		}
		ts, te := trimTitleSpan(b.text, hs, he)
		// three words at least: "Confidential computing" heads a topic
		if te-ts < 3 || len(strings.Fields(b.text[ts:te])) < 3 || !headingTitleShaped(b.text[ts:te]) || strings.HasSuffix(b.text[ts:te], "?") {
			continue
		}
		// a heading that names an event, track, person or organization
		// organises the post
		if b.mentionOverlaps(ts, te, vocab.Event) || b.mentionOverlaps(ts, te, vocab.Track) || b.mentionOverlaps(ts, te, vocab.Person) ||
			b.mentionOverlaps(ts, te, vocab.Organization) || b.mentionOverlaps(ts, te, vocab.Talk) {
			continue
		}
		next := len(b.text)
		if k+1 < len(secs) {
			next = secs[k+1].Start
		}
		talk, ok := b.soleTalkIn(he, next)
		if !ok {
			continue
		}
		found = append(found, named{talk, ts, te})
	}
	if len(found) < 2 {
		return
	}
	for _, f := range found {
		title := strings.Join(strings.Fields(b.text[f.hs:f.he]), " ")
		// "Keynote: Title", "Lightning talk: Title": the title after the noun
		if lead, rest, ok := strings.Cut(title, ": "); ok && len(strings.Fields(rest)) >= 2 {
			if ws := strings.Fields(strings.ToLower(lead)); len(ws) > 0 && len(ws) <= 3 && containsString(talkNouns, strings.TrimSuffix(ws[len(ws)-1], "s")) {
				title = rest
			}
		}
		if _, ok := b.lookup(vocab.Talk, "title:"+fold(title)); ok {
			continue // a talk of that title elsewhere
		}
		// an alias, not the name: the talk stays untitled, so that the
		// schedule may still find it by its speakers
		t := &b.res.Entities[f.talk]
		t.Aliases = AppendUnique(t.Aliases, title)
		b.mention(f.talk, f.hs, f.he, "talk:section-heading", 0.6)
	}
}

// soleTalkIn returns the one talk with a mention in [s,e), when that talk
// has no title, no schedule page, and no mention outside [s,e).
func (b *builder) soleTalkIn(s, e int) (int, bool) {
	talk := -1
	for i := range b.res.Entities {
		t := &b.res.Entities[i]
		if t.Class != vocab.Talk || b.canonical(i) != i {
			continue
		}
		in, out := false, false
		for _, m := range t.Mentions {
			if m.Start >= s && m.End <= e {
				in = true
			} else {
				out = true
			}
		}
		if !in {
			continue
		}
		if talk >= 0 || out || t.Titled || t.Slug != "" {
			return -1, false
		}
		talk = i
	}
	return talk, talk >= 0
}

// titleLinePairs reads the paragraphs of exactly two lines whose first
// line is title-shaped (no sentence, no person named) and whose second
// is a list of names: "Title\nJane Roe" (a line break of the markup: a
// Markdown or HTML post).
func (b *builder) titleLinePairs() []headingTalk {
	// only where a line break inside a paragraph is the markup's own
	// (Markdown, HTML), not the hard wrap of plain text or reST
	if f := b.d.Format; !strings.HasPrefix(f, "markdown") && !strings.HasPrefix(f, "pelican-markdown") && f != "html" && f != "json-post" {
		return nil
	}
	var out []headingTalk
	text := b.text
	for ps := 0; ps < len(text); {
		pe := strings.Index(text[ps:], "\n\n")
		if pe < 0 {
			pe = len(text)
		} else {
			pe += ps
		}
		if para := text[ps:pe]; strings.Count(para, "\n") == 1 && len(para) <= 2*maxSpeakerLine {
			nl := ps + strings.IndexByte(para, '\n')
			l1 := strings.TrimRight(text[ps:nl], " \t")
			if l1 != "" && !strings.ContainsAny(l1[len(l1)-1:], ".!?,;:") && !b.inHeading(ps) && !b.mentionOverlaps(ps, nl, vocab.Person) {
				if c, ok := b.titleAndSpeakers(ps, nl, nl+1, pe, true); ok {
					out = append(out, c)
				}
			}
		}
		ps = pe + 2
	}
	return out
}
