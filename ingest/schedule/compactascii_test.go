package schedule

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCompactASCII checks that compactASCII is compact on ASCII phrases
// that fit its buffer, and declines the others.
func TestCompactASCII(t *testing.T) {
	cases := []string{"", "Quux devroom", "the Zorb-Widget  Dev Room", "O'Quux", "C++ & Go/Rust 2031!", "   ", "RTC (Real Time)", "Zorbé", strings.Repeat("ab ", 40)}
	rng := rand.New(rand.NewSource(1))
	const alphabet = "aZ09 -'’.,()&/\tQé_"
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			r := []rune(alphabet)
			b.WriteRune(r[rng.Intn(len(r))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		var buf [96]byte
		kb, ok := compactASCII(s, buf[:0])
		ascii := strings.IndexFunc(s, func(r rune) bool { return r >= 0x80 }) < 0
		if !ascii && ok {
			t.Fatalf("compactASCII(%q) accepts non-ASCII text", s)
		}
		if ascii && len(compact(s)) <= len(buf) && !ok {
			t.Fatalf("compactASCII(%q) declines a short ASCII phrase", s)
		}
		if ok && string(kb) != compact(s) {
			t.Fatalf("compactASCII(%q) = %q, compact %q", s, kb, compact(s))
		}
	}
}
