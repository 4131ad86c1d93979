package resolve

import (
	"cmp"
	"slices"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/extract"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// No invented twins: a post that paraphrases a scheduled talk ("Jane Doe
// talked about production profiling") gets a described talk ("[Jane Doe
// on production profiling]") from extraction. When the post also names
// the official talk of that speaker at that edition, the description is
// that talk, not another one: it shares the official talk's words, or it
// stands in the official talk's stretch of the post (after its mention,
// before the next talk's).

// official is a talk of the post resolved to its schedule.
type official struct {
	t  *schedule.Talk
	ed *schedule.Edition
}

// mergeTwins gives every described talk of res that describes one of the
// official talks the identity (slug, title) of that talk and adds it to
// talks, so that it resolves to the same IRI and the schedule completes
// it like the official one.
func mergeTwins(res *extract.Result, talks map[int]official) {
	if len(talks) == 0 {
		return
	}
	perf := performers(res)
	// where each talk is first named, in text order
	type at struct{ pos, ent int }
	var order []at
	for i := range res.Entities {
		e := &res.Entities[i] // not a copy of the large Entity
		if e.Class != vocab.Talk {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > m.Start {
				order = append(order, at{m.Start, i})
				break
			}
		}
	}
	// (slices.SortFunc runs the same pdqsort as sort.Slice: equal
	// positions keep the order they had)
	slices.SortFunc(order, func(a, b at) int { return cmp.Compare(a.pos, b.pos) })
	prevOfficial := map[int]int{} // described talk -> the official talk named last before it, if no other talk is between
	for k, a := range order {
		if _, ok := talks[a.ent]; ok || k == 0 {
			continue
		}
		if _, ok := talks[order[k-1].ent]; ok {
			prevOfficial[a.ent] = order[k-1].ent
		}
	}
	// an official talk's speakers, folded
	speakers := map[int]speakerNames{}
	for i, o := range talks {
		speakers[i] = newSpeakerNames(o.t.Persons)
	}
	var names performerNames      // the performers' folded names, once each
	talkKeys := sortedKeys(talks) // kept sorted as the loop adds talks
	for d := range perf.len() {
		if perf.of(d) == nil {
			continue
		}
		D := res.Entities[d]
		if D.Class != vocab.Talk || D.Titled || D.Slug != "" {
			continue
		}
		if _, ok := talks[d]; ok {
			continue
		}
		var words map[string]bool // D's content words, once a talk needs them
		var byWords, bySpeaker []int
		for _, t := range talkKeys {
			o := talks[t]
			if D.Edition >= 0 && res.Entities[t].Edition != D.Edition && !sameEdition(res, D.Edition, res.Entities[t].Edition) {
				continue
			}
			sp, ok := speakers[t]
			if !ok {
				// a talk this loop gave an official identity: its
				// speakers' words only, no set of folded names (as
				// when speakers was a map of sets made before the loop)
				sp = speakerNames{words: newSpeakerNames(o.t.Persons).words}
				speakers[t] = sp
			}
			if !speaksAll(res, perf.of(d), sp, &names) {
				// right after the official talk, a handle or a first name
				// the schedule does not spell ("… talk by @jdoe") is its
				// speaker when the numbers agree
				if p, ok := prevOfficial[d]; !ok || p != t || !singleWords(res, perf.of(d), len(o.t.Persons)) {
					continue
				}
			}
			bySpeaker = append(bySpeaker, t)
			if words == nil {
				words = extract.ContentWords(D.Descr + " " + D.Name)
			}
			tw := extract.ContentWords(o.t.Title + " " + o.t.Subtitle + " " + res.Entities[t].Name)
			for w := range words {
				if tw[w] {
					byWords = append(byWords, t)
					break
				}
			}
		}
		target := -1
		switch {
		case len(byWords) == 1:
			target = byWords[0]
		case len(byWords) == 0 && len(bySpeaker) >= 1:
			if p, ok := prevOfficial[d]; ok && containsIdx(bySpeaker, p) {
				target = p
			} else if len(bySpeaker) == 1 && D.Descr == "" {
				// "a talk by X" says nothing but its speaker: X's one
				// official talk the post names
				target = bySpeaker[0]
			}
		}
		if target < 0 {
			continue
		}
		o := talks[target]
		e := &res.Entities[d]
		e.Aliases = extract.AppendUnique(e.Aliases, e.Name)
		e.Name, e.Titled, e.Slug, e.Edition = o.t.Title, true, o.t.Slug, res.Entities[target].Edition
		talks[d] = o
		k, _ := slices.BinarySearch(talkKeys, d)
		talkKeys = slices.Insert(talkKeys, k, d)
	}
}

// speaksAll tells whether every performer the post gives the described
// talk is one of the official speakers (by folded name, or by one name
// or a handle standing for exactly one of them).
func speaksAll(res *extract.Result, ps []int, official speakerNames, names *performerNames) bool {
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		pn := names.of(res, p)
		if official.folded[pn.folded] {
			continue
		}
		n := 0
		for _, fw := range official.words {
			if standsForWords(pn.words, fw) {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	return true
}

// speakerNames are the official speakers of a talk, folded: the set of
// their names, and each one's words.
type speakerNames struct {
	folded map[string]bool
	words  [][]string
}

func newSpeakerNames(ps []schedule.Person) speakerNames {
	s := speakerNames{folded: map[string]bool{}, words: make([][]string, len(ps))}
	for k, p := range ps {
		f := vocab.Fold(p.Name)
		s.folded[f] = true
		s.words[k] = strings.Fields(f)
	}
	return s
}

// performerName is a performer's name folded, and its words as standsFor
// reads a short name (shortWords).
type performerName struct {
	folded string
	words  []string
}

// performerNames remembers the performerName of each entity asked for:
// mergeTwins asks about the same performers for every official talk.
type performerNames map[int]performerName

func (m *performerNames) of(res *extract.Result, p int) performerName {
	if pn, ok := (*m)[p]; ok {
		return pn
	}
	if *m == nil {
		*m = performerNames{}
	}
	name := res.Entities[p].Name
	pn := performerName{vocab.Fold(name), shortWords(name)}
	(*m)[p] = pn
	return pn
}

// singleWords tells whether the performers ps are at most n one-word
// names (handles, first names).
func singleWords(res *extract.Result, ps []int, n int) bool {
	if len(ps) == 0 || len(ps) > n {
		return false
	}
	for _, p := range ps {
		if !oneWord(res.Entities[p].Name) {
			return false
		}
	}
	return true
}

func sameEdition(res *extract.Result, a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	ea, eb := res.Entities[a], res.Entities[b]
	return vocab.EventKey(ea.Series, ea.Year) == vocab.EventKey(eb.Series, eb.Year)
}

func containsIdx(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// performers returns, for each entity of res, the entities its performer
// relations point to: performerLists with only entities.
func performers(res *extract.Result) perfLists {
	return performerLists(res, true)
}

// perfLists holds the performer lists of a post's entities in one array:
// entity i's are to[off[i]:off[i+1]], in the order of the relations. Two
// small arrays without pointers, where a slice per entity made the
// garbage collector walk one per entity of a long post.
type perfLists struct {
	off []int32
	to  []int
}

// len is the number of entities.
func (p perfLists) len() int { return max(0, len(p.off)-1) }

// of returns entity i's performers (nil for none), capped at their length:
// appending to them copies them.
func (p perfLists) of(i int) []int {
	if i < 0 || i+1 >= len(p.off) || p.off[i] == p.off[i+1] {
		return nil
	}
	return p.to[p.off[i]:p.off[i+1]:p.off[i+1]]
}

// performerLists returns, for each entity of res, the entities its
// performer relations point to, in the order of the relations (only those
// that are entities when onlyEntities is set).
func performerLists(res *extract.Result, onlyEntities bool) perfLists {
	n := len(res.Entities)
	keep := func(rl *extract.Relation) bool {
		return rl.Pred == extract.Performer && rl.From >= 0 && rl.From < n && (!onlyEntities || rl.To >= 0 && rl.To < n)
	}
	off := make([]int32, n+1)
	total := 0
	for i := range res.Relations {
		if rl := &res.Relations[i]; keep(rl) {
			off[rl.From+1]++
			total++
		}
	}
	if total == 0 {
		return perfLists{off: off}
	}
	for i := 1; i <= n; i++ {
		off[i] += off[i-1]
	}
	to := make([]int, total)
	// next[i] is where entity i's next performer goes: off[i] moved up
	// as they are written, then restored from the counts
	next := off[:n]
	for i := range res.Relations {
		if rl := &res.Relations[i]; keep(rl) {
			to[next[rl.From]] = rl.To
			next[rl.From]++
		}
	}
	// next[i] is now off[i+1]: shift back
	copy(off[1:], off[:n])
	off[0] = 0
	return perfLists{off: off, to: to}
}
