package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// preByConjNeed is a cheap test rePreByConj needs on pre (the text before
// a name): the pattern is anchored at the end, and from its "by" to the
// end it reads only letters, apostrophes, full stops, hyphens, commas,
// "&" and \s, so its match lies in the longest end of pre made of such
// bytes (every byte of a multi-byte rune counts as one), and that end holds
// "by". Most names in a list ("I met Jane Roe (Acme) and ") have none
// there. TestPreByConjNeed and FuzzPreByConjNeed check it against the
// pattern.
func preByConjNeed(pre string) bool {
	k := len(pre)
	for k > 0 && preByConjByte(pre[k-1]) {
		k--
	}
	return strings.Contains(pre[k:], "by")
}

// preByConjByte tells whether c can be a byte of rePreByConj's match after
// its "by": an ASCII letter, one of "'.-,&", a \s blank, or a byte of a
// multi-byte rune (a letter or "’").
func preByConjByte(c byte) bool {
	switch {
	case c >= 0x80, c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return true
	}
	switch c {
	case '\'', '.', '-', ',', '&', ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return false
}

// postOrgSpan is rules.rePostOrg run by hand on post (the text after a
// name): the span of its group, the organisation's name, and whether it
// matches. The pattern
//
//	^[ \t]+(?:from|at|of)[ \t]+(?:the[ \t]+)?
//	 ([\p{Lu}\d][\p{L}\d.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,3})
//
// has one way to match at most: its connectors start with other letters,
// "the" cannot be read as the name's first rune, and each greedy run ends
// where the next part cannot start; so the walk takes every part as far
// as it goes. TestPostOrgSpan and FuzzPostOrgSpan compare it with the
// pattern.
func postOrgSpan(post string) (int, int, bool) {
	j := skipBlanks(post, 0)
	if j == 0 {
		return 0, 0, false
	}
	k := -1
	for _, w := range [...]string{"from", "at", "of"} {
		if hasAt(post, j, w) {
			k = j + len(w)
			break
		}
	}
	if k < 0 {
		return 0, 0, false
	}
	j = skipBlanks(post, k)
	if j == k {
		return 0, 0, false
	}
	if hasAt(post, j, "the") {
		if t := skipBlanks(post, j+3); t > j+3 {
			j = t
		}
	}
	if j >= len(post) {
		return 0, 0, false
	}
	r, w := utf8.DecodeRuneInString(post[j:])
	if !unicode.Is(unicode.Lu, r) && !isDigitRune(r) {
		return 0, 0, false
	}
	s := j
	e := spanRunes(post, j+w, affilWordRune)
	for n := 0; n < 3; n++ {
		k := skipBlanks(post, e)
		if k == e || k >= len(post) {
			break
		}
		r, w := utf8.DecodeRuneInString(post[k:])
		if !unicode.Is(unicode.Lu, r) {
			break
		}
		e = spanRunes(post, k+w, capWordRune)
	}
	return s, e, true
}
