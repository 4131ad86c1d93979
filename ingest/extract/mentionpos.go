package extract

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
