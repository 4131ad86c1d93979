package extract

import "strings"

// repeatedEditions finds the other namings of an edition found once with a
// cue: a name such as "Quuxconf 2031" is read as an edition where a
// sentence speaks of an event ("the talks at Quuxconf 2031", a title
// "Quuxconf 2031 recap"); the post names the same edition wherever it
// writes that name again, cue or none ("Quuxconf 2031 in Springfield was a
// blast"), so that what the sentence tells of it (where it was) is read.
// Only names of a series and a year are repeated, in the casing found.
func (b *builder) repeatedEditions(ms []evMention) []evMention {
	var out []evMention
	seen := map[string]bool{}
	spans := newEvSpans(ms)
	years := map[string]map[string]bool{} // the years of each series
	for _, m := range ms {
		if m.year != "" && m.series != "" {
			if years[m.series] == nil {
				years[m.series] = map[string]bool{}
			}
			years[m.series][m.year] = true
		}
	}
	for _, m := range ms {
		name := strings.TrimSpace(m.surface)
		if m.year == "" || m.series == "" || m.rule == "event:year-before-series" || seen[name] ||
			!strings.HasSuffix(name, m.year) || !strings.HasPrefix(name, m.series) || len(name) < len(m.series)+5 {
			continue
		}
		seen[name] = true
		out = b.repeatName(out, spans, m, name)
		// the series alone names that edition when it is the only one
		// of the series the post names ("This year Quuxconf was in …")
		if len(years[m.series]) == 1 && !seen[m.series] && len(m.series) >= 4 && !strings.Contains(m.series, " ") {
			seen[m.series] = true
			out = b.repeatName(out, spans, m, m.series)
		}
	}
	return out
}

// repeatName adds to out the mentions of m's edition where the text writes
// name outside the spans of the mentions found, of links and of claims.
func (b *builder) repeatName(out []evMention, spans evSpans, m evMention, name string) []evMention {
	for _, at := range wordIndexes(b.text, name) {
		end := at + len(name)
		if spans.overlaps(at, end) || b.inURLAnchor(at) || b.isHardClaimed(at, end) {
			continue
		}
		// "Quuxconf 2029": a year after the series names another edition
		if rest := strings.TrimLeft(b.text[end:min(len(b.text), end+6)], " '’"); len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' {
			continue
		}
		// the series alone in a sentence dated to another time ("my last
		// Quuxconf was the 2012 one") names another edition
		if name == m.series && b.otherYear(at, m.year) {
			continue
		}
		out = append(out, evMention{series: m.series, year: m.year, surface: name, start: at, end: end, rule: "event:repeated-name", conf: 0.7})
	}
	return out
}

// otherYear tells whether the sentence at pos dates what it tells to a
// time other than year: "last year", "years ago", another year.
func (b *builder) otherYear(pos int, year string) bool {
	ss := b.sentence(pos)
	s := b.text[max(ss.Start, pos-nearWindow):min(ss.End, pos+nearWindow)]
	if cuesOfPlace().otherDay.MatchString(s) || strings.Contains(strings.ToLower(s), "last ") {
		return true
	}
	for _, y := range cuesOfPlace().year.FindAllString(s, -1) {
		if y != year {
			return true
		}
	}
	return false
}
