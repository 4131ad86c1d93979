package extract

import "github.com/talkgraph/talkgraph/graph/vocab"

// mergeSpeakerTwins folds every talk the post knows only by a description
// ("[Jane Roe on widgets]", "[Talk by Jane Roe]") into the one titled talk
// of the same edition that the same speakers give: a write-up that lists
// a talk by its title and then tells of it ("Jane explained widgets")
// names one talk, not two. It runs once first names have joined their
// full names, so that "Jane" under the heading of Jane Roe's talk is her.
// A speaker with two titled talks of the edition keeps the description
// apart (it may be either).
func (b *builder) mergeSpeakerTwins() {
	perfs := b.performers()
	edition := b.talkEditions()
	// titled talks by (canonical) performer
	titledBy := map[int][]int{}
	for l := range b.res.Entities {
		L := &b.res.Entities[l] // not a copy of the large Entity
		if L.Class != vocab.Talk || b.canonical(l) != l || !L.Titled && L.Slug == "" {
			continue
		}
		for _, p := range perfs[l] {
			if !containsInt(titledBy[p], l) {
				titledBy[p] = append(titledBy[p], l)
			}
		}
	}
	for d := range b.res.Entities {
		D := &b.res.Entities[d] // not a copy of the large Entity
		if D.Class != vocab.Talk || b.canonical(d) != d || D.Titled || D.Slug != "" || len(perfs[d]) == 0 {
			continue
		}
		best := -1
		for _, l := range titledBy[perfs[d][0]] {
			if edition[l] != edition[d] || !allIn(perfs[d], perfs[l]) {
				continue
			}
			if best >= 0 {
				best = -2 // two titled talks: either one
				break
			}
			best = l
		}
		if best >= 0 {
			b.mergeTalk(best, d)
		}
	}
}

// talkEditions returns the edition of each talk: its Edition, or the
// event its superEvent relation names (-1 when neither is known).
func (b *builder) talkEditions() map[int]int {
	out := map[int]int{}
	for t := range b.res.Entities {
		T := &b.res.Entities[t] // not a copy of the large Entity
		if T.Class == vocab.Talk && T.Edition >= 0 {
			out[t] = b.canonical(T.Edition)
		}
	}
	for _, r := range b.res.Relations {
		if r.Pred != SuperEvent || r.From < 0 || r.To < 0 {
			continue
		}
		t, e := b.canonical(r.From), b.canonical(r.To)
		if _, ok := out[t]; !ok && b.res.Entities[t].Class == vocab.Talk && b.res.Entities[e].Class == vocab.Event {
			out[t] = e
		}
	}
	for t := range b.res.Entities {
		T := &b.res.Entities[t] // not a copy of the large Entity
		if _, ok := out[t]; !ok && T.Class == vocab.Talk {
			out[t] = -1
		}
	}
	return out
}

// allIn tells whether every element of a is in b.
func allIn(a, b []int) bool {
	for _, x := range a {
		if !containsInt(b, x) {
			return false
		}
	}
	return true
}
