package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

// More ways one edition is named twice, and a series named without
// meaning an edition:
//
//   - a series used for all its editions: "ten SnakeCon US conferences",
//     "every SnakeCon", "SnakeCon events": no edition;
//   - a name spelled out in parentheses right after the name:
//     "SnakeCon US (Snake Conference)": the same edition;
//   - a region named by its country code and in full: "SnakeCon ZB 2013"
//     and "SnakeCon Zorbia 2013";
//   - a series and the same series with a country code glued to it:
//     "the main SnakeCon" in a post on "SnakeConZB 2013".

// pluralEventNouns follow a series that names all its editions ("SnakeCon
// conferences").
var pluralEventNouns = wordSetCase("conferences", "events", "editions", "meetups", "summits", "gatherings", "iterations", "instances")

// seriesQuantifiers before a series make it stand for many editions
// ("every SnakeCon", "ten SnakeCon conferences").
var seriesQuantifiers = wordSetCase("every", "all", "many", "several", "various", "numerous", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "dozens", "past", "previous", "other", "most", "some", "few")

// genericSeries tells whether the name at [s,e) of text, given without a
// year, names the series for many of its editions: a plural event noun
// after it, a number or a quantifier before it.
func genericSeries(text string, s, e int) bool {
	if s <= 0 || e > len(text) || s >= e {
		return false
	}
	if w := strings.ToLower(strings.TrimRight(nextWord(text, e), ".,;:!?")); pluralEventNouns[w] && e < len(text) && text[e] == ' ' {
		return true
	}
	pw := strings.ToLower(strings.Trim(prevWord(text, s), "(\"“*_"))
	if seriesQuantifiers[pw] {
		return true
	}
	// "10 SnakeCon conferences", "after 3 SnakeCons": a count
	return pw != "" && len(pw) <= 3 && allDigits(pw) && !(len(pw) == 2 && pw[0] == '0')
}

// dropGenericSeries removes from ms the mentions of the text without a
// year that name a series for all its editions (genericSeries).
func (b *builder) dropGenericSeries(ms []evMention) []evMention {
	out := ms[:0]
	for _, m := range ms {
		if m.year == "" && !m.title && m.end > m.start && m.url == "" && genericSeries(b.text, m.start, m.end) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// parenExpansions gives a mention standing in parentheses right after
// another ("SnakeCon US (Snake Conference)", "Zorb Python Summit (ZPS)")
// the series and year of the one before when one name contracts the
// other: it spells the same edition out, or shortens it.
func (b *builder) parenExpansions(ms []evMention) {
	if len(ms) < 2 || strings.IndexByte(b.text, '(') < 0 {
		return
	}
	var at map[int]int // end -> index of a mention of the text
	for i, m := range ms {
		if m.end <= m.start || m.title {
			continue
		}
		if at == nil {
			at = map[int]int{}
		}
		at[m.end] = i
	}
	for k := range ms {
		in := &ms[k]
		if in.end <= in.start || in.title || in.url != "" || in.start < 2 {
			continue
		}
		// "X (Y": the opening parenthesis right before, after a space
		// or not, and the closing one right after
		p := in.start - 1
		for p > 0 && (b.text[p] == '[' || b.text[p] == '*' || b.text[p] == '_') {
			p--
		}
		if b.text[p] != '(' || in.end >= len(b.text) || b.text[in.end] != ')' && b.text[in.end] != ']' {
			continue
		}
		if p > 0 && b.text[p-1] == ' ' {
			p--
		}
		i, ok := at[p]
		if !ok || i == k {
			continue
		}
		out := ms[i]
		if out.series == "" || in.series == "" || in.year != "" && out.year != "" && in.year != out.year {
			continue
		}
		ot, it := strings.Fields(fold(out.series)), strings.Fields(fold(in.series))
		os, is := strings.Fields(out.series), strings.Fields(in.series)
		if !contracts(os[0], it) && !contracts(is[0], ot) {
			continue
		}
		in.series = out.series
		if in.year == "" {
			in.year = out.year
		}
	}
}

// countryCode tells whether code, two capitals, is the country code of
// the region name w: its first letter begins w and its second stands
// later in w ("ZB" of "Zorbia").
func countryCode(code, w string) bool {
	if len(code) != 2 || !allUpperASCII(code) || len(w) < 4 || w[0] != code[0] {
		return false
	}
	return strings.IndexByte(strings.ToUpper(w[1:]), code[1]) >= 0
}

// mergeCodeEditions merges an edition named with a country code
// ("SnakeCon ZB 2013") into the one edition of the same series and year
// named with a region or place the code stands for ("SnakeCon Zorbia
// 2013"). Two such names stay apart.
func (b *builder) mergeCodeEditions(score map[int]int) {
	type qual struct{ base, year, q string }
	var codes, names []int
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
		quals[i] = qual{fold(strings.Join(ws[:len(ws)-1], " ")), e.Year, q}
		switch {
		case len(q) == 2 && allUpperASCII(q):
			codes = append(codes, i)
		case regionWords[q] || b.isTerm(q, vocab.Place):
			names = append(names, i)
		}
	}
	if len(codes) == 0 || len(names) == 0 {
		return
	}
	for _, c := range codes {
		qc := quals[c]
		into := -1
		for _, r := range names {
			qr := quals[r]
			if qr.base != qc.base || qr.year != qc.year || !countryCode(qc.q, qr.q) {
				continue
			}
			if into >= 0 {
				into = -2 // two names for one code: ambiguous
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

// gluedQualified tells whether the one-word series long (folded) is the
// one-word series short with a country code or a region glued to it
// ("snakeconzb" of "snakecon").
func gluedQualified(short, long []string) bool {
	if len(short) != 1 || len(long) != 1 || len(short[0]) < 3 || !strings.HasPrefix(long[0], short[0]) {
		return false
	}
	rest := long[0][len(short[0]):]
	if len(rest) == 2 && isLetterASCII(rest[0]) && isLetterASCII(rest[1]) {
		return true
	}
	for w := range regionWords {
		if strings.ToLower(w) == rest {
			return true
		}
	}
	return false
}

// reTitleDay finds a title on one day of a gathering named without a year
// or a conference word: "Zorb Natives Zorbtown day 2", "Quuxdata - Day
// one", "Day 3 at Snakeday Zorbia", "Zorbfoo, second day".
var reTitleDay = regexp.MustCompile(`^(?:(?i:(?:my[ \t]+)?day[ \t]+(?:\d{1,2}|one|two|three|four|five|1st|2nd|3rd|\d{1,2}th)[ \t]+(?:at|of)[ \t]+)(` + titleDayName + `)[ \t]*[.!]?$|(` + titleDayName + `)[ \t]*[-–—:,]?[ \t]*(?i:day[ \t]+(?:\d{1,2}|one|two|three|four|five)|(?:first|second|third|fourth|fifth|last|final)[ \t]+day)(?:[ \t]*[-–—:,(].*)?$)`)

// titleDayName: one to four capitalised words.
const titleDayName = `\p{Lu}[\p{L}\d.'’]*(?:[ \t]+\p{Lu}[\p{L}\d.'’]*){0,3}`

// titleDayEdition reads a title on one day of a gathering (reTitleDay)
// when nothing else in the title names an edition: the name is the
// edition's series (its year the post's), when the text speaks of an
// event and the name is not a single word the lexicon knows.
func (b *builder) titleDayEdition() []evMention {
	t := strings.TrimSpace(b.d.Title)
	if t == "" || !strings.Contains(lowerASCII(t), "day") {
		return nil
	}
	m := reTitleDay.FindStringSubmatchIndex(t)
	if m == nil {
		return nil
	}
	s, e := m[2], m[3]
	if s < 0 {
		s, e = m[4], m[5]
	}
	name := t[s:e]
	toks := strings.Fields(name)
	plain := 0 // words that are no common capitalised word ("Data")
	for _, w := range toks {
		if leadStop[w] || notEditionName[w] || months[w] || notQualifier[w] {
			return nil
		}
		if !notName[w] {
			plain++
		}
	}
	if plain == 0 {
		return nil
	}
	if len(toks) == 1 && (len(name) < 3 || b.isTerm(name, vocab.Technology, vocab.Organization, vocab.Place, vocab.Person, vocab.Project)) {
		return nil
	}
	if len(toks) > 1 && b.isTerm(name, vocab.Technology, vocab.Organization, vocab.Place, vocab.Person) {
		return nil
	}
	// "Zorb Diaries: Day 2", "Basic Quuxing - Day 2" are days of
	// something else: a word shaped like a series' (inner capitals,
	// capitals, a conference word, a place) and a text that speaks of a
	// conference
	shaped := false
	for _, w := range toks {
		if hasInnerUpper(w) && hasLower(w) || len(w) >= 2 && allUpperASCII(w) || eventEndWords[w] || endsWithEventWord(w) || regionWords[w] || b.isTerm(w, vocab.Place) {
			shaped = true
			break
		}
	}
	if !shaped || !reDayCue.MatchString(b.text) {
		return nil
	}
	return []evMention{{series: name, surface: name, rule: "event:title-day", conf: 0.65, title: true}}
}

// reDayCue: words of a text on a day of a conference.
var reDayCue = regexp.MustCompile(`(?i)\b(?:conferences?|keynotes?|summit)\b`)

// reDayAfter: a title's words on one day of a gathering, after its name
// and year ("- Day 2", ": day one", ", second day").
var reDayAfter = regexp.MustCompile(`^[ \t]*[-–—:,]?[ \t]*(?i:day[ \t]+(?:\d{1,2}|one|two|three|four|five)|(?:first|second|third|fourth|fifth|last|final)[ \t]+day)\b`)

// nextSentenceCue tells whether the sentence after ss, in the same
// paragraph, speaks of an event (reEditionCue).
func (b *builder) nextSentenceCue(ss Span) bool {
	i := ss.End
	for i < len(b.text) && (b.text[i] == ' ' || b.text[i] == '\t') {
		i++
	}
	// a line break ends the passage: a heading, a list item, a paragraph
	if i >= len(b.text) || b.text[i] == '\n' || b.text[i] == '\r' {
		return false
	}
	next := b.sentence(i)
	if next.Start < ss.End || next.End <= next.Start {
		return false
	}
	return b.re.reEditionCue.MatchString(b.text[next.Start:next.End])
}
