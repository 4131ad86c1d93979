package extract

import "sort"

// mentionPos indexes the mentions of one entity by start and by end: the
// first of its mentions (in their order) at each position. Mentions are
// only ever appended (a merge moves all of them at once), so the index
// grows with them; it is built again when they shrink or move.
type mentionPos struct {
	n       int      // how many of the entity's mentions are indexed
	first   *Mention // the mentions' first element when indexed
	byStart map[int]int
	byEnd   map[int]int
}

// mentionPosMin is the number of mentions from which firstMentionAt
// indexes an entity's mentions instead of scanning them.
const mentionPosMin = 16

// firstMentionAt returns the first mention of entity i that starts at pos
// (or, when end, ends at pos), as a scan of its mentions in order would.
func (b *builder) firstMentionAt(i, pos int, end bool) (Mention, bool) {
	ms := b.res.Entities[i].Mentions
	if len(ms) < mentionPosMin {
		for _, m := range ms {
			if !end && m.Start == pos || end && m.End == pos {
				return m, true
			}
		}
		return Mention{}, false
	}
	if b.mentionPos == nil {
		b.mentionPos = map[int]*mentionPos{}
	}
	x := b.mentionPos[i]
	if x == nil || x.n > len(ms) || x.first != &ms[0] {
		x = &mentionPos{byStart: map[int]int{}, byEnd: map[int]int{}, first: &ms[0]}
		b.mentionPos[i] = x
	}
	for ; x.n < len(ms); x.n++ {
		m := ms[x.n]
		if _, ok := x.byStart[m.Start]; !ok {
			x.byStart[m.Start] = x.n
		}
		if _, ok := x.byEnd[m.End]; !ok {
			x.byEnd[m.End] = x.n
		}
	}
	k, ok := x.byStart[pos]
	if end {
		k, ok = x.byEnd[pos]
	}
	if !ok {
		return Mention{}, false
	}
	return ms[k], true
}

// mentionSpans holds the mentions of one entity sorted by start, for
// mentionsWithin: like mentionPos, grown as they are appended and built
// again when they shrink or move.
type mentionSpans struct {
	n     int      // how many of the entity's mentions are held
	first *Mention // the mentions' first element when held
	spans []Span   // sorted by Start
}

// mentionsWithin calls f with every mention of entity i that lies inside
// [start, end) — each one, in no set order — without scanning the
// mentions of an entity named thousands of times.
func (b *builder) mentionsWithin(i, start, end int, f func(Span)) {
	ms := b.res.Entities[i].Mentions
	if len(ms) < mentionPosMin {
		for _, m := range ms {
			if m.Start >= start && m.End <= end {
				f(Span{m.Start, m.End})
			}
		}
		return
	}
	if b.mentionSpans == nil {
		b.mentionSpans = map[int]*mentionSpans{}
	}
	x := b.mentionSpans[i]
	if x == nil || x.n > len(ms) || x.first != &ms[0] {
		x = &mentionSpans{first: &ms[0]}
		b.mentionSpans[i] = x
	}
	if x.n < len(ms) {
		sorted := true
		for _, m := range ms[x.n:] {
			if k := len(x.spans); k > 0 && x.spans[k-1].Start > m.Start {
				sorted = false
			}
			x.spans = append(x.spans, Span{m.Start, m.End})
		}
		x.n = len(ms)
		if !sorted {
			sort.Slice(x.spans, func(a, c int) bool { return x.spans[a].Start < x.spans[c].Start })
		}
	}
	for k := sort.Search(len(x.spans), func(k int) bool { return x.spans[k].Start >= start }); k < len(x.spans) && x.spans[k].Start <= end; k++ {
		if sp := x.spans[k]; sp.End <= end {
			f(sp)
		}
	}
}
