package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

// placeRun is one to three capitalised words.
const placeRun = `\p{Lu}[\p{L}'’.-]*\p{L}(?:[ \t]+\p{Lu}[\p{L}'’.-]*\p{L}){0,2}`

// locations states where editions took place: "<Event> was held in X" and
// "<Event> in X" in a title, a place named with "in"/"at" in a sentence
// about the edition, and the edition's city or venue (as official
// schedules give them) where the post names them as where it happened.
// "X, Country" names two places; the edition is in both. A place named
// as where an edition did not happen ("online, instead of X") is none.
func (b *builder) locations() {
	countries := map[int]bool{}  // places named as the country of a pair
	pairCountry := map[int]int{} // the country named after a city ("Ghent, Belgium")
	// "X, Country" pairs after "in"/"at": the country is a known place
	for _, t := range b.terms {
		if t.Class != vocab.Place || t.Start < 2 || b.text[t.Start-2:t.Start] != ", " {
			continue
		}
		ws := max(0, t.Start-70)
		m := b.re.rePlacePair.FindStringSubmatchIndex(b.text[ws:t.Start])
		if m == nil {
			continue
		}
		c := b.placeAt(t.Start, t.End, true)
		if c < 0 {
			continue
		}
		if p := b.placeAt(ws+m[2], ws+m[3], false); p >= 0 {
			countries[c] = true
			if p != c {
				pairCountry[p] = c
			}
		}
	}
	// "<Event> was held in X"
	b.editionSentences(func(i int, mm Mention, ss Span) {
		if !heldLead(b.text[mm.End:ss.End]) {
			return // reHeldIn cannot match: not compiled for nothing
		}
		m := b.re.reHeldIn.FindStringSubmatchIndex(b.text[mm.End:ss.End])
		if m == nil || b.re.reNotThere.MatchString(b.text[mm.End:mm.End+m[2]]) {
			return
		}
		p := b.placeAt(mm.End+m[2], mm.End+m[3], false)
		if p < 0 {
			return
		}
		if m[4] >= 0 {
			if c := b.placeAt(mm.End+m[4], mm.End+m[5], true); c >= 0 {
				countries[c] = true
				if c != p {
					pairCountry[p] = c
				}
			}
		}
		b.rel(Location, i, p, ss.Start, ss.End, "location:held-in", 0.85)
	})
	b.heldInKindOf()
	b.adjacentPlaces()
	b.venues()
	// "<Event> in X" in the title
	if t := b.d.Title; t != "" && strings.Contains(t, " in ") {
		for i := range b.res.Entities {
			e := b.res.Entities[i]
			if e.Class != vocab.Event || !e.Main {
				continue
			}
			for _, a := range e.Aliases {
				k := strings.Index(t, a)
				if a == "" || k < 0 {
					continue
				}
				m := b.re.reTitleIn.FindStringSubmatchIndex(t[k+len(a):])
				if m == nil {
					continue
				}
				name := t[k+len(a)+m[2] : k+len(a)+m[3]]
				p := b.placeNamed(name, false)
				if p < 0 {
					continue
				}
				if m[4] >= 0 {
					if c := b.placeNamed(t[k+len(a)+m[4]:k+len(a)+m[5]], true); c >= 0 {
						countries[c] = true
						if c != p {
							pairCountry[p] = c
						}
					}
				}
				b.rel(Location, i, p, 0, 0, "location:title-event-in", 0.8)
				break
			}
		}
	}
	if b.x.cfg.Venues != nil {
		for i := range b.res.Entities {
			e := b.res.Entities[i]
			if e.Class != vocab.Event || !e.Main {
				continue
			}
			for _, v := range b.x.cfg.Venues(e.Series, e.Year) {
				for _, at := range wordIndexes(b.text, v) {
					// only where the post says the edition happened there
					if !b.placeOfEvent(at) {
						continue
					}
					j, ok := b.lookup(vocab.Place, fold(v))
					if !ok {
						j = b.entity(vocab.Place, v, fold(v))
					}
					b.mention(j, at, at+len(v), "place:edition-venue", 0.8)
					ss := b.sentence(at)
					b.rel(Location, i, j, ss.Start, ss.End, "location:schedule-venue", 0.8)
				}
			}
		}
	}
	for j, p := range b.res.Entities {
		if p.Class != vocab.Place || countries[j] {
			continue
		}
		for _, m := range p.Mentions {
			if m.End <= m.Start || !b.placeOfEvent(m.Start) && !b.hostsEdition(m.Start, m.End) || b.inEventName(m.Start, m.End) || b.residencePlace(m.Start, m.End) {
				continue
			}
			ss := b.sentence(m.Start)
			// the sentence's edition: the post's own, else the first not
			// named to date something else ("the days after FOSDEM"); the
			// post's own named only to date it ("after <Event> I spent two
			// days in X") is none
			ev := b.editionRightBefore(m.Start, ss)
			dating := false
			for _, k := range b.entitiesIn(ss.Start, ss.End, vocab.Event) {
				if ev >= 0 {
					break
				}
				if k == b.main {
					if b.relTimeIn(k, ss) {
						dating = true
						continue
					}
					ev = k
					break
				}
				if ev < 0 && !b.relTimeIn(k, ss) {
					ev = k
				}
			}
			// the post's edition, unless the sentence dates what it tells
			// to another time ("the summit in X last year")
			if ev < 0 && !dating && b.main >= 0 && !b.otherTime(ss, m.Start) {
				ev = b.main
			}
			if ev < 0 || b.nextEdition(m.Start) {
				continue
			}
			b.rel(Location, ev, j, ss.Start, ss.End, "location:in-sentence", 0.65)
		}
	}
	b.dropLoneSentencePlaces()
	// "in Ghent, Belgium": the edition is in the country too
	if len(pairCountry) > 0 {
		for _, r := range b.res.Relations {
			if c, ok := pairCountry[r.To]; ok && r.Pred == Location && r.Rule != "location:event-name" {
				b.rel(Location, r.From, c, r.Start, r.End, "location:city-country", r.Confidence-0.05)
			}
		}
	}
	b.dropNameLocations()
	b.dropUnstatedNamePlaces()
}

// dropNameLocations removes a location read off an event's own name
// ("Vue.js Amsterdam" is in Amsterdam) when the post states where that
// edition took place: "PyCon US 2022 took place in Salt Lake City" is in
// Salt Lake City, and "US" only names the edition.
func (b *builder) dropNameLocations() {
	stated := map[int]bool{}
	for _, r := range b.res.Relations {
		if r.Pred == Location && r.Rule != "location:event-name" {
			stated[r.From] = true
		}
	}
	out := b.res.Relations[:0]
	for _, r := range b.res.Relations {
		if r.Pred == Location && r.Rule == "location:event-name" && stated[r.From] {
			continue
		}
		out = append(out, r)
	}
	b.res.Relations = out
	b.relsOf.reset() // indexes changed: merges look at every relation from now on
}

// inEventName tells whether text[s:e] lies inside a mention of an event's
// name: the region in "PyCon US 2022" or "DevConf EU" names the edition, it
// does not say where it took place.
func (b *builder) inEventName(s, e int) bool {
	for k := range b.res.Entities {
		ent := &b.res.Entities[k] // not a copy of the large Entity
		if ent.Class != vocab.Event {
			continue
		}
		for _, m := range ent.Mentions {
			if m.Start <= s && e <= m.End && m.End > m.Start {
				return true
			}
		}
	}
	return false
}

// relTimeIn tells whether every mention of event k in sentence ss only
// dates something else ("after FOSDEM").
func (b *builder) relTimeIn(k int, ss Span) bool {
	for _, m := range b.res.Entities[k].Mentions {
		if m.Start >= ss.Start && m.End <= ss.End && m.End > m.Start && !b.re.reRelTime.MatchString(b.text[max(0, m.Start-30):m.Start]) {
			return false
		}
	}
	return true
}

// placeOfEvent tells whether the place named at pos is named as where an
// edition happens: after "in"/"at", in a sentence naming an edition or an
// event word, and not as where it did not ("online, instead of X").
func (b *builder) placeOfEvent(pos int) bool {
	if !b.re.rePlaceCue.MatchString(b.text[max(0, pos-40):pos]) && !b.travelCue(pos) {
		return false
	}
	ss := b.sentence(pos)
	if b.re.reNotThere.MatchString(b.text[ss.Start:pos]) {
		return false
	}
	return len(b.entitiesIn(ss.Start, ss.End, vocab.Event)) > 0 || b.main >= 0 && (b.re.reEventRef.MatchString(b.text[ss.Start:ss.End]) || cuesOfPlace().happen.MatchString(b.text[ss.Start:ss.End]))
}

// placeAt returns the Place entity named at [s,e) (a gazetteer place, or
// any capitalised name when known is false), with a mention; -1 when the
// words name something else.
func (b *builder) placeAt(s, e int, known bool) int {
	name := b.text[s:e]
	if t, ok := b.termIn(s, e); ok && t.Start == s && t.End == e {
		if t.Class != vocab.Place {
			return -1
		}
		name = t.Name
	} else if known || b.isClaimed(s, e) || !b.plausiblePlace(name) {
		return -1
	}
	j, ok := b.lookup(vocab.Place, fold(name))
	if !ok {
		j = b.entity(vocab.Place, name, fold(name))
	}
	b.mention(j, s, e, "place:event-place", 0.75)
	return j
}

// placeNamed returns the Place entity named name (in the title): the
// gazetteer's place, or any plausible name when known is false; it is
// mentioned where the text names it, if it does.
func (b *builder) placeNamed(name string, known bool) int {
	canon := name
	isPlace := false
	for _, t := range b.x.cfg.lexiconFind(termProbe + name) {
		if t.Start == len(termProbe) && t.End == len(termProbe)+len(name) && !t.Loose {
			if t.Class != vocab.Place {
				return -1
			}
			canon, isPlace = t.Name, true
		}
	}
	if !isPlace && (known || !b.plausiblePlace(name)) {
		return -1
	}
	j, ok := b.lookup(vocab.Place, fold(canon))
	if !ok {
		j = b.entity(vocab.Place, canon, fold(canon))
	}
	if at := wordIndexes(b.text, name); len(at) > 0 {
		b.mention(j, at[0], at[0]+len(name), "place:event-place", 0.7)
	} else {
		b.mention(j, 0, 0, "place:title", 0.7)
	}
	return j
}

// plausiblePlace tells whether a capitalised phrase may be a place name
// the gazetteer does not know: no stop word, no known non-place name.
func (b *builder) plausiblePlace(name string) bool {
	for _, w := range strings.Fields(name) {
		if leadStop[w] || notName[w] || eventSuffixWords[w] {
			return false
		}
	}
	if _, ok := b.lookup(vocab.Person, fold(name)); ok {
		return false
	}
	if _, ok := b.lookup(vocab.Organization, fold(name)); ok {
		return false
	}
	return !b.isTerm(name, vocab.Technology, vocab.Organization)
}

// wordIndexes returns where w occurs in text as a whole word.
func wordIndexes(text, w string) []int {
	var out []int
	if w == "" {
		return nil
	}
	from := 0
	for {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return out
		}
		i += from
		j := i + len(w)
		if (i == 0 || !isWordByte(text[i-1])) && (j >= len(text) || !isWordByte(text[j])) {
			out = append(out, i)
		}
		from = j
	}
}

// wordIndexesPlural is wordIndexes of w and of w+"s" in one scan of text:
// an occurrence of w+"s" starts with one of w. w must not overlap itself
// (no proper prefix of w is also its suffix), as "talk" or "colleague":
// then the occurrences of w, found left to right without overlap, are all
// of them.
func wordIndexesPlural(text, w string) (sing, plural []int) {
	if w == "" {
		return nil, nil
	}
	from := 0
	for {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return sing, plural
		}
		i += from
		j := i + len(w)
		if i == 0 || !isWordByte(text[i-1]) {
			switch {
			case j >= len(text) || !isWordByte(text[j]):
				sing = append(sing, i)
			case text[j] == 's' && (j+1 >= len(text) || !isWordByte(text[j+1])):
				plural = append(plural, i)
			}
		}
		from = j
	}
}

// finish drops merged entities, renumbers relations and ties each track to
// its edition.
func (b *builder) finish() {
	b.dropPersonTerms()
	b.dropFirstNameTerms()
	b.dropTermsInNames()
	ents := b.res.Entities
	// every entity's canonical one, found before the entities move:
	// canonical reads the merged ones, which the compaction overwrites
	canon := make([]int, len(ents))
	for i := range ents {
		canon[i] = b.canonical(i)
	}
	// the kept entities move down in place (to an index never above
	// their own: the ones overwritten were read already), not into a
	// copy of the whole large slice
	remap := make([]int, len(ents))
	out := ents[:0]
	for i := range ents {
		if ents[i].Class == "" {
			remap[i] = -1
			continue
		}
		remap[i] = len(out)
		if len(out) != i {
			ents[len(out)] = ents[i]
		}
		out = out[:len(out)+1]
	}
	clear(ents[len(out):]) // the moved and the dropped ones hold nothing
	fix := func(i int) int {
		if i < 0 {
			return i
		}
		if i >= len(canon) {
			return remap[b.canonical(i)] // as before: out of range fails alike
		}
		if c := canon[i]; c >= 0 {
			return remap[c]
		}
		return -1 // dropped, merged into nothing
	}
	for i := range out {
		if out[i].Edition >= 0 {
			out[i].Edition = fix(out[i].Edition)
		}
	}
	// sized for the relations: a post dense with names regrew it
	seen := relSet{known: make(map[uint64]struct{}, len(b.res.Relations))}
	// the kept relations move down in place too (r is read before its
	// slot or an earlier one is written)
	rels := b.res.Relations[:0]
	for _, r := range b.res.Relations {
		r.From, r.To = fix(r.From), fix(r.To)
		if r.To < 0 || (r.From < 0 && r.Pred != Author) || r.From == r.To {
			continue
		}
		if !seen.add(r.Pred, r.From, r.To) {
			continue
		}
		rels = append(rels, r)
	}
	for i := range out {
		e := &out[i] // not a copy of the large Entity
		if e.Class == vocab.Track && e.Edition >= 0 {
			if seen.add(SuperEvent, i, e.Edition) {
				s, en := 0, 0
				if len(e.Mentions) > 0 {
					s, en = e.Mentions[0].Start, e.Mentions[0].End
				}
				rels = append(rels, Relation{Pred: SuperEvent, From: i, To: e.Edition, Start: s, End: en, Rule: "track:of-edition", Confidence: 0.9})
			}
		}
	}
	if len(out) == 0 {
		out = nil // as before the preallocation: no entities is a nil list
	}
	if len(rels) == 0 {
		rels = nil
	}
	b.res.Entities, b.res.Relations = out, rels
}

// editionSentences calls fn with every mention of an edition that stands
// inside one sentence not about a coming edition, and that sentence: the
// places of "<Event> was held in X" are read after it.
func (b *builder) editionSentences(fn func(i int, mm Mention, ss Span)) {
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class != vocab.Event {
			continue
		}
		for _, mm := range e.Mentions {
			if mm.End <= mm.Start {
				continue
			}
			ss := b.sentence(mm.Start)
			if mm.End > ss.End || b.isNext(mm.Start) {
				continue
			}
			fn(i, mm, ss)
		}
	}
}

// reInBefore: what stands between an edition and its place ("Zorbmeet 2021
// in Fooville", "… in Fooville, Quuxland").
var reInBefore = regexp.MustCompile(`^[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2},[ \t]*)?$`)

// editionRightBefore returns the reported edition named in sentence ss
// right before the place at pos ("I went to A 2021 in X and B 2021 in Y":
// Y is B's), or -1.
func (b *builder) editionRightBefore(pos int, ss Span) int {
	best, bestEnd := -1, -1
	for _, k := range b.entitiesIn(ss.Start, ss.End, vocab.Event) {
		if !b.res.Entities[k].Main {
			continue
		}
		for _, mm := range b.res.Entities[k].Mentions {
			if mm.End <= mm.Start || mm.End > pos || mm.Start < ss.Start || mm.End <= bestEnd || pos-mm.End > 60 {
				continue
			}
			if reInBefore.MatchString(b.text[mm.End:pos]) {
				best, bestEnd = k, mm.End
			}
		}
	}
	return best
}

// heldLead is a cheap test that reHeldIn and the kind-of cue of
// cuesOfPlace need of the text after an edition's name: after blanks, an
// optional clause ", …," (which ends at the first ',', '.' or newline
// after its first comma), blanks, an optional "was", "were", "is", "will
// be" or "has been" and blanks, it starts with "held", "took", "takes",
// "happened" or "hosted". TestHeldLead checks that neither pattern matches
// a text it refuses.
func heldLead(s string) bool {
	s = strings.TrimLeft(s, " \t")
	if heldVerbLead(s) {
		return true
	}
	if !strings.HasPrefix(s, ",") {
		return false
	}
	e := strings.IndexAny(s[1:], ",.\n")
	if e < 0 || s[1+e] != ',' || utf8.RuneCountInString(s[1:1+e]) > 60 {
		return false
	}
	return heldVerbLead(strings.TrimLeft(s[1+e+1:], " \t"))
}

// heldVerbLead tells whether s starts with reHeldIn's optional auxiliary
// and blanks, then one of its verbs' first words.
func heldVerbLead(s string) bool {
	for _, aux := range []string{"", "was", "were", "is", "will", "has"} {
		r, ok := strings.CutPrefix(s, aux)
		if !ok {
			continue
		}
		switch aux {
		case "will", "has":
			t := strings.TrimLeft(r, " \t")
			if len(t) == len(r) {
				continue
			}
			w := "be"
			if aux == "has" {
				w = "been"
			}
			if r, ok = strings.CutPrefix(t, w); !ok {
				continue
			}
		}
		r = strings.TrimLeft(r, " \t")
		for _, v := range []string{"held", "took", "takes", "happened", "hosted"} {
			if strings.HasPrefix(r, v) {
				return true
			}
		}
	}
	return false
}
