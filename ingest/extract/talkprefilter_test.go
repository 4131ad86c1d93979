package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestTalkPrefilters checks that the cheap tests before reMyTalkAbout,
// reWithMeBefore, reChatWith and reToMeAfter never turn away a text a regexp matches,
// and that they do turn some away.
func TestTalkPrefilters(t *testing.T) {
	words := []string{"I", "we", "My", "our", "own", "gave", "did", "a", "an", "my", "lightning", "Talk", "talk", "talks",
		"presentation", "keynote", "Workshop", "tutorial", "about", "on", "only", "Zorbs", "talked", "spoke", "chatted",
		"discussed", "met", "had", "chat", "conversation", "with", "to", "speaking", "Talking", "chatting", "Jane", "Quux",
		"and", "And", "i", "me", "Me", "us", "US", "uſ", "explained", "told", "showed", "said", "talKed", "(Zorb),", ",", "mean", "use"}
	seps := []string{" ", "  ", "\t", ", "}
	rng := rand.New(rand.NewSource(7))
	matched, rejected := 0, 0
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := 0; k < 2+rng.Intn(7); k++ {
			sb.WriteString(words[rng.Intn(len(words))])
			sb.WriteString(seps[rng.Intn(len(seps))])
		}
		if rng.Intn(2) == 0 {
			sb.WriteString("X")
		}
		s := sb.String()
		low := lowerASCII(s)
		for _, c := range []struct {
			name string
			re   func(string) bool
			may  bool
		}{
			{"reMyTalkAbout", reMyTalkAbout.MatchString, mayTalkAbout(low)},
			{"reWithMeBefore", reWithMeBefore.MatchString, containsAnyWord(low, withMeVerbs)},
			{"reChatWith", reChatWith.MatchString, containsAnyWord(low, chatWords)},
			{"reToMeAfter", reToMeAfter.MatchString, mayToMe(low) || foldsOutsideASCII(s)},
		} {
			if c.re(s) {
				matched++
				if !c.may {
					t.Fatalf("%s matches %q, which its cheap test turns away", c.name, s)
				}
			} else if !c.may {
				rejected++
			}
		}
	}
	if matched == 0 || rejected == 0 {
		t.Errorf("matched %d, turned away %d: the texts do not exercise both sides", matched, rejected)
	}
}
