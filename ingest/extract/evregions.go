package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"
	"sync"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// reRegionTail: two or three capitalised words and an optional year right
// after a conference name ("… Summit North America 2031", "QuuxCon South
// Africa 2031").
var reRegionTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[ \t]+(\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+){1,2})(?:[ \t]+['’]?(\d{4}|'\d{2})\b)?`)
})

// compassWords and continentWords make a region of two words: "North
// America", "Latin America", "South East Asia" (words of the language, not
// a list of places).
var (
	compassWords   = wordSetCase("North", "South", "East", "West", "Central", "Latin", "Northern", "Southern", "Eastern", "Western")
	continentWords = wordSetCase("America", "Africa", "Asia", "Europe", "Pacific")
)

// regionTails extends the conference names of ms found in s ("Open Source
// Quux Summit") by the region of several words that follows them and the
// year after it ("… North America 2031"): the edition is named by both,
// and a region of the gazetteer ("South Africa") is its place as a region
// word of one is (eventsIn).
func (b *builder) regionTails(s string, ms []evMention, off int) {
	for i := range ms {
		m := &ms[i]
		if m.rule != "event:conference-name" || m.year != "" || m.end-off < 0 || m.end-off > len(s) {
			continue
		}
		end := m.end - off
		r := reRegionTail().FindStringSubmatchIndex(s[end:min(len(s), end+60)])
		if r == nil {
			continue
		}
		region := s[end+r[2] : end+r[3]]
		ws := strings.Fields(region)
		known := b.isTerm(region, vocab.Place)
		if !known && !(len(ws) >= 2 && compassWords[ws[0]] && continentWords[ws[len(ws)-1]]) {
			continue
		}
		m.series += " " + strings.Join(ws, " ")
		m.end = off + end + r[3]
		if r[4] >= 0 {
			m.year = fullYear(s[end+r[4] : end+r[5]])
			m.end = off + end + r[5]
		}
		m.surface = s[m.start-off : m.end-off]
		if known {
			m.place = region
		}
	}
}
