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

// TestContainsFoldASCII compares containsFoldASCII with strings.Contains
// of strings.ToLower on random strings of the word's letters in both
// cases, other runes and invalid UTF-8.
func TestContainsFoldASCII(t *testing.T) {
	parts := []string{"p", "P", "a", "A", "n", "N", "e", "E", "l", "L", "pan", "PANEL", "el", " ", "\x70\x80", "é", "ﬀ", "\xff", "\u212a", "0", "@", "`"}
	rng := rand.New(rand.NewSource(2))
	yes := 0
	for n := 0; n < 200000; n++ {
		var sb strings.Builder
		for k := rng.Intn(10); k > 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		want := strings.Contains(strings.ToLower(s), "panel")
		if got := containsFoldASCII(s, "panel"); got != want {
			t.Fatalf("containsFoldASCII(%q, panel) = %v, want %v", s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 1000 {
		t.Errorf("%d of 200000 strings hold the word: the comparison is weak", yes)
	}
}
