package extract

// relIndex lists the relations of each entity (as From or To), for merge
// (redirectRelations): a map of two integers per entity and one array of
// links, nothing the garbage collector walks, where a slice per entity
// cost an allocation or two per entity of a post dense with names. The
// zero relIndex is off: merges then look at every relation.
type relIndex struct {
	lists map[int]relList // by entity; nil when off
	edges []relEdge
}

// relList is an entity's chain of edges, first and last.
type relList struct{ head, tail int32 }

// relEdge is relation rel in a chain; next is the next edge, -1 at the end.
type relEdge struct{ rel, next int32 }

// newRelIndex returns an index sized for about n entities.
func newRelIndex(n int) relIndex {
	return relIndex{lists: make(map[int]relList, n)}
}

// on tells whether the index is kept.
func (x *relIndex) on() bool { return x.lists != nil }

// add appends relation rel to entity ent's list.
func (x *relIndex) add(ent, rel int) {
	e := int32(len(x.edges))
	x.edges = append(x.edges, relEdge{int32(rel), -1})
	if l, ok := x.lists[ent]; ok {
		x.edges[l.tail].next = e
		x.lists[ent] = relList{l.head, e}
		return
	}
	x.lists[ent] = relList{e, e}
}

// has tells whether entity ent has a relation listed.
func (x *relIndex) has(ent int) bool {
	_, ok := x.lists[ent]
	return ok
}

// each calls fn with the relations of ent, in the order they were added.
func (x *relIndex) each(ent int, fn func(rel int)) {
	l, ok := x.lists[ent]
	if !ok {
		return
	}
	for e := l.head; e >= 0; e = x.edges[e].next {
		fn(int(x.edges[e].rel))
	}
}

// move appends the relations of from to those of into, and empties from's
// (moved into itself, an entity's list is emptied).
func (x *relIndex) move(from, into int) {
	f, ok := x.lists[from]
	if !ok {
		return
	}
	delete(x.lists, from)
	if from == into {
		return // as the slices' append then delete did: the list is gone
	}
	if t, ok := x.lists[into]; ok {
		x.edges[t.tail].next = f.head
		x.lists[into] = relList{t.head, f.tail}
		return
	}
	x.lists[into] = f
}
