package schedule

import "testing"

func TestBoundedLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 2, 3},
		{"abc", "abc", 1, 0},
		{"abc", "abd", 1, 1},
		{"abc", "abcd", 1, 1},
		{"abcd", "abc", 1, 1},
		{"", "ab", 2, 2},
		{"widget forge", "widgets forged", 2, 2},
		{"abcdef", "badcfe", 2, 3},
	} {
		if got := boundedLevenshtein(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("boundedLevenshtein(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}

func TestMatchTitle(t *testing.T) {
	ix := NewIndex()
	ix.Add(&Schedule{
		Conference: Conference{Series: "DEVCONF", Year: "2031"},
		Talks: []Talk{
			{Slug: "forge", Title: "Forging Widgets at Scale: Lessons from a Decade"},
			{Slug: "gadget", Title: "The Gadget Hour"},
			{Slug: "intro1", Title: "Introduction"},
			{Slug: "intro2", Title: "Introduction"},
			{Slug: "sub", Title: "Sprockets", Subtitle: "turning small wheels"},
			{Slug: "twin1", Title: "Packaging Rust Crates for Distributions"},
			{Slug: "twin2", Title: "Packaging Ruby Gems for Distributions"},
		},
	})
	e, _ := ix.Edition("devconf-2031")
	for _, tc := range []struct {
		phrase string
		slug   string
		kind   TitleMatch
	}{
		{"Forging Widgets at Scale: Lessons from a Decade", "forge", TitleExact},
		{"forging widgets at scale — lessons from a decade!", "forge", TitleExact},
		{"Forging Widgets at Scale", "forge", TitleMain},                        // subtitle dropped
		{"Forging Widgets at Scale: Lessons from a Decade - Jane Roe", "", 0},   // speaker appended: the caller splits
		{"Forging Widget at Scale: Lessons from a Decade", "forge", TitleFuzzy}, // one edit
		{"the gadget hour", "gadget", TitleExact},
		{"Introduction", "", 0},                               // two talks: ambiguous
		{"Sprockets turning small wheels", "sub", TitleExact}, // title and subtitle
		{"Packaging Rust Crates for Distribution", "twin1", TitleFuzzy},
		{"Packaging Crates for Distributions", "", 0}, // too far from both
		{"Gadget", "", 0}, // too short
		{"", "", 0},
	} {
		got, kind, ok := e.MatchTitle(tc.phrase)
		slug := ""
		if ok {
			slug = got.Slug
		}
		if slug != tc.slug || (ok && kind != tc.kind) {
			t.Errorf("MatchTitle(%q) = %q %v, want %q %v", tc.phrase, slug, kind, tc.slug, tc.kind)
		}
	}
}
