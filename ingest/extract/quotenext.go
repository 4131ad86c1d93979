package extract

import "strings"

// A quoted title whose talk cue follows it: 'On the same room followed
// "Widgets All the Way Down". The value of this talk was …'. The sentence
// of the quotation names no talk; the next one, in the same paragraph,
// does within its first words. The quotation ending its sentence is then
// the title of the talk the next sentence speaks of.

// talkCueReach bounds how far into the next sentence (bytes) its talk
// noun may be.
const talkCueReach = 40

// talkFollows tells whether the quotation of sentence si whose closing
// quote is followed by rest (the sentence's remainder) ends the sentence
// and the next sentence of the paragraph names a talk within its first
// talkCueReach bytes.
func (b *builder) talkFollows(si int, rest string) bool {
	if strings.TrimFunc(rest, func(r rune) bool { return r == '.' || r == '!' || r == ' ' || r == '\t' || r == '\n' }) != "" {
		return false
	}
	if si+1 >= len(b.sents) {
		return false
	}
	s, n := b.sents[si], b.sents[si+1]
	if p := find(b.paras, s.Start); p < 0 || find(b.paras, n.Start) != p {
		return false
	}
	return b.re.reTitleNear.MatchString(b.text[n.Start:min(n.End, n.Start+talkCueReach)])
}
