package vocab

import (
	"math/rand"
	"testing"
)

// The ASCII paths of Fold and Slug give what the rune paths give.
func TestASCIIPaths(t *testing.T) {
	tests := []string{
		"", "a", "A", "Jane Doe", "jane-doe", "-jane", "jane-", "a--b", "C++", "c++ and C#", "Vue.js",
		"AT&T", "R&D", "++", "+", "#", ".", "&", " & ", "x.", ".x", "a+b++c", "Acme 2.0", "FOSDEM 2019",
		"  --  ", "\t\n", "O'Neil", "foo_bar", "foo/bar", "100%", "~", "a\x7fb", "ABC-DEF", "Z9-z0",
	}
	// and strings of the characters that matter, with a fixed seed
	const alphabet = "aZ09 -+#.&_/'()!?"
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		b := make([]byte, 1+rng.Intn(8))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		tests = append(tests, string(b))
	}
	for _, s := range tests {
		if got, want := Fold(s), foldRunes(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := Slug(s), slugRunes(s); got != want {
			t.Errorf("Slug(%q) = %q, want %q", s, got, want)
		}
	}
}
