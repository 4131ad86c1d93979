package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range of the post's text.
// Span is a half-open byte range of the post's text.
type Span struct{ Start, End int }

// abbreviations after which a period does not end a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "al": true, "et": true, "vs": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "prof": true, "st": true, "etc": true, "cf": true, "approx": true, "inc": true, "jr": true, "sr": true,
}

// maxSentence is the longest span Sentences returns: longer runs without
// a full stop are cut (at a comma or a space) into pieces of about this
// length. Real sentences are far shorter.
const maxSentence = 2000

// Sentences splits text into sentences: a line break, or a '.', '!' or '?'
// followed by a space and an upper-case letter, digit or quote, ends one.
// A run of more than maxSentence bytes without one is cut into pieces.
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t') {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	lastBreak := -1 // the last ", " or "; " of the current sentence
	for i := 0; i < len(text); i++ {
		// bytes that neither end a sentence nor mark a break only count
		// towards maxSentence: skip them up to the next that may
		if !sentenceBytes[text[i]] {
			lim := min(len(text), start+maxSentence)
			for i < lim && !sentenceBytes[text[i]] {
				i++
			}
			if i == len(text) {
				break
			}
		}
		c := text[i]
		if c == '\n' {
			emit(i)
			start, lastBreak = i+1, -1
			continue
		}
		if (c == ',' || c == ';') && i+1 < len(text) && text[i+1] == ' ' {
			lastBreak = i + 1
		}
		// a run-on "sentence" is cut at a comma (or a space) every
		// maxSentence bytes, so that no rule ever reads an unbounded one
		if i-start >= maxSentence {
			cut := lastBreak
			if cut <= start {
				cut = strings.LastIndexByte(text[start:i], ' ') + start + 1
			}
			if cut <= start {
				cut = i
			}
			for cut > start && cut < len(text) && !utf8.RuneStart(text[cut]) {
				cut--
			}
			emit(cut)
			start, lastBreak = cut, -1
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && i+2 < len(text) && text[i+1] == ' ' {
			if c == ';' {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[i+2:])
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '(') {
				continue
			}
			if c == '.' {
				w := lastWord(text[start:i])
				if abbreviations[strings.ToLower(w)] || (len(w) == 1 && unicode.IsUpper(rune(w[0]))) {
					continue
				}
			}
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

// sentenceBytes are the bytes Sentences looks at: line breaks, the ends
// of sentences and the breaks before a space.
var sentenceBytes = [256]bool{'\n': true, '.': true, '!': true, '?': true, ',': true, ';': true}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \n\t(")
	return s[i+1:]
}

// Paragraphs splits text at blank lines.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for {
		i := strings.Index(text[start:], "\n\n")
		if i < 0 {
			if start < len(text) {
				out = append(out, Span{start, len(text)})
			}
			return out
		}
		if i > 0 {
			out = append(out, Span{start, start + i})
		}
		start += i + 2
	}
}

// find returns the index of the Span holding pos (or -1).
func find(spans []Span, pos int) int {
	lo, hi := 0, len(spans)-1
	for lo <= hi {
		m := (lo + hi) / 2
		switch {
		case pos < spans[m].Start:
			hi = m - 1
		case pos >= spans[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// isNameToken tells whether w looks like a capitalised name token
// ("Saúl", "McKenna", "Daniel-Constantin"). ASCII bytes are classed by
// their ranges (unicode.IsLower/IsUpper of an ASCII rune are exactly
// 'a'-'z' and 'A'-'Z'); other runes are decoded as before.
// TestIsNameTokenASCII compares it with isNameTokenRunes.
func isNameToken(w string) bool {
	if w == "" {
		return false
	}
	i := 0
	if c := w[0]; c < utf8.RuneSelf {
		if c < 'A' || c > 'Z' {
			return false
		}
		i = 1
	} else {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		i = n
	}
	lower := 0
	upper := 1
	prevUpper := true
	for i < len(w) {
		c := rune(w[i])
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
				lower++
				prevUpper = false
				continue
			case 'A' <= c && c <= 'Z':
				if prevUpper {
					return false // "RedisLabs", "USA": not a name
				}
				upper++
				prevUpper = true
				continue
			case c == '-' || c == '\'':
				continue
			}
			return false
		}
		c, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch {
		case unicode.IsLower(c):
			lower++
			prevUpper = false
		case unicode.IsUpper(c):
			if prevUpper {
				return false
			}
			upper++
			prevUpper = true
		case c == '’':
		default:
			return false
		}
	}
	return lower >= 1 && upper <= 2 && !prevUpper
}

// capWord tells whether w starts with an upper-case letter or a digit.
func capWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// words splits s at spaces.
func words(s string) []string { return strings.Fields(s) }

// trimPunct trims spaces and punctuation from both ends.
func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '+' && r != '#') || r == '*' || r == '`'
	})
}

// clauseEnd returns the end of the clause starting at from: the first
// ',', ';', '.', '(', ':' (followed by space) or the sentence end.
func clauseEnd(text string, from, limit int) int {
	for i := from; i < limit; i++ {
		switch text[i] {
		case ',', ';', '(', ')', '!', '?':
			return i
		case '.', ':':
			if i+1 >= limit || text[i+1] == ' ' || text[i+1] == '\n' {
				return i
			}
		case '\n':
			return i
		}
	}
	return limit
}

// firstN keeps the first n words of s.
func firstN(s string, n int) string {
	w := words(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

// AppendUnique appends the non-empty values not already in list.
func AppendUnique(list []string, vals ...string) []string {
	for _, v := range vals {
		if v == "" {
			continue
		}
		dup := false
		for _, x := range list {
			if x == v {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, v)
		}
	}
	return list
}

// fold is vocab.Fold with a fast path for ASCII (where it is lower-casing).
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return vocab.Fold(s)
		}
	}
	return strings.ToLower(s)
}
