package extract

import "strings"

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
