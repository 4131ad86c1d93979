package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Two ways a post's name of a devroom differs from the official one:
//   - the capitalised phrase before "devroom" is only the end of the
//     track's name: "the free Zorbl dev-room" for the track "Free Zorbl",
//     "the Quux, Big Widgets, and Widget Science devroom" for "Quux, Big
//     Widgets, and Widget Science" (the cue's phrase stops at the comma or
//     the lower-case word). The longest phrase before the noun, within the
//     sentence and up to eight words, that is exactly an official track of
//     the post's edition is its name.
//   - a typo: "the Widget Anolysis Devroom" in a post that also names the
//     "Widget Analysis" devroom is that track.

// maxTrackLead is how many words before the cue's phrase an official name
// may start.
const maxTrackLead = 8

// officialTrackBefore returns the official name of the longest track name
// of the post's edition that ends at end and starts before start, and where
// it starts; "" when none does.
func (b *builder) officialTrackBefore(start, end int) (string, int) {
	if b.main < 0 || b.x.cfg.MatchTrack == nil {
		return "", start
	}
	sent := b.sentence(start)
	best, bestAt := "", start
	s := start
	for n := 0; n < maxTrackLead; n++ {
		// the word before s
		i := s
		for i > sent.Start && strings.IndexByte(" \t\n,", b.text[i-1]) >= 0 {
			i--
		}
		j := i
		for j > sent.Start && !isSpaceByte(b.text[j-1]) && b.text[j-1] != ',' {
			j--
		}
		if j >= i || strings.Contains(b.text[j:start], "\n\n") {
			break
		}
		s = j
		if name, ok := b.matchTrack(b.text[s:end]); ok && strings.EqualFold(alnumFold(name), alnumFold(b.text[s:end])) {
			best, bestAt = name, s
		}
	}
	return best, bestAt
}

// trackName is the answer of Config.MatchTrack for a phrase.
type trackName struct {
	name string
	ok   bool
}

// trackNames remembers the answers of Config.MatchTrack for one edition.
type trackNames struct {
	series, year string
	of           map[string]trackName
}

// matchTrack is Config.MatchTrack for the post's main edition, remembered
// per phrase: officialTrackBefore asks it about the same phrases again and
// again ("the Quux", "in the Quux" before each "Quux devroom"). namedTracks,
// whose phrases are seldom asked twice, calls MatchTrack itself.
func (b *builder) matchTrack(phrase string) (string, bool) {
	if b.main < 0 || b.x.cfg.MatchTrack == nil {
		return "", false
	}
	ev := b.res.Entities[b.main]
	c := &b.trackNames
	if c.of == nil || c.series != ev.Series || c.year != ev.Year {
		*c = trackNames{series: ev.Series, year: ev.Year, of: map[string]trackName{}}
	}
	if t, ok := c.of[phrase]; ok {
		return t.name, t.ok
	}
	name, ok := b.x.cfg.MatchTrack(ev.Series, ev.Year, phrase)
	c.of[phrase] = trackName{name, ok}
	return name, ok
}

// mergeTrackTypos merges a track named once with a typo into the track of
// the same edition whose name is one edit away ("Widget Anolysis" and
// "Widget Analysis"), for names of ten letters or more.
func (b *builder) mergeTrackTypos() {
	var tracks []int
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class == vocab.Track && b.canonical(i) == i {
			tracks = append(tracks, i)
		}
	}
	for _, i := range tracks {
		for _, j := range tracks {
			ei, ej := &b.res.Entities[i], &b.res.Entities[j]
			if i == j || ei.Class != vocab.Track || ej.Class != vocab.Track || ei.Edition != ej.Edition {
				continue
			}
			a, c := alnumFold(ei.Name), alnumFold(ej.Name)
			if a == c || len(a) < 10 || len(c) < 10 || editDistance1(a, c) > 1 {
				continue
			}
			// the official one, the one linked, or the one named more
			// often stays
			if b.trackRank(j) < b.trackRank(i) || b.trackRank(j) == b.trackRank(i) && j > i {
				continue
			}
			b.merge(j, i)
		}
	}
}

// trackRank orders the spellings of a track: the official name of the
// post's edition first, then links, then mentions.
func (b *builder) trackRank(i int) int {
	e := &b.res.Entities[i]
	r := 1000*len(e.SameAs) + len(e.Mentions)
	if b.main >= 0 && b.x.cfg.MatchTrack != nil {
		ev := b.res.Entities[b.main]
		if name, ok := b.x.cfg.MatchTrack(ev.Series, ev.Year, e.Name); ok && strings.EqualFold(name, e.Name) {
			r += 1000000
		}
	}
	return r
}

// editDistance1 is the edit distance of a and b when it is 0 or 1, or 2
// for any larger distance.
func editDistance1(a, b string) int {
	if a == b {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return 2
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if a[i+1:] == b[i+1:] {
			return 1
		}
		return 2
	}
	if a[i:] == b[i+1:] {
		return 1
	}
	return 2
}
