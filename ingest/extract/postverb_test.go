package extract

import (
	"math/rand"
	"strings"
	"testing"
)

func TestPostVerbEnd(t *testing.T) {
	cases := []struct {
		post string
		want string // the match, "" for none
	}{
		{" presented Fooproject", " presented"},
		{" talked about Fooproject", " talked"},
		{" talksmith", ""},
		{" then gave a talk", " then gave"},
		{" also  showed", " also  showed"},
		{" also", ""},
		{"also gave", ""},
		{" (Quux Labs) presented it", " (Quux Labs) presented"},
		{" (@jquux)   explains", " (@jquux)   explains"},
		{" (" + strings.Repeat("x", 121) + ") gave", ""},
		{" (" + strings.Repeat("é", 120) + ") gave", " (" + strings.Repeat("é", 120) + ") gave"},
		{" from Quux Labs Zorb Inc presented", " from Quux Labs Zorb Inc presented"},
		{" from Quux Labs Zorb Inc Bar presented", ""},
		{" from quux’s team gave", ""},
		{" from quux’s gave", " from quux’s gave"},
		{" of Quux, the widget maker, spoke", " of Quux, the widget maker, spoke"},
		{",  , spoke", ",  , spoke"},
		{", , spoke", ""},
		{", " + strings.Repeat("y", 61) + ", spoke", ""},
		{", " + strings.Repeat("y", 60) + ", spoke", ", " + strings.Repeat("y", 60) + ", spoke"},
		{" made an intro", " made an"},
		{" made a demo", " made a"},
		{" made anything", ""},
		{" went  through", " went  through"},
		{" walked us through", " walked us through"},
		{" walked through", " walked through"},
		{" walked usthrough", ""},
		{" is presenting", " is presenting"},
		{" was presented", ""},
		{" will present", " will present"},
		{" will presents", ""},
		{" opened the day with", " opened the day with"},
		{" opened with", " opened with"},
		{" opened the Day with", ""},
		{" kicked off the morning with", " kicked off the morning with"},
		{" kicked off with", " kicked off with"},
		{" closed the conference without", ""},
		{" on how to", " on how"},
		{" on however", ""},
		{" about_", ""},
		{" about.", " about"},
		{"'s talk", ""},
		{"", ""},
		{" Presented", ""},
	}
	re := newRules().rePostVerb
	for _, c := range cases {
		got := ""
		if e := postVerbEnd(c.post); e >= 0 {
			got = c.post[:e]
		}
		if got != c.want {
			t.Errorf("postVerbEnd(%q) = %q, want %q", c.post, got, c.want)
		}
		if m := re.FindStringIndex(c.post); (m == nil) != (c.want == "") || m != nil && c.post[:m[1]] != c.want {
			t.Errorf("rePostVerb on %q = %v, the table wants %q", c.post, m, c.want)
		}
	}
}

// TestPostVerbEndSame compares postVerbEnd with rePostVerb on the text
// after every word of the regression posts and on random strings of the
// grammar's pieces.
func TestPostVerbEndSame(t *testing.T) {
	var posts []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] != ' ' && (s[i] == ' ' || s[i] == '(' || s[i] == ',' || s[i] == '\'') {
				posts = append(posts, s[i:min(len(s), i+160)])
			}
		}
	}
	// strings of the grammar's parts, each part often broken
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		if rng.Intn(3) == 0 {
			b.WriteString(pick(rng, "", " ", "\t ") + "(" + strings.Repeat(pick(rng, "x", "é", " ", "\n", "\xff"), rng.Intn(125)) + pick(rng, ")", ")", ""))
		}
		if rng.Intn(3) == 0 {
			b.WriteString(pick(rng, " ", "  ", "") + pick(rng, "from", "of", "at", "often", "atx") + pick(rng, " ", "\t", "") + pick(rng, "Quux", "quux’s", "1&2", "É-x", "", "."))
			for k := rng.Intn(5); k > 0; k-- {
				b.WriteString(pick(rng, " ", "") + pick(rng, "Zorb", "Labs.", "É", "x", "Acme's"))
			}
		}
		if rng.Intn(3) == 0 {
			b.WriteString("," + pick(rng, " ", "  ", "") + strings.Repeat(pick(rng, "y", "ü", " "), rng.Intn(64)) + pick(rng, ",", ",", ""))
		}
		b.WriteString(pick(rng, " ", "  ", "\t", ""))
		if rng.Intn(4) == 0 {
			b.WriteString(pick(rng, "also", "then", "also ", "then\t", "alsox "))
		}
		b.WriteString(pick(rng, "talked", "talks", "spoke", "gave", "about", "covered", "made", "made an", "made a", "made anx", "went through", "walked us through", "walked  through", "walked us", "is presenting",
			"was presenting", "will present", "opened the day with", "opened with", "opened the Day with", "kicked off the x with", "kicked off with", "closed the é with", "on how", "on  how", "onhow", "Gave", "talk"))
		b.WriteString(pick(rng, "", " ", "x", "_", "1", ".", "é", " it"))
		posts = append(posts, b.String())
	}
	re := newRules().rePostVerb
	matched := 0
	for _, p := range posts {
		want := -1
		if m := re.FindStringIndex(p); m != nil {
			want = m[1]
			matched++
		}
		if got := postVerbEnd(p); got != want {
			t.Fatalf("postVerbEnd(%q) = %d, rePostVerb ends at %d", p, got, want)
		}
	}
	if matched < 30000 {
		t.Errorf("only %d of %d strings match: the comparison is weak", matched, len(posts))
	}
}
