package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// titleSeries finds the series a title reports on by a plain capitalised
// name that no other rule reads as an event ("Back from Fooconf", "Notes
// from Zorbfest", "Snakemeet recap"): the title has a recap shape around
// the name (titleRecapOf), and the text confirms it is an event: a
// sentence says it took place or that the author went there ("Fooconf
// took place in …", "I attended Fooconf", "at Fooconf" with a conference
// word). The year is the post's (events gives it later). A name of one
// word that the lexicon, the English word list or the given names know,
// or that another rule already read, is none.
func (b *builder) titleSeries(found []evMention) []evMention {
	t := b.d.Title
	if t == "" || !b.re.reRecapTitle.MatchString(t) {
		return nil
	}
	var out []evMention
	for _, f := range strings.Fields(t) {
		name := strings.Trim(f, `:,.!?;"“”'‘’()[]`)
		if len(name) < 4 || !capWord(name) || strings.ContainsAny(name, ".-/&") || leadStop[name] || notName[name] || notEditionName[name] ||
			regionWords[name] || eventSuffixWords[name] || commonCaps[name] || allUpperASCII(name) {
			continue
		}
		ts := strings.Index(t, name)
		if ts < 0 || !titleRecapOf(t, ts, ts+len(name)) || b.namedBy(found, name) {
			continue
		}
		if b.isTerm(name) || b.weakTerm(name, vocab.Technology, vocab.Organization, vocab.Place) ||
			b.x.cfg.GivenName != nil && b.givenName(name) || b.x.cfg.Word != nil && b.x.cfg.Word(strings.ToLower(name)) {
			continue
		}
		if !b.eventInText(name) {
			continue
		}
		out = append(out, evMention{series: name, surface: name, rule: "event:title-series", conf: 0.6, title: true})
		// the text's namings of it, not followed by a year (another edition's)
		for _, at := range wordIndexes(b.text, name) {
			end := at + len(name)
			if rest := strings.TrimLeft(b.text[end:min(len(b.text), end+6)], " '’"); len(rest) >= 2 && rest[0] >= '0' && rest[0] <= '9' || b.inURLAnchor(at) {
				continue
			}
			out = append(out, evMention{series: name, surface: name, start: at, end: end, rule: "event:title-series", conf: 0.6})
		}
	}
	return out
}

// namedBy tells whether a mention of ms names name (its series or surface).
func (b *builder) namedBy(ms []evMention, name string) bool {
	for _, m := range ms {
		if strings.EqualFold(m.series, name) || strings.Contains(m.surface, name) {
			return true
		}
	}
	return false
}

// eventInText tells whether the text names name as an event: it took place,
// was held, or the author went to it or was at it in a sentence with a
// conference word.
func (b *builder) eventInText(name string) bool {
	for _, at := range wordIndexes(b.text, name) {
		end := at + len(name)
		ss := b.sentence(at)
		if b.re.reHeldAfter.MatchString(b.text[end:min(ss.End, end+60)]) || b.re.reAttendBefore.MatchString(b.text[max(ss.Start, at-60):at]) {
			return true
		}
		if b.re.reEditionPre.MatchString(b.text[max(ss.Start, at-20):at]) && b.re.reEventRef.MatchString(b.text[ss.Start:ss.End]) {
			return true
		}
	}
	return false
}
