package extract

import "strings"

// Cheap tests that the patterns of (*builder).talks need, run before them.
// Each is a necessary condition of its pattern: when it says false the
// pattern cannot match (talkneeds_test.go checks each against its pattern
// on generated and corpus text, and fuzzes it).

// notTalkSubjectNeed is what every match of reNotTalkSubject needs of s:
// the pattern is anchored at the start, and each of its words ("the",
// "our", "all", "awards", "prizes", "winners", "speakers", "sponsors",
// "next", "programme", "schedule", "agenda", "line-up", "raffle",
// "results", "venue", "volunteers", "organisers", "attendees") starts with
// one of "apwsnlrvot" in either case, or with "ſ", which (?i) folds to
// "s" (no other rune folds to one of those letters).
func notTalkSubjectNeed(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] | 0x20 {
	case 'a', 'p', 'w', 's', 'n', 'l', 'r', 'v', 'o', 't':
		return true
	}
	return strings.HasPrefix(s, "\u017f")
}

// withMeEnds are the words (lower case) one of which every match of
// reWithMeBefore ends with, before its closing blanks and an optional
// "with"/"to": the verbs, "chat" and "conversation".
var withMeEnds = [...]string{"talked", "spoke", "chatted", "discussed", "met", "chat", "conversation"}

// withMeNeed is what every match of reWithMeBefore needs of low, the
// lower-cased window before a name (the caller has checked that it holds
// no "ſ" or "K", which (?i) folds and lowerASCII does not): the pattern is
// anchored at the end, so low ends with blanks ([ \t], at least one),
// before them optionally "with" or "to" and at least one more blank, and
// before that one of withMeEnds.
func withMeNeed(low string) bool {
	r := strings.TrimRight(low, " \t")
	if len(r) == len(low) {
		return false
	}
	if endsWithAny(r) {
		return true
	}
	for _, c := range [...]string{"with", "to"} {
		if q, ok := strings.CutSuffix(r, c); ok {
			if t := strings.TrimRight(q, " \t"); len(t) < len(q) && endsWithAny(t) {
				return true
			}
		}
	}
	return false
}

// endsWithAny tells whether s ends with one of withMeEnds.
func endsWithAny(s string) bool {
	for _, w := range withMeEnds {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// chatWithNeed is what every match of reChatWith needs of low, the
// lower-cased window before a name (the caller has checked it for "ſ" and
// "K"): the pattern is anchored at the end and from its first word to the
// end reads only ASCII letters, hyphens, blanks [ \t] and letters outside
// ASCII (\p{L}), so its match lies in the longest end of low made of such
// bytes (every byte of a multi-byte rune counts as one), and that end
// holds one of chatWords.
func chatWithNeed(low string) bool {
	k := len(low)
	for k > 0 && chatWithByte(low[k-1]) {
		k--
	}
	return containsAnyWord(low[k:], chatWords)
}

// chatWithByte tells whether c can be a byte of reChatWith's match: an
// ASCII letter, '-', ' ', '\t' or a byte of a multi-byte rune.
func chatWithByte(c byte) bool {
	switch {
	case c >= 0x80, c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return true
	}
	return c == '-' || c == ' ' || c == '\t'
}

// mayHoldProduct tells whether s may hold a word productToken accepts: one
// that starts with an upper-case rune, which is an ASCII capital or a rune
// of several bytes. Without such a byte, aboutSubject's walk over the
// words of s makes no project and no relation.
func mayHoldProduct(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}
