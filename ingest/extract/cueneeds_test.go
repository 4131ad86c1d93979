package extract

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// preByConjCases are the 80 bytes before every word of the regression
// posts and random lists of names after "by" (invented names), each piece
// often broken.
func preByConjCases(t testing.TB) []string {
	var pres []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] == ' ' && s[i] != ' ' {
				pres = append(pres, s[max(0, i-80):i])
			}
		}
	}
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	name := func(rng *rand.Rand) string {
		s := pick(rng, "Jane", "Élodie", "J.", "O’Quux", "jane", "J", "Ä-b", "\xff", "D'Arcy", "Q")
		for k := rng.Intn(4); k > 0; k-- {
			s += pick(rng, " ", "  ", "\t", "\n", "\v", "") + pick(rng, "Quux", "de", "Ünal", "x", "Q.", "Roe-Doe", "(Acme)", "2nd", "\"Zorb\"")
		}
		return s
	}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		b.WriteString(pick(rng, "a talk ", "Fooproject ", "", "(", "\"Title\" ", "x;", "standby", "Abby "))
		b.WriteString(pick(rng, "by", "by", "By", "bye", "xby"))
		b.WriteString(pick(rng, " ", "  ", "\t", "\n", "", "\u00a0"))
		b.WriteString(name(rng))
		for k := rng.Intn(3); k > 0; k-- {
			b.WriteString(pick(rng, ", ", ",  ", ",", "; ", " (Acme), ") + name(rng))
		}
		b.WriteString(pick(rng, ", ", " and ", ", and ", " & ", "&\t", ",\n", " and", " ) and ", ": "))
		pres = append(pres, b.String())
	}
	return pres
}

// TestPreByConjNeed: rePreByConj matches no text preByConjNeed refuses,
// and the need refuses many texts that end as the pattern needs (the ones
// the cue rule would give to the pattern).
func TestPreByConjNeed(t *testing.T) {
	re := newRules().rePreByConj
	refused, matched, ends := 0, 0, 0
	for _, p := range preByConjCases(t) {
		m := re.MatchString(p)
		if m {
			matched++
		}
		end := strings.HasSuffix(p, "and ") || strings.HasSuffix(p, ", ") || strings.HasSuffix(p, "& ")
		if end {
			ends++
		}
		if !preByConjNeed(p) {
			if end {
				refused++
			}
			if m {
				t.Fatalf("preByConjNeed(%q) = false, but rePreByConj matches", p)
			}
		}
	}
	t.Logf("%d texts end as the pattern needs, %d match, %d of them refused", ends, matched, refused)
	if matched < 1000 || refused < ends/4 {
		t.Errorf("%d matches, %d of %d refused: want both many", matched, refused, ends)
	}
}

// FuzzPreByConjNeed: rePreByConj matches no text preByConjNeed refuses.
func FuzzPreByConjNeed(f *testing.F) {
	for _, s := range []string{"a talk by Jane Roe, ", "by Élodie O’Quux and ", "by J. Q., Ana Lima & ", "by Jane (Acme), ", "Abby Roe, "} {
		f.Add(s)
	}
	re := newRules().rePreByConj
	f.Fuzz(func(t *testing.T, s string) {
		if !preByConjNeed(s) && re.MatchString(s) {
			t.Fatalf("preByConjNeed(%q) = false, but rePreByConj matches", s)
		}
	})
}

// TestIsTalkyMemo: isTalky, which keeps its last answer, gives on a
// random walk over spans (the same one often asked twice in a row) the
// answer of the search of the hits it makes without the memo.
func TestIsTalkyMemo(t *testing.T) {
	x := New(Config{})
	words := []string{"talk", "Keynote", "session", "the", "Jane", "Roe", "gave", "a", "demo", ".", "tutorial", "x", "lightning"}
	rng := rand.New(rand.NewSource(5))
	talky, checks := 0, 0
	for n := 0; n < 50; n++ {
		var sb strings.Builder
		for k := 30 + rng.Intn(60); k > 0; k-- {
			sb.WriteString(words[rng.Intn(len(words))])
			sb.WriteByte(' ')
		}
		text := sb.String()
		b := &builder{re: x.re, x: x, text: text, lower: lowerASCII(text)}
		b.hits = x.scan.run(text, b.lower)
		hs := b.hitsOf(kwTalk)
		var s Span
		for k := 0; k < 2000; k++ {
			if rng.Intn(3) > 0 { // a new span, else the last again
				s.Start = rng.Intn(len(text))
				s.End = s.Start + rng.Intn(len(text)-s.Start+1)
			}
			i := sort.Search(len(hs), func(i int) bool { return hs[i].at >= s.Start })
			want := i < len(hs) && hs[i].at+len(hs[i].kw) <= s.End
			if got := b.isTalky(s); got != want {
				t.Fatalf("isTalky(%v) on %q = %v, want %v", s, text, got, want)
			}
			checks++
			if want {
				talky++
			}
		}
	}
	if talky < checks/10 || talky > checks*9/10 {
		t.Errorf("%d of %d spans talky: the comparison is weak", talky, checks)
	}
}

// TestPostOrgSpan compares postOrgSpan with rePostOrg on the 80 bytes
// after every word of the regression posts and on random strings of the
// pattern's pieces (invented names), each piece often broken.
func TestPostOrgSpan(t *testing.T) {
	var posts []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] != ' ' && (s[i] == ' ' || s[i] == '\t') {
				posts = append(posts, s[i:min(len(s), i+80)])
			}
		}
	}
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	blanks := func(rng *rand.Rand) string {
		if rng.Intn(3) > 0 {
			return " "
		}
		return pick(rng, "  ", "\t", "", "\n", "\u00a0")
	}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		b.WriteString(blanks(rng))
		b.WriteString(pick(rng, "from", "at", "of", "from", "at", "of", "From", "fromx", "off", "a"))
		b.WriteString(blanks(rng))
		if rng.Intn(3) == 0 {
			b.WriteString(pick(rng, "the", "The", "thé", "theo") + blanks(rng))
		}
		b.WriteString(pick(rng, "Acme", "Acme", "Zorb", "2nd", "Élan", "acme", "O’Quux", "D'Arcy", "A&B", "x.io", "Ünal-Roe", "\xff", "", "ǅx", "Ⅻ"))
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(blanks(rng) + pick(rng, "Labs", "Labs.", "Quux's", "É", "x", "Q&A", "3D", "\xc3", "Zorb-1", "and"))
		}
		b.WriteString(pick(rng, "", " joined", ",", ".", "é"))
		s := b.String()
		if rng.Intn(4) == 0 { // cut as the 80-byte window cuts
			s = s[:rng.Intn(len(s)+1)]
		}
		posts = append(posts, s)
	}
	re := newRules().rePostOrg
	matched := 0
	for _, p := range posts {
		s, e, ok := postOrgSpan(p)
		m := re.FindStringSubmatchIndex(p)
		if ok != (m != nil) || ok && (s != m[2] || e != m[3]) {
			t.Fatalf("postOrgSpan(%q) = %d, %d, %v; rePostOrg %v", p, s, e, ok, m)
		}
		if ok {
			matched++
		}
	}
	if matched < 20000 || matched > len(posts)*9/10 {
		t.Errorf("%d of %d strings match: the comparison is weak", matched, len(posts))
	}
}

// FuzzPostOrgSpan: postOrgSpan is rePostOrg's group.
func FuzzPostOrgSpan(f *testing.F) {
	for _, s := range []string{" from Acme Labs joined", " at the Quux Zorb Ünal É x", "\tof\tO’Quux's Labs", " from the acme", " at 2nd"} {
		f.Add(s)
	}
	re := newRules().rePostOrg
	f.Fuzz(func(t *testing.T, p string) {
		s, e, ok := postOrgSpan(p)
		m := re.FindStringSubmatchIndex(p)
		if ok != (m != nil) || ok && (s != m[2] || e != m[3]) {
			t.Fatalf("postOrgSpan(%q) = %d, %d, %v; rePostOrg %v", p, s, e, ok, m)
		}
	})
}
