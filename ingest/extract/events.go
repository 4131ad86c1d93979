package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/graph/vocab"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

var eventSuffixWords = map[string]bool{
	"Summit": true, "Days": true, "Conference": true, "Conf": true, "Con": true, "Camp": true, "Fest": true,
	"Forum": true, "Symposium": true, "Expo": true, "Hackathon": true, "Meetup": true, "Sprint": true,
}

// determiners and sentence openers that are not part of a name.
var leadStop = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true, "Our": true, "My": true,
	"Your": true, "Their": true, "His": true, "Her": true, "Its": true, "A": true, "An": true,
	"Next": true, "Last": true, "At": true, "In": true, "On": true, "For": true, "From": true,
	"Each": true, "Every": true, "Another": true, "Which": true, "What": true, "After": true,
	"Before": true, "During": true, "Since": true, "With": true, "And": true, "Or": true, "But": true,
	"If": true, "When": true, "While": true, "As": true, "To": true, "Of": true, "By": true,
	"One": true, "Two": true, "Three": true, "Four": true, "Five": true, "First": true, "Second": true,
	"Third": true, "Annual": true, "Some": true, "All": true, "Both": true, "Many": true, "Several": true,
	"I": true, "We": true, "You": true, "It": true, "Yes": true, "No": true, "So": true, "Then": true,
	"Also": true, "Finally": true, "Thanks": true, "Here": true, "There": true, "Virtual": true,
	"Online": true, "Previous": true, "Upcoming": true, "Latest": true, "Recent": true, "Great": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "Like": true, "Attending": true, "Visiting": true, "Welcome": true, "Join": true,
}

// region words that may end an event name ("FlaskCon Europe").
var regionWords = map[string]bool{
	"Europe": true, "EU": true, "US": true, "USA": true, "Asia": true, "Africa": true, "Australia": true,
	"India": true, "Latam": true, "Nordic": true, "Italia": true, "UK": true, "Japan": true, "China": true,
	"Brasil": true, "Brazil": true, "Canada": true, "Israel": true, "France": true, "Germany": true,
	"Spain": true, "España": true, "Poland": true, "Ireland": true, "Berlin": true, "Paris": true,
	"London": true, "Amsterdam": true, "Prague": true, "Vienna": true, "Brussels": true, "Ghent": true,
}

// namingRegions are the regionWords of several countries: qualifiers that name an edition
// without saying where it is held.
var namingRegions = map[string]bool{"Europe": true, "Asia": true, "Africa": true, "Latam": true, "Nordic": true}

// namingRegion tells whether the qualifier w of a conference name names
// the edition only: a continent or region of several countries, or a
// code in capitals ("EU", "US", "USA", "UK").
func namingRegion(w string) bool {
	return namingRegions[w] || allUpperASCII(w)
}

// venueNouns end the name of a building that a conference word may open
// ("Conference Centre", "Expo Hall").
var venueNouns = map[string]bool{
	"Centre": true, "Center": true, "Centrum": true, "Hall": true, "Halls": true, "Building": true,
	"Hotel": true, "Room": true, "Rooms": true, "Venue": true, "Palace": true, "Complex": true,
}

// kwEvent finds the words every conference name of reEventName ends with
// ("FlaskCon", "Summit"), as whole words or word ends.
var kwEvent = newKeywords(func(text, _ string, at int, _ string) bool {
	return eventEndWords[lettersAt(text, at)]
}, "Con", "Camp", "Fest", "Days", "Summit", "Forum", "Symposium", "Expo", "Hackathon", "Meetup", "Sprint")

var eventEndWords = map[string]bool{
	"Con": true, "Conf": true, "Conference": true, "Camp": true, "Fest": true, "Days": true, "Summit": true,
	"Forum": true, "Symposium": true, "Expo": true, "Hackathon": true, "Meetup": true, "Sprint": true,
}

// kwEdition finds "edition" (in lower-cased text).
var kwEdition = newFoldKeywords(nil, "edition")

// evMention is one naming of an edition.
type evMention struct {
	series, year, surface string
	start, end            int
	rule                  string
	conf                  float64
	title                 bool
	url                   string
	next                  bool
	place                 string // a place word ending the name
	titleLink             bool   // the anchor of a talk's schedule link: it names the talk, not the event
}

func fullYear(y string) string {
	y = strings.TrimLeft(y, "'’")
	if len(y) == 2 {
		return "20" + y
	}
	return y
}

// eventsIn finds editions named in s (offset off in the text; title marks the post title).
func (b *builder) eventsIn(s, low string, off int, title bool) []evMention {
	var out []evMention
	hits := b.hits
	if off != 0 || s != b.text {
		hits = b.x.scan.run(s, low)
	}
	known := &knownSpans{}
	if b.x.reEdOf != nil {
		for _, m := range b.findNear(s, hits[b.x.scan.index[kwEdition]], b.x.reEdOf, 12, 60) {
			ser := b.x.series[strings.ToLower(s[m[4]:m[5]])]
			out = append(out, evMention{series: ser, year: s[m[2]:m[3]], surface: s[m[0]:m[1]], start: off + m[0], end: off + m[1], rule: "event:edition-of", conf: 0.95, title: title})
			known.add(m[0], m[1])
		}
	}
	if b.x.reSeries != nil {
		for _, m := range b.findNear(s, hits[b.x.scan.index[b.x.seriesKW]], b.x.reSeries, 2, 8) {
			if known.overlaps(m[0], m[1]) {
				continue
			}
			ser := b.x.series[strings.ToLower(s[m[2]:m[3]])]
			y := ""
			if m[4] >= 0 {
				y = fullYear(s[m[4]:m[5]])
			}
			rule, conf := "event:series-year", 0.95
			if y == "" {
				rule, conf = "event:series", 0.8
			}
			out = append(out, evMention{series: ser, year: y, surface: s[m[0]:m[1]], start: off + m[0], end: off + m[1], rule: rule, conf: conf, title: title})
			known.add(m[0], m[1])
		}
	}
	for _, m := range b.findNear(s, hits[b.x.scan.index[kwEvent]], b.re.reEventName, 90, 40) {
		if known.overlaps(m[0], m[1]) {
			continue
		}
		name := s[m[2]:m[3]]
		// "the Zorbtown Conference Centre": a building, not an edition
		if m[4] >= 0 && venueNouns[s[m[4]:m[5]]] {
			continue
		}
		toks := strings.Fields(name)
		lead := 0
		for lead < len(toks) && leadStop[toks[lead]] {
			lead++
		}
		// "Kubernetes OpenStack Nordic Days": a known name heading a long
		// run is the end of a list, not part of the name
		for lead+3 < len(toks) && eventSuffixWords[toks[len(toks)-1]] && b.isTerm(toks[lead]) {
			lead++
		}
		toks = toks[lead:]
		// "… in Berlin. ZorbConf Berlin": a word that ends a sentence ends
		// what comes before the name
		for k := len(toks) - 2; k >= 0; k-- {
			if strings.HasSuffix(toks[k], ".") && strings.Count(toks[k], ".") == 1 && len(toks[k]) > 3 {
				toks = toks[k+1:]
				break
			}
		}
		if len(toks) == 0 {
			continue
		}
		if eventSuffixWords[toks[len(toks)-1]] && len(toks) == 1 {
			continue
		}
		if len(toks) > 1 && eventSuffixWords[toks[len(toks)-1]] && !capWord(toks[0]) {
			continue
		}
		// "ZAQC is the Zorb And Quux Conference": the spelled-out name of
		// a series named before, not an edition of its own
		if spelledOut(s[max(0, m[2]-80):m[2]], name) {
			continue
		}
		start := off + m[2] + strings.Index(name, toks[0])
		end := off + m[3]
		series := strings.Join(toks, " ")
		place := ""
		if m[4] >= 0 {
			w := s[m[4]:m[5]]
			// a region, a place, or a country code ("PyCon CZ"); or any
			// other capitalised word right before the year ("SnakeCon
			// Zorbia 2018"): the edition's name runs to its year
			if regionWords[w] || b.isTerm(w, vocab.Place) || len(w) == 2 && allUpperASCII(w) || qualifierBeforeYear(w, m[6] >= 0 && m[6] <= m[5]+2) {
				series += " " + w
				end = off + m[5]
				// a city or a country qualifying the name is where the
				// edition is ("SnakeConf Basel"); a continent or a
				// code ("SnakeCon Europe", "SnakeCon US") only names it
				if (regionWords[w] || len(w) > 2 && b.isTerm(w, vocab.Place)) && !namingRegion(w) {
					place = w
				}
			}
		}
		y := ""
		if m[6] >= 0 && (m[4] < 0 || end == off+m[5]) {
			y = fullYear(s[m[6]:m[7]])
			end = off + m[7]
		}
		out = append(out, evMention{series: series, year: y, surface: b.textOr(s, off, start, end), start: start, end: end, rule: "event:conference-name", conf: 0.75, title: title, place: place})
	}
	out = append(out, b.namedEditions(s, off, title, known, out)...)
	out = append(out, b.gluedEditions(s, off, title, known, out)...)
	out = append(out, b.multiWordEditions(s, off, title, known, out)...)
	out = append(out, b.bareEditions(s, off, title, known, out)...)
	out = append(out, b.editionOfNames(s, off, title, hits[b.x.scan.index[kwEdition]], known, out)...)
	return joinedEditions(s, off, out)
}

// notEditionName are capitalised words that precede a year without
// naming an event ("Summer 2019", "Edition 2024").
var notEditionName = map[string]bool{
	"Spring": true, "Summer": true, "Autumn": true, "Fall": true, "Winter": true, "Early": true, "Late": true,
	"Mid": true, "Until": true, "Circa": true, "Around": true, "Copyright": true, "Version": true, "Release": true,
	"Update": true, "Edition": true, "Q1": true, "Q2": true, "Q3": true, "Q4": true, "Jan": true, "Feb": true,
	"Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true,
	"Nov": true, "Dec": true, "Year": true, "Class": true, "Vintage": true, "Survey": true, "Roadmap": true,
}

// namedEditions finds editions of series without a conference word:
// a capitalised (often camel-cased) name right before a year 1990–2039
// ("EuroPython 2019", "at PyData 2023"), when the name is not a known
// technology ("Rust 2018") and the context speaks of an event.
func (b *builder) namedEditions(s string, off int, title bool, known *knownSpans, prev []evMention) []evMention {
	var out []evMention
	var prevAt map[[2]int]bool // the spans of prev, built on first need
	// i jumps to the next '1' or '2' (a year's first digit): n1 and n2 are
	// the next places of each at or after i, -1 when there is none
	n1, n2, block := -2, -2, -1
	for i := 0; i+4 <= len(s); i++ {
		if n1 != -1 && n1 < i {
			if n1 = strings.IndexByte(s[i:], '1'); n1 >= 0 {
				n1 += i
			}
		}
		if n2 != -1 && n2 < i {
			if n2 = strings.IndexByte(s[i:], '2'); n2 >= 0 {
				n2 += i
			}
		}
		switch {
		case n1 < 0 && n2 < 0:
			i = len(s)
		case n1 < 0:
			i = n2
		case n2 < 0:
			i = n1
		default:
			i = min(n1, n2)
		}
		if i+4 > len(s) {
			break
		}
		if i>>12 != block { // every 4 KiB
			if block = i >> 12; b.stopNow() {
				return out
			}
		}
		if i+4 < len(s) && isWordByte(s[i+4]) {
			continue
		}
		glued := i > 0 && isLetterASCII(s[i-1]) // "LCA2020", "PyCon2019"
		if i > 0 && isWordByte(s[i-1]) && !glued {
			continue
		}
		y := s[i : i+4]
		if !(y >= "1990" && y <= "2039") || y[2] < '0' || y[2] > '9' || y[3] < '0' || y[3] > '9' {
			continue
		}
		// the name: one token right before, after a space (or glued to the year)
		if i < 2 || s[i-1] != ' ' && !glued {
			continue
		}
		ne := i - 1
		if glued {
			ne = i
		}
		ns := ne
		if glued {
			for ns > 0 && isLetterASCII(s[ns-1]) {
				ns--
			}
			if ns > 0 && isWordByte(s[ns-1]) {
				continue
			}
		} else {
			for ns > 0 && !isSpaceByte(s[ns-1]) && s[ns-1] != '(' && s[ns-1] != '"' && s[ns-1] != '[' {
				ns--
			}
		}
		name := s[ns:ne]
		// all capitals ("GUADEC 2017") name a series as well as camel case does
		caps := len(name) >= 3 && len(name) <= 8 && allUpperASCII(name)
		// "linux.conf.au 2014": a series named like a host
		dotted := dottedSeries(name)
		if len(name) < 3 || !capWord(name) && !dotted || !hasLower(name) && !caps || strings.ContainsAny(name, "/:,;()'’\"") ||
			leadStop[name] || notName[name] || notEditionName[name] || eventSuffixWords[name] || regionWords[name] {
			continue
		}
		if known.overlaps(ns, i+4) || b.isTerm(name, vocab.Technology, vocab.Place) || caps && b.isTerm(name, vocab.Organization) {
			continue
		}
		// one name token only: "Visual Studio 2017" is a product
		// ("Barmeet 2021, Zorbmeet 2021": a comma ends the word before)
		if pw := prevWord(s, ns); pw != "" && capWord(pw) && !leadStop[pw] && !isSentenceEnd(pw) && !strings.ContainsAny(pw[len(pw)-1:], ",;:") && !glued {
			continue
		}
		// "the Rust 2024 edition"
		if strings.HasPrefix(strings.TrimLeft(s[i+4:min(len(s), i+16)], " \t"), "edition") {
			continue
		}
		cue := false
		pre := s[max(0, ns-20):ns]
		if title {
			cue = hasInnerUpper(name) || dotted || b.re.reRecapTitle.MatchString(s) || b.re.reEditionPre.MatchString(pre)
		} else {
			ss := b.sentence(off + ns)
			cue = b.re.reEditionPre.MatchString(pre) || b.re.reEditionCue.MatchString(b.text[ss.Start:ss.End]) ||
				// "Last week was ZorbFoo 2019. Here are my notes on the
				// talks": a name shaped like a series' opens a passage on
				// the event
				(hasInnerUpper(name) && hasLower(name) || caps) && b.nextSentenceCue(ss)
		}
		if !cue && !confWordName(name) {
			continue
		}
		if prevAt == nil {
			prevAt = make(map[[2]int]bool, len(prev))
			for _, p := range prev {
				prevAt[[2]int{p.start, p.end}] = true
			}
		}
		if prevAt[[2]int{off + ns, off + i + 4}] {
			continue
		}
		out = append(out, evMention{series: name, year: y, surface: s[ns : i+4], start: off + ns, end: off + i + 4, rule: "event:name-year", conf: 0.7, title: title})
	}
	return out
}

func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// allUpperASCII tells whether s is only ASCII capital letters.
func allUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// hasLower tells whether s has a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isSentenceEnd tells whether word w ends a sentence ("done.").
func isSentenceEnd(w string) bool {
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, ":")
}

func (b *builder) textOr(s string, off, start, end int) string {
	if start-off >= 0 && end-off <= len(s) {
		return s[start-off : end-off]
	}
	return ""
}

func overlaps(spans []Span, s, e int) bool {
	for _, k := range spans {
		if s < k.End && e > k.Start {
			return true
		}
	}
	return false
}

// techCity finds "to Svelte Lisbon": a technology-like name followed by a
// city, after a cue of going or attending.
func (b *builder) techCity() []evMention {
	var out []evMention
	for _, t := range b.terms {
		if b.stopped() {
			break
		}
		if t.Class != vocab.Place {
			continue
		}
		pre := b.text[max(0, t.Start-40):t.Start]
		if !strings.HasSuffix(pre, " ") {
			continue
		}
		pre = strings.TrimRight(pre, " ")
		i := strings.LastIndexAny(pre, " \t\n")
		w := pre[i+1:]
		if w == "" || !(strings.Contains(w, ".") || hasInnerUpper(w) || b.isTerm(w, vocab.Technology)) || !capOrDotted(w) {
			continue
		}
		if !b.re.reTechCity.MatchString(pre[:i+1]) {
			continue
		}
		start := t.Start - 1 - len(w)
		out = append(out, evMention{series: w + " " + b.text[t.Start:t.End], surface: b.text[start:t.End], start: start, end: t.End, rule: "event:technology-city", conf: 0.6, place: b.text[t.Start:t.End]})
	}
	return out
}

func hasInnerUpper(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func capOrDotted(w string) bool {
	return capWord(w) || strings.Contains(w, ".")
}

// events finds the editions the post names and decides which it reports on.
func (b *builder) events() {
	var ms []evMention
	if b.d.Title != "" {
		ms = append(ms, b.eventsIn(b.d.Title, lowerASCII(b.d.Title), 0, true)...)
		if len(ms) == 0 {
			ms = b.titleDayEdition()
		}
		b.regionTails(b.d.Title, ms, 0)
		for i := range ms {
			ms[i].start, ms[i].end = 0, 0
		}
	}
	body := b.eventsIn(b.text, b.lower, 0, false)
	b.regionTails(b.text, body, 0)
	ms = append(ms, body...)
	ms = append(ms, b.titleSeries(ms)...)
	ms = append(ms, b.techCity()...)
	ms = append(ms, b.repeatedEditions(ms)...)
	// edition links
	for _, l := range b.links {
		if l.kind != lkEdition && l.kind != lkTalk && l.kind != lkSpeaker && l.kind != lkTrack {
			continue
		}
		if l.year == "" {
			continue
		}
		ser, ok := b.x.series[l.label]
		if !ok {
			// a series the post names whose letters start with the
			// host's label ("zorb.conf.example" for zorb2031.zorb.org)
			// before a word of the text spelled like the label
			if ser = seriesStartingWith(ms, l.label); ser == "" {
				ser = b.surfaceOf(l.label)
			}
		}
		if ser == "" {
			continue
		}
		m := evMention{series: ser, year: l.year, start: l.start, end: l.end, rule: "event:edition-link", conf: 0.9}
		if l.kind == lkEdition {
			m.url = l.url
			// "next year's venue is [Zorbtown](…)": the anchor names
			// the edition's place, not the edition
			if a := strings.TrimSpace(l.anchor); b.isTerm(a, vocab.Place) {
				m.place = a
			} else if !looksLikeURL(l.anchor) {
				m.surface = l.anchor
			}
		} else {
			m.rule, m.conf = "event:schedule-link", 0.85
			m.titleLink = l.kind == lkTalk
		}
		ms = append(ms, m)
	}
	ms = b.dropGenericSeries(ms)
	if len(ms) == 0 {
		return
	}
	b.parenExpansions(ms)
	ms = b.yearBefore(ms)
	// years for mentions without one
	seriesYears := map[string]map[string]bool{}
	for _, m := range ms {
		if m.year != "" {
			k := fold(m.series)
			if seriesYears[k] == nil {
				seriesYears[k] = map[string]bool{}
			}
			seriesYears[k][m.year] = true
		}
	}
	dateYear := ""
	if len(b.d.Date) >= 4 {
		dateYear = b.d.Date[:4]
	}
	titleYear := ""
	for _, m := range ms {
		if m.title && m.year != "" {
			titleYear = m.year
			break
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.year != "" {
			continue
		}
		if ys := seriesYears[fold(m.series)]; len(ys) == 1 {
			for y := range ys {
				m.year = y
			}
			continue
		}
		switch {
		case dateYear != "":
			m.year = dateYear
		case titleYear != "":
			m.year = titleYear
		}
	}
	// most frequent edition of all when nothing else gives a year
	count := map[string]int{}
	first := map[string]int{} // where the text first names each edition
	for _, m := range ms {
		if m.year != "" {
			k := fold(m.series) + " " + m.year
			count[k]++
			if f, ok := first[k]; m.end > m.start && (!ok || f < 0 || m.start < f) {
				first[k] = m.start
			} else if !ok {
				first[k] = -1
			}
		}
	}
	if dateYear == "" && titleYear == "" {
		// of editions named as often, the one the text names first (a
		// post names its edition before those it compares it with)
		before := func(k, best string) bool {
			fk, fb := first[k], first[best]
			if fk >= 0 && fb >= 0 && fk != fb {
				return fk < fb
			}
			if (fk >= 0) != (fb >= 0) {
				return fk >= 0
			}
			return k < best
		}
		best, bestN := "", 0
		for k, n := range count {
			if n > bestN || (n == bestN && before(k, best)) {
				best, bestN = k, n
			}
		}
		if best != "" {
			y := best[strings.LastIndexByte(best, ' ')+1:]
			for i := range ms {
				if ms[i].year == "" {
					ms[i].year = y
				}
			}
		}
	}
	// entities
	score := map[int]int{}
	cued := map[int]bool{}
	for _, m := range ms {
		if b.stopped() {
			return
		}
		if m.year == "" {
			continue
		}
		key := fold(m.series) + " " + m.year
		i := b.entity(vocab.Event, m.series+" "+m.year, key)
		e := &b.res.Entities[i]
		if e.Series == "" {
			e.Series, e.Year = m.series, m.year
		}
		if m.rule != "event:year-before-series" {
			// "the 2011 FOSDEM" names that edition by its year only: the
			// bare series stays the name of the one the post is about
			e.Aliases = AppendUnique(e.Aliases, m.series)
		}
		if m.surface != "" && !looksLikeURL(m.surface) {
			e.Aliases = AppendUnique(e.Aliases, strings.TrimSpace(m.surface))
		}
		if m.url != "" {
			e.SameAs = AppendUnique(e.SameAs, m.url)
		}
		if m.end > m.start {
			b.mention(i, m.start, m.end, m.rule, m.conf)
			if m.titleLink {
				b.titles.add(m.start, m.end)
			} else {
				b.claim(m.start, m.end)
			}
		} else if m.title {
			b.mention(i, 0, 0, "event:title", 0.95)
		}
		if m.place != "" {
			pi := b.entity(vocab.Place, m.place, fold(m.place))
			if m.end > m.start {
				ps := strings.LastIndex(b.text[m.start:m.end], m.place)
				if ps >= 0 {
					b.mention(pi, m.start+ps, m.start+ps+len(m.place), "place:in-event-name", 0.6)
				}
			}
			b.rel(Location, i, pi, m.start, m.end, "location:event-name", 0.6)
		}
		// order: an edition of the title (or held in the place the title
		// names), then one the post went to, then the most mentioned
		w := 1
		switch {
		case m.title:
			w = 100
		case m.end > m.start && (b.isNext(m.start) || b.re.reRelTime.MatchString(b.text[max(0, m.start-30):m.start])):
			w = 0 // "next year's FOSDEM", "the days after FOSDEM"
		default:
			if m.end > m.start {
				switch b.isSubject(m.start, m.end) {
				case 2:
					w = 100
				case 1:
					if !cued[i] {
						w = 50
					}
					cued[i] = true
				}
			}
		}
		// a bare name ("ZORBAC took place") is weaker evidence of what the
		// post reports on than an edition named with a year or a
		// conference word
		if m.rule == "event:bare-series" && !m.title {
			w = min(w, 20)
		}
		// a name written again (repeatedEditions) counts only where the
		// sentence says the post went there
		if m.rule == "event:repeated-name" && w == 1 {
			w = 0
		}
		score[i] += w
	}
	b.mergeCityEditions(score)
	b.mergeCodeEditions(score)
	b.mergeShortEditions(score)
	best, bestN := -1, 0
	for i, n := range score {
		if n > bestN || (n == bestN && best >= 0 && i < best) {
			best, bestN = i, n
		}
	}
	if best >= 0 {
		b.main = best
		b.res.Entities[best].Main = true
		b.year = b.res.Entities[best].Year
		b.bareSeriesToMain(score)
		// other editions also in the title are reported on too
		for i, n := range score {
			if n >= 100 {
				b.res.Entities[i].Main = true
			}
		}
		b.attendedList()
		b.headedEditions(titledEdition(ms))
	}
}

// reWentList: a sentence that tells the author went to what it lists ("I
// went to two conferences: A 2021 in X and B 2021 in Y").
var reWentList = regexp.MustCompile(`(?i)\b(?:i|we)[ \t]+(?:\p{Ll}+[ \t]+)?(?:attended|visited|went[ \t]+to|was[ \t]+at|were[ \t]+at|spoke[ \t]+at)\b`)

// reListJoin: what may stand between two editions of one list: a place
// after the first ("in X, Y") and a comma or "and".
var reListJoin = regexp.MustCompile(`^(?:[ \t]+(?:in|at)[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}(?:,[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})?)?[ \t]*(?:,[ \t]*(?:and[ \t]+|as[ \t]+well[ \t]+as[ \t]+)?(?:then[ \t]+)?|[ \t]+and[ \t]+(?:then[ \t]+|also[ \t]+)?|[ \t]*&[ \t]*)(?:the[ \t]+)?$`)

// attendedList makes every edition listed with a reported one in a
// sentence that says the author went to them a reported one too.
func (b *builder) attendedList() {
	type at struct{ i, s, e int }
	var ms []at
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class != vocab.Event || e.Series == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > m.Start {
				ms = append(ms, at{i, m.Start, m.End})
			}
		}
	}
	sort.Slice(ms, func(x, y int) bool { return ms[x].s < ms[y].s })
	for changed := true; changed; {
		changed = false
		for k := 0; k+1 < len(ms); k++ {
			a, c := ms[k], ms[k+1]
			ea, ec := &b.res.Entities[a.i], &b.res.Entities[c.i]
			if a.i == c.i || ea.Main == ec.Main || c.s < a.e {
				continue
			}
			ss := b.sentence(a.s)
			if c.e > ss.End || !reListJoin.MatchString(b.text[a.e:c.s]) {
				continue
			}
			first := ms[k].s
			for j := k; j >= 0 && ms[j].s >= ss.Start; j-- {
				first = ms[j].s
			}
			if !reWentList.MatchString(b.text[ss.Start:first]) || b.otherTime(ss, first) {
				continue
			}
			ea.Main, ec.Main = true, true
			changed = true
		}
	}
}

// isSubject tells whether the edition named at [s,e) is what the post went
// to: "X 2019 took place in …", "X was held …", "I attended X", "my first
// time at X" (1); 2 when it took place in a place the title names.
func (b *builder) isSubject(s, e int) int {
	ss := b.sentence(s)
	after := b.text[e:max(e, min(ss.End, e+90))]
	if b.re.reHeldAfter.MatchString(after) {
		if t := b.d.Title; t != "" {
			if m := b.re.reHeldIn.FindStringSubmatch(after); m != nil && wordIndexes(t, m[1]) != nil {
				return 2
			}
		}
		return 1
	}
	if b.re.reAttendBefore.MatchString(b.text[max(ss.Start, s-60):s]) {
		return 1
	}
	return 0
}

// isNext tells whether the sentence holding pos speaks of a coming edition.
func (b *builder) isNext(pos int) bool {
	s := b.sentence(pos)
	return b.re.reNextCue.MatchString(b.text[s.Start:pos])
}

// surfaceOf finds how the text writes label (case-insensitive whole word);
// "" when it does not.
// seriesStartingWith returns the series of a mention of ms whose letters
// and digits start with label (three letters or more), or "".
func seriesStartingWith(ms []evMention, label string) string {
	if len(label) < 3 {
		return ""
	}
	for _, m := range ms {
		if m.series != "" && strings.HasPrefix(alnumFold(m.series), label) {
			return m.series
		}
	}
	return ""
}

func (b *builder) surfaceOf(label string) string {
	if label == "" {
		return ""
	}
	lt := strings.ToLower(b.text)
	from := 0
	for {
		i := strings.Index(lt[from:], label)
		if i < 0 {
			return ""
		}
		i += from
		j := i + len(label)
		okL := i == 0 || !isWordByte(lt[i-1])
		okR := j >= len(lt) || !isWordByte(lt[j])
		if okL && okR && (i == 0 || lt[i-1] != '.' && lt[i-1] != '/') && (j >= len(lt) || lt[j] != '.') {
			s := b.text[i:j]
			if s != strings.ToLower(s) {
				return s
			}
		}
		from = j
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// reSpelledOut: an acronym, "is" and the start of its expansion before a
// conference name ("ZAQC is the **Zorb ").
var reSpelledOut = regexp.MustCompile(`\b(\p{Lu}{3,10})[ \t]+(?:is|stands[ \t]+for|means)[ \t]+(?:the[ \t]+|an?[ \t]+)?[*_"“]*((?:\p{Lu}[\p{L}'’-]*[ \t]+)*)$`)

// spelledOut tells whether name, after pre, spells out the acronym pre
// opens with: the initials of its words are the acronym's letters.
func spelledOut(pre, name string) bool {
	m := reSpelledOut.FindStringSubmatch(pre)
	if m == nil {
		return false
	}
	var ini []rune
	for _, w := range strings.Fields(m[2] + " " + name) {
		for _, r := range w {
			ini = append(ini, unicode.ToUpper(r))
			break
		}
	}
	return string(ini) == m[1]
}
