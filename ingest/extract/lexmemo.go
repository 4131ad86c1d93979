package extract

import (
	"strings"
	"unicode/utf8"
)

// lexMemo remembers the gazetteer's answers that the lexicon's rules ask
// for a token, whatever its place: a text dense with names gives the
// lexicon a dozen terms thousands of times each ("Python", "Go"), each
// asked whether it is a given name (personNameHead, nameListHead) or a
// word of the dictionary (wordNameHead), and each term's neighbour
// ("presented", "about") asked whether it is a given name
// (personNameTail). Both answers depend on the token alone.
type lexMemo struct {
	given    map[string]bool // givenName
	wordHead map[string]bool // wordHeadShape
}

func (b *builder) memo() *lexMemo {
	if b.lexMemo == nil {
		b.lexMemo = &lexMemo{given: map[string]bool{}, wordHead: map[string]bool{}}
	}
	return b.lexMemo
}

// givenNameMemo is givenName, remembered per token.
func (b *builder) givenNameMemo(tok string) bool {
	m := b.memo()
	g, ok := m.given[tok]
	if !ok {
		g = b.givenName(tok)
		m.given[tok] = g
	}
	return g
}

// wordHeadShape tells whether surf, a term's surface, may lead a name for
// wordNameHead: one capitalised word, no capital or digit inside, that is
// a word of the dictionary (cfg.Word, not nil). Remembered per surface.
func (b *builder) wordHeadShape(surf string) bool {
	m := b.memo()
	w, ok := m.wordHead[surf]
	if !ok {
		w = wordHeadShapeOf(surf, b.x.cfg.Word)
		m.wordHead[surf] = w
	}
	return w
}

// wordHeadShapeOf is wordHeadShape without the memo.
func wordHeadShapeOf(surf string, word func(string) bool) bool {
	return !strings.ContainsAny(surf, " \t-.") && isNameToken(surf) && !innerCapOrDigit(surf) && word(strings.ToLower(surf))
}

// lowerAlready tells whether s == strings.ToLower(s), without building the
// lower-cased copy of an ASCII s (the lexicon asks it of every term of
// several words).
func lowerAlready(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return s == strings.ToLower(s)
		} else if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
