package extract

import (
	"regexp"
	"sync"
)

// Places a sentence names beside an edition without saying it took place
// there: where someone lives, works, studies or is based ("I live in X and
// went to <Event>", "Jane, who works in X, spoke at <Event>", "the team
// is based in X", "a talk by Jane of the X office").

var reResidence = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:live[sd]?|living|work(?:s|ed|ing)?|based|born|grew[ \t]+up|raised|headquartered|resid(?:e[sd]?|ing)|stud(?:y|ies|ied|ying)|teach(?:es|ing)?|taught)[ \t]+(?:[\p{Ll}]+[ \t]+){0,2}(?:in|at|near|of)[ \t]+(?:the[ \t]+)?$|\b(?:of|from)[ \t]+(?:the|our|their|his|her)[ \t]+$`)
})

// residencePlace tells whether the place named at [s,e) is where someone
// lives, works or is based, not where an edition happens: a verb of
// residence right before it, or "of the X office", "from our X team".
func (b *builder) residencePlace(s, e int) bool {
	pre := b.text[max(0, s-40):s]
	m := reResidence().FindStringIndex(pre)
	if m == nil {
		return false
	}
	if w := nextWord(b.text, e); pre[m[0]:] != "" && (pre[m[0]] == 'o' || pre[m[0]] == 'O' || pre[m[0]] == 'f' || pre[m[0]] == 'F') {
		// "of the X office": only before a noun of a group or a place of work
		return orgUnitWords[w]
	}
	return true
}

// orgUnitWords are the nouns after a city that make it the seat of a
// group ("the Springfield office", "our Springfield team").
var orgUnitWords = wordSetCase("office", "offices", "team", "teams", "branch", "chapter", "group", "user", "users", "meetup", "community", "lab", "labs", "headquarters", "HQ", "campus", "site")
