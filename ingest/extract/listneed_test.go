package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// listNeedCases are the lines of the regression posts and random lines
// of the list forms' pieces (invented names), each piece often broken.
func listNeedCases(t testing.TB) []string {
	files, _ := filepath.Glob("testdata/regression/*.md")
	rst, _ := filepath.Glob("testdata/regression/*.rst")
	files = append(files, rst...)
	if len(files) == 0 {
		t.Fatal("no regression posts")
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if len(l) >= 8 && len(l) <= 220 {
				lines = append(lines, l)
			}
		}
	}
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	name := func(rng *rand.Rand) string {
		s := pick(rng, "Jane", "Élodie", "J.", "O’Quux", "jane", "J", "Ä-b", "\xff", "Jane\xff")
		for k := rng.Intn(4); k > 0; k-- {
			s += pick(rng, " ", "  ", "\t", "\n", "\f", "\v", "", "\u00a0") + pick(rng, "Quux", "de", "van", "dos", "le", "Ünal", "x", "Q", "Q.", "lx", "von", "dé")
		}
		return s
	}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		if rng.Intn(3) > 0 {
			b.WriteString(pick(rng, "Fooproject internals", "A talk", "x", "Ab", "Why Quux", ""))
		}
		b.WriteString(pick(rng, " by ", " by  ", "by ", " by", "\tby\t", " (", "(", " - ", " – ", " — ", "-", " —", ", ", ",", ",  ", ": ", " ", ", \"", " “", " ”", "", ""))
		b.WriteString(name(rng))
		b.WriteString(pick(rng, "", ")", ") ", ": Fooproject", ", ", " from Acme", " (Acme)", "\"Title here\"", " - Bar", " and Jo Quux", ").", " “A talk” ", ", \"Fooproject\"", "  –  Bar", " :Bar baz", "\t— Why Quux"))
		if rng.Intn(4) == 0 {
			b.WriteString(pick(rng, " ", "") + b.String())
		}
		lines = append(lines, b.String())
	}
	return lines
}

// TestListFormNeed: no list form's pattern matches a line its need
// refuses, and the needs refuse many lines the hints let through.
func TestListFormNeed(t *testing.T) {
	b := &builder{re: newRules()}
	forms := b.listForms()
	lines := listNeedCases(t)
	refused, matched := 0, 0
	for _, l := range lines {
		for _, f := range forms {
			m := f.re.FindStringSubmatchIndex(l) != nil
			if m {
				matched++
			}
			if !f.need(l) {
				if hinted(l, f.hint) {
					refused++
				}
				if m {
					t.Fatalf("need refuses %q, but %v matches", l, f.re)
				}
			}
		}
	}
	t.Logf("%d lines, %d matches, %d hinted lines refused", len(lines), matched, refused)
	if matched < 1000 || refused < 1000 {
		t.Errorf("%d matches, %d hinted lines refused: want both many", matched, refused)
	}
}

// FuzzListFormNeed: no list form's pattern matches a line its need
// refuses.
func FuzzListFormNeed(f *testing.F) {
	for _, s := range []string{"Fooproject by Jane Quux", "Title (Élodie de Quux)", "Jane Quux: Title", "A - Jane\tvan Quux", "x, J. Quux from Acme"} {
		f.Add(s)
	}
	b := &builder{re: newRules()}
	forms := b.listForms()
	f.Fuzz(func(t *testing.T, s string) {
		for _, fm := range forms {
			if !fm.need(s) && fm.re.FindStringSubmatchIndex(s) != nil {
				t.Fatalf("need refuses %q, but %v matches", s, fm.re)
			}
		}
	})
}
