package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// A technology's name that an acronym or a capitalised name and a noun of
// software follow names a longer product, in a sentence not in title
// case: "the Zorb REST framework" is the Technology "Zorb REST framework",
// "the Zorb Wave ZDS project" the Project "Zorb Wave ZDS"
// ("project" is no part of a name; "framework" and "toolkit" are, as
// their makers write them). Not "Zorb Quux library" when Quux is a name of
// the vocabulary (two technologies), nor a word of the dictionary ("Zorb
// Web framework" is Zorb's web framework).

// longerHeads are the nouns of software after such a name, and whether
// each belongs to it.
var longerHeads = map[string]bool{"framework": true, "toolkit": true, "project": false}

// longerProduct returns the end of the longer product name term t leads
// (t.End when there is none) and the head noun after it.
func (b *builder) longerProduct(t Term) (nameEnd int, head string) {
	if t.Class != vocab.Technology {
		return t.End, ""
	}
	return b.longerProductAt(t.Start, t.End)
}

// longerProductAt is longerProduct for the name at [start,nameEnd) (a
// term, or a maker's product: "Quuxorg Wave ZDS project").
func (b *builder) longerProductAt(start, nameEnd int) (int, string) {
	word := b.x.cfg.Word
	end := nameEnd
	for n := 0; n < 2; n++ {
		if end >= len(b.text) || b.text[end] != ' ' {
			break
		}
		ws := end + 1
		we := tokenEnd(b.text, ws)
		w := b.text[ws:we]
		if _, ok := longerHeads[w]; ok {
			if end > nameEnd {
				sent := b.sentence(start)
				if !b.inHeading(start) && !titleCased(b.text[sent.Start:sent.End]) {
					return end, w
				}
			}
			return nameEnd, ""
		}
		if !longToken(w, word) || b.isTerm(w) {
			break
		}
		end = we
	}
	return nameEnd, ""
}

// longToken tells whether w may continue a product's name: an acronym of
// two letters or more ("REST", "ZDS") or a capitalised name that is no
// word of the dictionary.
func longToken(w string, word func(string) bool) bool {
	if len(w) >= 2 && strings.ToUpper(w) == w && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 {
		return true
	}
	if !isNameToken(w) || leadStop[w] || notName[w] {
		return false
	}
	return word != nil && !word(strings.ToLower(w)) && !inflected(w, word)
}

// longerProductEntity makes the entity of the longer product at
// [start,nameEnd) with head noun head, and its mention.
func (b *builder) longerProductEntity(start, nameEnd int, head string) {
	name := b.text[start:nameEnd]
	mentionEnd := nameEnd
	class := vocab.Project
	if longerHeads[head] {
		name += " " + head
		mentionEnd += 1 + len(head)
		class = vocab.Technology
	}
	i, ok := b.lookup(class, fold(name))
	if !ok {
		i = b.entity(class, name, fold(name))
	}
	b.mention(i, start, mentionEnd, "technology:longer-product", 0.6)
	b.claim(start, mentionEnd)
}

// gluedPrefix tells whether a prefix is glued to the word at i ("non-Zorb
// apps", "anti-Quux"): the word is a modifier's part, no maker leading a
// product's name.
func gluedPrefix(text string, i int) bool {
	return i > 1 && text[i-1] == '-' && isWordByte(text[i-2])
}
