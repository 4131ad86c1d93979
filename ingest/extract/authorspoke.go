package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// reAuthorSpoke: the post's author telling of speaking at an event without
// giving the talk a title: "I spoke at X", "I was speaking at X", "I had
// the chance to present at X", "I gave a talk", "where I gave a lightning
// talk", "X invited me to speak", "my talk at X".
var reAuthorSpoke = regexp.MustCompile(`(?i)(?:\bI(?:['’]m|[ \t]+am|[ \t]+was|[ \t]+will[ \t]+be|[ \t]+got[ \t]+to|[ \t]+had[ \t]+the[ \t]+(?:chance|opportunity|honou?r|pleasure|privilege)[ \t]+(?:to|of))?[ \t]+(?:spoke|speak|speaking|presented|present|presenting)[ \t]+(?:at|in|during)\b|\bI(?:['’]m|[ \t]+am|[ \t]+was)?[ \t]+(?:gave|held|delivered|did|giving|holding)[ \t]+(?:a|an|my)[ \t]+(?:(?:short|small|quick|lightning|\d+[ -]minutes?)[ \t]+)?(?:talk|presentation|keynote|workshop|tutorial)\b|\binvited[ \t]+me[ \t]+to[ \t]+(?:speak|present|give[ \t]+a[ \t]+talk)\b|\bmy[ \t]+(?:own[ \t]+)?(?:talk|presentation|keynote|workshop)[ \t]+(?:at|during)\b)`)

// reNotSpoken: what makes a sentence's speaking unreal or another
// occasion's: a negation, a wish or a condition, another kind of event.
var reNotSpoken = regexp.MustCompile(`(?i)\b(?:not|n['’]t|never|wish|if|would|could|should|might|hope|hoping|meetups?|user[ \t]+groups?|last[ \t]+year|next[ \t]+year|previous|podcast|webinar)\b`)

// reSpokenPlace: what follows "I spoke at": a name (an edition, a city),
// the occasion ("the conference", "this year's summit") or a part of it.
var reSpokenPlace = regexp.MustCompile(`^[ \t]+(?:\p{Lu}|(?:the|this|our)[ \t]+(?:(?:year['’]s|first|second|last|main|\p{Lu}\S*)[ \t]+)?(?:conference|event|summit|camp|devroom|dev[ \t]+room|track|stage|miniconf|meetup|workshop|session|edition|\p{Lu}))`)

// reSpokeSubject: the subject after the speaking: "about X", "on X".
var reSpokeSubject = regexp.MustCompile(`(?i)^[^,;:()]{0,60}?\b(?:about|on)[ \t]+(\S)`)

// reNotSubject: what follows "on" but is a time, not a subject.
var reNotSubject = regexp.MustCompile(`(?i)^(?:the[ \t]+(?:first|second|third|last|final|next|same|main)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|day\b|stage\b|\d)`)

// authorSpokeTalks makes the talk of a post's author who tells of
// speaking at an edition ("I spoke at QuuxConf 2031 about parsers") and
// has no talk of the post yet: a described talk the author performs, at
// the edition the sentence names, else at the post's main one. It runs
// after the talk rules, so that a talk the post titles elsewhere ("My talk
// was called …") is not told twice.
func (b *builder) authorSpokeTalks() {
	author := b.postAuthor()
	if author < 0 {
		return
	}
	for _, r := range b.res.Relations {
		if r.Pred == Performer && r.To >= 0 && b.canonical(r.To) == author {
			return
		}
	}
	for _, s := range b.sents {
		low := b.lower[s.Start:s.End]
		if !strings.Contains(low, "i ") && !strings.Contains(low, "i'") && !strings.Contains(low, "i’") && !strings.Contains(low, " me ") && !strings.Contains(low, "my ") {
			continue
		}
		m := reAuthorSpoke.FindStringIndex(b.text[s.Start:s.End])
		if m == nil || reNotSpoken.MatchString(b.text[s.Start:s.End]) {
			continue
		}
		// "I spoke at length", "I spoke at the bar": after "at", "in" or
		// "during" an occasion of speaking must follow
		if w := strings.ToLower(lastWord(b.text[s.Start : s.Start+m[1]])); (w == "at" || w == "in" || w == "during") && !reSpokenPlace.MatchString(b.text[s.Start+m[1]:s.End]) {
			continue
		}
		ed, ok := b.spokenEdition(s)
		if !ok {
			continue
		}
		descr := ""
		rest := b.text[s.Start+m[1] : s.End]
		if sm := reSpokeSubject.FindStringSubmatchIndex(rest); sm != nil && !reNotSubject.MatchString(rest[sm[2]:]) {
			ss := s.Start + m[1] + sm[2]
			se := clauseEnd(b.text, ss, s.End)
			if ws := strings.Fields(b.text[ss:se]); len(ws) > 0 && len(ws) <= 10 {
				descr = strings.TrimSpace(b.text[ss:trimSubjectEnd(b.text, ss, se)])
			}
		}
		name := b.res.Entities[author].Name
		t := b.entity(vocab.Talk, describeTalk(name, descr), "by:"+fold(name))
		b.res.Entities[t].Descr = descr
		b.res.Entities[t].Edition = ed
		b.mention(t, s.Start+m[0], s.Start+m[1], "talk:author-spoke", 0.6)
		b.talkOf[author] = t
		b.rel(Performer, t, author, s.Start, s.End, "performer:author-spoke", 0.6)
		b.placeTalk(t, s.Start+m[0])
		return
	}
}

// spokenEdition returns the edition sentence s tells the author spoke at:
// the one edition it names (not a coming one), else the post's main
// edition when it names none.
func (b *builder) spokenEdition(s Span) (int, bool) {
	found := -1
	for _, ev := range b.eventIdx {
		E := &b.res.Entities[ev]
		if E.Class != vocab.Event || E.Year == "" || b.canonical(ev) != ev {
			continue
		}
		bad := false
		b.mentionsWithin(ev, s.Start, s.End, func(m Span) {
			if m.End <= m.Start {
				return
			}
			if found >= 0 && found != ev || b.isNext(m.Start) {
				bad = true
				return
			}
			found = ev
		})
		if bad {
			return -1, false
		}
	}
	if found >= 0 {
		return found, true
	}
	return b.main, b.main >= 0
}
