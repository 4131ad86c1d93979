package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
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
	if !speakerClauseLead(post) {
		return -1
	}
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

// speakerClauseLead is a cheap test reSpeakerClause needs: the pattern
// is anchored, and each of its forms opens with a comma, blanks and "who"
// or "with", or with blanks and "speaking", "talking" or "presenting".
// Most texts after a name open with none, and the test reads a few bytes
// where the pattern's literal filter read the text. TestSpeakerClauseLead
// and FuzzSpeakerClauseLead check it against the pattern.
func speakerClauseLead(post string) bool {
	if strings.HasPrefix(post, ",") {
		j := skipBlanks(post, 1)
		return j > 1 && (hasAt(post, j, "who") || hasAt(post, j, "with"))
	}
	j := skipBlanks(post, 0)
	return j > 0 && (hasAt(post, j, "speaking") || hasAt(post, j, "talking") || hasAt(post, j, "presenting"))
}

// joinedCueList is joinedCue along a list of names: "A, B and C presented
// …" gives A the talk cue of C through B (up to four names on).
func (b *builder) joinedCueList(pm *personMention, runs []Span, k int) bool {
	if k >= len(runs) {
		return false
	}
	if b.joinedCue(pm, runs[k]) {
		return true
	}
	end := pm.end
	for j := k; j+1 < len(runs) && j < k+4; j++ {
		cur, next := runs[j], runs[j+1]
		if !listJoin(b.text, end, cur.Start) || wordCount(b.text[cur.Start:cur.End], 2) < 2 {
			return false
		}
		q := personMention{ent: -1, start: cur.Start, end: cur.End}
		if b.joinedCue(&q, next) {
			pm.speak, pm.strong, pm.subj = true, q.strong, q.subj
			return true
		}
		end = cur.End
	}
	return false
}

// listJoin tells whether text[end:start] joins two names of a list.
func listJoin(text string, end, start int) bool {
	if start < end || start-end > 6 {
		return false
	}
	switch text[end:start] {
	case " and ", ", ", ", and ", " & ":
		return true
	}
	return false
}

// rePanelWith: a panel and its members before a name ("the panel with
// Jane Roe", "a panel discussion featuring Jane Roe, Marc Roe and …").
var rePanelWith = regexp.MustCompile(`(?i)\bpanel(?:[ \t]+discussion)?[ \t]+(?:with|featuring)[ \t]+(?:[^.;:!?()]{0,100}?(?:,|\band|&)[ \t]+)?$`)

// panelMember tells whether pre (the sentence's text before a name) ends
// in a panel's list of members: the name is a performer of the panel.
func panelMember(pre string) bool {
	return containsFoldASCII(pre, "panel") && rePanelWith.MatchString(pre)
}

// containsFoldASCII tells whether s holds word (lower-case ASCII letters)
// in any case of its letters: strings.Contains(strings.ToLower(s), word)
// for a word without "i" or "k" (the letters some other rune lower-cases
// to), without lower-casing s.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 != word[0] {
			continue
		}
		j := 1
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// reTalkNounColon: a line or sentence that opens with a talk noun and a
// colon before the name ("Keynote: Jane Roe (Acme) on …").
var reTalkNounColon = regexp.MustCompile(`(?i)^[ \t*•-]*(?:(?:opening|closing|first|second|last)[ \t]+)?(?:keynote|talk|lightning[ \t]+talk|workshop|session|panel)[ \t]*:[ \t]*$`)

// talkNounLead tells whether pre (the sentence's text before a name) is a
// talk noun and a colon: the name is the talk's speaker.
func talkNounLead(pre string) bool {
	return strings.HasSuffix(strings.TrimRight(pre, " \t"), ":") && reTalkNounColon.MatchString(pre)
}
