package extract

import "strings"

// A recording link whose anchor only points at a talk: "it pointed to
// [this presentation](video)", "[the talk](video)". With no speaker beside
// it the anchor says nothing about the talk, and "[this presentation]"
// would be a talk known by nothing; such a link names no talk.

// pointerWords are the determiners of a bare talk anchor.
var pointerWords = map[string]bool{
	"this": true, "that": true, "the": true, "a": true, "one": true, "another": true,
}

// bareTalkAnchor tells whether anchor a is a determiner and a talk noun
// only ("this presentation", "the talk").
func bareTalkAnchor(a string) bool {
	ws := strings.Fields(strings.ToLower(a))
	if len(ws) != 2 || !pointerWords[ws[0]] {
		return false
	}
	return containsString(talkNouns, ws[1]) || containsString(talkNouns, strings.TrimSuffix(ws[1], "s"))
}
