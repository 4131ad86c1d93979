package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestMultiWordShapedDifferential checks that multiWordShaped never turns
// down a text reMultiWordEdition matches, and that yearTailMatches gives
// the same matches with it as without, on random texts of capitalised and
// small words, years, quotes, tabs and letters outside ASCII.
func TestMultiWordShapedDifferential(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	parts := []string{"Zorb", "Quux", "Foo", "bar", "at", "the", "A", "É", "Éclat", "zé", "Über", "x", "(", "[", "\"", "“", "-", ".", ",",
		"2019", "2021", "1989", "2040", "19", "2019x", "ZORB", "QuuxFoo", "ß"}
	seps := []string{" ", " ", " ", "\t", "", "\n", "  "}
	matched := 0
	for n := 0; n < 40000; n++ {
		var sb strings.Builder
		for k := rng.Intn(14); k >= 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
			sb.WriteString(seps[rng.Intn(len(seps))])
		}
		s := sb.String()
		for i := 0; i+4 <= len(s); i++ {
			w := s[:i+4]
			if !strings.HasSuffix(w, "2019") && !strings.HasSuffix(w, "2021") {
				continue
			}
			if m := reMultiWordEdition.FindStringSubmatchIndex(w); m != nil {
				matched++
				if !multiWordShaped(w) {
					t.Fatalf("multiWordShaped(%q) = false, but the regexp matches %q", w, w[m[2]:m[5]])
				}
			}
		}
		if got, want := yearTailMatches(s, reMultiWordEdition, multiWordShaped), yearTailMatches(s, reMultiWordEdition, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("yearTailMatches(%q) = %v with multiWordShaped, %v without", s, got, want)
		}
	}
	if matched < 400 {
		t.Fatalf("only %d texts matched: the generator does not exercise the regexp", matched)
	}
	// the texts the filter turns down: a small word or a lone word before the year
	for _, w := range []string{"at Zorb 2019", "Zorb 2019", "the zorb Quux 2019", "Zorb-Quux 2019", "Zorb  Quux 2019"} {
		if multiWordShaped(w) {
			t.Errorf("multiWordShaped(%q) = true, want false", w)
		}
	}
	if !multiWordShaped("at Zorb Quux 2019") {
		t.Errorf("multiWordShaped(%q) = false, want true", "at Zorb Quux 2019")
	}
}
