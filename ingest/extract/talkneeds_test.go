package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// talkNeedCorpus is the text of the regression posts and of the shared
// dev and dev2 corpora (when present).
func talkNeedCorpus(t testing.TB) []string {
	var files []string
	for _, g := range []string{"testdata/regression/*.md", "testdata/regression/*.rst", "../../../shared/corpus/dev/*.md", "../../../shared/corpus/dev2/*.md"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Fatal("no corpus posts")
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, string(data))
	}
	return out
}

// talkNeedPieces are the pieces generated texts are made of: the words of
// the patterns, their near misses, blanks, punctuation and runes that
// (?i) folds ("ſ", "K").
var talkNeedPieces = []string{
	"I", "we", "We", "i", "talked", "Talked", "spoke", "SPOKE", "chatted", "discussed", "met", "had", "a", "chat", "conversation",
	"with", "to", "To", "speaking", "talking", "chatting", "Jane", "Élodie", "meetup", "organiser", "-", "x-y",
	"the", "our", "all", "awards", "prize", "winners", "speakers", "sponsors", "next", "programme", "program", "schedule",
	"agenda", "lineup", "line-up", "raffle", "results", "venue", "volunteers", "organizers", "attendees", "Zorb",
	"ſpeakers", "taKed", "\u017f", "\u212a", "with,", "to.", "(", ")", "\"", "’", "2024", "\xff",
}

// talkNeedGenerated are random sequences of talkNeedPieces and blanks.
func talkNeedGenerated(n int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	blanks := []string{" ", " ", " ", "  ", "\t", "\n", ""}
	out := make([]string, 0, n)
	for ; n > 0; n-- {
		var sb strings.Builder
		for k := rng.Intn(9); k > 0; k-- {
			sb.WriteString(talkNeedPieces[rng.Intn(len(talkNeedPieces))])
			sb.WriteString(blanks[rng.Intn(len(blanks))])
		}
		out = append(out, sb.String())
	}
	return out
}

// windowsBefore are the 40 and 60 bytes before every word of the corpus
// (the windows conversation gives the patterns) and generated texts.
func windowsBefore(t testing.TB) []string {
	var out []string
	for _, s := range talkNeedCorpus(t) {
		for i := 1; i < len(s); i++ {
			if (s[i-1] == ' ' || s[i-1] == '\t') && s[i] != ' ' {
				out = append(out, s[max(0, i-40):i], s[max(0, i-60):i])
			}
		}
	}
	return append(out, talkNeedGenerated(200000, 7)...)
}

// subjectsAt are the 60 bytes from every word of the corpus and generated
// texts.
func subjectsAt(t testing.TB) []string {
	var out []string
	for _, s := range talkNeedCorpus(t) {
		for i := 0; i < len(s); i++ {
			if i == 0 || s[i-1] == ' ' && s[i] != ' ' {
				out = append(out, s[i:min(len(s), i+60)])
			}
		}
	}
	return append(out, talkNeedGenerated(200000, 8)...)
}

// TestTalkNeeds: over corpus and generated text, no pattern matches where
// its cheap test says false; each test refuses many texts, and each
// pattern matches some (so the check can fail).
func TestTalkNeeds(t *testing.T) {
	windows, subjects := windowsBefore(t), subjectsAt(t)
	for _, c := range []struct {
		name  string
		re    interface{ MatchString(string) bool }
		texts []string
		need  func(string) bool
	}{
		{"withMeNeed", reWithMeBefore, windows, func(s string) bool { return foldsOutsideASCII(s) || withMeNeed(lowerASCII(s)) }},
		{"chatWithNeed", reChatWith, windows, func(s string) bool { return foldsOutsideASCII(s) || chatWithNeed(lowerASCII(s)) }},
		{"notTalkSubjectNeed", reNotTalkSubject, subjects, notTalkSubjectNeed},
	} {
		t.Run(c.name, func(t *testing.T) {
			matched, refused := 0, 0
			for _, s := range c.texts {
				m := c.re.MatchString(s)
				if m {
					matched++
				}
				if !c.need(s) {
					refused++
					if m {
						t.Fatalf("%s(%q) = false, but the pattern matches", c.name, s)
					}
				}
			}
			t.Logf("%d texts, %d match, %d refused", len(c.texts), matched, refused)
			if matched < 100 || refused < len(c.texts)/4 {
				t.Errorf("%d of %d texts match, %d refused: want many of each", matched, len(c.texts), refused)
			}
		})
	}
}

// hasProductWord tells whether a word of s, trimmed as aboutSubject trims
// it, is one productToken accepts.
func hasProductWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if tw := trimPunct(w); tw != "" && productToken(tw) {
			return true
		}
	}
	return false
}

// TestMayHoldProduct: no text mayHoldProduct refuses has a word
// productToken accepts, over corpus and generated text.
func TestMayHoldProduct(t *testing.T) {
	subjects := subjectsAt(t)
	for _, s := range []string{"ÉLOD", "Ǆemo", "Zorbs", "ſ Ωmega", "\u212aelvin"} {
		subjects = append(subjects, s, "the "+s)
	}
	prod, refused := 0, 0
	for _, s := range subjects {
		p := hasProductWord(s)
		if p {
			prod++
		}
		if !mayHoldProduct(s) {
			refused++
			if p {
				t.Fatalf("mayHoldProduct(%q) = false, but it has a product-like word", s)
			}
		}
	}
	t.Logf("%d texts, %d with a product-like word, %d refused", len(subjects), prod, refused)
	if prod < 100 || refused < 100 {
		t.Errorf("%d with a product-like word, %d refused: want many of each", prod, refused)
	}
}

func talkNeedSeeds(f *testing.F) {
	for _, s := range []string{"I talked with ", "we had a conversation to  ", "Talking with meetup organiser ", "chatting to ", "the awards", "ſpeakers", "a \u212aelvin chat with ", "Zorb", "x-y a chat to Élodie "} {
		f.Add(s)
	}
}

// FuzzWithMeNeed: reWithMeBefore matches no text withMeNeed refuses.
func FuzzWithMeNeed(f *testing.F) {
	talkNeedSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !foldsOutsideASCII(s) && !withMeNeed(lowerASCII(s)) && reWithMeBefore.MatchString(s) {
			t.Fatalf("withMeNeed(%q) = false, but reWithMeBefore matches", s)
		}
	})
}

// FuzzChatWithNeed: reChatWith matches no text chatWithNeed refuses.
func FuzzChatWithNeed(f *testing.F) {
	talkNeedSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !foldsOutsideASCII(s) && !chatWithNeed(lowerASCII(s)) && reChatWith.MatchString(s) {
			t.Fatalf("chatWithNeed(%q) = false, but reChatWith matches", s)
		}
	})
}

// FuzzNotTalkSubjectNeed: reNotTalkSubject matches no text
// notTalkSubjectNeed refuses.
func FuzzNotTalkSubjectNeed(f *testing.F) {
	talkNeedSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !notTalkSubjectNeed(s) && reNotTalkSubject.MatchString(s) {
			t.Fatalf("notTalkSubjectNeed(%q) = false, but reNotTalkSubject matches", s)
		}
	})
}

// FuzzMayHoldProduct: no text mayHoldProduct refuses has a word
// productToken accepts.
func FuzzMayHoldProduct(f *testing.F) {
	talkNeedSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !mayHoldProduct(s) && hasProductWord(s) {
			t.Fatalf("mayHoldProduct(%q) = false, but it has a product-like word", s)
		}
	})
}
