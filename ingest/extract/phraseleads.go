package extract

import (
	"strings"
	"unicode/utf8"
)

// A title's lead of several words that ends in a plural of an English word
// or in a gerund describes the talk's matter, it names no product: "Zorbix
// Secrets - notes from a decade", "Quuxic Refactoring: a field manual",
// "Widget Patterns: …". (Names of the vocabulary keep theirs: "Zorb
// Actions" when the vocabulary knows it.)

// descriptiveLead tells whether name, the lead of a talk's title, is such
// a phrase.
func (b *builder) descriptiveLead(name string) bool {
	word := b.x.cfg.Word
	toks := strings.Fields(name)
	if word == nil || len(toks) < 2 || b.isTerm(name) {
		return false
	}
	last := toks[len(toks)-1]
	if innerCapOrDigit(last) {
		return false // "ZorbDB", "X11"
	}
	lw := strings.ToLower(last)
	if strings.HasSuffix(lw, "ing") && utf8.RuneCountInString(lw) >= 7 {
		return true // "Refactoring", "Debugging", "Streaming"
	}
	for _, suf := range []string{"es", "s"} {
		if st, ok := strings.CutSuffix(lw, suf); ok && len(st) >= 3 && !strings.HasSuffix(st, "s") && word(st) {
			return true // "Secrets", "Patterns", "Boxes"
		}
	}
	return false
}
