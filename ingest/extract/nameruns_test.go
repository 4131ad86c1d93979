package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// TestNextUpperOrHigh checks the word-at-a-time search of nameRuns against
// a byte loop from every position of the dev, dev2, regression and Rust
// blog posts and of every byte value before and after each word position.
func TestNextUpperOrHigh(t *testing.T) {
	var texts []string
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 17; pos++ {
			b := []byte("abcdefghijklmnopq")
			b[pos] = byte(c)
			texts = append(texts, string(b))
		}
	}
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	if len(texts) < 256*17+300 { // the posts are there
		t.Fatalf("only %d texts", len(texts))
	}
	for _, s := range texts {
		next := len(s)
		for i := len(s); i >= 0; i-- {
			if i < len(s) {
				if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
					next = i
				}
			}
			if got := nextUpperOrHigh(s, i); got != next {
				t.Fatalf("nextUpperOrHigh(%.40q…, %d) = %d, want %d", s, i, got, next)
			}
		}
	}
}

// TestLowerASCIIWords checks lowerASCII's word-at-a-time lower-casing
// against a byte loop: every byte value at every position of texts up to
// three words long, and the posts.
func TestLowerASCIIWords(t *testing.T) {
	naive := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 32
			}
		}
		return string(b)
	}
	texts := []string{""}
	for n := 1; n <= 24; n++ {
		for pos := 0; pos < n; pos++ {
			for c := 0; c < 256; c++ {
				b := []byte("aZ@[`{AzÀ\x7f\x80\xff?QUUXfoo!bar")[:n]
				b[pos] = byte(c)
				texts = append(texts, string(b))
			}
		}
	}
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	for _, s := range texts {
		if got, want := lowerASCII(s), naive(s); got != want {
			t.Fatalf("lowerASCII(%.40q…) = %.40q…, want %.40q…", s, got, want)
		}
	}
}

// TestNextQuoteByte checks quotedCandidates' word-at-a-time search against
// the byte loop over quoteBytes, from every position of texts with every
// byte value at every position, and of the posts.
func TestNextQuoteByte(t *testing.T) {
	texts := []string{""}
	for n := 1; n <= 24; n++ {
		for pos := 0; pos < n; pos++ {
			for c := 0; c < 256; c++ {
				b := []byte("abc\xe1\xe3\xc1\xc3!\x22x\x0bq\x8a\xa2\xe2\xc2\nfoo bar baz")[:n]
				b[pos] = byte(c)
				texts = append(texts, string(b))
			}
		}
	}
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	for _, s := range texts {
		next := len(s)
		for i := len(s); i >= 0; i-- {
			if i < len(s) && quoteBytes[s[i]] {
				next = i
			}
			if got := nextQuoteByte(s, i); got != next {
				t.Fatalf("nextQuoteByte(%.40q…, %d) = %d, want %d", s, i, got, next)
			}
		}
	}
}
