package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestHasQuoteMark compares hasQuoteMark with strings.ContainsAny on
// random strings of quote marks, their bytes alone, other runes that
// begin with 0xE2 and invalid UTF-8.
func TestHasQuoteMark(t *testing.T) {
	parts := []string{"a", " ", "\"", "“", "”", "’", "‘", "—", "…", "é", "\xe2", "\x80", "\x9c", "\xe2\x80", "\x80\x9d", "\xff", "€", "Zorb"}
	rng := rand.New(rand.NewSource(1))
	yes := 0
	for n := 0; n < 100000; n++ {
		var sb strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		want := strings.ContainsAny(s, "\"“”’")
		if got := hasQuoteMark(s); got != want {
			t.Fatalf("hasQuoteMark(%q) = %v, ContainsAny %v", s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 10000 || yes > 90000 {
		t.Errorf("%d of 100000 strings hold a mark: the comparison is weak", yes)
	}
}
