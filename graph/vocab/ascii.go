package vocab

import "strings"

// Fold and Slug of ASCII text, the names of most entities, without
// normalising runes: NFKD leaves ASCII as it is and no ASCII character is
// a mark, so folding is lower-casing.

// isASCII tells whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases the ASCII letters of s; s itself when it has no
// upper-case letter.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}

// slugASCII is Slug of an ASCII s, in one pass: the symbols of
// slugSymbols spelled out, runs of other characters than letters and
// digits one '-', none leading or trailing. ok is false when s is not
// ASCII or its slug would be empty (Slug hashes it then).
func slugASCII(s string) (string, bool) {
	if !isASCII(s) {
		return "", false
	}
	// a slug that is s lower-cased needs no copy
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = isAlnumASCII(c) || c == '-' && i > 0 && i < len(s)-1 && s[i-1] != '-'
	}
	if plain && len(s) > 0 {
		return lowerASCII(s), true
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	dash := false
	put := func(w string) {
		for j := 0; j < len(w); j++ {
			c := w[j]
			if isAlnumASCII(c) {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
				dash = false
				continue
			}
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+' && i+1 < len(s) && s[i+1] == '+':
			put("-plus-plus")
			i++
		case c == '+':
			put("-plus")
		case c == '#':
			put("-sharp")
		case c == '&':
			put("-and-")
		default:
			put(s[i : i+1]) // '.' and the other symbols: a '-'
		}
	}
	out := strings.TrimRight(b.String(), "-")
	return out, out != ""
}

// isAlnumASCII tells whether c is an ASCII letter or digit.
func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
