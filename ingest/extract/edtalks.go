package extract

import (
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Talks of another edition told in passing: "Jane Doe argued for it in her
// 2011 SnakeCon keynote", "then Marc Roe gave an update in his SnakeCon
// 2012 closing keynote". A possessive right before an edition's mention
// and a talk noun right after it (one or two words between) state a talk
// of that edition by the person the possessive stands for: the one named
// before it in the sentence ("his", "her", "their"), or the one whose name
// takes the "'s".

// maxEdTalkGap bounds the words between an edition's mention and its talk
// noun ("opening", "closing lightning").
const maxEdTalkGap = 2

// editionTalks makes a described Talk, with its performer and its edition,
// of every "his 2011 SnakeCon keynote" of the post. It returns these talks
// by sentence index and performer, so that talks gives the performer no
// other talk for that sentence.
func (b *builder) editionTalks() map[[2]int]int {
	out := map[[2]int]int{}
	for ev := range b.res.Entities {
		E := b.res.Entities[ev]
		if E.Class != vocab.Event || E.Year == "" || b.canonical(ev) != ev {
			continue
		}
		for _, m := range E.Mentions {
			if b.stopped() {
				return out
			}
			if m.End <= m.Start {
				continue
			}
			nounEnd, ok := b.talkNounAfter(m.End)
			if !ok {
				continue
			}
			es := m.Start
			// "2011 SnakeCon": the mention is the series, the year before it
			if y := prevWord(b.text, es); len(y) == 4 && y == E.Year {
				es = strings.LastIndex(b.text[:es], y)
			}
			p, ps := b.possessor(es)
			if p < 0 {
				continue
			}
			name := "[" + b.res.Entities[p].Name + "'s " + strings.TrimSpace(b.text[es:nounEnd]) + "]"
			t := b.entity(vocab.Talk, name, "edtalk:"+fold(name))
			T := &b.res.Entities[t]
			if T.Edition < 0 {
				T.Edition = ev
			}
			T.Descr = b.text[es:nounEnd]
			b.mention(t, ps, nounEnd, "talk:possessive-edition-talk", 0.65)
			b.rel(Performer, t, p, ps, nounEnd, "performer:possessive-edition-talk", 0.65)
			b.rel(SuperEvent, t, ev, ps, nounEnd, "superEvent:possessive-edition-talk", 0.65)
			out[[2]int{find(b.sents, ps), p}] = t
		}
	}
	return out
}

// talkNounAfter returns the end of the talk noun that follows pos after at
// most maxEdTalkGap lower-case words ("opening keynote").
func (b *builder) talkNounAfter(pos int) (int, bool) {
	at := pos
	for k := 0; k <= maxEdTalkGap; k++ {
		for at < len(b.text) && b.text[at] == ' ' {
			at++
		}
		e := at
		for e < len(b.text) && isLetterASCII(b.text[e]) {
			e++
		}
		w := b.text[at:e]
		if w == "" || strings.ToLower(w) != w {
			return 0, false
		}
		if containsString(talkNouns, strings.TrimSuffix(w, "s")) && w != "sessions" {
			if w == "lightning" && strings.HasPrefix(b.text[e:], " talk") {
				e += len(" talk")
			}
			return e, true
		}
		at = e
	}
	return 0, false
}

// possessor returns the person a possessive right before pos stands for,
// and where the possessive phrase starts: "his", "her" or "their" is the
// last person named before it in its sentence, "Jane Doe's" is Jane Doe.
func (b *builder) possessor(pos int) (int, int) {
	s := b.sentence(pos)
	pre := strings.TrimRight(b.text[s.Start:pos], " ")
	i := strings.LastIndexByte(pre, ' ') + 1
	w := pre[i:]
	ws := s.Start + i
	switch strings.ToLower(w) {
	case "his", "her", "their":
		best, bestEnd := -1, -1
		for _, pm := range b.persons {
			if pm.ent >= 0 && pm.start >= s.Start && pm.end <= ws && pm.end > bestEnd {
				best, bestEnd = b.canonical(pm.ent), pm.end
			}
		}
		return best, ws
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		end := s.Start + len(pre) - len("'s")
		if strings.HasSuffix(w, "’s") {
			end = s.Start + len(pre) - len("’s")
		}
		for _, pm := range b.persons {
			if pm.ent >= 0 && pm.end == end {
				return b.canonical(pm.ent), pm.start
			}
		}
	}
	return -1, 0
}

// editionAtIn returns the edition, other than the post's main one, that
// sentence ss places something at: one edition named there right after
// "at" or "during" (not a coming one), and no other edition named in the
// sentence. -1 when there is none.
func (b *builder) editionAtIn(ss Span) int {
	found, none := -1, false
	for _, ev := range b.eventIdx { // the events, not every entity: this runs per talk sentence
		E := &b.res.Entities[ev]
		if E.Class != vocab.Event || E.Year == "" || b.canonical(ev) != ev {
			continue
		}
		// the outcome does not hang on the order of the mentions: any that
		// fails makes it -1
		b.mentionsWithin(ev, ss.Start, ss.End, func(m Span) {
			if none || m.End <= m.Start {
				return
			}
			if ev == b.main || found >= 0 && found != ev {
				none = true // the main edition, or two editions, in one sentence
				return
			}
			pw := strings.ToLower(prevWord(b.text, m.Start))
			if pw != "at" && pw != "during" || b.isNext(m.Start) || otherOccasion(b.lower[ss.Start:m.Start]) {
				none = true
				return
			}
			found = ev
		})
		if none {
			return -1
		}
	}
	return found
}

// otherOccasion tells whether the clause that pre ends in (the text of a
// sentence up to an edition named after "at") places another occasion
// there than the talk the sentence tells of: a relative clause ("Jane Roe,
// who spoke at QuuxDays 2018 too, presented …", "the talk she gave at
// …": a pronoun that does not open the clause) or a comparison ("as at
// QuuxDays 2018, …", "like at …").
func otherOccasion(pre string) bool {
	if i := strings.LastIndexAny(pre, ",;(—–"); i >= 0 {
		pre = pre[i+1:]
	}
	for k, w := range strings.Fields(pre) {
		switch w {
		case "who", "whom", "which", "as", "like", "unlike":
			return true
		case "she", "he", "they", "i", "we":
			if k > 0 {
				return true
			}
		}
	}
	return false
}

// trimEditionLead returns the text of a talk's subject sp without an
// edition leading it ("spoke at QuuxDays 2018 about zorbs": "zorbs").
func (b *builder) trimEditionLead(sp Span) string {
	subj := b.text[sp.Start:sp.End]
	if !b.mentionOverlaps(sp.Start, sp.Start+1, vocab.Event) {
		return subj
	}
	for _, w := range []string{" about ", " on "} {
		if i := strings.Index(subj, w); i > 0 && i+len(w) < len(subj) {
			return subj[i+len(w):]
		}
	}
	return subj
}

// editionOfSection returns the edition the heading of the section holding
// pos names, when the nearest heading above it (or one of its parents)
// names exactly one edition of the post and no coming one: the talks of a
// "## QuuxDays" section of a post on several editions are QuuxDays'. -1
// when there is none.
func (b *builder) editionOfSection(pos int) int {
	secs := b.d.Sections
	k := sort.Search(len(secs), func(i int) bool { return secs[i].Start > pos }) - 1
	level := 1 << 30
	for ; k >= 0; k-- {
		h := secs[k]
		if h.Level > level {
			continue
		}
		level = h.Level
		if ev := b.editionNamedIn(h.Heading); ev != -1 {
			return ev // an edition, or -2: several
		}
		if level <= 1 {
			break
		}
	}
	return -1
}

// editionNamedIn returns the one edition of the post that heading names
// by its series, name or an alias (whole words); -1 for none, -2 for
// several or a coming one.
func (b *builder) editionNamedIn(heading string) int {
	if b.re.reNextCue.MatchString(heading) {
		return -1
	}
	found := -1
	for _, ev := range b.eventIdx {
		E := &b.res.Entities[ev]
		if E.Class != vocab.Event || E.Year == "" || b.canonical(ev) != ev || headingOtherYear(heading, E.Year) {
			continue
		}
		named := false
		for _, n := range append([]string{E.Series, E.Name}, E.Aliases...) {
			if len(n) >= 3 && len(wordIndexes(heading, n)) > 0 {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		if found >= 0 && found != ev {
			return -2
		}
		found = ev
	}
	return found
}
