package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestTheTalkMatchesDifferential checks theTalkMatches against reTheTalk,
// the regexp it stands for, on random texts of "the talk", title words,
// the verbs (whole, glued to letters or punctuation), blanks and letters
// outside ASCII, "ſ" and "K" among them.
func TestTheTalkMatchesDifferential(t *testing.T) {
	re := newRules()
	parts := []string{"the", "The", "THE", "other", "talk", "Talk", "talks", "talK", "Zorb", "in", "Quux's", "it’s", "2019", "a:b", "x,", "R&D",
		"co-op", "é", "Über", "\xff", ".", "(", "\"", "was", "Was", "wasn't", "is", "is,", "isé", "by", "by-", "showed", "shows", "gave",
		"taught", "presented", "demonstrated", "preſented", "_x", "is_"}
	seps := []string{" ", " ", " ", "  ", "\t", "", "\n"}
	rng := rand.New(rand.NewSource(19))
	found := 0
	for n := 0; n < 40000; n++ {
		var sb strings.Builder
		if rng.Intn(2) == 0 {
			sb.WriteString("the talk ")
		}
		for k := rng.Intn(16); k >= 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
			sb.WriteString(seps[rng.Intn(len(seps))])
		}
		s := sb.String()
		got, want := theTalkMatches(re, s, lowerASCII(s)), re.reTheTalk.FindAllStringSubmatchIndex(s, -1)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("theTalkMatches(%q) = %v, reTheTalk finds %v", s, got, want)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d matches: the texts do not exercise the regexp", found)
	}
	// twelve words at most
	long := "the talk " + strings.Repeat("w ", 12) + "was"
	if got := theTalkMatches(re, long, lowerASCII(long)); len(got) != 1 {
		t.Errorf("%q: %d matches, want 1", long, len(got))
	}
	long = "the talk " + strings.Repeat("w ", 13) + "was"
	if got := theTalkMatches(re, long, lowerASCII(long)); len(got) != 0 {
		t.Errorf("%q: %d matches, want 0", long, len(got))
	}
}
