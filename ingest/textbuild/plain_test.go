package textbuild

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestPlainASCIIWords checks PlainASCII's word-at-a-time test against a
// byte loop: every byte value at every position of texts up to three words
// long, and random texts of letters, spaces and the bytes it looks for.
func TestPlainASCIIWords(t *testing.T) {
	naive := func(v []byte) bool {
		for _, c := range v {
			if c >= utf8.RuneSelf || c == '&' || c == '\\' || c == 0 {
				return false
			}
		}
		return true
	}
	for n := 0; n <= 24; n++ {
		for pos := 0; pos < n; pos++ {
			for c := 0; c < 256; c++ {
				v := make([]byte, n)
				for i := range v {
					v[i] = 'a' + byte(i%26)
				}
				v[pos] = byte(c)
				if got, want := PlainASCII(v), naive(v); got != want {
					t.Fatalf("PlainASCII(%q) = %v, want %v", v, got, want)
				}
			}
		}
	}
	alphabet := []byte{'a', ' ', '\n', '&', '\\', 0, 0x7f, 0x80, 0xff, '%', '\'', '[', ']', 0x25, 0x26, 0x5c, 0x5d, 0x01}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 20000; n++ {
		v := make([]byte, r.IntN(40))
		for i := range v {
			v[i] = 'a'
			if r.IntN(20) == 0 {
				v[i] = alphabet[r.IntN(len(alphabet))]
			}
		}
		if got, want := PlainASCII(v), naive(v); got != want {
			t.Fatalf("PlainASCII(%q) = %v, want %v", v, got, want)
		}
	}
}
