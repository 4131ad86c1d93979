package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"
)

// Cues that make a given name alone a person, beside those of
// singleGivenName: thanks or a meeting before it ("thanks to Dana",
// "props to Dana", "great to meet again with Dana and Kim"), and a role
// noun of the writer's or the talk's set off by a comma or a parenthesis
// ("our project manager, Dana,", "the speaker (Dana)").

// reThanksBefore: thanks or a meeting right before the name (a first name
// and "and" may come between: "with Dana and Kim").
var reThanksBefore = regexp.MustCompile(`(?i)\b(?:(?:thanks|thank[ \t]+you|kudos|props|shout-?outs?|hats[ \t]+off|credit)[ \t]+(?:again[ \t]+)?to|(?:meet|met|meeting)[ \t]+(?:again[ \t]+|up[ \t]+)?with)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+(?:and|&)[ \t]+)?$`)

// reRoleSetOff: a role noun of the writer's, the post's or a talk's, then
// a comma or an opening parenthesis, right before the name.
var reRoleSetOff = regexp.MustCompile(`(?i)\b(?:our|my|the|their|his|her)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:leader|lead|maintainer|organi[sz]er|founder|co-founder|creator|developer|engineer|manager|designer|ceo|cto|speaker|presenter|colleague|friend|host|chair|mentor|partner|teammate)[ \t]*(?:,|\()[ \t]*$`)

// singleNameCue tells whether the given name alone at [s,e) has one of the
// cues of this file.
func (b *builder) singleNameCue(s, e int) bool {
	lo := b.sentence(s).Start
	pre := b.text[max(lo, s-60):s]
	if reThanksBefore.MatchString(pre) {
		return true
	}
	if !reRoleSetOff.MatchString(pre) {
		return false
	}
	// the set-off closes after the name: "manager, Dana, to review",
	// "speaker (Dana)"
	post := strings.TrimLeft(b.text[e:min(len(b.text), e+3)], " \t")
	if strings.HasSuffix(pre, "(") || strings.HasSuffix(strings.TrimRight(pre, " \t"), "(") {
		return strings.HasPrefix(post, ")")
	}
	return strings.HasPrefix(post, ",") || strings.HasPrefix(post, ".") || strings.HasPrefix(post, ";")
}
