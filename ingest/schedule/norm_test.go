package schedule

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// normRef is norm as it was before its ASCII path: lower-case, then keep
// letters and digits, one space for any run of other characters between
// words, apostrophes dropped.
func normRef(s string) string {
	f := strings.ToLower(s)
	var b strings.Builder
	sep := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte(' ')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' {
			continue
		}
		sep = true
	}
	return b.String()
}

func TestNormASCII(t *testing.T) {
	cases := []string{"", " ", "a", "A", "jane quux", "Jane  Quux", " jane quux ", "O'Donoghue", "o' d", "a-b_c", "x1 2y", "a\tb\nc", "'", "jane quux.", "''a''"}
	rng := rand.New(rand.NewSource(1))
	const alphabet = "aZq09 '-._\t"
	for i := 0; i < 5000; i++ {
		b := make([]byte, rng.Intn(12))
		for j := range b {
			b[j] = alphabet[rng.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := norm(s), normRef(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"jane quux", "fooproject 2 talk"} {
		if n := testing.AllocsPerRun(10, func() { norm(s) }); n != 0 {
			t.Errorf("norm(%q) of a normal string: %v allocations", s, n)
		}
	}
	if n := testing.AllocsPerRun(10, func() { norm("Jane  Quux-Doe") }); n > 1 {
		t.Errorf("norm: %v allocations, want 1", n)
	}
}
