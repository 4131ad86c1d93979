package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findAllNear runs re only on windows of text around occurrences of the
// keywords (before bytes before, after bytes after, widened to spaces) and
// returns its submatch indexes in text offsets, in order and without
// duplicates. It is how the extractor keeps regexps with leading
// capitalised runs off the bulk of a post.
func findAllNear(text string, keywords []string, re *regexp.Regexp, before, after int) [][]int {
	return findAllNearIn(text, text, keywords, re, before, after)
}

// findAllNearIn is findAllNear with the keywords looked up in search, a
// text of the same length (e.g. text lower-cased).
func findAllNearIn(search, text string, keywords []string, re *regexp.Regexp, before, after int) [][]int {
	var wins []Span
	for _, k := range keywords {
		from := 0
		for {
			i := strings.Index(search[from:], k)
			if i < 0 {
				break
			}
			i += from
			s, e := max(0, i-before), min(len(text), i+len(k)+after)
			for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && i-s < before+40 {
				s--
			}
			for e < len(text) && text[e] != ' ' && text[e] != '\n' && e-i < after+40 {
				e++
			}
			wins = append(wins, Span{s, e})
			from = i + len(k)
		}
	}
	if len(wins) == 0 {
		return nil
	}
	sort.Slice(wins, func(i, j int) bool { return wins[i].Start < wins[j].Start })
	merged := []Span{wins[0]}
	for _, w := range wins[1:] {
		last := &merged[len(merged)-1]
		if w.Start <= last.End {
			last.End = max(last.End, w.End)
		} else {
			merged = append(merged, w)
		}
	}
	var out [][]int
	for _, w := range merged {
		for _, m := range re.FindAllStringSubmatchIndex(text[w.Start:w.End], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w.Start
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// lowerASCII lower-cases the ASCII letters of s, keeping its length.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// particles that may sit inside a person's name.
var particles = map[string]bool{"de": true, "van": true, "der": true, "von": true, "da": true, "del": true, "di": true, "la": true, "le": true, "dos": true, "du": true}

// nameRuns returns the runs of capitalised name tokens of text (joined by
// single spaces or tabs, with name particles allowed inside), as spans; the
// runs of one token are returned too. It replaces a regexp over the whole
// text for speed.
func nameRuns(text string) []Span {
	var out []Span
	i := 0
	n := len(text)
	for i < n {
		// find the start of a token
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) || (i > 0 && isWordBefore(text, i)) {
			i += sz
			continue
		}
		start := i
		end := -1
		j := i
		for {
			te := tokenEnd(text, j)
			poss := false
			if strings.HasSuffix(text[j:te], "'s") {
				te, poss = te-2, true
			} else if strings.HasSuffix(text[j:te], "’s") {
				te, poss = te-len("’s"), true
			}
			if !isNameToken(text[j:te]) {
				break
			}
			end = te
			if poss {
				break
			}
			// next token after one space or tab
			if te >= n || (text[te] != ' ' && text[te] != '\t') {
				break
			}
			k := te + 1
			pe := tokenEnd(text, k)
			if particles[text[k:pe]] && pe < n && text[pe] == ' ' {
				k = pe + 1
			}
			if k >= n {
				break
			}
			if r2, _ := utf8.DecodeRuneInString(text[k:]); !unicode.IsUpper(r2) {
				break
			}
			j = k
		}
		if end < 0 {
			i = tokenEnd(text, i) + 1
			continue
		}
		out = append(out, Span{start, end})
		i = end
	}
	return out
}

// isWordBefore tells whether the byte before i continues a word.
func isWordBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '\'' || r == '’'
}

// tokenEnd returns the end of the word starting at i: letters, digits,
// hyphens and apostrophes followed by a letter.
func tokenEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, sz := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += sz
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(text[j+sz:]); j+sz < len(text) && unicode.IsLetter(r2) {
				j += sz
				continue
			}
		}
		break
	}
	if j == i {
		_, sz := utf8.DecodeRuneInString(text[i:])
		return i + sz
	}
	return j
}
