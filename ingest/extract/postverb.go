package extract

import (
	"unicode"
	"unicode/utf8"
)

// postVerbEnd is rules.rePostVerb run by hand: the end of its match on
// post (the text right after a name), or -1 when it does not match. The
// rule is read after every person candidate, and the regular expression,
// anchored but full of optional groups, cost most of the people rule on
// text dense with names; this walks the same grammar once, trying the
// alternatives in the regular expression's order, so that the result is
// the leftmost-first match of
//
//	^(?:[ \t]*\([^)]{0,120}\))?                          a parenthesis
//	 (?:[ \t]+(?:from|of|at)[ \t]+W(?:[ \t]+C){0,3})?     "from Acme Labs"
//	 (?:,[ \t]+[^,]{1,60},)?                             ", an aside,"
//	 [ \t]+(?:also[ \t]+|then[ \t]+)?VERB\b
//
// TestPostVerbEnd compares it with the regular expression.
func postVerbEnd(post string) int {
	// the parenthesis, then without it
	if p := parenEnd(post); p >= 0 {
		if e := postVerbFrom(post, p); e >= 0 {
			return e
		}
	}
	return postVerbFrom(post, 0)
}

// postVerbFrom matches the rest of rePostVerb after its parenthesis, at i.
func postVerbFrom(s string, i int) int {
	// the affiliation with 3, 2, 1 or 0 capitalised words after its first,
	// then without it
	var ends [4]int
	if n := affilEnds(s, i, &ends); n > 0 {
		for k := n - 1; k >= 0; k-- {
			if e := postVerbAside(s, ends[k]); e >= 0 {
				return e
			}
		}
	}
	return postVerbAside(s, i)
}

// postVerbAside matches the aside and the verb at i.
func postVerbAside(s string, i int) int {
	if p := asideEnd(s, i); p >= 0 {
		if e := postVerbVerb(s, p); e >= 0 {
			return e
		}
	}
	return postVerbVerb(s, i)
}

// postVerbVerb matches `[ \t]+(?:also[ \t]+|then[ \t]+)?VERB\b` at i.
func postVerbVerb(s string, i int) int {
	j := skipBlanks(s, i)
	if j == i {
		return -1
	}
	for _, adv := range [...]string{"also", "then"} {
		if hasAt(s, j, adv) {
			if k := skipBlanks(s, j+len(adv)); k > j+len(adv) {
				if e := speechVerbAt(s, k); e >= 0 {
					return e
				}
			}
			break
		}
	}
	return speechVerbAt(s, j)
}

// parenEnd matches `[ \t]*\([^)]{0,120}\)` at the start of s.
func parenEnd(s string) int {
	i := skipBlanks(s, 0)
	if i >= len(s) || s[i] != '(' {
		return -1
	}
	i++
	for n := 0; i < len(s); n++ {
		if s[i] == ')' {
			return i + 1
		}
		if n == 120 {
			return -1
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return -1
}

// affilEnds matches `[ \t]+(?:from|of|at)[ \t]+[\p{L}\d][\p{L}\d.&'’-]*`
// and then up to three `[ \t]+\p{Lu}[\p{L}\d.&-]*` at i; ends[k] is the end
// with k capitalised words. It returns how many ends there are (0: no
// match).
func affilEnds(s string, i int, ends *[4]int) int {
	j := skipBlanks(s, i)
	if j == i {
		return 0
	}
	k := -1
	for _, w := range [...]string{"from", "of", "at"} {
		if hasAt(s, j, w) {
			k = j + len(w)
			break
		}
	}
	if k < 0 {
		return 0
	}
	j = skipBlanks(s, k)
	if j == k {
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[j:])
	if j >= len(s) || !(unicode.IsLetter(r) || isDigitRune(r)) {
		return 0
	}
	j = spanRunes(s, j+w, affilWordRune)
	ends[0] = j
	n := 1
	for n < 4 {
		k := skipBlanks(s, j)
		if k == j || k >= len(s) {
			break
		}
		r, w := utf8.DecodeRuneInString(s[k:])
		if !unicode.Is(unicode.Lu, r) {
			break
		}
		j = spanRunes(s, k+w, capWordRune)
		ends[n] = j
		n++
	}
	return n
}

// asideEnd matches `,[ \t]+[^,]{1,60},` at i.
func asideEnd(s string, i int) int {
	if i >= len(s) || s[i] != ',' {
		return -1
	}
	j := skipBlanks(s, i+1)
	blanks := j - (i + 1)
	if blanks == 0 {
		return -1
	}
	n := 0 // runes between the blanks and the closing comma
	for j < len(s) && s[j] != ',' {
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
		n++
		if n > 60 {
			return -1
		}
	}
	if j >= len(s) {
		return -1
	}
	// [^,]{1,60} may take back blanks from [ \t]+ when nothing else is there
	if n == 0 && blanks < 2 {
		return -1
	}
	return j + 1
}

// speechVerbAt matches the speech verbs of rePostVerb, each followed by \b,
// at i, in the regular expression's order.
func speechVerbAt(s string, i int) int {
	// a one-word verb is the whole ASCII word at i, before a non-word byte
	w := asciiWordAt(s, i)
	j := i + len(w)
	if speechVerbWords[w] {
		if wordBoundaryAt(s, j) {
			return j
		}
		return -1
	}
	// the verbs of more than one word
	switch w {
	case "made": // made[ \t]+an?
		if k := skipBlanks(s, j); k > j && hasAt(s, k, "a") {
			if hasAt(s, k+1, "n") && wordBoundaryAt(s, k+2) {
				return k + 2
			}
			if wordBoundaryAt(s, k+1) {
				return k + 1
			}
		}
	case "went": // went[ \t]+through
		return wordsAt(s, j, "through")
	case "walked": // walked[ \t]+(?:us[ \t]+)?through
		if k := skipBlanks(s, j); k > j && hasAt(s, k, "us") {
			if e := wordsAt(s, k+2, "through"); e >= 0 {
				return e
			}
		}
		return wordsAt(s, j, "through")
	case "is", "was": // is[ \t]+presenting
		return wordsAt(s, j, "presenting")
	case "will":
		return wordsAt(s, j, "present")
	case "opened", "closed": // opened[ \t]+(?:the[ \t]+\p{Ll}+[ \t]+)?with
		return theWith(s, j)
	case "kicked": // kicked[ \t]+off[ \t]+(?:the[ \t]+\p{Ll}+[ \t]+)?with
		if k := skipBlanks(s, j); k > j && hasAt(s, k, "off") {
			return theWith(s, k+3)
		}
	case "on": // on[ \t]+how
		return wordsAt(s, j, "how")
	}
	return -1
}

// speechVerbWords are the one-word alternatives of rePostVerb. None starts
// a verb of more words, so the order of the alternatives does not matter.
var speechVerbWords = wordSet("talked", "talks", "spoke", "speaks", "presented", "presents", "introduced", "introduces", "explained", "explains", "showed", "shows", "demonstrated", "demoed", "gave", "gives", "delivered", "described", "discussed", "covered", "argued", "announced", "about")

// theWith matches `[ \t]+(?:the[ \t]+\p{Ll}+[ \t]+)?with\b` at i.
func theWith(s string, i int) int {
	k := skipBlanks(s, i)
	if k == i {
		return -1
	}
	if hasAt(s, k, "the") {
		if j := skipBlanks(s, k+3); j > k+3 {
			e := spanRunes(s, j, func(r rune) bool { return unicode.Is(unicode.Ll, r) })
			if e > j {
				if m := wordsAt(s, e, "with"); m >= 0 {
					return m
				}
			}
		}
	}
	if hasAt(s, k, "with") && wordBoundaryAt(s, k+4) {
		return k + 4
	}
	return -1
}

// wordsAt matches `[ \t]+w\b` at i.
func wordsAt(s string, i int, w string) int {
	k := skipBlanks(s, i)
	if k > i && hasAt(s, k, w) && wordBoundaryAt(s, k+len(w)) {
		return k + len(w)
	}
	return -1
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func hasAt(s string, i int, w string) bool {
	return i <= len(s) && len(s)-i >= len(w) && s[i:i+len(w)] == w
}

// asciiWordAt returns the ASCII letters at i.
func asciiWordAt(s string, i int) string {
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	return s[i:j]
}

// wordBoundaryAt tells whether \b holds at i, after a word character: the
// next byte is not an ASCII word character.
func wordBoundaryAt(s string, i int) bool {
	return i >= len(s) || !isRegexpWordByte(s[i])
}

// isRegexpWordByte is \w of package regexp (ASCII).
func isRegexpWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// affilWordRune is [\p{L}\d.&'’-].
func affilWordRune(r rune) bool {
	return unicode.IsLetter(r) || isDigitRune(r) || r == '.' || r == '&' || r == '\'' || r == '’' || r == '-'
}

// capWordRune is [\p{L}\d.&-].
func capWordRune(r rune) bool {
	return unicode.IsLetter(r) || isDigitRune(r) || r == '.' || r == '&' || r == '-'
}

// spanRunes returns the end of the runes from i that ok accepts.
func spanRunes(s string, i int, ok func(rune) bool) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !ok(r) {
			break
		}
		i += w
	}
	return i
}
