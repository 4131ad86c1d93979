package extract

import "strings"

// subjLeadWords are the filler words of reSubjLead, lower case.
var subjLeadWords = wordSet("was", "were", "is", "a", "an", "the", "very", "really", "excellent", "splendid", "great", "nice", "short", "quick", "brief", "good", "interesting", "awesome", "talk", "introduction", "explanation", "presentation", "overview", "demo", "about", "on", "to", "of", "us", "me", "at")

// subjLeadEnd is reSubjLead run by hand: the end of the blanks, commas and
// filler words ("a very short talk about") that open s, or -1 when there
// are none. Where the words meet a non-ASCII byte, whose case folding
// (the Kelvin sign, the long s) only the regular expression knows, it
// asks the regular expression.
func subjLeadEnd(re *rules, s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == ',' {
			i++
			continue
		}
		if c >= 0x80 {
			return subjLeadRegexp(re, s)
		}
		j := i
		for j < len(s) && isRegexpWordByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] >= 0x80 {
			return subjLeadRegexp(re, s)
		}
		if j == i || !subjLeadWords[lowerASCIIWord(s[i:j])] {
			break
		}
		i = j
	}
	if i == 0 {
		return -1
	}
	return i
}

func subjLeadRegexp(re *rules, s string) int {
	if m := re.reSubjLead.FindStringIndex(s); m != nil {
		return m[1]
	}
	return -1
}

// lowerASCIIWord lower-cases an ASCII word, without allocating when it is
// lower case already.
func lowerASCIIWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// trailLocEnds are the last words of reTrailLoc's matches (lower case).
var trailLocEnds = []string{"room", "rooms", "track", "tracks", "stage", "hall", "auditorium", "conference", "summit"}

// mayTrailLoc tells whether reTrailLoc can match s: it is anchored at the
// end, where it needs a place word ("devroom", "track", "hall") or a year,
// perhaps before a full stop. A tail with non-ASCII bytes is left to the
// regular expression.
func mayTrailLoc(s string) bool {
	if t := s[max(0, len(s)-12):]; strings.IndexFunc(t, func(r rune) bool { return r >= 0x80 }) >= 0 {
		return true
	}
	if n := len(s); n > 0 && (s[n-1] == '.' || s[n-1] == '!') {
		s = s[:n-1]
	}
	n := len(s)
	if n >= 2 && s[n-1] >= '0' && s[n-1] <= '9' && s[n-2] >= '0' && s[n-2] <= '9' {
		return true
	}
	for _, w := range trailLocEnds {
		if n >= len(w) && strings.EqualFold(s[n-len(w):], w) {
			return true
		}
	}
	return false
}
