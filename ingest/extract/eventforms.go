package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
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
	for i, e := range b.res.Entities {
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
			if l == s || b.res.Entities[l].Year != b.res.Entities[s].Year || len(toks[l]) <= len(toks[s]) && !camelShort(b.res.Entities[s].Series, toks[l]) {
				continue
			}
			if !shortens(toks[s], toks[l]) && !camelShort(b.res.Entities[s].Series, toks[l]) {
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
		b.merge(into, s)
		score[into] += score[s]
		delete(score, s)
		if b.res.Entities[s].Main {
			b.res.Entities[into].Main = true
		}
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
	var parts []string
	start := 0
	for i := 1; i < len(short); i++ {
		if short[i] >= 'A' && short[i] <= 'Z' && short[i-1] >= 'a' && short[i-1] <= 'z' {
			parts = append(parts, strings.ToLower(short[start:i]))
			start = i
		}
	}
	parts = append(parts, strings.ToLower(short[start:]))
	if len(parts) < 2 || len(parts) > len(long) {
		return false
	}
	for i := 0; i+len(parts) <= len(long); i++ {
		ok := true
		for j, p := range parts {
			if !strings.HasPrefix(long[i+j], p) || len(p) < 2 {
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
func (b *builder) editionOfNames(s string, off int, title bool, hits []hit, known []Span, prev []evMention) []evMention {
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
		if len(toks) == 0 || leadStop[toks[0]] || len(toks) == 1 && notName[toks[0]] || overlaps(known, ns, ne) {
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
