package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// isNameTokenRunes is isNameToken as it was, decoding every rune: the
// reference of TestIsNameTokenASCII and FuzzIsNameToken.
func isNameTokenRunes(w string) bool {
	if w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := 0
	upper := 1
	prevUpper := true
	for _, c := range w[n:] {
		switch {
		case unicode.IsLower(c):
			lower++
			prevUpper = false
		case unicode.IsUpper(c):
			if prevUpper {
				return false
			}
			upper++
			prevUpper = true
		case c == '-' || c == '\'' || c == '’':
		default:
			return false
		}
	}
	return lower >= 1 && upper <= 2 && !prevUpper
}

// regressionWords returns the whitespace-separated words of the
// regression posts, and their words split at every byte that is no letter.
func regressionWords(t testing.TB) []string {
	files, _ := filepath.Glob("testdata/regression/*.md")
	if len(files) == 0 {
		t.Fatal("no regression posts")
	}
	var ws []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		ws = append(ws, strings.Fields(string(data))...)
		ws = append(ws, strings.FieldsFunc(string(data), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })...)
	}
	return ws
}

// randomTokens returns n random tokens of the letters, marks and broken
// bytes that isNameToken tells apart.
func randomTokens(n int) []string {
	pieces := []string{"A", "Z", "a", "z", "Q", "q", "É", "é", "Ü", "ß", "ǅ", "Σ", "σ", "-", "'", "’", "‘", ".", "1", " ", "@", "_", "\xff", "\xe2\x80", "İ", "ı", "K", "ſ", "Ⅻ", "ⅻ", "`", "[", "{"}
	rng := rand.New(rand.NewSource(17))
	out := make([]string, 0, n)
	for k := 0; k < n; k++ {
		var b strings.Builder
		for m := rng.Intn(9); m >= 0; m-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestIsNameTokenASCII: isNameToken, with its ASCII fast path, answers as
// the rune-decoding isNameTokenRunes on the regression posts' words and
// random tokens.
func TestIsNameTokenASCII(t *testing.T) {
	cases := []struct {
		w    string
		want bool
	}{
		{"", false}, {"Jane", true}, {"McKenna", true}, {"USA", false}, {"Saúl", true}, {"Élodie", true},
		{"Daniel-Constantin", true}, {"O’Quux", false}, {"O’hara", true}, {"jane", false}, {"J", false}, {"Jane\xff", false},
		{"ÉA", false}, {"AbCdEf", false}, {"Ab1", false},
	}
	for _, c := range cases {
		if got := isNameToken(c.w); got != c.want {
			t.Errorf("isNameToken(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	ws := append(regressionWords(t), randomTokens(200000)...)
	yes := 0
	for _, w := range ws {
		got, want := isNameToken(w), isNameTokenRunes(w)
		if got != want {
			t.Fatalf("isNameToken(%q) = %v, the rune loop says %v", w, got, want)
		}
		if got {
			yes++
		}
	}
	if yes == 0 || yes == len(ws) {
		t.Fatalf("%d of %d tokens are names: the cases do not test both answers", yes, len(ws))
	}
}

func FuzzIsNameToken(f *testing.F) {
	for _, w := range []string{"Jane", "McKenna", "Saúl", "O’Quux", "USA", "ǅa", "Jane\xff"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isNameToken(w), isNameTokenRunes(w); got != want {
			t.Fatalf("isNameToken(%q) = %v, the rune loop says %v", w, got, want)
		}
	})
}

// TestParticlesShort: singleTokens looks a token up in particles only when
// it has at most three bytes.
func TestParticlesShort(t *testing.T) {
	for p := range particles {
		if len(p) > 3 {
			t.Errorf("particle %q is longer than singleTokens' three bytes", p)
		}
	}
}

// TestSortedPersons: sortedPersons orders the mentions as sort.Sort of
// byPersonStart does, with and without mentions of one start, and leaves
// b.persons as it was.
func TestSortedPersons(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	merged := 0
	for n := 0; n < 2000; n++ {
		size := rng.Intn(80)
		span := 1 + rng.Intn(4*size+1) // small spans: many equal starts
		b := &builder{}
		if n%2 == 0 {
			// ascending runs of distinct starts, as people appends them
			// (a few collide across runs when span is small)
			for run, k := 0, 0; run < 1+rng.Intn(5); run++ {
				s := rng.Intn(span)
				for m := rng.Intn(size + 1); m > 0; m-- {
					b.persons = append(b.persons, personMention{ent: k, start: s, end: s + 1})
					s += 1 + rng.Intn(3)
					k++
				}
			}
		} else {
			for k := 0; k < size; k++ {
				s := rng.Intn(span)
				b.persons = append(b.persons, personMention{ent: k, start: s, end: s + 1 + rng.Intn(9)})
			}
		}
		before := append([]personMention(nil), b.persons...)
		want := append([]personMention(nil), b.persons...)
		sort.Sort(byPersonStart(want))
		got := b.sortedPersons()
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: sortedPersons\n%v\nsort.Sort\n%v", n, got, want)
		}
		if !slices.Equal(b.persons, before) {
			t.Fatalf("case %d: sortedPersons changed b.persons", n)
		}
		if _, ok := mergeRuns(b.persons); ok {
			merged++
		}
	}
	if merged < 200 {
		t.Fatalf("only %d of the cases merged: the merge is hardly tested", merged)
	}
}

// TestSurnames: surnames, which folds each spelling once, maps as folding
// every person's last word does: people sharing a surname (in any case,
// accented), one-word names, handles and other classes left out.
func TestSurnames(t *testing.T) {
	names := []struct {
		class vocab.Class
		name  string
	}{
		{vocab.Person, "Jane Quimby"}, {vocab.Person, "John Quimby"}, {vocab.Person, "Ana QUIMBY"},
		{vocab.Person, "Élodie Ünal"}, {vocab.Person, "Marc Ünal"}, {vocab.Person, "Jo Li"},
		{vocab.Person, "Dana"}, {vocab.Person, "@jroe Roe"}, {vocab.Organization, "Acme Quimby"},
		{vocab.Person, "Ruud van Vorst"}, {vocab.Person, "Ines Vorst"}, {vocab.Person, "Sam Vorst "},
	}
	b := &builder{res: &Result{}}
	for _, n := range names {
		b.res.Entities = append(b.res.Entities, Entity{Class: n.class, Name: n.name})
	}
	want := map[string][]int{}
	for i, e := range b.res.Entities {
		if e.Class != vocab.Person || strings.HasPrefix(e.Name, "@") || len(strings.Fields(e.Name)) < 2 {
			continue
		}
		if l := fold(lastField(e.Name)); len(l) >= 3 {
			want[l] = append(want[l], i)
		}
	}
	got := b.surnames()
	if len(got) != len(want) {
		t.Fatalf("surnames = %v, want %v", got, want)
	}
	for k, v := range want {
		if !slices.Equal(got[k], v) {
			t.Errorf("surnames[%q] = %v, want %v", k, got[k], v)
		}
	}
	if len(want["quimby"]) != 3 || len(want["vorst"]) != 3 {
		t.Fatalf("the cases do not share surnames: %v", want)
	}
}
