package extract

import (
	"math/rand"
	"strings"
	"testing"
)

func TestPreByScan(t *testing.T) {
	re := newRules()
	cases := []struct {
		pre    string
		verb   bool // rePreVerb matches
		before int  // reBeforeBy's start, -1 for none
	}{
		{"a talk given by ", true, len("a talk given")},
		{"Fooproject was explained by the energetic ", true, len("Fooproject")},
		{"Fooproject was explained  by\t", true, len("Fooproject")},
		{"the keynote by ", true, len("the keynote")},
		{"the keynote was by ", true, len("the keynote was")},
		{"a talk by the well-known ", true, len("a talk")},
		{"written by ", false, len("written")},
		{"Fooproject WERE Shown BY THE Quux ", true, len("Fooproject")},
		{"Fooproject was-shown by ", true, len("Fooproject was-shown")}, // \b before "shown"
		{"xtalk by ", false, len("xtalk")},
		{"_talk by ", false, len("_talk")},
		{"talk by", false, -1},
		{"talkby ", false, -1},
		{"by ", false, -1},
		{" by ", false, 0},
		{"talk by the ", false, -1},
		{"talk by the by ", true, len("talk")},
		{"session by the 2nd ", false, -1},
		{"Fooproject was demoed by Quux and by ", false, len("Fooproject was demoed by Quux and")},
		{"Zorb, by ", false, len("Zorb,")},
		{"a talk given by é ", false, -1}, // non-ASCII: the regexps decide
		{"a talk given by the é ", true, len("a talk given")},
		{"Café was given by the quux ", true, len("Café")},
	}
	for _, c := range cases {
		if got := preVerbBy(re, c.pre); got != c.verb {
			t.Errorf("preVerbBy(%q) = %v, want %v", c.pre, got, c.verb)
		}
		if got := beforeByStart(re, c.pre); got != c.before {
			t.Errorf("beforeByStart(%q) = %d, want %d", c.pre, got, c.before)
		}
		if re.rePreVerb.MatchString(c.pre) != c.verb {
			t.Errorf("rePreVerb on %q is not %v", c.pre, c.verb)
		}
	}
}

// TestPreByScanSame compares preBy, preVerbBy and beforeByStart with
// rePreBy, rePreVerb and reBeforeBy on the text before every word of the regression posts and on
// random strings of the grammar's words.
func TestPreByScanSame(t *testing.T) {
	var pres []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] == ' ' && s[i] != ' ' {
				pres = append(pres, s[max(0, i-80):i], s[max(0, i-300):i])
			}
		}
	}
	words := []string{"by", "BY", "(by", "xby", "_by", "-by", "bY", "the", "The", "was", "WERE", "were", "given", "talk", "talks", "Presented", "led", "session", "Quux", "well-known", "x-", "2nd", "_", "zorb9", ",", "(", "é", "waſ", "xby", "bye"}
	blanks := []string{" ", "  ", "\t", " \t", ""}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(7); k > 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString(blanks[rng.Intn(len(blanks))])
		}
		b.WriteString([]string{" by ", " by the Quux ", " by the by ", "\tby\t", " by", " By THE x-y  ", " by the 2nd "}[rng.Intn(7)])
		pres = append(pres, b.String())
	}
	re := newRules()
	verbs, befores := 0, 0
	for _, p := range pres {
		if got, want := preBy(re, p), re.rePreBy.MatchString(p); got != want {
			t.Fatalf("preBy(%q) = %v, rePreBy %v", p, got, want)
		}
		want := re.rePreVerb.MatchString(p)
		if got := preVerbBy(re, p); got != want {
			t.Fatalf("preVerbBy(%q) = %v, rePreVerb %v", p, got, want)
		}
		wantAt := -1
		if m := re.reBeforeBy.FindStringIndex(p); m != nil {
			wantAt = m[0]
			befores++
		}
		if got := beforeByStart(re, p); got != wantAt {
			t.Fatalf("beforeByStart(%q) = %d, reBeforeBy starts at %d", p, got, wantAt)
		}
		if want {
			verbs++
		}
	}
	if verbs < 5000 || befores < 20000 {
		t.Errorf("%d verb matches and %d before-by matches among %d strings: the comparison is weak", verbs, befores, len(pres))
	}
}
