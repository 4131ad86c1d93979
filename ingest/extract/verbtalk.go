package extract

import "strings"

// "Talk about" as a verb: "we didn't talk about build tools", "let's talk
// about Fooproject", "I want to talk about widgets". reTalksAbout reads
// "talk about X" as a talk on X; when the word before "talk" is a subject
// pronoun, an auxiliary, a modal, a negation or "to", "talk" is the verb
// and no talk is named.

// verbTalkBefore are the words before a verb "talk" (lower case,
// apostrophes straightened).
var verbTalkBefore = map[string]bool{
	"i": true, "we": true, "you": true, "they": true, "to": true, "not": true, "never": true,
	"let's": true, "lets": true, "didn't": true, "don't": true, "doesn't": true, "won't": true,
	"can't": true, "cannot": true, "couldn't": true, "wouldn't": true, "shouldn't": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "might": true,
	"must": true, "shall": true, "may": true, "often": true, "also": true,
	"we'll": true, "i'll": true, "they'll": true, "you'll": true, "usually": true, "rarely": true,
}

// verbTalk tells whether the noun word ("talk", "presentation", …) that
// follows pre is the verb "talk": singular "talk" after a word of
// verbTalkBefore.
func verbTalk(word, pre string) bool {
	if !strings.EqualFold(word, "talk") {
		return false
	}
	ws := strings.Fields(strings.ToLower(strings.NewReplacer("’", "'").Replace(pre)))
	return len(ws) > 0 && verbTalkBefore[ws[len(ws)-1]]
}
