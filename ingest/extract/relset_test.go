package extract

import "testing"

// relSet keeps one relation per predicate and ends, for the predicates of
// the package and for others.
func TestRelSet(t *testing.T) {
	tests := []struct {
		p        Predicate
		from, to int
		want     bool
	}{
		{Performer, 1, 2, true},
		{Performer, 1, 2, false},
		{Performer, 2, 1, true},
		{SuperEvent, 1, 2, true},
		{Affiliation, 1, 2, true},
		{Location, 1, 2, true},
		{About, 1, 2, true},
		{Author, -1, 2, true},
		{Author, -1, 2, false},
		{"knows", 1, 2, true},
		{"knows", 1, 2, false},
		{"likes", 1, 2, true},
		{About, 1, 2, false},
		// ends too large to pack go by the other set, apart from the packed ones
		{Performer, 1 << 28, 2, true},
		{Performer, 1 << 28, 2, false},
		{Performer, 0, 1<<28 - 1, true},
		{Performer, 0, 1<<28 - 1, false},
		{Performer, 0, 1<<28 - 2, true},
		{Performer, -1, -1, true},
		{Performer, -1, 0, true},
		{Performer, 0, -1, true},
		{Performer, 0, -1, false},
		{Author, 0, -1, true},
	}
	var s relSet
	for _, tt := range tests {
		if got := s.add(tt.p, tt.from, tt.to); got != tt.want {
			t.Errorf("add(%s, %d, %d) = %v, want %v", tt.p, tt.from, tt.to, got, tt.want)
		}
	}
}
