package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// heldLeadCases are the texts after every word of the regression posts
// and random strings of reHeldIn's pieces, each piece often broken.
func heldLeadCases(t testing.TB) []string {
	var posts []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] != ' ' && (s[i] == ' ' || s[i] == ',' || s[i] == '\t') {
				posts = append(posts, s[i:min(len(s), i+200)])
			}
		}
	}
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		b.WriteString(pick(rng, "", " ", "\t ", "x"))
		if rng.Intn(2) == 0 {
			b.WriteString(pick(rng, ",", ",", "", ".") + strings.Repeat(pick(rng, "x", "é", " ", "\n", "\xff", "."), rng.Intn(64)) + pick(rng, ",", ",", "", "."))
		}
		b.WriteString(pick(rng, " ", "  ", "\t", ""))
		b.WriteString(pick(rng, "", "", "was", "were", "is", "will be", "will\tbe", "has been", "willbe", "has  been", "hasbeen", "Was"))
		b.WriteString(pick(rng, " ", "", "\t "))
		b.WriteString(pick(rng, "held", "took place", "takes place", "happened", "hosted", "Held", "hel", "took", "tookplace"))
		b.WriteString(pick(rng, " in ", " at ", " in the ", " at the old town of ", " online in ", " in"))
		b.WriteString(pick(rng, "Quuxville", "Quuxville, Fooland", "Fooburg Barton", "the", "quux"))
		posts = append(posts, b.String())
	}
	return posts
}

// TestHeldLead: reHeldIn and the kind-of cue of cuesOfPlace match none
// of the texts heldLead refuses, and it refuses most of the regression
// posts' texts.
func TestHeldLead(t *testing.T) {
	re := newRules()
	kindOf := cuesOfPlace().kindOf
	refused, matched := 0, 0
	for _, p := range heldLeadCases(t) {
		m := re.reHeldIn.MatchString(p) || kindOf.MatchString(p)
		if m {
			matched++
		}
		if !heldLead(p) {
			refused++
			if m {
				t.Fatalf("heldLead(%q) = false, but the pattern matches", p)
			}
		}
	}
	if matched < 1000 || refused < 10000 {
		t.Errorf("%d texts match, %d refused: want both many", matched, refused)
	}
}

// FuzzHeldLead: heldLead refuses no text reHeldIn or the kind-of cue matches.
func FuzzHeldLead(f *testing.F) {
	for _, s := range []string{" was held in Quuxville", ", last year, took place in Fooburg", " will be  hosted at the Quux", " has been held in the old town of Quux"} {
		f.Add(s)
	}
	re := newRules()
	kindOf := cuesOfPlace().kindOf
	f.Fuzz(func(t *testing.T, s string) {
		if !heldLead(s) && (re.reHeldIn.MatchString(s) || kindOf.MatchString(s)) {
			t.Fatalf("heldLead(%q) = false, but the pattern matches", s)
		}
	})
}
