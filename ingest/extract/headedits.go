package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// headedEditions makes the editions the post's headings are about reported
// ones too, when the title names none: a post "Spring conferences" with a
// section "## Quuxconf 2031" and one "## Zorbcamp 2031" reports on both. A
// heading is about an edition when it is the edition's name and a few
// words at most ("Quuxconf 2031 in Springfield", "Day 1 at Quuxconf
// 2031"), not a coming one ("Next: Quuxconf 2032", "Upcoming").
func (b *builder) headedEditions(titled bool) {
	if titled || len(b.d.Sections) == 0 {
		return
	}
	for _, sec := range b.d.Sections {
		hs, he := sec.Start, sec.Start+len(sec.Heading)
		if he <= hs || he > len(b.text) {
			continue
		}
		h := b.text[hs:he]
		if b.re.reNextCue.MatchString(h) || strings.Contains(strings.ToLower(h), "upcoming") {
			continue
		}
		for _, k := range b.entitiesIn(hs, he, vocab.Event) {
			e := &b.res.Entities[k]
			if e.Main || e.Year == "" || b.canonical(k) != k {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start < hs || m.End > he || m.End <= m.Start {
					continue
				}
				if rest := strings.TrimSpace(h[:m.Start-hs] + " " + h[m.End-hs:]); wordCount(rest, 5) <= 4 {
					e.Main = true
					break
				}
			}
		}
	}
}

// titledEdition tells whether a mention of ms is in the post's title.
func titledEdition(ms []evMention) bool {
	for _, m := range ms {
		if m.title {
			return true
		}
	}
	return false
}
