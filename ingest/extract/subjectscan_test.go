package extract

import (
	"math/rand"
	"strings"
	"testing"
)

func TestSubjLeadEnd(t *testing.T) {
	re := newRules()
	cases := []struct {
		s    string
		want int
	}{
		{"a very short talk about Fooproject", len("a very short talk about ")},
		{", the Fooproject", len(", the ")},
		{"The Quux", len("The ")},
		{"Fooproject", -1},
		{"", -1},
		{"an", 2},
		{"anx", -1},
		{"a_b", -1},
		{"theé", 3},           // \b holds before a non-ASCII letter
		{"the \u212aalk", -1}, // the Kelvin sign folds to k: the regexp decides
		{"ON how", 3},
		{"about\"Quux\"", 5},
	}
	for _, c := range cases {
		if got := subjLeadEnd(re, c.s); got != c.want && !(c.want == -1 && strings.Contains(c.s, "\u212a")) {
			t.Errorf("subjLeadEnd(%q) = %d, want %d", c.s, got, c.want)
		}
		if got, want := subjLeadEnd(re, c.s), subjLeadRegexp(re, c.s); got != want {
			t.Errorf("subjLeadEnd(%q) = %d, reSubjLead %d", c.s, got, want)
		}
	}
}

func TestMayTrailLoc(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Fooproject in the Quux devroom", true},
		{"Fooproject at Zorbcon 2031.", true},
		{"Fooproject on the main STAGE!", true},
		{"Fooproject in the Quux dev room..", false},
		{"Fooproject in Quux", false},
		{"Fooproject in the Quux devroomé", true}, // non-ASCII: left to the regexp
		{"", false},
	} {
		if got := mayTrailLoc(c.s); got != c.want {
			t.Errorf("mayTrailLoc(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestSubjectScanSame compares subjLeadEnd with reSubjLead and
// trailLocStart with reTrailLoc, and checks that mayTrailLoc holds wherever
// reTrailLoc matches, on windows of the regression posts and on random
// strings of their words.
func TestSubjectScanSame(t *testing.T) {
	var texts []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] == ' ' || s[i-1] == ',' {
				texts = append(texts, s[i:min(len(s), i+60)], s[max(0, i-90):i-1], s[max(0, i-60):i])
			}
		}
	}
	words := []string{"a", "an", "the", "The", "VERY", "short", "talk", "about", "on", "us", "at", "x", "Quux", ",", " ", "\t", "é", "\u212a", "ſ", "in", "devroom", "dev room", "Tracks", "main stage", "Hall", "2031", "19", ".", "!", "_", "-"}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := 1 + rng.Intn(10); k > 0; k-- {
			if k%2 == 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.Intn(len(words))])
		}
		texts = append(texts, b.String())
		// the shape of reTrailLoc, often broken
		b.Reset()
		b.WriteString(words[rng.Intn(len(words))])
		b.WriteString([]string{" in ", " AT ", "\tduring ", " on ", " in", " inx "}[rng.Intn(6)])
		b.WriteString([]string{"", "the ", "this\t", "our ", "thé ", "THAT  ", "the the "}[rng.Intn(7)])
		for k := rng.Intn(7); k > 0; k-- {
			b.WriteString([]string{"Quux ", "c++ ", "a/b ", "é ", "x", " "}[rng.Intn(6)])
		}
		b.WriteString([]string{"devroom", "dev-rooms", "Dev Room", "dev\troom", "dev  rooms", "track", "TRACKS", "main stage", "Main\t Stage", "hall", "auditorium", "conference", "summit", "Zorbcon 2031", "Zorb9 1999", "9x 2031", "1999", "2x", "room", "\u212aitchen", "in the hall"}[rng.Intn(21)])
		b.WriteString([]string{"", ".", "!", "..", "é", " "}[rng.Intn(6)])
		texts = append(texts, b.String())
	}
	re := newRules()
	leads, trails := 0, 0
	for _, s := range texts {
		got, want := subjLeadEnd(re, s), subjLeadRegexp(re, s)
		if got != want {
			t.Fatalf("subjLeadEnd(%q) = %d, reSubjLead ends at %d", s, got, want)
		}
		if want >= 0 {
			leads++
		}
		wantAt := -1
		if m := re.reTrailLoc.FindStringIndex(s); m != nil {
			wantAt = m[0]
			trails++
			if !mayTrailLoc(s) {
				t.Fatalf("mayTrailLoc(%q) = false, but reTrailLoc matches", s)
			}
		}
		if got := trailLocStart(re, s); got != wantAt {
			t.Fatalf("trailLocStart(%q) = %d, reTrailLoc starts at %d", s, got, wantAt)
		}
	}
	if leads < 1000 || trails < 1000 {
		t.Errorf("%d leads and %d trailing places among %d strings: the comparison is weak", leads, trails, len(texts))
	}
}

func TestTrailLocStart(t *testing.T) {
	re := newRules()
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Fooproject in the Quux devroom", len("Fooproject")},
		{"Fooproject in the Quux devroom at Zorbcon 2031.", len("Fooproject")},
		{"Fooproject and widgets at Zorbcon 2031", len("Fooproject and widgets")},
		{"Fooproject on a b c d e main stage", len("Fooproject")},
		{"Fooproject on a b c d e f main stage", -1},
		{"Fooproject on the a b c d e dev room", len("Fooproject")},
		{"Fooproject in Quux, the devroom", -1},
		{"in the hall", -1},
		{" in the hall", 0},
		{"Fooproject in the Quux devroom\u00e9", -1},
	} {
		if got := trailLocStart(re, c.s); got != c.want {
			t.Errorf("trailLocStart(%q) = %d, want %d", c.s, got, c.want)
		}
		want := -1
		if m := re.reTrailLoc.FindStringIndex(c.s); m != nil {
			want = m[0]
		}
		if want != c.want {
			t.Errorf("reTrailLoc on %q starts at %d, the table says %d", c.s, want, c.want)
		}
	}
}
