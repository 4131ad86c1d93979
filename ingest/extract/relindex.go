package extract

// relIndex lists the relations of each entity (as From or To), for merge
// to redirect only the merged entity's. It replaces a map of slices: a
// post dense with names states tens of thousands of relations, and each
// cost a map assignment and the growth of two small slices. Here each
// relation adds two nodes to flat arrays (one per end), each entity's
// nodes are a chain from head to tail, and merging two entities' lists
// joins their chains.
//
// Entity e is at index e+1 of head and tail (e is -1 for the post).
// Node 2n is relation n's From end, node 2n+1 its To end; head, tail
// and next hold a node plus one (0: none).
type relIndex struct {
	head, tail []int32
	next       []int32
	off        bool // the relation list was rebuilt: merges look at every relation
}

// add records relation n, from -> to.
func (x *relIndex) add(n, from, to int) {
	if x.off {
		return
	}
	for len(x.next) < 2*n+2 {
		x.next = append(x.next, 0)
	}
	x.link(from, 2*n)
	x.link(to, 2*n+1)
}

// link appends node nd to the chain of entity e.
func (x *relIndex) link(e, nd int) {
	k := e + 1
	if k < 0 {
		return
	}
	if k >= len(x.head) {
		n := max(k+1, 2*len(x.head), 64)
		x.head = append(x.head, make([]int32, n-len(x.head))...)
		x.tail = append(x.tail, make([]int32, n-len(x.tail))...)
	}
	x.next[nd] = 0
	if t := x.tail[k]; t != 0 {
		x.next[t-1] = int32(nd + 1)
	} else {
		x.head[k] = int32(nd + 1)
	}
	x.tail[k] = int32(nd + 1)
}

// of calls f with the index of every relation listed for entity e, in
// the order they were listed (a relation whose ends are both e twice).
func (x *relIndex) of(e int, f func(n int)) {
	k := e + 1
	if x.off || k < 0 || k >= len(x.head) {
		return
	}
	for nd := x.head[k]; nd != 0; nd = x.next[nd-1] {
		f(int(nd-1) / 2)
	}
}

// has tells whether a relation is listed for entity e.
func (x *relIndex) has(e int) bool {
	k := e + 1
	return !x.off && k >= 0 && k < len(x.head) && x.head[k] != 0
}

// move appends the relations of entity from to those of into and empties
// from's list.
func (x *relIndex) move(from, into int) {
	f, t := from+1, into+1
	if x.off || f < 0 || f >= len(x.head) || x.head[f] == 0 || t < 0 {
		return
	}
	if t >= len(x.head) {
		n := max(t+1, 2*len(x.head))
		x.head = append(x.head, make([]int32, n-len(x.head))...)
		x.tail = append(x.tail, make([]int32, n-len(x.tail))...)
	}
	if x.tail[t] != 0 {
		x.next[x.tail[t]-1] = x.head[f]
	} else {
		x.head[t] = x.head[f]
	}
	x.tail[t] = x.tail[f]
	x.head[f], x.tail[f] = 0, 0
}

// reset stops the index: the relation list was rebuilt, its indexes
// changed, and merges look at every relation from now on.
func (x *relIndex) reset() {
	*x = relIndex{off: true}
}
