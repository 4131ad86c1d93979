package textbuild

import (
	"math/rand/v2"
	"testing"
	"unicode"
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

// TestNeedsCollapseWords checks needsCollapse's word-at-a-time test
// against the rune loop: every byte value at every position of texts up to
// three words long, and random texts of letters, spaces, other white space
// and multi-byte runes (non-breaking and em spaces among them).
func TestNeedsCollapseWords(t *testing.T) {
	naive := func(s string) bool {
		prev := true
		for i := 0; i < len(s); {
			c := s[i]
			if c < utf8.RuneSelf {
				sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
				if sp && (prev || c != ' ') {
					return true
				}
				prev = sp
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return true
			}
			prev = false
			i += n
		}
		return prev && len(s) > 0
	}
	var texts []string
	for n := 0; n <= 24; n++ {
		for pos := 0; pos < max(n, 1); pos++ {
			for c := 0; c < 256; c++ {
				v := []byte("ab cd ef gh ij kl mn op q")[:n]
				if n > 0 {
					v[pos] = byte(c)
				}
				texts = append(texts, string(v))
			}
		}
	}
	pieces := []string{"a", "b", " ", " ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u2003", "é", "\x80", "x"}
	r := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 20000; n++ {
		var s string
		for k := r.IntN(30); k > 0; k-- {
			if r.IntN(3) == 0 {
				s += pieces[r.IntN(len(pieces))]
			} else {
				s += pieces[r.IntN(3)] // letters and single spaces
			}
		}
		texts = append(texts, s)
	}
	for _, s := range texts {
		if got, want := needsCollapse(s), naive(s); got != want {
			t.Fatalf("needsCollapse(%q) = %v, want %v", s, got, want)
		}
	}
}
