package extract

import (
	"strings"
	"sync"

	"github.com/talkgraph/talkgraph/graph/vocab"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

// Cues of where an edition took place that the shared place cues
// (rules.go) leave out:
//   - travel to the place: "off to X for the conference", "coming to X",
//     "the train to X" (not "moving to X": a person's life);
//   - the place named by what kind of place it is: "held in the cozy town
//     of X", "took place in the city of X";
//   - a known place right after an edition's name, set off by a comma,
//     parentheses or a dash: "EuroSnake 2019, Basel", "EuroSnake 2019
//     (Basel)", "EuroSnake 2019 - Basel";
//   - a place named as the venue: "hosted on a different venue, the Acme
//     Institute of Gondor", "the venue: Blue Hall", "The Blue Hall is an
//     amazing venue"; it is a Place even where a rule took it for an
//     organisation, and the edition of the sentence (or the post's) took
//     place there;
//   - "happening at X in Y": the post's edition happens in Y;
//   - the edition comes to the place: "<Event> moved to X", "the
//     conference returned to X", "came back to X" (not a person's move:
//     "I moved to X after <Event>"; a coming edition's is none:
//     nextEdition); the place hosts it: "X hosted <Event>" (hostsEdition);
//   - "next month", "next week" date the post's own edition, not a coming
//     one ("early next month I'll be off to X for <Event>");
//   - a sentence that dates what it tells to another time ("the summit in
//     X last year", "in 2016 it was in X") speaks of another edition, so a
//     place in it is not the post's edition's.

// placeCues holds the compiled patterns of this file.
type placeCues struct {
	travel   *regexp.Regexp // before a place: "off to"
	kindOf   *regexp.Regexp // after an edition: "was held in the cozy town of X"
	otherDay *regexp.Regexp // a sentence dated to another time
	year     *regexp.Regexp
	next     *regexp.Regexp // "next", and the near time it may name ("next month")
	after    *regexp.Regexp // a place set off after an edition's name
	venueOf  *regexp.Regexp // "venue, the X"
	isVenue  *regexp.Regexp // "The X is an amazing venue"
	happen   *regexp.Regexp // words that say the post's edition happens somewhere
	hosts    *regexp.Regexp // after a place: "X hosted <Event>"
	moves    *regexp.Regexp // before a place: "<Event> moved to X"
}

// venueRun is a venue's name: capitalised words, with the particles of
// names of places between them ("Théâtre de Paris", "University of
// Gondor").
const venueRun = `\p{Lu}[\p{L}'’.-]*\p{L}(?:[ \t\n]+(?:(?:of|de|du|des|la|le|di|del|am|an|the)[ \t\n]+)?\p{Lu}[\p{L}'’.-]*\p{L}){0,4}`

// cuesOfPlace returns the patterns of placeCues, compiled on first use
// (not at every command's start-up) and never written after.
var cuesOfPlace = sync.OnceValue(func() *placeCues {
	return &placeCues{
		travel:   regexp.MustCompile(`(?i)\b(?:off|going|go|goes|come|comes|coming|came|ride|train|bus|drive|driving)[ \t]+to[ \t]+(?:the[ \t]+)?$`),
		hosts:    regexp.MustCompile(`^[ \t]+(?:hosted|hosts|welcomed|welcomes)[ \t]`),
		moves:    regexp.MustCompile(`(?i)(?:\b(?:conference|event|edition|summit|meetup|it)[ \t]+|[\p{L}\d][ \t]+)(?:has[ \t]+|had[ \t]+)?(?:moved|moves|returned|returns|(?:came|comes|is|was)[ \t]+back)[ \t]+to[ \t]+(?:the[ \t]+)?$`),
		kindOf:   regexp.MustCompile(`^[ \t]*(?:,[^,.\n]{0,60},[ \t]*)?(?:was|were|is|will[ \t]+be|has[ \t]+been)?[ \t]*(?:held|took[ \t]+place|takes[ \t]+place|happened|hosted)[ \t]+(?:in|at)[ \t]+the[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}(?:town|city|village|capital|heart|centre|center|campus|region|country)[ \t]+of[ \t]+(` + placeRun + `)`),
		otherDay: regexp.MustCompile(`(?i)\b(?:last|next|previous|past|coming|following)[ \t]+(?:year|years|edition|editions|time|spring|summer|autumn|fall|winter)\b|\byears?[ \t]+ago\b`),
		year:     regexp.MustCompile(`\b(?:19|20)\d\d\b`),
		after:    regexp.MustCompile(`^(?:,[ \t]+|[ \t]*\([ \t]*|[ \t]+[-–—][ \t]+)(` + placeRun + `)(?:[ \t]*[),.;:\n]|[ \t]*$)`),
		venueOf:  regexp.MustCompile(`\bvenue(?:[ \t]*[,:][ \t]*|[ \t]+(?:was|is)[ \t]+)(?:the[ \t]+)?(` + venueRun + `)`),
		isVenue:  regexp.MustCompile(`^(?:The[ \t]+)?(` + venueRun + `)[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}(?:venue|location)\b`),
		happen:   regexp.MustCompile(`(?i)\bhappen(?:s|ed|ing)?\b`),
		next:     regexp.MustCompile(`(?i)\bnext\b(?:[ \t]+(week|weekend|month|days|few[ \t]+days|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)?`),
	}
})

// nextEdition tells whether the sentence holding pos speaks of a coming
// edition (isNext), not of the days before the post's own ("early next
// month, I'll be off to X").
func (b *builder) nextEdition(pos int) bool {
	if !b.isNext(pos) {
		return false
	}
	// the words just before pos (a bounded window: a sentence may be a
	// whole one-line post); a "next" farther away still counts
	s := b.sentence(pos)
	from := max(s.Start, pos-nearWindow)
	ms := cuesOfPlace().next.FindAllStringSubmatchIndex(b.text[from:pos], -1)
	if len(ms) == 0 {
		return true
	}
	for _, m := range ms {
		if m[2] < 0 {
			return true // a bare "next": "next year", "the next edition"
		}
	}
	return false
}

// nearWindow is how far around a place its sentence's words are read for
// the time they date it to.
const nearWindow = 160

// travelCue tells whether the words before pos say someone travels to the
// place named there ("off to X").
func (b *builder) travelCue(pos int) bool {
	return cuesOfPlace().travel.MatchString(b.text[max(0, pos-30):pos])
}

// heldInKindOf finds "<Event> was held in the cozy town of X" after the
// mentions of the editions, and states where they took place.
func (b *builder) heldInKindOf() {
	b.editionSentences(func(i int, mm Mention, ss Span) {
		if !heldLead(b.text[mm.End:ss.End]) {
			return // the pattern cannot match: not compiled for nothing
		}
		m := cuesOfPlace().kindOf.FindStringSubmatchIndex(b.text[mm.End:ss.End])
		if m == nil || b.re.reNotThere.MatchString(b.text[mm.End:mm.End+m[2]]) {
			return
		}
		if p := b.placeAt(mm.End+m[2], mm.End+m[3], false); p >= 0 {
			b.rel(Location, i, p, ss.Start, ss.End, "location:held-in-kind-of", 0.8)
		}
	})
}

// otherTime tells whether sentence ss, near pos, dates what it tells to a
// time other than the post's edition: "last year", "years ago", a year
// that is not the edition's.
func (b *builder) otherTime(ss Span, pos int) bool {
	s := b.text[max(ss.Start, pos-nearWindow):min(ss.End, pos+nearWindow)]
	if cuesOfPlace().otherDay.MatchString(s) {
		return true
	}
	if b.year == "" {
		return false
	}
	for _, y := range cuesOfPlace().year.FindAllString(s, -1) {
		if y != b.year {
			return true
		}
	}
	return false
}

// dropUnstatedNamePlaces removes the places known only from an edition's
// own name ("Europe" of "LinuxCon Europe") once the post states where the
// edition took place and that location was dropped (dropNameLocations).
func (b *builder) dropUnstatedNamePlaces() {
	located := map[int]bool{}
	for _, r := range b.res.Relations {
		if r.Pred == Location {
			located[r.To] = true
		}
	}
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Place || located[i] || len(e.Mentions) == 0 || b.canonical(i) != i {
			continue
		}
		onlyName := true
		for _, m := range e.Mentions {
			if !strings.HasPrefix(m.Rule, "place:in-event-name") {
				onlyName = false
				break
			}
		}
		if onlyName {
			e.drop()
		}
	}
}

// adjacentPlaces states the known place set off right after an edition's
// name ("EuroSnake 2019, Basel", "EuroSnake 2019 (Basel)").
func (b *builder) adjacentPlaces() {
	for i := range b.res.Entities {
		e := b.res.Entities[i]
		if e.Class != vocab.Event {
			continue
		}
		for _, mm := range e.Mentions {
			if mm.End <= mm.Start || b.nextEdition(mm.Start) {
				continue
			}
			m := cuesOfPlace().after.FindStringSubmatchIndex(b.text[mm.End:min(len(b.text), mm.End+80)])
			if m == nil {
				continue
			}
			ps := mm.End + m[2]
			t, ok := b.termIn(ps, ps+1)
			if !ok || t.Start != ps || t.Class != vocab.Place || t.End > mm.End+m[3] {
				continue
			}
			if p := b.placeAt(t.Start, t.End, true); p >= 0 {
				b.rel(Location, i, p, mm.Start, t.End, "location:event-comma-place", 0.75)
			}
		}
	}
}

// venues makes Places of the names the post calls a venue, and states that
// the edition of their sentence (or the post's) took place there.
func (b *builder) venues() {
	for _, ss := range b.sents {
		if b.stopped() {
			return
		}
		sent := b.text[ss.Start:ss.End]
		if !strings.Contains(sent, "venue") && !strings.Contains(sent, "location") {
			continue
		}
		var at [][]int
		for _, m := range cuesOfPlace().venueOf.FindAllStringSubmatchIndex(sent, -1) {
			at = append(at, []int{ss.Start + m[2], ss.Start + m[3]})
		}
		lead := strings.TrimLeft(sent, " \t\n*-")
		if m := cuesOfPlace().isVenue.FindStringSubmatchIndex(lead); m != nil {
			off := ss.Start + len(sent) - len(lead)
			at = append(at, []int{off + m[2], off + m[3]})
		}
		for _, v := range at {
			b.venueAt(ss, v[0], v[1])
		}
	}
}

// venueAt makes a Place of the venue named at [s,e) of sentence ss.
func (b *builder) venueAt(ss Span, s, e int) {
	name := strings.Join(strings.Fields(b.text[s:e]), " ")
	if leadStop[name] || notName[name] || b.mentionOverlaps(s, e, vocab.Person) || b.mentionOverlaps(s, e, vocab.Event) || b.isNext(s) {
		return
	}
	if b.isTerm(name, vocab.Technology) {
		return
	}
	// an organisation a rule read there (a university) is the venue
	j := -1
	for _, k := range b.entitiesIn(s, e, vocab.Organization) {
		if fold(strings.Join(strings.Fields(b.res.Entities[k].Name), " ")) == fold(name) && len(b.relsTo(k)) == 0 {
			b.res.Entities[k].Class = vocab.Place
			j = k
			break
		}
	}
	if j < 0 {
		var ok bool
		if j, ok = b.lookup(vocab.Place, fold(name)); !ok {
			j = b.entity(vocab.Place, name, fold(name))
		}
	}
	b.mention(j, s, e, "place:named-venue", 0.7)
	ev := -1
	for _, k := range b.entitiesIn(ss.Start, ss.End, vocab.Event) {
		if k == b.main || ev < 0 {
			ev = k
		}
	}
	if ev < 0 {
		ev = b.main
	}
	if ev >= 0 && !b.otherTime(ss, s) {
		b.rel(Location, ev, j, ss.Start, ss.End, "location:named-venue", 0.7)
	}
}

// relsTo returns the relations that end at entity k.
func (b *builder) relsTo(k int) []Relation {
	var out []Relation
	for _, r := range b.res.Relations {
		if r.To == k {
			out = append(out, r)
		}
	}
	return out
}

// hostsEdition tells whether the place named at [s,e) is said to host an
// edition: "X hosted <Event> this year" (an edition named after it), "<Event>
// moved to X", "the conference returned to X" (the edition or an event
// word right before the verb).
func (b *builder) hostsEdition(s, e int) bool {
	ss := b.sentence(s)
	if b.re.reNotThere.MatchString(b.text[ss.Start:ss.End]) {
		return false
	}
	if cuesOfPlace().hosts.MatchString(b.text[e:min(len(b.text), e+20)]) {
		return len(b.entitiesIn(e, ss.End, vocab.Event)) > 0
	}
	pre := b.text[max(ss.Start, s-60):s]
	m := cuesOfPlace().moves.FindStringIndex(pre)
	if m == nil {
		return false
	}
	if w := strings.ToLower(strings.TrimSpace(pre[m[0]:])); strings.HasPrefix(w, "conference") || strings.HasPrefix(w, "event") ||
		strings.HasPrefix(w, "edition") || strings.HasPrefix(w, "summit") || strings.HasPrefix(w, "meetup") || strings.HasPrefix(w, "it ") {
		return b.main >= 0 || len(b.entitiesIn(ss.Start, ss.End, vocab.Event)) > 0
	}
	// the edition's name ends right before the verb
	at := max(ss.Start, s-60) + m[0]
	return b.mentionOverlaps(at, at+1, vocab.Event)
}
