package extract

import (
	"sort"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// claimIndex holds the spans of text that name events and people (no
// lexicon term inside them). Spans are added and queried in any order, so
// it keeps them by bucket of text: each span is filed under the buckets it
// covers (a long span once, in a list looked at by every query), and a
// query looks only at the buckets of its own span. Adding and querying cost
// O(1) for the short spans names are, whatever the number of claims.
type claimIndex struct {
	buckets buckets[Span]
	long    []Span
}

// buckets files values by bucket number (a position in the text divided by
// claimBucket) in a slice grown to the last bucket used: a lookup is an
// index, not a map access, which counts in dense text where every name asks
// for the buckets around it.
// A bucket's first values go into a slab shared by the buckets, bucketCap
// a bucket (a few allocations per text instead of a few per bucket).
type buckets[T any] struct {
	b    [][]T
	slab []T // room for the next new buckets
}

// bucketCap is the room a new bucket takes in the slab, and slabBuckets
// the number of buckets a slab holds.
const (
	bucketCap   = 4
	slabBuckets = 256
)

// at returns the values of bucket k (nil past the last one used).
func (bs *buckets[T]) at(k int) []T {
	if k < 0 || k >= len(bs.b) {
		return nil
	}
	return bs.b[k]
}

// add files v under bucket k.
func (bs *buckets[T]) add(k int, v T) {
	if k >= len(bs.b) {
		if k >= cap(bs.b) {
			nb := make([][]T, len(bs.b), max(2*cap(bs.b), k+1))
			copy(nb, bs.b)
			bs.b = nb
		}
		bs.b = bs.b[:k+1]
	}
	if bs.b[k] == nil {
		if len(bs.slab) < bucketCap {
			bs.slab = make([]T, bucketCap*slabBuckets)
		}
		// full capacity bucketCap: a bucket grown past it moves out of the slab
		bs.b[k], bs.slab = bs.slab[:0:bucketCap], bs.slab[bucketCap:]
	}
	bs.b[k] = append(bs.b[k], v)
}

// empty tells whether no value was filed.
func (bs *buckets[T]) empty() bool { return len(bs.b) == 0 }

// claimBucket is the width of a bucket, and claimLong the length from which
// a span is kept in the long list.
const (
	claimBucket = 64
	claimLong   = 16 * claimBucket
)

func (c *claimIndex) add(s, e int) {
	if e < s {
		return
	}
	if e-s >= claimLong {
		c.long = append(c.long, Span{s, e})
		return
	}
	for k := s / claimBucket; k <= max(s, e-1)/claimBucket; k++ {
		c.buckets.add(k, Span{s, e})
	}
}

func (c *claimIndex) overlaps(s, e int) bool {
	for _, x := range c.long {
		if s < x.End && e > x.Start {
			return true
		}
	}
	if c.buckets.empty() {
		return false
	}
	last := max(s, e-1) / claimBucket
	if last-s/claimBucket > claimLong/claimBucket {
		// a long query: look at every claim once
		for _, xs := range c.buckets.b {
			for _, x := range xs {
				if s < x.End && e > x.Start {
					return true
				}
			}
		}
		return false
	}
	for k := s / claimBucket; k <= last; k++ {
		for _, x := range c.buckets.at(k) {
			if s < x.End && e > x.Start {
				return true
			}
		}
	}
	return false
}

func (b *builder) claim(s, e int) { b.claims.add(s, e) }

func (b *builder) isClaimed(s, e int) bool {
	return b.claims.overlaps(s, e) || b.titles.overlaps(s, e)
}

// isHardClaimed tells whether [s,e) overlaps a span naming an event or a
// person (not the title of a linked talk, where the names of software
// still count).
func (b *builder) isHardClaimed(s, e int) bool { return b.claims.overlaps(s, e) }

// mentionIndex files the non-empty mentions of entities by bucket of text,
// so that entitiesIn looks only at the mentions near its span instead of at
// every entity.
type mentionIndex struct {
	buckets buckets[mentionRef]
	long    []mentionRef // mentions of claimLong bytes or more
	// maxShort is the length of the longest mention shorter than
	// claimLong: mentionOverlaps looks no further back than that.
	maxShort int
}

type mentionRef struct{ ent, start, end int }

func (m *mentionIndex) add(ent, s, e int) {
	if e <= s {
		return
	}
	if e-s >= claimLong {
		m.long = append(m.long, mentionRef{ent, s, e})
	} else {
		m.maxShort = max(m.maxShort, e-s)
	}
	m.buckets.add(s/claimBucket, mentionRef{ent, s, e}) // filed under the bucket of its start
}

// mentionSet answers "has entity i a mention at [s,e)" in O(1) for
// entities with many mentions (an edition named a thousand times).
type mentionSet struct {
	n    int // how many of the entity's mentions are in seen
	seen map[[2]int]bool
}

// hasMention tells whether entity i has a mention exactly at [s,e).
func (b *builder) hasMention(i, s, e int) bool {
	ms := b.res.Entities[i].Mentions
	if len(ms) < 16 {
		for _, m := range ms {
			if m.Start == s && m.End == e {
				return true
			}
		}
		return false
	}
	if b.mentionSets == nil {
		b.mentionSets = map[int]*mentionSet{}
	}
	set := b.mentionSets[i]
	if set == nil || set.n > len(ms) {
		set = &mentionSet{seen: map[[2]int]bool{}}
		b.mentionSets[i] = set
	}
	for ; set.n < len(ms); set.n++ {
		set.seen[[2]int{ms[set.n].Start, ms[set.n].End}] = true
	}
	return set.seen[[2]int{s, e}]
}

// entitiesIn lists entities of the classes with a mention inside [s,e), in
// entity order.
func (b *builder) entitiesIn(s, e int, classes ...vocab.Class) []int {
	if e <= s || b.mentions.buckets.empty() {
		return nil
	}
	var out []int
	for k := s / claimBucket; k <= (e-1)/claimBucket; k++ {
		for _, r := range b.mentions.buckets.at(k) {
			if r.start < s || r.end > e {
				continue
			}
			i := b.canonical(r.ent)
			c := b.res.Entities[i].Class
			ok := false
			for _, want := range classes {
				if c == want {
					ok = true
				}
			}
			if ok && !containsInt(out, i) {
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// mentionOverlaps tells whether an entity of class has a mention
// overlapping [s,e) (an empty mention never does).
func (b *builder) mentionOverlaps(s, e int, class vocab.Class) bool {
	is := func(r mentionRef) bool {
		return s < r.end && e > r.start && b.res.Entities[b.canonical(r.ent)].Class == class
	}
	for _, r := range b.mentions.long {
		if is(r) {
			return true
		}
	}
	if b.mentions.buckets.empty() {
		return false
	}
	// shorter mentions that reach s start at most maxShort bytes before it
	for k := max(0, s-b.mentions.maxShort) / claimBucket; k <= max(s, e-1)/claimBucket; k++ {
		for _, r := range b.mentions.buckets.at(k) {
			if r.end-r.start < claimLong && is(r) {
				return true
			}
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
