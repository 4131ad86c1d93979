package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

// Talk lists: write-ups often list talks one per line or heading, as
//
//	Title by Speaker Name – what it was about
//	Title (Speaker Name)
//	Title — Speaker Name
//
// with the markup (bold, italics, quotes) already removed by the parser.
const listName = `(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|van|von|der|le|la|di|del|dos)){1,3})`

// listTalks finds talks given as list items or headings. It runs before
// talks(), which then treats the speaker's talk as known.
func (b *builder) listTalks() {
	// only in a write-up of an edition that speaks of talks: elsewhere such
	// lines list projects, releases or mentees
	if b.main < 0 || !b.speaksOfTalks() {
		return
	}
	text := b.text
	forms := b.listForms()
	rows := b.tableTalks()
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if n := end - start; n >= 8 && n <= 220 && !wrappedLine(text, end) && !rows[start] {
			b.listTalkLine(start, end, forms)
		}
		start = end + 1
	}
}

// narratesTalk tells whether a would-be title tells of a talk instead of
// naming one: a determiner, a talk noun and its subject ("my day started
// with the talk about X", "her keynote on Y").
func narratesTalk(title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	// "the first day started with a keynote", "it opened with a great
	// talk": a determiner and a talk noun end the would-be title
	for k := 2; k <= 3 && k <= len(ws); k++ {
		switch ws[len(ws)-k] {
		case "the", "a", "an", "his", "her", "their", "my", "our", "its":
			if containsString(talkNouns, strings.TrimSuffix(ws[len(ws)-1], "s")) {
				return true
			}
		}
	}
	for i := 0; i+2 < len(ws); i++ {
		switch ws[i] {
		case "the", "a", "an", "his", "her", "their", "my", "our", "its":
		default:
			continue
		}
		n := strings.TrimSuffix(ws[i+1], "s")
		if containsString(talkNouns, n) {
			switch ws[i+2] {
			case "about", "on", "of", "by", "from":
				return true
			}
		}
	}
	return false
}

// wrappedLine tells whether the line ending at end is one line of a
// hard-wrapped paragraph rather than a list item: the next line goes on
// with the sentence (it starts with a lower-case letter).
func wrappedLine(text string, end int) bool {
	if end+1 >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return unicode.IsLower(r)
}

// listForm is one way a line gives a talk: its pattern, the groups of
// the title and the speaker, whether the markup must set the line apart
// (a list item, a title in bold or quotes) and whether the speaker must be
// known (by given name, schedule or an earlier mention) rather than only
// name-shaped.
type listForm struct {
	re          submatcher
	hint        []string               // the line holds one of these, or re cannot match
	need        func(line string) bool // false: re cannot match (checked after hint)
	title, name int
	apart       bool
	known       bool
}

// dashes are the separators of "Title - Speaker" and "Speaker - Title".
var dashes = []string{" -", "–", "—"}

// listForms are the forms listTalkLine reads, in order: the first whose
// pattern matches a line decides it.
func (b *builder) listForms() []listForm {
	return []listForm{
		{re: b.re.reListBy, hint: []string{"by"}, need: listByNeed, title: 1, name: 2},      // Title by Jane Roe: summary
		{re: b.re.reListParen, hint: []string{"("}, need: listParenNeed, title: 1, name: 2}, // Title (Jane Roe)
		{re: b.re.reListDash, hint: dashes, need: listDashNeed, title: 1, name: 2},          // Title - Jane Roe: summary
		// Jane Roe, "Title"
		{re: b.re.reListSpkQuote, hint: []string{"\"", "“"}, need: listSpkQuoteNeed, title: 2, name: 1},
		// a list item "Title, Jane Roe (Acme)", "Title, Jane Roe from Acme"
		{re: b.re.reListComma, hint: []string{","}, need: listCommaNeed, title: 1, name: 2, apart: true},
		// a list item "Jane Roe: Title", "Jane Roe - Title"
		{re: b.re.reListSpkFirst, hint: append([]string{":"}, dashes...), need: listSpkFirstNeed, title: 2, name: 1, apart: true, known: true},
	}
}

// hinted tells whether line holds one of the strings of hint.
func hinted(line string, hint []string) bool {
	for _, h := range hint {
		if strings.Contains(line, h) {
			return true
		}
	}
	return false
}

func (b *builder) listTalkLine(ls, le int, forms []listForm) {
	line := b.text[ls:le]
	for _, f := range forms {
		if !hinted(line, f.hint) || f.need != nil && !f.need(line) {
			continue
		}
		m := f.re.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		ts, te := trimTitleSpan(line, m[2*f.title], m[2*f.title+1])
		te = trimMediaNote(line, ts, te)
		// a heading sets the line apart too ("## Jane Roe: Title"), but
		// does not make any name-shaped words a speaker (marked below)
		if f.apart && !b.setApart(ls, le, ls+ts, ls+te) && !(b.inHeading(ls+ts) && b.inHeading(ls+te-1)) {
			return
		}
		if te-ts < 3 {
			return
		}
		title := line[ts:te]
		words := strings.Fields(title)
		if len(words) > 14 || f.apart && len(words) < 2 || creditWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,:;"))] || strings.Contains(title, ". ") || strings.Contains(title, " by ") || b.re.reListNotTitle.MatchString(title) || narratesTalk(title) {
			return
		}
		// a title starts with a capital or a digit, or with a product name
		// that has a capital inside ("eBPF", "iOS")
		if w := words[0]; strings.ToLower(w) == w && !strings.ContainsAny(w[:1], "0123456789") {
			return
		}
		// a talk the post links there is already known, with its
		// schedule's speakers
		if b.mentionOverlaps(ls+ts, ls+te, vocab.Talk) || b.talkLinkIn(ls+ts, ls+te) {
			return
		}
		ns, ne := ls+m[2*f.name], ls+m[2*f.name+1]
		if f.title < f.name && (b.speakerFirst(title, b.text[ns:ne]) || b.dashSpeakerInTitle(title, b.text[ns:ne])) {
			continue // "Jane Roe - Title", "Title - Jane Roe (Acme)": a later form reads it
		}
		p := b.listSpeaker(ns, ne, !f.known && b.setApart(ls, le, ls+ts, ls+te))
		if p < 0 {
			return
		}
		t := b.talkTitled(title, ls+ts, ls+te, "talk:list-title")
		b.rel(Performer, t, p, ls, le, "performer:list-title", 0.8)
		b.talkOf[p] = t
		b.listSpeakerOrg(p, ne, le)
		// "Title - Jane Roe and Marc Roe": the speaker joined to the first
		if m := reJoinedSpeaker.FindStringSubmatchIndex(line[m[2*f.name+1]:]); m != nil {
			off := ne - ls
			if q := b.listSpeaker(ls+off+m[2], ls+off+m[3], !f.known && b.setApart(ls, le, ls+ts, ls+te)); q >= 0 && q != p {
				b.rel(Performer, t, q, ls, le, "performer:list-title", 0.75)
				if _, ok := b.talkOf[q]; !ok {
					b.talkOf[q] = t
				}
			}
		}
		b.placeTalk(t, ls)
		return
	}
}

// isRESpace is regexp's \s: [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// listNameStart is a cheap test listName needs at the start of s: a
// capital, one or more of [\p{L}'’.-], blanks, then a capital or the
// first letter of a particle (d, v, l). The first word's class holds no
// blank, so the word ends where the blanks must start. Each reList form
// needs it where its name starts; TestListFormNeed checks that no form
// matches a line its test refuses.
func listNameStart(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return false
	}
	i, word := n, 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '.' && r != '-' {
			break
		}
		i += n
		word++
	}
	if word == 0 || i >= len(s) || !isRESpace(s[i]) {
		return false
	}
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	if i >= len(s) {
		return false
	}
	if c := s[i]; c == 'd' || c == 'v' || c == 'l' {
		return true
	}
	r, _ = utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// listParticles are listName's lower-case words.
var listParticles = []string{"de", "da", "van", "von", "der", "le", "la", "di", "del", "dos"}

// listWordEnd is the end of the maximal run of listName's word class
// [\p{L}'’.-] at the start of s.
func listWordEnd(s string) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '.' && r != '-' {
			break
		}
		i += n
	}
	return i
}

// listNameEnds calls f with each end listName can have at the start of
// s, until f returns true; it tells whether f did. A word of the name
// ends at a blank or at a character outside its class, so a name is a
// run of two to four maximal words (a capital and more of the class, or
// a particle) joined by blanks, and its ends are those of its words from
// the second on.
func listNameEnds(s string, f func(end int) bool) bool {
	i := 0
	for k := 1; k <= 4; k++ {
		j := i + listWordEnd(s[i:])
		w := s[i:j]
		r, n := utf8.DecodeRuneInString(w)
		ok := unicode.IsUpper(r) && j-i > n
		if !ok && k > 1 {
			for _, p := range listParticles {
				ok = ok || w == p
			}
		}
		if !ok {
			return false
		}
		if k > 1 && f(j) {
			return true
		}
		i = j
		for i < len(s) && isRESpace(s[i]) {
			i++
		}
		if i == j {
			return false
		}
	}
	return false
}

// listSpkFirstNeed: reListSpkFirst is listName, then `\s*(?::|\s[—–-])`.
func listSpkFirstNeed(line string) bool {
	return listNameEnds(line, func(end int) bool {
		i := end
		for i < len(line) && isRESpace(line[i]) {
			i++
		}
		if i < len(line) && line[i] == ':' {
			return true
		}
		if i == end {
			return false
		}
		for _, d := range dashes {
			if strings.HasPrefix(line[i:], strings.TrimPrefix(d, " ")) {
				return true
			}
		}
		return false
	})
}

// listSpkQuoteNeed: reListSpkQuote is listName, then `,?\s+["“]`.
func listSpkQuoteNeed(line string) bool {
	return listNameEnds(line, func(end int) bool {
		i := end
		if i < len(line) && line[i] == ',' {
			i++
		}
		j := i
		for j < len(line) && isRESpace(line[j]) {
			j++
		}
		return j > i && (strings.HasPrefix(line[j:], "\"") || strings.HasPrefix(line[j:], "“"))
	})
}

// nameAfterBlanks tells whether s starts with one or more blanks (\s)
// and then listNameStart.
func nameAfterBlanks(s string) bool {
	i := 0
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i > 0 && listNameStart(s[i:])
}

// listByNeed: reListBy needs "\s by \s+" before its name.
func listByNeed(line string) bool {
	for j := 1; j+2 <= len(line); j++ {
		if line[j] == 'b' && line[j+1] == 'y' && isRESpace(line[j-1]) && nameAfterBlanks(line[j+2:]) {
			return true
		}
	}
	return false
}

// listParenNeed: reListParen needs "\s(" before its name.
func listParenNeed(line string) bool {
	for j := 1; j < len(line); j++ {
		if line[j] == '(' && isRESpace(line[j-1]) && listNameStart(line[j+1:]) {
			return true
		}
	}
	return false
}

// listDashNeed: reListDash needs "\s[—–-]\s+" before its name.
func listDashNeed(line string) bool {
	for j := 1; j < len(line); j++ {
		if !isRESpace(line[j-1]) {
			continue
		}
		for _, d := range dashes {
			d = strings.TrimPrefix(d, " ")
			if strings.HasPrefix(line[j:], d) && nameAfterBlanks(line[j+len(d):]) {
				return true
			}
		}
	}
	return false
}

// listCommaNeed: reListComma needs ",\s+" before its name.
func listCommaNeed(line string) bool {
	for j := 0; j < len(line); j++ {
		if line[j] == ',' && nameAfterBlanks(line[j+1:]) {
			return true
		}
	}
	return false
}

// reJoinedSpeaker is a second speaker joined to a list line's first one
// (" and Marc Roe", " & Marc Roe"), ending the line or its speakers.
var reJoinedSpeaker = regexp.MustCompile(`^\s+(?:and|&)\s+` + listName + `\s*(?:$|[:,;(]|\s[—–-]\s)`)

// reMediaNote is a note on the talk's media after a list title
// ("Title (slides)", "Title [video]").
var reMediaNote = regexp.MustCompile(`(?i)\s*[(\[](?:slides|video|recording|pdf|youtube|link|demo)[)\]]$`)

// trimMediaNote drops media notes from the end of the title line[s:e].
func trimMediaNote(line string, s, e int) int {
	for e > s {
		loc := reMediaNote.FindStringIndex(line[s:e])
		if loc == nil {
			return e
		}
		e = s + loc[0]
	}
	return e
}

// creditWords end the thing a line credits to a person rather than a
// talk's title ("Cover photo by Jane Roe", "Header image by …").
var creditWords = wordSet("photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "illustration", "illustrations", "drawing", "drawings", "art", "artwork", "logo", "banner", "music", "credit", "credits", "video", "videos", "recording", "edited", "translation")

// trimTitleSpan drops quotes and list punctuation around a title.
func trimTitleSpan(line string, s, e int) (int, int) {
	const cut = " \t\"'“”‘’*_•·-–—:,"
	for s < e && strings.ContainsRune(cut, rune(line[s])) {
		s++
	}
	for e > s && strings.ContainsRune(cut, rune(line[e-1])) {
		e--
	}
	// multi-byte quotes
	for _, q := range []string{"“", "‘", "«"} {
		if strings.HasPrefix(line[s:e], q) {
			s += len(q)
		}
	}
	for _, q := range []string{"”", "’", "»"} {
		if strings.HasSuffix(line[s:e], q) {
			e -= len(q)
		}
	}
	return s, e
}

// setApart tells whether the markup sets the line [ls,le) or its title
// [ts,te) apart: a list item, or a title in bold, italics or quotes.
func (b *builder) setApart(ls, le, ts, te int) bool {
	// the marks ending inside the line (Marks are in the order they end)
	marks := b.d.Marks
	for k := sort.Search(len(marks), func(i int) bool { return marks[i].End >= ls }); k < len(marks) && marks[k].End <= le+3; k++ {
		m := marks[k]
		ms, me := trimNameSpan(b.text, m.Start, m.End)
		switch m.Kind {
		case doc.MarkListItem:
			if ms <= ls+3 && me >= le-3 {
				return true
			}
		case doc.MarkEmphasis, doc.MarkStrong, doc.MarkQuote:
			if ms <= ts && te <= me {
				return true
			}
		}
	}
	// a quoted title: "Title" by Jane Roe
	q := strings.TrimLeft(b.text[ls:ts], " \t-*•·")
	return strings.HasPrefix(q, "\"") || strings.HasPrefix(q, "“")
}

// listSpeaker returns the person named at text[s:e]: a person already found
// there, or a new one when the name starts with a known given name or, on
// a line the markup sets apart (marked), has the shape of a full name.
func (b *builder) listSpeaker(s, e int, marked bool) int {
	for _, pm := range b.persons {
		if pm.ent >= 0 && pm.start <= s && e <= pm.end+1 || pm.ent >= 0 && s <= pm.start && pm.end <= e {
			return b.canonical(pm.ent)
		}
	}
	name := strings.TrimRight(b.text[s:e], ".")
	toks := strings.Fields(name)
	if b.x.cfg.GivenName == nil || !b.x.cfg.GivenName(toks[0]) {
		if !marked || len(toks) > 3 || !b.speakerShaped(name, false) || b.re.reOrgSuffix.MatchString(name) || b.isTerm(name) {
			return -1
		}
	}
	if _, ok := b.lookup(vocab.Organization, fold(name)); ok {
		return -1
	}
	i, ok := b.lookup(vocab.Person, fold(name))
	if !ok {
		i = b.entity(vocab.Person, name, fold(name))
	}
	b.mention(i, s, s+len(name), "person:list-speaker", 0.75)
	return i
}

// talkLinkIn tells whether a link to a talk's schedule page has its anchor
// inside [s,e).
func (b *builder) talkLinkIn(s, e int) bool {
	// links are in the order of their anchors
	for k := sort.Search(len(b.links), func(i int) bool { return b.links[i].start >= s }); k < len(b.links) && b.links[k].start < e; k++ {
		if l := b.links[k]; l.kind == lkTalk && l.end <= e && l.end > l.start {
			return true
		}
	}
	return false
}
