package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestQuotedMatchesDifferential checks quotedMatches against reQuoted, the
// regexp it stands for, on random texts of quotes of both kinds, newlines,
// letters outside ASCII, bytes that are no UTF-8, and runs of letters
// about as long as a quotation may be.
func TestQuotedMatchesDifferential(t *testing.T) {
	re := newRules().reQuoted
	parts := []string{"\"", "\"", "“", "”", "”", "\n", "a", "ab", "abc", "Zorb", " ", "é", "\xff", "\xe2\x80", "‘", "’",
		strings.Repeat("x", 40), strings.Repeat("é", 40), strings.Repeat("y", 157), strings.Repeat("ü", 158)}
	rng := rand.New(rand.NewSource(13))
	found := 0
	for n := 0; n < 30000; n++ {
		var sb strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		got, want := quotedMatches(s), re.FindAllStringSubmatchIndex(s, -1)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("quotedMatches(%q) = %v, reQuoted finds %v", s, got, want)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d quotations found: the texts do not exercise the regexp", found)
	}
	// the bounds of the length, in runes
	for _, c := range []struct {
		s    string
		want int
	}{
		{`"ab"`, 0}, {`"abc"`, 1}, {"“" + strings.Repeat("é", 160) + "”", 1}, {"“" + strings.Repeat("é", 161) + "”", 0},
		{"\"a\nbc\"", 0}, {`"abc" and "def"`, 2}, {`""abc"`, 1},
	} {
		if got := len(quotedMatches(c.s)); got != c.want {
			t.Errorf("quotedMatches(%q): %d quotations, want %d", c.s, got, c.want)
		}
	}
}
