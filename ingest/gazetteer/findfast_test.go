package gazetteer

import (
	"reflect"
	"testing"
)

// TestFindFastSame checks that Find's loop over the tokens the filter
// rejects gives the matches of the plain loop (a nextCandidate call per
// token) on the dev, dev2, regression and Rust blog posts, and on text
// with non-ASCII letters, punctuation and URLs.
func TestFindFastSame(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := append(corpusTexts(t),
		"Café Rust, Zürich: Go/Rust ‘Python’ «Kubernetes» naïve C++ .NET x.Go @Rust https://rust-lang.org/ Go",
		"ÉRust Rustë Go—Rust—Python (Linux) [Debian] {Ubuntu} \"Java\" Linux's, GitHub.")
	matches := 0
	for _, text := range texts {
		got, want := g.find(text, true), g.find(text, false)
		matches += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%.60q…: %d matches, plain loop %d", text, len(got), len(want))
		}
	}
	if matches < 1000 {
		t.Fatalf("only %d matches: the texts are missing", matches)
	}
}
