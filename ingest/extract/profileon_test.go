package extract

import (
	"slices"
	"testing"
)

// TestProfileOnMatch: profileOnMatch is reProfileOn's FindStringSubmatch
// on anchors of every platform and on ones the cheap test refuses.
func TestProfileOnMatch(t *testing.T) {
	re := newRules()
	matched := 0
	for _, name := range []string{"Jane Quux", "Jane", "Jane van Quux", "jane", ""} {
		for _, sep := range []string{" on ", " at ", " @ ", "\ton\t", " in ", " on", "on "} {
			for _, p := range []string{"Twitter", "GitHub", "Github", "GitLab", "Mastodon", "LinkedIn", "X", "Bluesky", "Xfoo", "twitter", "Gitea", "Fooproject", ""} {
				a := name + sep + p
				want := re.reProfileOn.FindStringSubmatch(a)
				if want != nil {
					matched++
				}
				if got := profileOnMatch(re, a); !slices.Equal(got, want) {
					t.Errorf("profileOnMatch(%q) = %q, want %q", a, got, want)
				}
			}
		}
	}
	if matched < 20 {
		t.Errorf("%d anchors match: want the platforms' forms", matched)
	}
}
