package extract

// relKey identifies a relation by its predicate and ends: one relation
// per key is kept.
type relKey struct {
	pred     Predicate
	from, to int
}

// relSet is the set of the relations stated, keyed by predicate and ends.
// The predicates of this package are numbered, so that most keys are three
// integers, cheaper to hash than a string and two integers.
type relSet struct {
	known map[[3]int]bool
	other map[relKey]bool // predicates of no number
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

// add records the relation p from -> to and reports whether it was new.
func (s *relSet) add(p Predicate, from, to int) bool {
	if n := predNumber(p); n > 0 {
		k := [3]int{n, from, to}
		if s.known[k] {
			return false
		}
		if s.known == nil {
			s.known = map[[3]int]bool{}
		}
		s.known[k] = true
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
