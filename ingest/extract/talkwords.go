package extract

// speaksOfTalks tells whether the post's text holds one of the talk words
// (talks, sessions, tracks, …: reTalkWords), found by the scanner's pass.
func (b *builder) speaksOfTalks() bool {
	return len(b.hitsOf(kwTalkWords)) > 0
}

// kwTalkWords are the words of reTalkWords, each a whole ASCII word
// (\b on both sides), for the scanner's one pass over the text
// (TestTalkWordsSame compares the two).
var kwTalkWords = newFoldKeywords(asciiWordBounded, "talk", "talks", "session", "sessions", "keynote", "keynotes", "presentation", "presentations", "devroom", "devrooms", "track", "tracks", "speaker", "speakers", "lightning")

// asciiWordBounded accepts a hit that neither follows nor precedes an
// ASCII word byte (letter, digit, '_'): a regexp's \b on both sides.
func asciiWordBounded(_, lower string, at int, kw string) bool {
	if at > 0 && isASCIIWord(lower[at-1]) {
		return false
	}
	e := at + len(kw)
	return e >= len(lower) || !isASCIIWord(lower[e])
}

func isASCIIWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
