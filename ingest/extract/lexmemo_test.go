package extract

import (
	"strings"
	"testing"
)

// TestLexMemoSame checks the memo of the lexicon's token answers against
// the calls it remembers: asked twice, in any order, each token gets what
// givenName and wordNameHead's shape test give it.
func TestLexMemoSame(t *testing.T) {
	given := map[string]bool{"Max": true, "Sage": true, "Ana": true, "Jean": true}
	dict := map[string]bool{"swift": true, "thyme": true, "sage": true, "go": true, "presented": true}
	var calls int
	x := New(Config{
		GivenName: func(s string) bool { calls++; return given[s] },
		Word:      func(s string) bool { return dict[s] },
	})
	b := &builder{x: x}
	toks := []string{"Max", "Sage", "Jean-Luc", "Swift", "Thyme", "go", "Go", "GoLang", "Go2", "Sage Roe", "Swift-UI", "presented", "Ana.", "", "Éa", "Max"}
	for pass := 0; pass < 2; pass++ {
		for _, tok := range toks {
			if got, want := b.givenNameMemo(tok), b.givenName(tok); got != want {
				t.Errorf("pass %d: givenNameMemo(%q) = %v, givenName %v", pass, tok, got, want)
			}
			want := !strings.ContainsAny(tok, " \t-.") && isNameToken(tok) && !innerCapOrDigit(tok) && x.cfg.Word(strings.ToLower(tok))
			if got := b.wordHeadShape(tok); got != want {
				t.Errorf("pass %d: wordHeadShape(%q) = %v, want %v", pass, tok, got, want)
			}
		}
	}
	// the second pass asks the memo only: givenName is called by the test
	// itself once per token and pass, and by the memo once per token
	distinct := map[string]bool{}
	for _, tok := range toks {
		distinct[tok] = true
	}
	if calls > 2*2*len(toks)+2*len(distinct) {
		t.Errorf("GivenName called %d times", calls)
	}
	if len(b.memo().given) != len(distinct) {
		t.Errorf("memo holds %d tokens, want %d", len(b.memo().given), len(distinct))
	}
}

// TestLowerAlready checks lowerAlready against strings.ToLower.
func TestLowerAlready(t *testing.T) {
	for _, s := range []string{"", "red hat", "Red Hat", "red-hat", "REd", "zorb 2", "é café", "Élan vital", "straße", "İstanbul x", "k\u212a", "ǅ a", "a\xffb", "plain-text"} {
		if got, want := lowerAlready(s), s == strings.ToLower(s); got != want {
			t.Errorf("lowerAlready(%q) = %v, want %v", s, got, want)
		}
	}
}
