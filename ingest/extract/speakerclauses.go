package extract

import (
	"regexp"
	"strings"
)

// reSpeakerClause: what tells, right after a person's name, of the
// person's talk besides reSessionVerb: a relative clause ("Next was Jane
// Roe, who talked about …"), a participle ("we listened to Jane Roe
// speaking about …") or a talk set off by a comma ("it was the turn of
// Jane Roe, with a session on …").
var reSpeakerClause = regexp.MustCompile(`^(?:,[ \t]+who[ \t]+(?:then[ \t]+|also[ \t]+|later[ \t]+)?(?:talked|spoke|presented|explained|showed|demoed|gave|delivered)\b|[ \t]+(?:speaking|talking|presenting)[ \t]+(?:about|on)\b|,[ \t]+with[ \t]+(?:a|an|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:talk|keynote|presentation|session|workshop)\b)`)

// reToUs: a conversation, not a talk, after the verb ("who talked to me").
var reToUs = regexp.MustCompile(`^[ \t]+(?:to|with)[ \t]+(?:me|us)\b`)

// speakerClauseEnd returns the end of reSpeakerClause's match on post, or
// -1.
func speakerClauseEnd(post string) int {
	p := post[:min(len(post), 80)]
	if !strings.Contains(p, "who ") && !strings.Contains(p, "ing ") && !strings.Contains(p, "with ") {
		return -1
	}
	m := reSpeakerClause.FindStringIndex(post)
	if m == nil || reToUs.MatchString(post[m[1]:]) {
		return -1
	}
	return m[1]
}
