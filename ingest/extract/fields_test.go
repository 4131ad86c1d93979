package extract

import (
	"slices"
	"strings"
	"testing"
)

// The word helpers of names.go answer as strings.Fields.
func TestFieldHelpers(t *testing.T) {
	inputs := []string{
		"", " ", "\t\n\v\f\r ", "Jane", " Jane ", "Jane Quux", "Jane  Quux\tFoo\nBar",
		"Jane\u00a0Quux", "Jane\u0085Quux", "Jane\u3000Quux", "\u2003Jane\u2003", "José Ñandú",
		"Jane-Marie Quux-Foo", "@jquux", "a b c d e f g h", "Jane \xff Quux", "\xffJane", "Jane\xff",
		"Ünïcode  Fooproject ", "x\u200bY", // a zero-width space is no space for strings.Fields
	}
	for _, s := range inputs {
		want := strings.Fields(s)
		if got := appendFields(nil, s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got := appendFields([]string{"x"}, s); !slices.Equal(got, append([]string{"x"}, want...)) {
			t.Errorf("appendFields(x, %q) = %q", s, got)
		}
		for max := 1; max <= 8; max++ {
			if got, w := wordCount(s, max), min(len(want), max); got != w {
				t.Errorf("wordCount(%q, %d) = %d, want %d", s, max, got, w)
			}
		}
		first, last := "", ""
		if len(want) > 0 {
			first, last = want[0], want[len(want)-1]
		}
		if got := firstField(s); got != first {
			t.Errorf("firstField(%q) = %q, want %q", s, got, first)
		}
		if got := lastField(s); got != last {
			t.Errorf("lastField(%q) = %q, want %q", s, got, last)
		}
	}
}

// byFolded finds what a lookup by fold finds.
func TestByFolded(t *testing.T) {
	m := map[string][]int{}
	keys := []string{"Jane", "QUUX", "josé", "Ünïcode", strings.Repeat("Ab", 40), "", "foo-bar"}
	for i, k := range keys {
		m[fold(k)] = []int{i}
	}
	for _, k := range append(keys, "jane", "JANE", "Quux", "JOSÉ", "üNÏCODE", strings.Repeat("aB", 40), "nobody", "Foo-Bar") {
		if got, want := byFolded(m, k), m[fold(k)]; !slices.Equal(got, want) {
			t.Errorf("byFolded(%q) = %v, want %v", k, got, want)
		}
	}
}
