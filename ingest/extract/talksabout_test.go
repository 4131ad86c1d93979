package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestTalksAboutMatchesDifferential checks talksAboutMatches against
// reTalksAbout, the regexp it stands for, on random texts of its nouns
// (glued to words or not, plural or not, any case), its prepositions,
// blanks, and "ſ" and "K".
func TestTalksAboutMatchesDifferential(t *testing.T) {
	re := newRules()
	parts := []string{"talk", "Talks", "TALK", "stalk", "talkss", "presentation", "presentations", "session", "Sessions", "keynote",
		"keynotes", "talK", "ſessions", "about", "About", "on", "On", "one", "aboutx", "onto", "Zorb", "é", "_", "a", ",", "the"}
	seps := []string{" ", " ", "  ", "\t", "", "\n", ", "}
	rng := rand.New(rand.NewSource(23))
	found := 0
	for n := 0; n < 40000; n++ {
		var sb strings.Builder
		for k := rng.Intn(10); k >= 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
			sb.WriteString(seps[rng.Intn(len(seps))])
		}
		s := sb.String()
		got, want := talksAboutMatches(re, s, lowerASCII(s)), re.reTalksAbout.FindAllStringSubmatchIndex(s, -1)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("talksAboutMatches(%q) = %v, reTalksAbout finds %v", s, got, want)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d matches: the texts do not exercise the regexp", found)
	}
}
