package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// oldTokenMatches is tokenMatches before its byte table and the reordered
// tests: the reference the differential test compares with.
func oldTokenMatches(s string, re *regexp.Regexp, dotEnd bool, shaped func(string) bool) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		c := s[i]
		if !isAlnumASCII(c) {
			i++
			continue
		}
		ts := i
		for i < len(s) && (isAlnumASCII(s[i]) || s[i] == '.') {
			i++
		}
		te := i
		for te > ts && s[te-1] == '.' {
			te--
		}
		if te == ts || !shaped(s[ts:te]) || !edTokenStart(s, ts) || !edTokenEnd(s, te, dotEnd) {
			continue
		}
		m := re.FindStringSubmatchIndex(s[ts:te])
		if m == nil {
			continue
		}
		out = append(out, shiftIndex(slices.Clone(m), ts))
	}
	return out
}

func TestTokenBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := uint8(0)
		switch {
		case isAlnumASCII(byte(c)):
			want = tokenAlnum
		case c == '.':
			want = tokenDot
		}
		if tokenBytes[c] != want {
			t.Errorf("tokenBytes[%q] = %d, want %d", byte(c), tokenBytes[c], want)
		}
	}
}

// TestTokenMatchesSame: tokenMatches gives the old spans on random texts
// dense in edition-shaped tokens, for both of its callers' patterns.
func TestTokenMatchesSame(t *testing.T) {
	parts := []string{"Fooconf", "FOOBAR", "fooBar", "QuuxCamp", "zorb.conf.xy", "Zorbcamp", "19", "2031", "36Z3",
		"Quuxconf31", "zorbCon2031", " ", "  ", ".", "..", ",", "(", ")", "[", "]", "\"", "'", "“", "”", "’", "é",
		"\n", "\t", "-", "x", "A", "9", ":", "!"}
	rng := rand.New(rand.NewSource(7))
	found := 0
	for n := 0; n < 5000; n++ {
		var sb strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		for _, c := range []struct {
			re     *regexp.Regexp
			dotEnd bool
			shaped func(string) bool
		}{{reBareSeries, true, bareShaped}, {reGluedEdition, false, gluedShaped}} {
			got, want := tokenMatches(s, c.re, c.dotEnd, c.shaped), oldTokenMatches(s, c.re, c.dotEnd, c.shaped)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: %v, want %v", s, got, want)
			}
			found += len(want)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d matches: the texts test too little", found)
	}
}
