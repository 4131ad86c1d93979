package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// sessionHintCases are the texts after every word of the regression
// posts and random strings of reSessionVerb's pieces, each piece often
// broken.
func sessionHintCases(t testing.TB) []string {
	var posts []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] != ' ' && (s[i] == ' ' || s[i] == '(' || s[i] == ',' || s[i] == '\t') {
				posts = append(posts, s[i:min(len(s), i+260)])
			}
		}
	}
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		if rng.Intn(2) == 0 {
			b.WriteString(pick(rng, "", " ", "\t ", "x") + pick(rng, "(", "(", "") + strings.Repeat(pick(rng, "x", "é", " ", "\n", "\xff", ","), rng.Intn(125)) + pick(rng, ")", ")", "", "))"))
		}
		if rng.Intn(2) == 0 {
			b.WriteString(pick(rng, ",", ",", "", " ,") + pick(rng, " ", "  ", "\t", "") + strings.Repeat(pick(rng, "x", "é", " ", "\n", "\xff", ")"), rng.Intn(64)) + pick(rng, ",", ",", ""))
		}
		b.WriteString(pick(rng, " ", "  ", "\t", "", "x "))
		b.WriteString(pick(rng, "", "", "also ", "then\t", "also", "thenx "))
		b.WriteString(pick(rng, "to present", "to talk", "took us through", "shared her story", "took the stage",
			"opened the day with a keynote", "kicked off the big day with a talk", "started our event with the talk",
			"ran a workshop", "hosted the session", "led a panel", "held his talks", "did a demo", "co-presented their lightning talk",
			"to", "tookx", "Ran a workshop", "ranx a workshop", "shared his", "did a", "opened"))
		b.WriteString(pick(rng, "", " on", ".", "x", " about Quux"))
		posts = append(posts, b.String())
	}
	return posts
}

// TestSessionVerbHint: reSessionVerb matches none of the texts
// sessionVerbHint refuses where the old test (sessionVerbIn200) did not, and the hint refuses most of the regression
// posts' texts (it is the cheap test that keeps the pattern uncompiled).
func TestSessionVerbHint(t *testing.T) {
	posts := sessionHintCases(t)
	refused, matched := 0, 0
	for _, p := range posts {
		m := reSessionVerb.MatchString(p)
		if m {
			matched++
		}
		if !sessionVerbHint(p) {
			refused++
			if m && sessionVerbIn200(p) {
				t.Fatalf("sessionVerbHint(%q) = false, but reSessionVerb matches", p)
			}
		} else if !sessionVerbIn200(p) {
			t.Fatalf("sessionVerbHint(%q) = true without a verb in the first 200 bytes", p)
		}
	}
	if matched < 1000 || refused < len(posts)/4 {
		t.Errorf("%d of %d texts match, %d refused: want both many", matched, len(posts), refused)
	}
}

// FuzzSessionVerbHint: the hint refuses no text the pattern matches
// but the old test (sessionVerbIn200) let through.
func FuzzSessionVerbHint(f *testing.F) {
	for _, s := range []string{" (x) , y, also took the stage", "  ,\t\tx, then ran a demo", " to talk", "(" + strings.Repeat("é", 120) + ") did a talk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// past 200 bytes the rule never looked (sessionVerbIn200)
		if sessionVerbIn200(s) && !sessionVerbHint(s) && reSessionVerb.MatchString(s) {
			t.Fatalf("sessionVerbHint(%q) = false, but reSessionVerb matches", s)
		}
	})
}
