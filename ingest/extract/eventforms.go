package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

// More ways posts name an edition, without any schedule:
//
//   - the year before the series: "the 2019 GUADEC", "his 2011 FOSDEM
//     keynote", once the post names that series elsewhere;
//   - a series named like a host: "linux.conf.au 2014";
//   - the same edition named in full once and shortened elsewhere:
//     "Deep Learning Summit London 2015" then "Deep Learning Summit 2015",
//     "TYPO3 Developer Days 2024" then "Developer Days" or "DevDays": the
//     short names are the long one's.

// yearBefore reads "the 2019 X", "his 2011 X": years right before a
// mention of a series the post names (ms), and gives each series mention
// without a year (or a new one) the year before it. It looks at each year
// of the text once.
func (b *builder) yearBefore(ms []evMention) []evMention {
	first := map[string][]string{} // first word of a series -> series
	for _, m := range ms {
		if m.series == "" {
			continue
		}
		if _, known := b.x.series[strings.ToLower(m.series)]; known {
			continue
		}
		w := strings.Fields(m.series)[0]
		if !containsString(first[w], m.series) {
			first[w] = append(first[w], m.series)
		}
	}
	if len(first) == 0 {
		return ms
	}
	at := map[int]int{} // start -> index in ms of a mention without year
	for i, m := range ms {
		if m.year == "" && m.end > m.start {
			at[m.start] = i
		}
	}
	t := b.text
	for i := 0; i+6 <= len(t); i++ {
		if i&4095 == 0 && b.stopNow() {
			return ms
		}
		c := t[i]
		if c != '1' && c != '2' || i > 0 && isWordByte(t[i-1]) || t[i+4] != ' ' {
			continue
		}
		y := t[i : i+4]
		if !(y >= "1990" && y <= "2039") || y[2] < '0' || y[2] > '9' || y[3] < '0' || y[3] > '9' {
			continue
		}
		s := i + 5
		w := nextWord(t, s)
		for _, ser := range first[w] {
			if !strings.HasPrefix(t[s:], ser) || s+len(ser) < len(t) && isWordByte(t[s+len(ser)]) {
				continue
			}
			// a year starting a sentence is a date ("2019 FOSDEM was …"
			// reads the same): only after a determiner or a possessive
			if !yearDeterminer[strings.ToLower(prevWord(t, i))] {
				break
			}
			if k, ok := at[s]; ok {
				ms[k].year, ms[k].rule, ms[k].conf = y, "event:year-before-series", 0.85
				break
			}
			ms = append(ms, evMention{series: ser, year: y, surface: t[i : s+len(ser)], start: i, end: s + len(ser), rule: "event:year-before-series", conf: 0.8})
			break
		}
	}
	return ms
}

// yearDeterminer are the words before "2019 X" that make it an edition.
var yearDeterminer = map[string]bool{
	"the": true, "his": true, "her": true, "their": true, "my": true, "our": true, "its": true, "this": true,
	"last": true, "at": true, "in": true, "of": true,
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// dottedSeries tells whether name is a series named like a host name
// ("linux.conf.au"): letters in three or more parts joined by dots.
func dottedSeries(name string) bool {
	parts := strings.Split(name, ".")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
		for i := 0; i < len(p); i++ {
			if !isLetterASCII(p[i]) {
				return false
			}
		}
	}
	return true
}

// mergeShortEditions merges every edition whose series is a shortening of
// the series of exactly one other edition of the same year ("Developer
// Days 2024" of "TYPO3 Developer Days 2024") into it, adding its score.
func (b *builder) mergeShortEditions(score map[int]int) {
	var evs []int
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class == vocab.Event && e.Year != "" && b.canonical(i) == i {
			evs = append(evs, i)
		}
	}
	if len(evs) < 2 || len(evs) > 64 {
		return
	}
	toks := make(map[int][]string, len(evs))
	for _, i := range evs {
		toks[i] = strings.Fields(fold(b.res.Entities[i].Series))
	}
	for _, s := range evs {
		into := -1
		for _, l := range evs {
			glued := gluedQualified(toks[s], toks[l]) // "snakecon" of "snakeconzb"
			if l == s || b.res.Entities[l].Year != b.res.Entities[s].Year || len(toks[l]) <= len(toks[s]) && !glued && !contracts(b.res.Entities[s].Series, toks[l]) {
				continue
			}
			if !shortens(toks[s], toks[l]) && !glued && !contracts(b.res.Entities[s].Series, toks[l]) {
				continue
			}
			switch {
			case into < 0 || shortens(toks[into], toks[l]):
				into = l // the longest of nested names
			case !shortens(toks[l], toks[into]):
				into = -2 // two different long names: ambiguous
			}
			if into == -2 {
				break
			}
		}
		if into < 0 {
			continue
		}
		into = b.canonical(into)
		if into == s {
			continue
		}
		b.mergeEdition(score, into, s)
	}
}

// mergeEdition merges edition from into edition into, with its score (how
// the post's main edition is chosen) and its being the post's main one.
func (b *builder) mergeEdition(score map[int]int, into, from int) {
	b.merge(into, from)
	score[into] += score[from]
	delete(score, from)
	if b.res.Entities[from].Main {
		b.res.Entities[into].Main = true
	}
}

// shortens tells whether the words short stand in long, in order and
// next to each other, and long has more.
func shortens(short, long []string) bool {
	if len(short) == 0 || len(short) >= len(long) {
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for j := range short {
			if short[j] != long[i+j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// camelShort tells whether the one-word series short contracts words of
// long (folded): each of its capitalised parts begins one of them, in
// order and next to each other ("DevDays" of "typo3 developer days"), with
// at least two parts.
func camelShort(short string, long []string) bool {
	if strings.ContainsAny(short, " \t") {
		return false
	}
	// a part starts at each capital after a letter: "PyZQ" is "py", "z",
	// "q"; parts of one letter only in three parts or more
	var parts []string
	start := 0
	for i := 1; i < len(short); i++ {
		if short[i] >= 'A' && short[i] <= 'Z' && isLetterASCII(short[i-1]) {
			parts = append(parts, strings.ToLower(short[start:i]))
			start = i
		}
	}
	parts = append(parts, strings.ToLower(short[start:]))
	if len(parts) < 2 || len(parts) > len(long) {
		return false
	}
	minLen := 2
	if len(parts) >= 3 {
		minLen = 1
	}
	for i := 0; i+len(parts) <= len(long); i++ {
		ok := true
		for j, p := range parts {
			if !strings.HasPrefix(long[i+j], p) || len(p) < minLen {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// editionOfNames reads "an edition of Snake Days took place", "the 2019
// edition of Snake Days": the capitalised name after "edition of" is a
// series when the sentence speaks of an event (a book's "second edition
// of Fluent Snakes" does not). hits are the "edition" hits in s.
func (b *builder) editionOfNames(s string, off int, title bool, hits []hit, known *knownSpans, prev []evMention) []evMention {
	var out []evMention
	for _, h := range hits {
		rest := s[h.at+len("edition"):]
		switch {
		case strings.HasPrefix(rest, " of the "):
			rest = rest[len(" of the "):]
		case strings.HasPrefix(rest, " of "):
			rest = rest[len(" of "):]
		default:
			continue
		}
		ns := len(s) - len(rest)
		ne := ns
		var toks []string
		for len(toks) < 5 {
			w := nextWord(s, ne)
			if w == "" || !capWord(w) || ne < len(s) && s[ne] == ' ' {
				break
			}
			toks = append(toks, w)
			ne += len(w)
			if ne+1 < len(s) && s[ne] == ' ' && capWord(nextWord(s, ne+1)) {
				ne++
				continue
			}
			break
		}
		if len(toks) == 0 || leadStop[toks[0]] || len(toks) == 1 && notName[toks[0]] || known.overlaps(ns, ne) {
			continue
		}
		name := s[ns:ne]
		// one word names a series by its shape only ("SnakeCon", "GUADEC",
		// not "the European conference"); a devroom or a room is a track
		if len(toks) == 1 && (!hasInnerUpper(name) && !allUpperASCII(name) || b.isTerm(name, vocab.Technology, vocab.Place, vocab.Organization) || len(name) < 3) ||
			notName[toks[len(toks)-1]] || strings.HasSuffix(strings.ToLower(name), "devroom") {
			continue
		}
		if !title {
			ss := b.sentence(off + ns)
			if !b.re.reEditionCue.MatchString(b.text[ss.Start:ss.End]) && !b.re.reHeldAfter.MatchString(s[ne:min(len(s), ne+60)]) {
				continue
			}
		}
		dup := false
		for _, p := range prev {
			if p.start < off+ne && p.end > off+ns {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		y := ""
		if pw := prevWord(s, h.at); len(pw) == 4 && pw >= "1990" && pw <= "2039" {
			y = pw
		}
		out = append(out, evMention{series: name, year: y, surface: name, start: off + ns, end: off + ne, rule: "event:edition-of-name", conf: 0.7, title: title})
	}
	return out
}

// qualifierBeforeYear tells whether w, the capitalised word after a
// conference name, belongs to the edition's name because the year follows
// it at once ("SnakeCon Zorbia 2018"): a word that is no sentence opener,
// month, weekday or common noun of talks.
func qualifierBeforeYear(w string, yearNext bool) bool {
	return yearNext && len(w) >= 3 && !leadStop[w] && !notName[w] && !notEditionName[w] && !eventSuffixWords[w] && !notQualifier[w]
}

// notQualifier are capitalised words after a conference name that do not
// qualify it ("SnakeCon Talks 2018").
var notQualifier = map[string]bool{
	"Talk": true, "Talks": true, "Keynote": true, "Keynotes": true, "Recap": true, "Notes": true, "Review": true,
	"Report": true, "Day": true, "Edition": true, "Videos": true, "Slides": true, "Schedule": true, "Program": true,
	"Programme": true, "Call": true, "CFP": true, "Tickets": true, "Photos": true, "Wrap": true, "Trip": true,
}

// reGluedEdition finds a name glued to a year ("SnakeConf19",
// "zorbCon2015") or an edition numbered in a code of digits, a capital and
// a digit ("36Z3"), as one token.
var reGluedEdition = regexp.MustCompile(`^(?:([A-Za-z][A-Za-z.]*[A-Za-z])(\d{2}|\d{4})|(\d{1,2}[A-Z]\d))$`)

// eventWordEnd tells whether name ends (case-insensitively) with a
// conference word, glued or not ("SnakeConf", "QUUXcon", "zorbcamp").
func eventWordEnd(name string) bool {
	l := strings.ToLower(name)
	for _, w := range []string{"con", "conf", "camp", "fest", "days", "summit"} {
		if strings.HasSuffix(l, w) && len(l) > len(w)+1 {
			return true
		}
	}
	return false
}

// gluedEditions finds editions written as one token: a series glued to a
// two-digit year ("SnakeConf19" is SnakeConf 2019), a camel-cased series
// led by a small letter glued to its year ("zorbCon2015"), and an edition
// numbered in a short code ("36Z3", its year the post's). A two-digit year
// is within two years of the post's date; a name without a conference
// word needs the title's recap words or a cue of going there.
func (b *builder) gluedEditions(s string, off int, title bool, known *knownSpans, prev []evMention) []evMention {
	if strings.IndexAny(s, "0123456789") < 0 {
		return nil
	}
	dateYear := 0
	if len(b.d.Date) >= 4 {
		dateYear, _ = strconv.Atoi(b.d.Date[:4])
	}
	var out []evMention
	for _, m := range tokenMatches(s, reGluedEdition, false, gluedShaped) {
		var name, y string
		ts, te := m[2], m[5]
		if m[2] >= 0 {
			name, y = s[m[2]:m[3]], s[m[4]:m[5]]
		} else {
			ts, te = m[6], m[7]
			name = s[ts:te]
		}
		if known.overlaps(ts, te) || prevOverlaps(prev, off+ts, off+te) {
			continue
		}
		if m[2] >= 0 {
			if len(y) == 4 {
				// capitalised names glued to four digits are namedEditions'
				if capWord(name) || !hasInnerUpper(name) || !(y >= "1990" && y <= "2039") {
					continue
				}
			} else {
				n, _ := strconv.Atoi(y)
				if n < 5 || n > 39 || dateYear > 0 && (2000+n < dateYear-2 || 2000+n > dateYear+2) {
					continue
				}
				y = "20" + y
			}
			if len(name) < 3 || strings.Contains(name, ".") && !eventWordEnd(name) || notEditionName[name] || leadStop[name] || notName[name] {
				continue
			}
			if !eventWordEnd(name) && (!hasInnerUpper(name) && !allUpperASCII(name) || b.isTerm(name, vocab.Technology, vocab.Place, vocab.Organization)) {
				continue
			}
		}
		if !b.editionCue(s, off, ts, title, eventWordEnd(name)) {
			continue
		}
		out = append(out, evMention{series: name, year: y, surface: s[ts:te], start: off + ts, end: off + te, rule: "event:glued-edition", conf: 0.7, title: title})
	}
	return out
}

// editionCue tells whether the name at ts of s (at off in the text) is
// cued as an edition: a title that reports on something, a word of going
// right before, or (for names with a conference word, eventWord) a
// sentence that speaks of an event.
func (b *builder) editionCue(s string, off, ts int, title, eventWord bool) bool {
	pre := s[max(0, ts-20):ts]
	if b.re.reEditionPre.MatchString(pre) {
		return true
	}
	if title {
		return eventWord || b.re.reRecapTitle.MatchString(s)
	}
	ss := b.sentence(off + ts)
	return b.re.reEditionCue.MatchString(b.text[ss.Start:ss.End])
}

func prevOverlaps(prev []evMention, s, e int) bool {
	for _, p := range prev {
		if p.end > p.start && p.start < e && p.end > s {
			return true
		}
	}
	return false
}

// reMultiWordEdition finds two or three capitalised words before a year
// ("Zorb Loop 2019").
var reMultiWordEdition = regexp.MustCompile(`(?:^|[\s(\["“])((?:\p{Lu}[\p{L}]*[ \t]){1,2}\p{Lu}[\p{L}]*)[ \t](\d{4})$`)

// reGoingPre are words right before a name that say the author went there.
var reGoingPre = regexp.MustCompile(`(?i)\b(?:at|attend|attended|attending|visited)[ \t]+(?:the[ \t]+)?$`)

// multiWordEditions finds editions of series named in two or three
// capitalised words without a conference word ("Zorb Loop 2019"), in a
// title that reports on something or after a word of going there ("at Zorb
// Loop 2019"). A name the lexicon knows ("Visual Studio") is a product.
func (b *builder) multiWordEditions(s string, off int, title bool, known *knownSpans, prev []evMention) []evMention {
	if strings.IndexAny(s, "12") < 0 {
		return nil
	}
	var out []evMention
	for _, m := range yearTailMatches(s, reMultiWordEdition, multiWordShaped) {
		ns, ne, y := m[2], m[3], s[m[4]:m[5]]
		if !(y >= "1990" && y <= "2039") {
			continue
		}
		if known.overlaps(ns, m[5]) || prevOverlaps(prev, off+ns, off+m[5]) {
			continue
		}
		toks := strings.Fields(s[ns:ne])
		for len(toks) > 0 && leadStop[toks[0]] {
			ns += len(toks[0]) + 1
			toks = toks[1:]
		}
		if len(toks) < 2 {
			continue
		}
		// "Open" may stand inside a name ("All Things Open"), not first
		bad := notEventLast[toks[len(toks)-1]] || notName[toks[0]]
		for _, t := range toks {
			if notEditionName[t] || eventSuffixWords[t] || leadStop[t] || len(t) < 2 || months[t] {
				bad = true
				break
			}
		}
		name := strings.Join(toks, " ")
		if bad || b.isTerm(name, vocab.Technology, vocab.Organization, vocab.Place, vocab.Person) {
			continue
		}
		pre := s[max(0, ns-20):ns]
		// a title that is the name and year alone names the edition
		whole := title && strings.TrimSpace(s[:ns]) == "" && strings.Trim(s[m[5]:], " :!-–—") == ""
		if title && !whole && !b.re.reRecapTitle.MatchString(s) && !reDayAfter.MatchString(s[m[5]:]) || !title && !reGoingPre.MatchString(pre) && !b.re.reHeldAfter.MatchString(s[m[5]:min(len(s), m[5]+60)]) {
			continue
		}
		if !title {
			if ss := b.sentence(off + ns); !b.re.reEditionCue.MatchString(b.text[ss.Start:ss.End]) {
				continue
			}
		}
		out = append(out, evMention{series: name, year: y, surface: s[ns:m[5]], start: off + ns, end: off + m[5], rule: "event:words-year", conf: 0.65, title: title})
	}
	return out
}

// notEventLast are words that end names of things given or released in a
// year, not of gatherings ("Zorb Award 2013").
var notEventLast = map[string]bool{
	"Award": true, "Awards": true, "Prize": true, "Release": true, "Releases": true, "Report": true,
	"Survey": true, "Server": true, "Studio": true, "Edition": true, "Version": true, "Update": true,
	"Plan": true, "Roadmap": true, "Budget": true, "Election": true, "Elections": true, "Challenge": true,
}

// reBareSeries finds a word shaped like a series' name without a year: in
// capitals ("ZORBCON"), camel-cased ("dotZorb", "ZorbFoo") or named like a
// host ("zorb.conf.xy").
var reBareSeries = regexp.MustCompile(`^([A-Z][A-Z0-9]{2,11}|[a-z]+[A-Z][A-Za-z]+|[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]+(?:\.[a-z]+){2,}|[A-Z][a-z]{3,}(?:con|conf|camp|fest))$`)

// bareEditions finds the edition of a series named without a year or a
// conference word, when the text says it was held or the author went
// there ("ZORBAC took place in …", "I was at dotZorb in …"), or the title
// reports on it and the text names it too: the year is the post's. A
// name the lexicon knows (a technology, an organisation, a place, a
// person) is none.
func (b *builder) bareEditions(s string, off int, title bool, known *knownSpans, prev []evMention) []evMention {
	var out []evMention
	before := newEvSpans(prev)
	for _, m := range tokenMatches(s, reBareSeries, true, bareShaped) {
		ts, te := m[2], m[3]
		name := s[ts:te]
		if known.overlaps(ts, te) || before.overlaps(off+ts, off+te) {
			continue
		}
		// "ZorbFoo 2019" is namedEditions'
		if rest := strings.TrimLeft(s[te:min(len(s), te+6)], " '’"); len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' {
			continue
		}
		if leadStop[name] || notName[name] || notEditionName[name] || regionWords[name] || eventSuffixWords[name] || commonCaps[name] ||
			b.isTerm(name, vocab.Technology, vocab.Organization, vocab.Place, vocab.Person, vocab.Project) {
			continue
		}
		cue := false
		if title {
			// a name ending with a conference word ("My trip to Quuxcon")
			// names an edition even when the text does not repeat it
			cue = titleRecapOf(s, ts, te) && (len(wordIndexes(b.text, name)) > 0 || endsWithEventWord(name)) || listedWithEdition(s, ts, te, prev) ||
				// a title that is the name alone, over a text on a conference
				strings.TrimSpace(s) == name && reDayCue.MatchString(b.text)
		} else {
			ss := b.sentence(off + ts)
			cue = b.re.reHeldAfter.MatchString(s[te:min(len(s), te+60)]) || b.re.reAttendBefore.MatchString(b.text[max(ss.Start, off+ts-60):off+ts]) ||
				confWordName(name) && b.headingSpan(off+ts, off+te) // "## Quuxconf": a section on the edition
		}
		if !cue {
			continue
		}
		out = append(out, evMention{series: name, year: titleYearOf(b.d.Title, name), surface: name, start: off + ts, end: off + te, rule: "event:bare-series", conf: 0.6, title: title})
	}
	return out
}

// commonCaps are words in capitals that name no series.
var commonCaps = wordSetCase("API", "APIs", "CEO", "CTO", "CFO", "USA", "USB", "PDF", "HTML", "CSS", "FOSS", "FLOSS", "OSS", "NASA",
	"NGO", "LOL", "FAQ", "TODO", "NOTE", "UPDATE", "EDIT", "HTTP", "HTTPS", "JSON", "YAML", "XML", "SQL", "IRC", "GPU", "CPU", "RAM",
	"BBQ", "ASAP", "TBD", "WIP", "IMHO", "AFAIK", "THE", "AND", "NOT", "ALL", "NEW", "ONE", "TWO", "COVID")

func wordSetCase(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// titleRecapOf tells whether the title s reports on the name at [ts,te):
// "Back from X", "Highlights of X", "X recap" (not "Ceph and X at …").
func titleRecapOf(s string, ts, te int) bool {
	switch strings.ToLower(prevWord(s, ts)) {
	case "at", "from", "of", "to", "visiting", "attending", "about":
		return true
	}
	switch strings.ToLower(strings.Trim(nextWord(s, te), ":,")) {
	case "recap", "notes", "report", "review", "trip", "summary", "highlights", "impressions", "thoughts", "takeaways", "wrap", "retrospective":
		return true
	}
	return false
}

// listedWithEdition tells whether the name at [ts,te) of s stands in a
// list ("A, B, and C") with an edition already found in s (prev).
func listedWithEdition(s string, ts, te int, prev []evMention) bool {
	sep := func(between string) bool {
		switch strings.TrimSpace(between) {
		case ",", "and", ", and", "&", "+", "/":
			return true
		}
		return false
	}
	for _, p := range prev {
		if p.end <= p.start { // a title's mentions lose their spans later, not yet here
			continue
		}
		if p.end <= ts && sep(s[p.end:ts]) || p.start >= te && sep(s[te:p.start]) {
			return true
		}
	}
	return false
}

// contracts tells whether the one-word series short contracts words of
// long (folded): camelShort, or its letters are abbreviations of
// consecutive words, each a run of that word's letters in order from its
// first ("ZRBMGMTCAMP" of "zorb management camp"). Pieces of one letter
// only make an acronym of three words or more.
func contracts(short string, long []string) bool {
	if camelShort(short, long) {
		return true
	}
	if strings.ContainsAny(short, " \t") || len(short) < 3 || len(long) < 2 {
		return false
	}
	sh := strings.ToLower(short)
	for i := range long {
		if abbreviates(sh, long[i:], 0, true) {
			return true
		}
	}
	return false
}

// abbreviates tells whether sh is the concatenation of abbreviations of
// the first two or more words of ws (n words taken so far; one tells
// whether every piece so far is one letter).
func abbreviates(sh string, ws []string, n int, one bool) bool {
	if sh == "" {
		return n >= 2 && (!one || n >= 3)
	}
	if len(ws) == 0 || ws[0] == "" || sh[0] != ws[0][0] {
		return false
	}
	// the piece for ws[0]: sh[:k], a subsequence of ws[0] from its first letter
	w := ws[0]
	j := 0
	for k := 1; k <= len(sh); k++ {
		// sh[k-1] must be found in w at or after j
		for j < len(w) && w[j] != sh[k-1] {
			j++
		}
		if j == len(w) {
			break
		}
		j++
		if abbreviates(sh[k:], ws[1:], n+1, one && k == 1) {
			return true
		}
	}
	return false
}

var months = wordSetCase("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

// bareSeriesToMain leaves the bare series name ("SnakeCon") to the main
// edition when the post clearly reports on it (a title or a cue) and only
// names another edition of the series in passing ("see you at SnakeCon
// 2020"): that one is named with its year, so that the bare name stays an
// alias of the one the post reports on (resolve drops an alias two
// entities share). Two editions the post went to share it, and lose it.
func (b *builder) bareSeriesToMain(score map[int]int) {
	if score[b.main] < 50 {
		return
	}
	ser := fold(b.res.Entities[b.main].Series)
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if i == b.main || e.Class != vocab.Event || e.Main || fold(e.Series) != ser || b.canonical(i) != i || score[i] >= 50 {
			continue
		}
		var kept []string
		for _, a := range e.Aliases {
			if fold(a) != ser {
				kept = append(kept, a)
			}
		}
		e.Aliases = kept
	}
}

// mergeCityEditions merges an edition named after its city ("SnakeCon
// Zorbtown 2019") into the one edition of the same series and year named
// after a region ("SnakeCon Europe 2019"): the post names one edition both
// ways. Two region names ("SnakeCon US", "SnakeCon UK") stay apart.
func (b *builder) mergeCityEditions(score map[int]int) {
	type qual struct {
		base, year string
		region     bool
	}
	quals := map[int]qual{}
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class != vocab.Event || e.Year == "" || b.canonical(i) != i {
			continue
		}
		ws := strings.Fields(e.Series)
		if len(ws) < 2 {
			continue
		}
		q := ws[len(ws)-1]
		region := regionWords[q] && !cityWords[q] || len(q) == 2 && allUpperASCII(q)
		if !region && !cityWords[q] && !b.isTerm(q, vocab.Place) {
			continue
		}
		quals[i] = qual{fold(strings.Join(ws[:len(ws)-1], " ")), e.Year, region}
	}
	if len(quals) < 2 {
		return
	}
	for c, qc := range quals {
		if qc.region {
			continue
		}
		into := -1
		for r, qr := range quals {
			// "QuuxCon Zorbtown" of "QuuxCon + ZorbCon Europe"
			joined := strings.HasPrefix(qr.base, qc.base+" + ") || strings.HasSuffix(qr.base, " + "+qc.base)
			if !qr.region || qr.base != qc.base && !joined || qr.year != qc.year {
				continue
			}
			if into >= 0 {
				into = -2 // two regions: ambiguous
				break
			}
			into = r
		}
		if into < 0 {
			continue
		}
		b.mergeEdition(score, into, c)
	}
}

// cityWords are the cities among regionWords.
var cityWords = wordSetCase("Berlin", "Paris", "London", "Amsterdam", "Prague", "Vienna", "Brussels", "Ghent")

// joinedEditions makes one edition of two names joined by "+" ("QuuxCon
// + ZorbCon Europe 2019"): co-located conferences named as one ("&" joins
// two events of a list as often).
// The other mentions keep their order.
func joinedEditions(s string, off int, ms []evMention) []evMention {
	if strings.IndexByte(s, '+') < 0 || len(ms) < 2 {
		return ms
	}
	gone := map[int]bool{}
	for i := range ms {
		a := ms[i]
		if gone[i] || a.end <= a.start || a.end-off < 0 || a.end-off > len(s) {
			continue
		}
		for k := range ms {
			c := ms[k]
			if k == i || gone[k] || c.start < a.end || c.start-off > len(s) || c.end-off > len(s) {
				continue
			}
			between := strings.TrimSpace(s[a.end-off : c.start-off])
			if between != "+" || a.year != "" && c.year != "" && a.year != c.year {
				continue
			}
			j := c
			j.series = a.series + " " + between + " " + c.series
			if j.year == "" {
				j.year = a.year
			}
			j.start, j.surface, j.rule = a.start, s[a.start-off:c.end-off], "event:joined-names"
			j.title = a.title || c.title
			ms[i] = j
			gone[k] = true
			break
		}
	}
	if len(gone) == 0 {
		return ms
	}
	out := ms[:0]
	for i, m := range ms {
		if !gone[i] {
			out = append(out, m)
		}
	}
	return out
}

// tokenMatches applies re, anchored at both ends, to each token of s (a
// run of ASCII letters, digits and inner dots) that starts the text or
// follows a space, "(", "[" or an opening quote, and ends the text or
// precedes a space, a punctuation mark or a closing quote (a dot only
// before a space or the end, when dotEnd). It returns the matches' group
// spans in s, as FindAllStringSubmatchIndex would: a scan of the bytes
// then one small match a token instead of one regexp over the text.
func tokenMatches(s string, re *regexp.Regexp, dotEnd bool, shaped func(string) bool) [][]int {
	var out [][]int
	var seen map[string][]int // re's match of each token tried
	for i := 0; i < len(s); {
		if tokenBytes[s[i]]&tokenAlnum == 0 {
			i++
			continue
		}
		ts := i
		for i < len(s) && tokenBytes[s[i]] != 0 {
			i++
		}
		te := i
		for te > ts && s[te-1] == '.' {
			te--
		}
		// the cheap tests of the bytes around first, then the shape
		if te == ts || !edTokenStart(s, ts) || !edTokenEnd(s, te, dotEnd) || !shaped(s[ts:te]) {
			continue
		}
		// a token of a shape the text repeats ("PostgreSQL", "FOSS") is
		// matched once
		tok := s[ts:te]
		m, ok := seen[tok]
		if !ok {
			m = re.FindStringSubmatchIndex(tok)
			if seen == nil {
				seen = map[string][]int{}
			}
			seen[tok] = m
		}
		if m == nil {
			continue
		}
		out = append(out, shiftIndex(slices.Clone(m), ts))
	}
	return out
}

// tokenBytes classes the bytes of tokenMatches' tokens: tokenAlnum for
// ASCII letters and digits (isAlnumASCII), tokenDot for '.'.
var tokenBytes = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if isAlnumASCII(byte(c)) {
			t[c] = tokenAlnum
		}
	}
	t['.'] = tokenDot
	return t
}()

const (
	tokenAlnum = 1 << iota
	tokenDot
)

func isAlnumASCII(c byte) bool { return isLetterASCII(c) || c >= '0' && c <= '9' }

// edTokenStart tells whether a token may start at ts of s.
func edTokenStart(s string, ts int) bool {
	if ts == 0 {
		return true
	}
	switch s[ts-1] {
	case ' ', '\t', '\n', '\r', '(', '[', '"':
		return true
	}
	return ts >= 3 && s[ts-3:ts] == "“"
}

// edTokenEnd tells whether a token may end at te of s.
func edTokenEnd(s string, te int, dotEnd bool) bool {
	if te == len(s) {
		return true
	}
	switch s[te] {
	case ' ', '\t', '\n', '\r', ',', ':', ';', '!', '?', ')', ']', '"', '\'':
		return true
	case '.':
		return !dotEnd || te+1 == len(s) || s[te+1] == ' ' || s[te+1] == '\t' || s[te+1] == '\n' || s[te+1] == '\r'
	}
	return strings.HasPrefix(s[te:], "”") || strings.HasPrefix(s[te:], "’")
}

// yearTailMatches applies re, anchored at its end, to the text before and
// including each year (1990–2039) of s that follows a space and ends a
// word, and returns the matches' group spans in s. shaped(w), for w the
// text given to re, tells cheaply whether re may match it (nil: always).
func yearTailMatches(s string, re *regexp.Regexp, shaped func(string) bool) [][]int {
	var out [][]int
	last := -1 // the end of the last match: matches do not overlap
	for i := 1; i+4 <= len(s); i++ {
		j := strings.IndexAny(s[i:], "12")
		if j < 0 {
			break
		}
		i += j
		if i+4 > len(s) {
			break
		}
		y := s[i : i+4]
		if s[i-1] != ' ' && s[i-1] != '\t' || !(y >= "1990" && y <= "2039") || !allDigits(y) || i+4 < len(s) && isWordByte(s[i+4]) {
			continue
		}
		from := max(0, i-120, last)
		if shaped != nil && !shaped(s[from:i+4]) {
			continue
		}
		m := re.FindStringSubmatchIndex(s[from : i+4])
		if m == nil {
			continue
		}
		out = append(out, shiftIndex(m, from))
		last = i + 4
	}
	return out
}

// multiWordShaped tells, cheaply, whether reMultiWordEdition may match w
// (text ending with a space or tab and a year): the two words before the
// year are runs of letters led by a capital, the last after a space or a
// tab. Text it cannot judge in ASCII may match.
func multiWordShaped(w string) bool {
	n := len(w) - 5 // the space before the year
	if n < 0 || w[n] != ' ' && w[n] != '\t' {
		return false
	}
	// run returns the start of the run of letters ending at e, and whether
	// a byte outside ASCII stands in the way
	run := func(e int) (int, bool) {
		i := e
		for i > 0 && isLetterASCII(w[i-1]) {
			i--
		}
		return i, i > 0 && w[i-1] >= utf8.RuneSelf
	}
	s1, odd := run(n)
	if odd {
		return true
	}
	if s1 == n || s1 == 0 || w[s1] < 'A' || w[s1] > 'Z' || w[s1-1] != ' ' && w[s1-1] != '\t' {
		return false
	}
	s2, odd := run(s1 - 1)
	if odd {
		return true
	}
	return s2 < s1-1 && w[s2] >= 'A' && w[s2] <= 'Z'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// gluedShaped tells, cheaply, whether tok may match reGluedEdition: it
// ends with a digit and has a letter.
func gluedShaped(tok string) bool {
	if len(tok) < 4 || tok[len(tok)-1] < '0' || tok[len(tok)-1] > '9' {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if isLetterASCII(tok[i]) {
			return true
		}
	}
	return false
}

// bareShaped tells, cheaply, whether tok may match reBareSeries: a
// capital after its first letter, or two dots.
func bareShaped(tok string) bool {
	if len(tok) < 3 {
		return false
	}
	for i := 1; i < len(tok); i++ {
		if tok[i] >= 'A' && tok[i] <= 'Z' {
			return true
		}
	}
	// "Zorbcon", "Quuxcamp": a conference word glued in small letters
	if tok[0] >= 'A' && tok[0] <= 'Z' && len(tok) >= 7 {
		for _, w := range gluedEventEnds {
			if strings.HasSuffix(tok, w) {
				return true
			}
		}
	}
	return strings.Count(tok, ".") >= 2
}

// endsWithEventWord tells whether the one-word name ends with a
// conference word, glued in small letters ("Quuxcon") or capitalised
// ("ZorbCamp").
func endsWithEventWord(name string) bool {
	low := strings.ToLower(name)
	for _, w := range gluedEventEnds {
		if strings.HasSuffix(low, w) && len(name) > len(w)+2 {
			return true
		}
	}
	return false
}

// gluedEventEnds are the conference words a series name may end with in
// small letters ("Zorbcon", "Quuxcamp").
var gluedEventEnds = []string{"con", "conf", "camp", "fest"}
