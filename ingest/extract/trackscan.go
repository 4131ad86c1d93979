package extract

import (
	"unicode"
	"unicode/utf8"
)

// trackScan is rules.reTrack run by hand, for findNear:
//
//	((?:T)(?:[ \t]+T){0,5})[ \t]+NOUN\b
//	T    = \p{Lu}[\p{L}\d+#./-]* | and | & | of | for
//	NOUN = [Dd]ev[ -]?[Rr]ooms? | [Dd]evrooms? | [Tt]rack | [Mm]ini-?conf(?:erence)?s?
//
// On text dense with devrooms the regular expression, tried at every
// position of each window, cost more than the rest of the rule; this tries
// only the positions a name can start at, and there it reads the words
// once. Its matches are the regular expression's (TestTrackScanSame).
type trackScan struct{}

// FindAllStringSubmatchIndex returns the matches of reTrack in s, at most n
// (all when n < 0), each as [start, end, name start, name end].
func (trackScan) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	for p := 0; p < len(s) && (n < 0 || len(out) < n); {
		if e, g := trackAt(s, p); e >= 0 {
			out = append(out, []int{p, e, p, g})
			p = e
			continue
		}
		p++
	}
	return out
}

// FindStringSubmatchIndex returns the first match of reTrack in s.
func (t trackScan) FindStringSubmatchIndex(s string) []int {
	if m := t.FindAllStringSubmatchIndex(s, 1); m != nil {
		return m[0]
	}
	return nil
}

// trackAt matches reTrack at p: the end of the match and of its name, or
// -1, -1.
func trackAt(s string, p int) (int, int) {
	// the words of the name, as far as they go (six at most)
	var ends [6]int
	k := 0
	for i := p; k < len(ends); {
		e := trackTokenEnd(s, i)
		if e < 0 {
			break
		}
		ends[k] = e
		k++
		j := skipBlanks(s, e)
		if j == e {
			break
		}
		i = j
	}
	// the longest name that a track noun follows
	for k--; k >= 0; k-- {
		e := ends[k]
		j := skipBlanks(s, e)
		if j == e {
			continue
		}
		if m := trackNounEnd(s, j); m >= 0 {
			return m, e
		}
	}
	return -1, -1
}

// trackTokenEnd returns the end of the word T at i, or -1.
func trackTokenEnd(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	switch c := s[i]; {
	case c == '&':
		return i + 1
	case c == 'a':
		if hasAt(s, i, "and") {
			return i + 3
		}
		return -1
	case c == 'o':
		if hasAt(s, i, "of") {
			return i + 2
		}
		return -1
	case c == 'f':
		if hasAt(s, i, "for") {
			return i + 3
		}
		return -1
	case c < utf8.RuneSelf && (c < 'A' || c > 'Z'):
		return -1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return -1
	}
	return spanRunes(s, i+w, func(r rune) bool {
		return unicode.IsLetter(r) || isDigitRune(r) || r == '+' || r == '#' || r == '.' || r == '/' || r == '-'
	})
}

// trackNounEnd returns the end of the track noun at i (before \b), or -1.
func trackNounEnd(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	switch s[i] {
	case 'D', 'd': // [Dd]ev[ -]?[Rr]ooms? (and [Dd]evrooms?, the same words)
		if !hasAt(s, i+1, "ev") {
			return -1
		}
		j := i + 3
		// with the separator first, then without
		if j < len(s) && (s[j] == ' ' || s[j] == '-') {
			if e := roomsEnd(s, j+1); e >= 0 {
				return e
			}
		}
		return roomsEnd(s, j)
	case 'T', 't': // [Tt]rack
		if hasAt(s, i+1, "rack") && wordBoundaryAt(s, i+5) {
			return i + 5
		}
		return -1
	case 'M', 'm': // [Mm]ini-?conf(?:erence)?s?
		if !hasAt(s, i+1, "ini") {
			return -1
		}
		j := i + 4
		if hasAt(s, j, "-") && hasAt(s, j+1, "conf") {
			if e := confEnd(s, j+5); e >= 0 {
				return e
			}
		}
		if hasAt(s, j, "conf") {
			return confEnd(s, j+4)
		}
		return -1
	}
	return -1
}

// roomsEnd matches `[Rr]ooms?\b` at i.
func roomsEnd(s string, i int) int {
	if i >= len(s) || s[i] != 'R' && s[i] != 'r' || !hasAt(s, i+1, "oom") {
		return -1
	}
	j := i + 4
	if hasAt(s, j, "s") && wordBoundaryAt(s, j+1) {
		return j + 1
	}
	if wordBoundaryAt(s, j) {
		return j
	}
	return -1
}

// confEnd matches `(?:erence)?s?\b` at i.
func confEnd(s string, i int) int {
	if hasAt(s, i, "erence") {
		j := i + 6
		if hasAt(s, j, "s") && wordBoundaryAt(s, j+1) {
			return j + 1
		}
		if wordBoundaryAt(s, j) {
			return j
		}
	}
	if hasAt(s, i, "s") && wordBoundaryAt(s, i+1) {
		return i + 1
	}
	if wordBoundaryAt(s, i) {
		return i
	}
	return -1
}
