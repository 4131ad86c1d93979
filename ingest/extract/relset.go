package extract

// relKey identifies a relation by its predicate and ends: one relation
// per key is kept.
type relKey struct {
	pred     Predicate
	from, to int
}

// relSet is the set of the relations stated, keyed by predicate and ends.
// The predicates of this package are numbered, so that most keys pack
// into one integer (packRel), the cheapest key to hash; the others (a
// predicate of no number, an end out of range) go by relKey.
type relSet struct {
	known map[uint64]struct{}
	other map[relKey]bool
}

// predNumber numbers the predicates of this package (0: another one).
func predNumber(p Predicate) int {
	switch p {
	case Performer:
		return 1
	case SuperEvent:
		return 2
	case Affiliation:
		return 3
	case Location:
		return 4
	case About:
		return 5
	case Author:
		return 6
	}
	return 0
}

// relEndBits is the width of an end (an entity index plus one: -1 is the
// post) in a packed key.
const relEndBits = 28

// packRel packs the key of p from -> to into one integer; ok is false
// when p has no number or an end does not fit.
func packRel(p Predicate, from, to int) (uint64, bool) {
	n := predNumber(p)
	const lim = 1<<relEndBits - 1
	if n == 0 || from < -1 || to < -1 || from >= lim || to >= lim {
		return 0, false
	}
	return uint64(n)<<(2*relEndBits) | uint64(from+1)<<relEndBits | uint64(to+1), true
}

// add records the relation p from -> to and reports whether it was new.
func (s *relSet) add(p Predicate, from, to int) bool {
	if k, ok := packRel(p, from, to); ok {
		if _, seen := s.known[k]; seen {
			return false
		}
		if s.known == nil {
			s.known = map[uint64]struct{}{}
		}
		s.known[k] = struct{}{}
		return true
	}
	k := relKey{p, from, to}
	if s.other[k] {
		return false
	}
	if s.other == nil {
		s.other = map[relKey]bool{}
	}
	s.other[k] = true
	return true
}
