package extract

import (
	"math/rand"
	"slices"
	"sort"
	"testing"
)

// TestSortedPersonsOrder checks sortedPersons against sort.Slice, which it
// replaced: the same order, mentions of equal starts included, on lists
// short and long, sorted, reversed and random, with many equal starts.
func TestSortedPersonsOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, n := range []int{0, 1, 5, 12, 13, 50, 200, 3000} {
		for shape := 0; shape < 4; shape++ {
			ps := make([]personMention, n)
			for i := range ps {
				switch shape {
				case 0:
					ps[i].start = rng.Intn(n/4 + 1) // many ties
				case 1:
					ps[i].start = i / 3 // sorted, ties
				case 2:
					ps[i].start = (n - i) / 2 // reversed, ties
				default:
					ps[i].start = rng.Intn(10 * (n + 1))
				}
				ps[i].ent, ps[i].end = i, ps[i].start+1 // ent tells the mentions apart
			}
			want := append([]personMention(nil), ps...)
			sort.Slice(want, func(i, j int) bool { return want[i].start < want[j].start })
			b := &builder{persons: append([]personMention(nil), ps...)}
			if got := b.sortedPersons(); !slices.Equal(got, want) {
				t.Errorf("n=%d shape %d: order differs from sort.Slice's", n, shape)
			}
			if !slices.Equal(b.persons, ps) {
				t.Errorf("n=%d shape %d: b.persons changed", n, shape)
			}
		}
	}
}
