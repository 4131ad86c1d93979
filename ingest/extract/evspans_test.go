package extract

import (
	"math/rand"
	"testing"
)

// TestEvSpansBruteForce checks evSpans.overlaps against prevOverlaps (a
// scan of every mention) for short and long lists, empty mentions included.
func TestEvSpansBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 3, evSpansMin - 1, evSpansMin, 40, 500} {
		prev := make([]evMention, n)
		for i := range prev {
			s := rng.Intn(2000)
			prev[i] = evMention{start: s, end: s + rng.Intn(30) - 3} // some empty or reversed
		}
		x := newEvSpans(prev)
		if (x.starts != nil) != (n >= evSpansMin) {
			t.Errorf("n=%d: sorted index %v", n, x.starts != nil)
		}
		for q := 0; q < 3000; q++ {
			s := rng.Intn(2100) - 50
			e := s + rng.Intn(40)
			if got, want := x.overlaps(s, e), prevOverlaps(prev, s, e); got != want {
				t.Fatalf("n=%d: overlaps(%d, %d) = %v, want %v", n, s, e, got, want)
			}
		}
	}
}
