package extract

import "github.com/talkgraph/talkgraph/graph/vocab"

// Official speakers as a gazetteer for prose: the full name of a speaker
// of a shipped or ingested schedule (Config.KnownPerson) is a Person even
// without a cue word, when it stands in running text as a name does.

// speakerInProse tells whether the capitalised run text[s:e] (name) is an
// official speaker's full name standing in prose: two to four words, not
// inside a talk title or a link that names something else, not a known
// term.
func (b *builder) speakerInProse(name string, s, e int) bool {
	if !b.knownPerson(name) {
		return false
	}
	for _, l := range b.linksAround(s, e) {
		if l.kind != lkSpeaker && l.kind != lkIgnore && !(l.start == s && l.end == e) {
			return false // part of a link's anchor: a title, a project
		}
	}
	if b.mentionOverlaps(s, e, vocab.Talk) || b.mentionOverlaps(s, e, vocab.Project) {
		return false
	}
	return true
}

// linksAround lists the links whose anchor overlaps [s,e) (links are in
// order of appearance, so a binary search finds them).
func (b *builder) linksAround(s, e int) []linkInfo {
	lo, hi := 0, len(b.links)
	for lo < hi {
		m := (lo + hi) / 2
		if b.links[m].end <= s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var out []linkInfo
	for i := lo; i < len(b.links) && b.links[i].start < e; i++ {
		if b.links[i].end > s {
			out = append(out, b.links[i])
		}
	}
	return out
}
