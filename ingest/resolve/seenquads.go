package resolve

import (
	"hash/maphash"

	"github.com/cayleygraph/quad"
)

// seenQuads remembers the quads a writer added, by a 64-bit hash of their
// subject, predicate and object: a map of integers is much cheaper than
// one of interface keys for the hundred thousand quads of a long post.
// The hash only finds a candidate, which is compared with the quad: two
// quads whose hashes collide are told apart by an exact set.
type seenQuads struct {
	h     maphash.Hash
	first map[uint64]int // hash -> index in quads of the first quad with it
	exact map[quadKey]bool
}

// newSeenQuads returns a set sized for about n quads.
func newSeenQuads(n int) *seenQuads {
	return &seenQuads{first: make(map[uint64]int, n)}
}

// add records k, the key of the quad that would be appended at index i
// of quads, and reports whether it was new.
func (s *seenQuads) add(quads []quad.Quad, k quadKey, i int) bool {
	sum, ok := s.hash(k)
	if ok {
		j, seen := s.first[sum]
		if !seen {
			s.first[sum] = i
			return true
		}
		if q := quads[j]; q.Subject == quad.Value(k.s) && q.Predicate == quad.Value(k.p) && q.Object == k.o {
			return false
		}
	}
	// a collision, or an object of another kind: the exact set decides
	if s.exact[k] {
		return false
	}
	if s.exact == nil {
		s.exact = map[quadKey]bool{}
	}
	s.exact[k] = true
	return true
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
	return h.Sum64(), true
}
