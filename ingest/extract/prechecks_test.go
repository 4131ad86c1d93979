package extract

import (
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// precheckTexts returns the windows of the regression posts after every
// blank (post), the lines of those posts (titles), and random strings of
// words the prechecked patterns read, with blanks, case and non-ASCII
// letters mixed in.
func precheckTexts(t *testing.T) []string {
	var out []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] == ' ' || s[i-1] == '\n' {
				out = append(out, s[i-1:min(len(s), i+160)])
			}
		}
		for _, l := range strings.Split(s, "\n") {
			out = append(out, strings.TrimSpace(l))
		}
	}
	words := []string{"(", ")", "(the", "CTO", "cto", "Lead", "engineer", "Engineer", "of", "OF", "Of", "at", "AT", "aT", "oft", "cat", "the", "Acme", "Quux Labs",
		"Introducing", "Developing", "Building", "Meet", "Inside", "Hacking", "on", "Zorbl", "goes", "Goes", "with", "With", "and", "And", "a", "the", "how",
		":", " - ", " – ", "—", ",", ", the", "2.0", "talk", "Talks", "TALK", "xtalk", "talker", "keynote", "demos", "lightning", "speakers", "tal\u212as", "ſession", "é", "Fooproject", "community", "Community", "communities", "folks", "fans", "side", "sides", "developers", "world"}
	blanks := []string{" ", "  ", "\t", " \t", ""}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		if rng.Intn(2) == 0 {
			b.WriteString(blanks[rng.Intn(len(blanks))])
		}
		for k := 1 + rng.Intn(8); k > 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString(blanks[rng.Intn(len(blanks))])
		}
		out = append(out, b.String())
	}
	// parentheses of reRoleOrg's shape, and near misses
	roles := []string{"CTO", "cto", "Lead", "engineer", "Maintainer", "professor", "chair"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		b.WriteString(blanks[rng.Intn(len(blanks))])
		b.WriteString("(")
		for k := rng.Intn(4); k > 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString(blanks[rng.Intn(len(blanks))])
		}
		b.WriteString(roles[rng.Intn(len(roles))])
		b.WriteString(blanks[rng.Intn(len(blanks))])
		b.WriteString([]string{"of", "at", "OF", "At", "oF", "on", "o f", "att"}[rng.Intn(8)])
		b.WriteString(blanks[rng.Intn(len(blanks))])
		for k := rng.Intn(3); k > 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
		}
		if rng.Intn(5) > 0 {
			b.WriteString(")")
		}
		out = append(out, b.String())
	}
	return out
}

// TestPrechecksSame compares the literal checks run before regexps with
// the regexps: a check that says no is never wrong, and the wrapped
// matchers return the regexps' submatches.
func TestPrechecksSame(t *testing.T) {
	re := newRules()
	roles, titles, groups := 0, 0, 0
	for _, s := range precheckTexts(t) {
		b := &builder{re: re, text: s}
		want := re.reGroupNoun.MatchString(s[:min(len(s), 12)])
		if got := b.groupNounAt(0); got != want {
			t.Fatalf("groupNounAt(%q) = %v, reGroupNoun %v", s, got, want)
		}
		if want {
			groups++
		}
		if m := re.reRoleOrg.FindStringSubmatchIndex(s); m != nil {
			roles++
			if !mayRoleOrg(s) {
				t.Fatalf("mayRoleOrg(%q) = false, reRoleOrg matches", s)
			}
		}
		for _, c := range []struct {
			name      string
			got, want []string
		}{
			{"reTitleIntro", titleIntroMatch(re, s), re.reTitleIntro.FindStringSubmatch(s)},
			{"reTitleGoes", titleGoesMatch(re, s), re.reTitleGoes.FindStringSubmatch(s)},
			{"reTitleLead", titleLeadMatch(re, s), re.reTitleLead.FindStringSubmatch(s)},
			{"titleTools.with", titleWithMatch(s), titleTools.with.FindStringSubmatch(s)},
			{"titleTools.and", titleAndMatch(s), titleTools.and.FindStringSubmatch(s)},
		} {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Fatalf("%s on %q: %q, want %q", c.name, s, c.got, c.want)
			}
			if c.want != nil {
				titles++
			}
		}
	}
	if roles < 200 || titles < 2000 || groups < 200 {
		t.Errorf("%d role, %d title and %d group-noun matches: the comparison is weak", roles, titles, groups)
	}
}

// TestTalkWordIn compares talkWordIn, which reads the scanner's hits, with
// reTalkWord on every span between two blanks (up to 80 bytes) of texts
// made of the pattern's words and others.
func TestTalkWordIn(t *testing.T) {
	x := New(Config{})
	words := []string{"talk", "Talks", "TALK", "xtalk", "talker", "talk_", "keynote", "Keynotes", "demo", "demos", "lightning", "speakers", "speech", "tutorial", "presentation",
		"tal\u212as", "\u017fession", "é", "talké", "Fooproject", "by", "the", "a", "-", ",", "(", ")", "sessions.", "2talk",
		"workshops", "Lectures", "presentations", "introductions", "speechs", "tutorials", "lightnings", "explanation", "introduction", "lecture", "workshop"}
	blanks := []string{" ", "  ", "\t", "\n"}
	rng := rand.New(rand.NewSource(3))
	matches, checks := 0, 0
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		for k := 20 + rng.Intn(40); k > 0; k-- {
			w := words[rng.Intn(len(words))]
			if rng.Intn(4) == 0 {
				w += words[rng.Intn(len(words))]
			}
			sb.WriteString(w)
			sb.WriteString(blanks[rng.Intn(len(blanks))])
		}
		text := sb.String()
		b := &builder{re: x.re, x: x, text: text, lower: lowerASCII(text)}
		b.hits = x.scan.run(text, b.lower)
		for s := 0; s < len(text); s++ {
			if s > 0 && text[s-1] != ' ' {
				continue
			}
			for e := s; e <= min(len(text), s+80); e++ {
				if e < len(text) && text[e] != ' ' && e != s+1 {
					continue
				}
				want := x.re.reTalkWord.MatchString(text[s:e])
				if got := b.talkWordIn(s, e); got != want {
					t.Fatalf("talkWordIn(%q) = %v, reTalkWord %v", text[s:e], got, want)
				}
				checks++
				if want {
					matches++
				}
			}
		}
	}
	if matches < checks/10 || matches > checks*9/10 {
		t.Errorf("%d matches in %d spans: the comparison is weak", matches, checks)
	}
}

// TestOrgCueWord compares orgCueWord with the conditions of orgCues' cases
// (and of its lower-case fallback) on every word of their sets.
func TestOrgCueWord(t *testing.T) {
	var ws []string
	for _, set := range []map[string]bool{weAtWords, weAtSkip, worksWords, worksFor, madeByWords, roleWords, orgRoleWords} {
		for w := range set {
			ws = append(ws, w)
		}
	}
	ws = append(ws, "", "talk", "presented", "Works")
	yes := 0
	for _, conn := range []string{" at ", " of ", " by ", " for "} { // orgCues' connectors
		for _, prev := range ws {
			for _, first := range ws {
				want := conn == " at " && (weAtWords[prev] || weAtWords[first]) ||
					conn == " at " && orgRoleWords[prev] && !roleWords[prev] ||
					conn == " at " && worksWords[prev] || conn == " for " && worksFor[prev] ||
					conn == " by " && madeByWords[prev] ||
					(conn == " of " || conn == " at ") && roleWords[prev] ||
					(conn == " at " || conn == " from ") && orgRoleWords[prev]
				if got := orgCueWord(conn, prev, first); got != want {
					t.Fatalf("orgCueWord(%q, %q, %q) = %v, want %v", conn, prev, first, got, want)
				}
				if want {
					yes++
				}
			}
		}
	}
	if yes == 0 {
		t.Error("no word is a cue")
	}
}

// TestHasLowerPrefix compares hasLowerPrefix with HasPrefix of lowerASCII.
func TestHasLowerPrefix(t *testing.T) {
	words := []string{"", "F", "Foo", "FOO", "foo", "fOo", "Fooproject", "fooproject 2019", "Fö", "fö", "FÖ", "[", "@", "`", "{", "Z", "z"}
	for _, text := range words {
		lower := lowerASCII(text)
		for _, p := range words {
			if got, want := hasLowerPrefix(lower, p), strings.HasPrefix(lower, lowerASCII(p)); got != want {
				t.Errorf("hasLowerPrefix(%q, %q) = %v, want %v", lower, p, got, want)
			}
		}
	}
}

// TestBySpanStartOrder checks that sort.Sort(bySpanStart) leaves person
// spans in the order sort.Slice with the same comparison did, ties (the
// same start and end, other entities) included.
func TestBySpanStartOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200; n++ {
		ps := make([]personSpan, rng.Intn(300))
		for i := range ps {
			s := rng.Intn(40)
			ps[i] = personSpan{s, s + 1 + rng.Intn(4), i}
		}
		want := append([]personSpan(nil), ps...)
		sort.Slice(want, func(i, j int) bool {
			if want[i].start != want[j].start {
				return want[i].start < want[j].start
			}
			return want[i].end > want[j].end
		})
		sort.Sort(bySpanStart(ps))
		if !slices.Equal(ps, want) {
			t.Fatalf("sort.Sort order %v, sort.Slice %v", ps, want)
		}
	}
}

// TestListSepSame compares listSep with its former reading, the words of s
// joined by one space, on strings of its words and blanks.
func TestListSepSame(t *testing.T) {
	ref := func(s string) bool {
		if !strings.ContainsAny(s, " \t") {
			return false
		}
		switch strings.Join(strings.Fields(s), " ") {
		case ",", ", and", "and", "&":
			return !strings.HasPrefix(s, ",") || s[1] == ' ' || s[1] == '\t'
		}
		return false
	}
	parts := []string{",", "and", "&", " ", "\t", "\u00a0", "x", ", ", " and ", "an", "&&"}
	rng := rand.New(rand.NewSource(2))
	yes := 0
	for n := 0; n < 50000; n++ {
		var sb strings.Builder
		for k := rng.Intn(5); k > 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		if got, want := listSep(s), ref(s); got != want {
			t.Fatalf("listSep(%q) = %v, want %v", s, got, want)
		}
		if ref(s) {
			yes++
		}
	}
	if yes < 1000 {
		t.Errorf("%d separators: the comparison is weak", yes)
	}
}

// TestLowerKeyed compares lowerKeyed with a lookup by strings.ToLower.
func TestLowerKeyed(t *testing.T) {
	m := map[string]string{"fooconf": "FooConf", "quux camp": "Quux Camp", "zörb": "Zörb", "": "empty"}
	for _, s := range []string{"FooConf", "fooconf", "FOOCONF", "Fooconf ", "Quux Camp", "QUUX CAMP", "Zörb", "ZÖRB", "zörb", "", "x", strings.Repeat("A", 70), "İ"} {
		if got, want := lowerKeyed(m, s), m[strings.ToLower(s)]; got != want {
			t.Errorf("lowerKeyed(%q) = %q, want %q", s, got, want)
		}
	}
}
