package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

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

// reNamingCue are the words right before a quoted title that name it as a
// talk's ("called", "titled", "the talk", "keynote:").
var reNamingCue = regexp.MustCompile(`(?i)\b(?:called|titled|entitled|named|talks?|keynotes?|presentations?|sessions?|workshops?|tutorials?)[ \t]*[:,–—-]?[ \t]*$`)

// scareQuoted tells whether a quoted phrase is led by a small word that
// no product name explains ("by the kilo", "sold short"; not "gZorb in
// practice", "zQuux: …"): such quotes mark a phrase, not a title, unless
// the text names them as a talk's.
func scareQuoted(title string) bool {
	fw := strings.Fields(title)
	if len(fw) == 0 {
		return false
	}
	w := fw[0]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !hasInnerUpper(w) && !strings.ContainsAny(w, "0123456789.")
}

// personAfterBy tells whether a person's name follows the "by" after pos.
func (b *builder) personAfterBy(pos int) bool {
	i := strings.Index(b.text[pos:min(len(b.text), pos+30)], "by ")
	if i < 0 {
		return false
	}
	at := pos + i + len("by ")
	for _, pm := range b.persons {
		if pm.start >= at && pm.start <= at+1 {
			return true
		}
	}
	return false
}

// reGaveTitle is what stands between a performer and the title of the
// talk they gave ("gave a talk titled ", "presented ", "talked about ").
var reGaveTitle = regexp.MustCompile(`(?i)^[ \t]*(?:gave|presented|delivered|did|held|had|talked|spoke|opened|closed)\b[^.;!?"“”\n]{0,40}$`)

// reGaveQuote are the verbs right before a quoted title that say a
// speaker gave it ('presented "Title"').
var reGaveQuote = regexp.MustCompile(`(?i)\b(?:presented|presenting|delivered|delivering|gave|giving)[ \t]*[:,]?[ \t]*$`)

// reTalkNounLead is a talk noun leading a talk's subject ("keynote on
// culture", "a short talk about zorbs").
var reTalkNounLead = regexp.MustCompile(`(?i)^(?:(?:a|an|the)[ \t]+)?(?:\p{Ll}+[ \t]+)?(?:talk|keynote|presentation|session|workshop|tutorial|lightning[ \t]+talk)s?[ \t]+(?:on|about)[ \t]+(\S)`)

// trimTalkNounLead drops a talk noun and its "on"/"about" leading a
// talk's subject: "[Jane Roe on culture]", not "[Jane Roe on keynote on
// culture]".
func trimTalkNounLead(subj string) string {
	if m := reTalkNounLead.FindStringSubmatchIndex(subj); m != nil {
		return subj[m[2]:]
	}
	return subj
}

// reMyTalk are the words before a title that make it the author's own
// talk: 'my talk was titled "X"', 'our workshop "X"', 'I gave a talk
// called "X"', 'I presented "X"' (not 'my favourite talk').
var reMyTalk = regexp.MustCompile(`(?i)(?:\b(?:my|our)[ \t]+(?:own[ \t]+)?(?:talk|presentation|keynote|session|workshop|tutorial|lightning[ \t]+talk)\b|\bI[ \t]+(?:gave|presented|delivered|held)\b)[^.!?"“]{0,40}$`)

// authorPerformer returns the post's author as the performer of the one
// talk of a sentence that calls it the author's own, at the talk's place.
func (b *builder) authorPerformer(cands []talkCand) (personMention, bool) {
	if len(cands) != 1 {
		return personMention{}, false
	}
	c := cands[0]
	ss := b.sentence(c.pos)
	if !reMyTalk.MatchString(b.text[ss.Start:c.pos]) {
		return personMention{}, false
	}
	for _, r := range b.res.Relations {
		if r.Pred == Author && r.From < 0 && r.To >= 0 {
			return personMention{ent: b.canonical(r.To), start: c.pos, end: c.pos, speak: true}, true
		}
	}
	return personMention{}, false
}

// reWithMeBefore: a conversation with the author before a person's name
// ("I talked with X", "we chatted to X", "I met X").
var reWithMeBefore = regexp.MustCompile(`(?i)\b(?:I|we)[ \t]+(?:\p{Ll}+[ \t]+)?(?:talked|spoke|chatted|discussed|met|had[ \t]+a[ \t]+(?:chat|conversation))(?:[ \t]+(?:with|to))?[ \t]+$`)

// reChatWith: a conversation told without its subject before a person's
// name and the words that describe the person ("Talking with meetup
// organiser X about …", "chatting to X").
var reChatWith = regexp.MustCompile(`(?i)\b(?:speaking|talking|chatting|chatted|a[ \t]+chat|a[ \t]+conversation)[ \t]+(?:with|to)[ \t]+(?:[\p{L}-]+[ \t]+){0,5}$`)

// reToMeAfter: a conversation with the author after a person's name ("X
// explained to me", "X told us", "X and I discussed").
var reToMeAfter = regexp.MustCompile(`(?i)^[ \t]*(?:,[^,]{0,40},[ \t]*)?(?:and[ \t]+(?:I|me)\b|(?:\p{Ll}+[ \t]+)?(?:explained|told|showed|said|talked|spoke)[ \t]+(?:to[ \t]+|with[ \t]+)?(?:me|us)\b)`)

// withMeVerbs and chatWords are strings (lower case) that every match of
// reWithMeBefore, of reChatWith, holds one of.
var (
	withMeVerbs = []string{"talked", "spoke", "chatted", "discussed", "met", "had"}
	chatWords   = []string{"speaking", "talking", "chat", "conversation"}
)

// containsAnyWord tells whether s holds one of ws.
func containsAnyWord(s string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// conversation tells whether the sentence of pm tells of a conversation
// of the author with that person, not of a talk.
func (b *builder) conversation(pm personMention) bool {
	ss := b.sentence(pm.start)
	// cheap tests first: a word each regexp needs, in the lower-cased text
	// (unless the window holds "ſ" or "K", which the regexps fold to "s"
	// and "k" and lowerASCII does not)
	// (b.sentence may give the sentence after pm.start when pm starts in
	// the blank between two: the windows never start after pm)
	w40, w60 := min(max(ss.Start, pm.start-40), pm.start), min(max(ss.Start, pm.start-60), pm.start)
	odd := foldsOutsideASCII(b.text[w60:pm.start])
	// (withMeNeed and chatWithNeed: the end of the window each pattern's
	// match must have, talkneeds.go)
	if (odd || withMeNeed(b.lower[w40:pm.start]) && containsAnyWord(b.lower[w40:pm.start], withMeVerbs)) && reWithMeBefore.MatchString(b.text[w40:pm.start]) ||
		(odd || chatWithNeed(b.lower[w60:pm.start])) && reChatWith.MatchString(b.text[w60:pm.start]) {
		return true
	}
	we := max(pm.end, min(ss.End, pm.end+60))
	if !mayToMe(b.lower[pm.end:we]) && !foldsOutsideASCII(b.text[pm.end:we]) {
		return false
	}
	return reToMeAfter.MatchString(b.text[pm.end:we])
}

// foldsOutsideASCII tells whether s holds "ſ" or "K" (Kelvin), which (?i)
// patterns fold to "s" and "k" and lowerASCII does not: the cheap tests
// on lower-cased text cannot judge s. (strings.ContainsAny with runes
// outside ASCII walks s rune by rune; two substring searches do not.)
func foldsOutsideASCII(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// mayToMe tells whether low (lower-cased ASCII) holds what every match of
// reToMeAfter does: "and", blanks and "i" or "me"; or a blank and "me" or
// "us".
func mayToMe(low string) bool {
	for i := 1; i < len(low); i++ {
		if low[i-1] != ' ' && low[i-1] != '\t' {
			continue
		}
		r := low[i:]
		if strings.HasPrefix(r, "me") || strings.HasPrefix(r, "us") {
			return true
		}
		if r[0] == 'i' {
			// "and", blanks, "i"
			j := i - 1
			for j > 0 && (low[j-1] == ' ' || low[j-1] == '\t') {
				j--
			}
			if strings.HasSuffix(low[:j], "and") {
				return true
			}
		}
	}
	return false
}

// reMyTalkAbout: the author's own talk and its subject, "my talk about X",
// "our workshop on X", "I gave a lightning talk about X".
var reMyTalkAbout = regexp.MustCompile(`(?i)(?:\b(?:my|our)[ \t]+(?:own[ \t]+)?|\bI[ \t]+(?:gave|presented|delivered|held|did)[ \t]+(?:a|an|my)[ \t]+(?:\p{Ll}+[ \t]+)?)(?:lightning[ \t]+talk|talk|presentation|keynote|workshop|tutorial)[ \t]+(?:about|on)[ \t]+(\S)`)

// mayTalkAbout tells whether low (lower-cased ASCII) holds what every
// match of reMyTalkAbout does: a talk word, blanks, "about" or "on", a
// blank.
func mayTalkAbout(low string) bool {
	for _, w := range []string{"talk", "presentation", "keynote", "workshop", "tutorial"} {
		for i := strings.Index(low, w); i >= 0; {
			r := strings.TrimLeft(low[i+len(w):], " \t")
			if len(r) < len(low)-i-len(w) && (strings.HasPrefix(r, "about") && len(r) > 5 && (r[5] == ' ' || r[5] == '\t') ||
				strings.HasPrefix(r, "on") && len(r) > 2 && (r[2] == ' ' || r[2] == '\t')) {
				return true
			}
			k := strings.Index(low[i+1:], w)
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return false
}

// authorTalk makes a described talk by the post's author of a sentence
// that tells of the author's own talk and its subject ("I gave a talk
// about zorbs"), and tells whether it did.
func (b *builder) authorTalk(s Span) bool {
	// cheap tests first: the regexp runs on few sentences
	low := b.lower[s.Start:s.End]
	if !strings.Contains(low, "my ") && !strings.Contains(low, "our ") && !strings.Contains(low, "i ") ||
		!strings.Contains(low, "talk") && !strings.Contains(low, "presentation") && !strings.Contains(low, "keynote") &&
			!strings.Contains(low, "workshop") && !strings.Contains(low, "tutorial") {
		return false
	}
	if !mayTalkAbout(low) && !foldsOutsideASCII(b.text[s.Start:s.End]) {
		return false
	}
	m := reMyTalkAbout.FindStringSubmatchIndex(b.text[s.Start:s.End])
	if m == nil {
		return false
	}
	author := -1
	for _, r := range b.res.Relations {
		if r.Pred == Author && r.From < 0 && r.To >= 0 {
			author = b.canonical(r.To)
			break
		}
	}
	if author < 0 {
		return false
	}
	ss := s.Start + m[2]
	se := clauseEnd(b.text, ss, s.End)
	if ws := strings.Fields(b.text[ss:se]); len(ws) == 0 || len(ws) > 10 {
		return false
	}
	descr := strings.TrimSpace(b.text[ss:se])
	name := b.res.Entities[author].Name
	t, ok := b.talkOf[author]
	if !ok {
		t = b.entity(vocab.Talk, describeTalk(name, descr), "by:"+fold(name))
		b.res.Entities[t].Descr = descr
		b.res.Entities[t].Edition = b.main
		b.mention(t, s.Start+m[0], se, "talk:authors-own-talk", 0.65)
		b.talkOf[author] = t
	}
	t = b.canonical(t)
	b.rel(Performer, t, author, s.Start, s.End, "performer:authors-own-talk", 0.65)
	b.placeTalk(t, s.Start+m[0])
	return true
}

// reQuotedBy is a quoted title then "by" up to a name: '"Title" by ',
// '"Title", a talk by ', '"Title", presented by '.
var reQuotedBy = regexp.MustCompile(`^[“"][^”"\n]{3,160}[”"][ \t]*,?[ \t]*(?:(?:a|the)[ \t]+)?(?:(?:talk|presentation|keynote|session|workshop)[ \t]+)?(?:(?:presented|given|delivered)[ \t]+)?by[ \t]+$`)

// quotedByPerformers returns, for the talks of sentence s, the persons
// named right after a quoted title's "by" ('I went to "Title" by Jane
// Roe'), as the sentence's performers: for each talk, the first person of
// b.persons that starts in the 220 bytes after it, in s, and that the
// pattern joins to it. ix is b.persons by start (personsByStart), so that
// only the persons of that window are looked at, not every person of the
// post for every talk (TestQuotedByPerformersIndex checks the two agree).
func (b *builder) quotedByPerformers(s Span, cands []talkCand, ix *personStarts) []personMention {
	var out []personMention
	var win []int32
	for _, c := range cands {
		if c.pos >= s.End {
			continue
		}
		// the persons starting in (c.pos, min(s.End, c.pos+221)), in the
		// order of b.persons
		win = ix.window(b.persons, c.pos+1, min(s.End, c.pos+221), win[:0])
		for _, k := range win {
			pm := b.persons[k]
			if pm.ent < 0 {
				continue
			}
			if reQuotedBy.MatchString(b.text[c.pos:pm.start]) {
				pm.speak = true
				out = append(out, pm)
				break
			}
		}
	}
	return out
}

// personStarts indexes b.persons by start: their indexes sorted by start
// (ties in the order of b.persons), built on first use, for a fixed list
// of persons (talks adds none).
type personStarts struct {
	built bool
	idx   []int32
}

// window appends to out the indexes of the persons of ps (the list the
// index is of) that start in [lo, hi), in the order of ps.
func (x *personStarts) window(ps []personMention, lo, hi int, out []int32) []int32 {
	if lo >= hi {
		return out
	}
	if !x.built || len(x.idx) != len(ps) {
		x.idx = make([]int32, len(ps))
		for k := range ps {
			x.idx[k] = int32(k)
		}
		slices.SortStableFunc(x.idx, func(a, b int32) int { return cmp.Compare(ps[a].start, ps[b].start) })
		x.built = true
	}
	i := sort.Search(len(x.idx), func(i int) bool { return ps[x.idx[i]].start >= lo })
	n := len(out)
	for ; i < len(x.idx) && ps[x.idx[i]].start < hi; i++ {
		out = append(out, x.idx[i])
	}
	slices.Sort(out[n:])
	return out
}

// reNotTalkSubject are "subjects" of presenting that are the event's
// business, not a talk's topic ("presented the awards", "introduced the
// speakers").
var reNotTalkSubject = regexp.MustCompile(`(?i)^(?:the[ \t]+|our[ \t]+|all[ \t]+)?(?:awards?|prizes?|winners?|speakers?|sponsors?|next[ \t]+speakers?|programm?e?|schedule|agenda|line-?up|raffle|results|venue|volunteers|organi[sz]ers|attendees)\b`)

// rePossTalkAfter is a possessive and a talk noun right after a person's
// name, with the talk's subject: "' talk about X", "'s keynote on X".
var rePossTalkAfter = regexp.MustCompile(`^(?:'s|’s|'|’)[ \t]+(?:(?:\p{Ll}+|[A-Z][\p{L}]*)[ \t]+)?(?:talks?|keynote|presentation|session|workshop|tutorial|lightning[ \t]+talk)\b(?:[ \t]+(?:about|on)[ \t]+(\S))?`)

// possessiveTalks marks as speakers the persons named with a possessive
// and a talk noun ("Jane Roe' talk about X", "Jane Roe's keynote on Y"),
// with the subject that follows "about"/"on" up to the clause's end, when
// no other rule made them speakers or gave the subject.
func (b *builder) possessiveTalks() {
	for k := range b.persons {
		pm := &b.persons[k]
		if pm.ent < 0 || pm.end >= len(b.text) || pm.subj.End > pm.subj.Start {
			continue
		}
		if c := b.text[pm.end]; c != '\'' && c != 0xE2 {
			continue
		}
		m := rePossTalkAfter.FindStringSubmatchIndex(b.text[pm.end:min(len(b.text), pm.end+80)])
		if m == nil {
			continue
		}
		pm.speak, pm.strong = true, true
		if m[2] >= 0 {
			ss := b.sentence(pm.start)
			s := pm.end + m[2]
			if e := clauseEnd(b.text, s, ss.End); e > s && len(strings.Fields(b.text[s:e])) <= 10 {
				pm.subj = Span{s, trimSubjectEnd(b.text, s, e)}
			}
		}
	}
}

// trimSubjectEnd cuts a subject before a verb that ends the noun phrase
// ("art and code was great": "art and code").
func trimSubjectEnd(text string, s, e int) int {
	ws := strings.Fields(text[s:e])
	at := s
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "was", "were", "is", "are", "extremely", "really", "very", "which", "that", "had", "has":
			if i > 0 {
				return strings.LastIndexFunc(text[s:at], func(r rune) bool { return r != ' ' && r != '\t' }) + s + 1
			}
		}
		at = strings.Index(text[at:e], w) + at + len(w)
	}
	return e
}

// possQuoted tells whether the quotation opening at pos follows a person's
// possessive ('Jane Roe's "Title"'): the person's talk.
func (b *builder) possQuoted(pos int) bool {
	pre := strings.TrimRight(b.text[max(0, pos-8):pos], " \t")
	var n int
	switch {
	case strings.HasSuffix(pre, "'s"):
		n = len("'s")
	case strings.HasSuffix(pre, "’s"):
		n = len("’s")
	default:
		return false
	}
	end := pos - (len(b.text[max(0, pos-8):pos]) - len(pre)) - n
	for _, pm := range b.persons {
		if pm.ent >= 0 && pm.end == end {
			return true
		}
	}
	return false
}

// speakerVerbEnd is postVerbEnd (rePostVerb) with the forms a speaker's
// talk takes besides it: a comma before the verb ("The speaker, Jane Roe,
// described …"), reSpeakerClause and reSessionVerb. -1 when none matches.
func speakerVerbEnd(post string) int {
	if e := postVerbEnd(post); e >= 0 {
		return e
	}
	if strings.HasPrefix(post, ",") {
		if e := postVerbEnd(post[1:]); e >= 0 {
			return e + 1
		}
	}
	if e := speakerClauseEnd(post); e >= 0 {
		return e
	}
	if !sessionVerbHint(post) {
		return -1
	}
	if m := reSessionVerb.FindStringIndex(post); m != nil {
		return m[1]
	}
	return -1
}

// reSessionVerb are the verbs after a name that tell of a session the
// person gave ("ran a workshop on …", "hosted a session …", "took us
// through …", "shared her experience …", "… to present …", "took the
// stage", "opened the second day with a keynote", "did a talk").
var reSessionVerb = regexp.MustCompile(`^(?:[ \t]*\([^)]{0,120}\))?(?:,[ \t]+[^,]{1,60},)?[ \t]+(?:also[ \t]+|then[ \t]+)?(?:to[ \t]+(?:present|talk|speak)|took[ \t]+us[ \t]+through|shared[ \t]+(?:his|her|their)[ \t]+(?:experiences?|lessons|story|journey|insights)|took[ \t]+the[ \t]+stage|(?:opened|closed|kicked[ \t]+off|started)[ \t]+(?:the|our)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:day|conference|event|morning|afternoon|evening)[ \t]+with[ \t]+(?:a|an|the|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:keynote|talk|presentation)|(?:ran|hosted|led|held|did|co-presented)[ \t]+(?:a|an|the|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:workshop|session|tutorial|talk|keynote|panel|presentation|demo|lightning[ \t]+talk)s?)\b`)

// sessionVerbHint is a cheap test reSessionVerb needs: where its verb can
// start (after the optional parenthesis and comma clause, blanks and
// "also"/"then"), post starts with the first word of one of its verbs.
// Both optional groups end at the first ')' or ',' after their start, so
// there are at most four places to look; TestSessionVerbHint checks that
// the pattern matches nothing the hint refuses. (It used to look only for
// the verbs in the first 200 bytes, which "to " passed on most text, and
// compiled the pattern on nearly every post; that test is kept, so that
// the rule reads what it read.)
//
// The places are tried before the 200 bytes: both tests are pure and the
// hint is their conjunction, but the places cost a few byte comparisons
// where the verbs cost thirteen searches of the text.
func sessionVerbHint(post string) bool {
	at := func(i int) bool { return i >= 0 && sessionVerbFrom(post[i:]) }
	p := sessionParenEnd(post)
	if !(at(0) || at(p) || at(sessionCommaEnd(post, 0)) || p >= 0 && at(sessionCommaEnd(post, p))) {
		return false
	}
	return sessionVerbIn200(post)
}

// sessionVerbIn200 tells whether one of reSessionVerb's verbs is in the
// first 200 bytes of post.
func sessionVerbIn200(post string) bool {
	p := post[:min(len(post), 200)]
	for _, w := range []string{"to ", "took", "shared", "ran ", "hosted", "led ", "held ", "co-presented", "did ", "opened", "closed", "kicked", "started"} {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

// sessionParenEnd is the end of reSessionVerb's `[ \t]*\([^)]{0,120}\)`
// at the start of post, -1 when post does not start with it.
func sessionParenEnd(post string) int {
	i := 0
	for i < len(post) && (post[i] == ' ' || post[i] == '\t') {
		i++
	}
	if i == len(post) || post[i] != '(' {
		return -1
	}
	c := strings.IndexByte(post[i+1:], ')')
	if c < 0 || utf8.RuneCountInString(post[i+1:i+1+c]) > 120 {
		return -1
	}
	return i + 1 + c + 1
}

// sessionCommaEnd is the end of reSessionVerb's `,[ \t]+[^,]{1,60},` at
// post[i:], -1 when it is not there.
func sessionCommaEnd(post string, i int) int {
	if i >= len(post) || post[i] != ',' {
		return -1
	}
	j := i + 1
	for j < len(post) && (post[j] == ' ' || post[j] == '\t') {
		j++
	}
	if j == i+1 {
		return -1
	}
	// [ \t]+ then [^,]{1,60}: the blanks may also be read as the first
	// runes of the clause, so the clause starts anywhere in the blanks
	c := strings.IndexByte(post[j:], ',')
	if c < 0 || c == 0 && j == i+2 || utf8.RuneCountInString(post[i+2:j+c]) < 1 || utf8.RuneCountInString(post[j:j+c]) > 60 {
		return -1
	}
	return j + c + 1
}

// sessionVerbFrom tells whether s starts with blanks, an optional "also"
// or "then" and blanks, and the first word of one of reSessionVerb's
// verbs.
func sessionVerbFrom(s string) bool {
	n := len(s) - len(strings.TrimLeft(s, " \t"))
	if n == 0 {
		return false
	}
	s = s[n:]
	if verbLead(s) {
		return true
	}
	for _, w := range []string{"also", "then"} {
		if r, ok := strings.CutPrefix(s, w); ok {
			if t := strings.TrimLeft(r, " \t"); len(t) < len(r) && verbLead(t) {
				return true
			}
		}
	}
	return false
}

// verbLead tells whether s starts with the first two words of one of
// reSessionVerb's verbs ("to present", "took us", "ran a").
func verbLead(s string) bool {
	for _, v := range sessionVerbLeads {
		r, ok := strings.CutPrefix(s, v.word)
		if !ok {
			continue
		}
		t := strings.TrimLeft(r, " \t")
		if len(t) == len(r) {
			continue
		}
		for _, n := range v.next {
			if strings.HasPrefix(t, n) {
				return true
			}
		}
	}
	return false
}

// sessionVerbLeads are the first two words of reSessionVerb's verbs.
var sessionVerbLeads = [...]struct {
	word string
	next []string
}{
	{"to", []string{"present", "talk", "speak"}},
	{"took", []string{"us", "the"}},
	{"shared", []string{"his", "her", "their"}},
	{"opened", []string{"the", "our"}},
	{"closed", []string{"the", "our"}},
	{"started", []string{"the", "our"}},
	{"kicked", []string{"off"}},
	{"ran", sessionDeterminers},
	{"hosted", sessionDeterminers},
	{"led", sessionDeterminers},
	{"held", sessionDeterminers},
	{"did", sessionDeterminers},
	{"co-presented", sessionDeterminers},
}

// sessionDeterminers are the words reSessionVerb reads after "ran",
// "hosted" and the like.
var sessionDeterminers = []string{"a", "an", "the", "his", "her", "their"}
