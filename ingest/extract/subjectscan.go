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

// trailLocStart is the start of reTrailLoc's match on s, or -1: where the
// words that place a talk ("in the Quux devroom", "at Zorbcon 2031") begin
// at the end of a subject. On ASCII text it reads the grammar word by word
// (blanks, a preposition, perhaps a determiner, up to five words and a
// place word or a year, perhaps a full stop); on other text it asks the
// regular expression, whose case folding knows more.
func trailLocStart(re *rules, s string) int {
	if !mayTrailLoc(s) {
		return -1
	}
	if !isASCII(s) {
		if m := re.reTrailLoc.FindStringIndex(s); m != nil {
			return m[0]
		}
		return -1
	}
	for p := 0; p < len(s); p++ {
		if s[p] != ' ' && s[p] != '\t' || p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
			continue // a match starts where blanks start
		}
		i := skipBlanks(s, p)
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		switch strings.ToLower(s[i:j]) {
		case "in", "at", "during", "on":
		default:
			continue
		}
		if k := skipBlanks(s, j); k > j && trailLocRest(s[k:]) {
			return p
		}
	}
	return -1
}

// trailDeterminers may open the words after the preposition.
var trailDeterminers = wordSet("the", "this", "that", "our")

// trailPlaceWords end reTrailLoc alone (lower case).
var trailPlaceWords = wordSet("devroom", "devrooms", "dev-room", "dev-rooms", "track", "tracks", "room", "rooms", "stage", "hall", "auditorium", "conference", "summit")

// trailLocRest tells whether t (ASCII, after the preposition and its
// blanks) is `(?:the|this|that|our)[ \t]+)?(?:W[ \t]+){0,5}END[.!]?` whole.
func trailLocRest(t string) bool {
	if n := len(t); n > 0 && (t[n-1] == '.' || t[n-1] == '!') {
		t = t[:n-1]
	}
	if t == "" || t[len(t)-1] == ' ' || t[len(t)-1] == '\t' {
		return false
	}
	// the words and the blanks after each
	type word struct {
		s, e int
	}
	var buf [9]word // the most words read before giving up
	ws := buf[:0]
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && t[j] != ' ' && t[j] != '\t' {
			j++
		}
		ws = append(ws, word{i, j})
		if len(ws) > 8 {
			return false // more than a determiner, five words and two of the end
		}
		i = skipBlanks(t, j)
	}
	w := func(k int) string { return t[ws[k].s:ws[k].e] }
	// the words before the end: up to five, after a determiner
	restOK := func(n int) bool {
		from := 0
		if n > 0 && trailDeterminers[strings.ToLower(w(0))] {
			from = 1
		}
		if n-from > 5 {
			return false
		}
		for k := 0; k < n; k++ {
			if !trailWord(w(k)) {
				return false
			}
		}
		return true
	}
	n := len(ws)
	last := strings.ToLower(w(n - 1))
	// the end in one word: a place word or a year
	if (trailPlaceWords[last] || isTrailYear(last)) && restOK(n-1) {
		return true
	}
	if n < 2 {
		return false
	}
	prev := strings.ToLower(w(n - 2))
	// "dev room(s)" with one space, "main stage", "Zorbcon 2031"
	between := t[ws[n-2].e:ws[n-1].s]
	switch {
	case prev == "dev" && between == " " && (last == "room" || last == "rooms"):
	case prev == "main" && last == "stage":
	case isTrailYear(last) && trailCapWord(w(n-2)):
	default:
		return false
	}
	return restOK(n - 2)
}

// trailWord is `[\p{L}\d+#./&-]+` on ASCII.
func trailWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(isASCIILetter(c) || c >= '0' && c <= '9' || strings.IndexByte("+#./&-", c) >= 0) {
			return false
		}
	}
	return true
}

// trailCapWord is `(?i)\p{Lu}[\p{L}\d]*` on ASCII: a letter, then letters
// and digits (case folding makes any letter a capital).
func trailCapWord(s string) bool {
	if s == "" || !isASCIILetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(isASCIILetter(c) || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// isTrailYear is `(?:19|20)\d\d`.
func isTrailYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}
