package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Weak places are the gazetteer's small towns (GeoNames cities below the
// population of its strong entries): many share a name with a surname, a
// product or a word of another language, so a mention of one is kept only
// where the text names a place there:
//   - a preposition of place right before it: "in X", "at X", "from X",
//     "near X", "between Y and X", "the city of X";
//   - a verb or noun of travel before "to": "the train to X", "went to
//     X", "moved to X";
//   - a known place after a comma: "X, Bavaria", "X, Germany".
//
// A capitalised word right after it makes it the head of a longer name
// ("the X Linux Users Group"); a possessive ("from X's talk") reads as a
// person's, and so do "a talk from X", "questions from X"; "an engineer
// at X", "works at X" name a company.

// weakPlaceCues holds the compiled patterns of this file.
type weakPlaceCues struct {
	before *regexp.Regexp // the words right before the town
	notOf  *regexp.Regexp // "a talk from X", "engineer at X": a person or a company
}

var cuesOfWeakPlace = sync.OnceValue(func() *weakPlaceCues {
	return &weakPlaceCues{
		notOf:  regexp.MustCompile(`(?i)\b(?:(?:talks?|keynotes?|presentations?|sessions?|slides|speakers?|people|folks|engineers?|developers?|team|colleagues?|someone|friends?|guys|members?|contributors?|maintainers?|quotes?|tweets?|questions?|messages?|emails?|help|feedback)\b[^.!?\n]{0,15}[ \t]from|\b(?:work(?:s|ed|ing)?|engineer|developer|intern|job|employed|employee|ceo|cto|manager|lead|head|founder|staff|researcher|scientist|architect|consultant)[ \t]+at)[ \t]+$`),
		before: regexp.MustCompile(`(?i)(?:\b(?:in|at|from|near|around|outside|via|across)|\bbetween[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t]+and|\b(?:city|town|village|municipality|suburb|region)[ \t]+of|\b(?:travel\w*|flight|flew|fly|flying|arriv\w*|trip|journey|went|go|going|goes|came|come|coming|moved|moving|way|drove|drive|driving|headed|heading|back|train|bus|ride|returned|welcome)[ \t]+to)[ \t]+$`),
	}
})

// cuedPlaces returns ts without the weak Place terms the text does not
// name as places (ts is reused).
func (b *builder) cuedPlaces(ts []Term) []Term {
	out := ts[:0]
	for i, t := range ts {
		if t.Weak && t.Class == vocab.Place && !b.weakPlaceContext(ts, i) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// weakPlaceContext tells whether the text names a place at the weak term
// ts[i]: a cue of place before it, or a known place after a comma.
func (b *builder) weakPlaceContext(ts []Term, i int) bool {
	t := ts[i]
	after := b.text[t.End:min(len(b.text), t.End+40)]
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return false
	}
	if rest, ok := strings.CutPrefix(after, ", "); ok && strongPlaceAt(ts[i+1:], t.End+len(after)-len(rest)) {
		return true
	}
	// "the X Linux Users Group": the head of a longer name
	if w := nextWord(b.text, t.End); w != "" && strings.HasPrefix(after, " ") {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false
		}
	}
	line := b.text[max(0, t.Start-60):t.Start]
	if k := strings.LastIndexByte(line, '\n'); k >= 0 {
		line = line[k+1:]
	}
	return cuesOfWeakPlace().before.MatchString(line) && !cuesOfWeakPlace().notOf.MatchString(line)
}

// strongPlaceAt tells whether a Place term that is not weak starts at pos
// among the first terms of ts (the ones after a term, in text order).
func strongPlaceAt(ts []Term, pos int) bool {
	for _, t := range ts[:min(len(ts), 8)] {
		if t.Start == pos && t.Class == vocab.Place && !t.Weak {
			return true
		}
	}
	return false
}
