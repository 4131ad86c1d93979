package resolve

import (
	"cmp"
	"hash/maphash"
	"slices"

	"github.com/cayleygraph/quad"
)

// seenQuads finds the quads a writer added twice. The hundred thousand
// quads of a long post made a set of them (even of their 64-bit hashes)
// the writer's main cost, a map lookup that misses the cache per quad; so
// the writer appends every quad, seenQuads notes its hash, and dups, once
// all are written, sorts the hashes and compares the quads that share one:
// the later copies of a quad are its duplicates (two quads whose hashes
// collide are told apart by the comparison). An object that is not an IRI,
// a String or a TypedString has no hash and goes through an exact set at
// once.
type seenQuads struct {
	h     maphash.Hash
	sums  []quadSum
	exact map[quadKey]bool
	// collide gives every quad the same hash (tests)
	collide bool
}

// quadSum is the hash of the quad at index i.
type quadSum struct {
	h uint64
	i int
}

// newSeenQuads returns a set sized for about n quads.
func newSeenQuads(n int) *seenQuads {
	return &seenQuads{sums: make([]quadSum, 0, n)}
}

// add notes k, the key of the quad appended at index i of quads, and
// reports whether to append it: false only for a repeated quad of an
// object without a hash (dups finds the others).
func (s *seenQuads) add(k quadKey, i int) bool {
	sum, ok := s.hash(k)
	if ok {
		s.sums = append(s.sums, quadSum{sum, i})
		return true
	}
	if s.exact[k] {
		return false
	}
	if s.exact == nil {
		s.exact = map[quadKey]bool{}
	}
	s.exact[k] = true
	return true
}

// dups returns which of quads repeat an earlier one (nil when none does).
func (s *seenQuads) dups(quads []quad.Quad) []bool {
	slices.SortFunc(s.sums, func(a, b quadSum) int {
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	var drop []bool
	for a := 0; a < len(s.sums); {
		b := a + 1
		for b < len(s.sums) && s.sums[b].h == s.sums[a].h {
			b++
		}
		// the quads of one hash, in the order they were added: each is a
		// duplicate of an earlier one that was kept, or kept
		for x := a + 1; x < b; x++ {
			qx := quads[s.sums[x].i]
			for y := a; y < x; y++ {
				if j := s.sums[y].i; (drop == nil || !drop[j]) && sameQuad(quads[j], qx) {
					if drop == nil {
						drop = make([]bool, len(quads))
					}
					drop[s.sums[x].i] = true
					break
				}
			}
		}
		a = b
	}
	return drop
}

func sameQuad(a, b quad.Quad) bool {
	return a.Subject == b.Subject && a.Predicate == b.Predicate && a.Object == b.Object
}

// hash returns the hash of k; ok is false for an object that is not an
// IRI, a String or a TypedString.
func (s *seenQuads) hash(k quadKey) (uint64, bool) {
	h := &s.h
	h.Reset()
	h.WriteString(string(k.s))
	h.WriteByte(0)
	h.WriteString(string(k.p))
	switch o := k.o.(type) {
	case quad.IRI:
		h.WriteByte(1)
		h.WriteString(string(o))
	case quad.String:
		h.WriteByte(2)
		h.WriteString(string(o))
	case quad.TypedString:
		h.WriteByte(3)
		h.WriteString(string(o.Value))
		h.WriteByte(0)
		h.WriteString(string(o.Type))
	default:
		return 0, false
	}
	if s.collide {
		return 0, true
	}
	return h.Sum64(), true
}
