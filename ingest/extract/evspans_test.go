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

// TestKnownSpansBruteForce checks knownSpans.overlaps against overlaps (a
// scan of every span) while spans are added in and out of order, empty and
// reversed ones included.
func TestKnownSpansBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	for _, n := range []int{0, 1, 3, evSpansMin - 1, evSpansMin, 40, 500} {
		var k knownSpans
		var all []Span
		for i := 0; i < n; i++ {
			s := rng.Intn(2000)
			if i%3 == 0 {
				s = i * 4 // in order, as eventsIn adds most
			}
			sp := Span{s, s + rng.Intn(60) - 3}
			k.add(sp.Start, sp.End)
			all = append(all, sp)
			for q := 0; q < 20; q++ {
				qs := rng.Intn(2100) - 50
				qe := qs + rng.Intn(40)
				if got, want := k.overlaps(qs, qe), overlaps(all, qs, qe); got != want {
					t.Fatalf("n=%d i=%d: overlaps(%d, %d) = %v, want %v", n, i, qs, qe, got, want)
				}
			}
		}
	}
}
