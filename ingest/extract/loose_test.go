package extract

import (
	"sort"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// surfaceLexicon matches each surface as a whole word with its term.
type surfaceLexicon map[string]Term

func (sl surfaceLexicon) Find(text string) []Term {
	var out []Term
	for surf, t := range sl {
		for _, at := range wordIndexes(text, surf) {
			t.Start, t.End = at, at+len(surf)
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func TestLooseTerms(t *testing.T) {
	x := New(Config{Lexicon: surfaceLexicon{
		"Snakelang": {Name: "Snakelang", Class: vocab.Technology},
		"snakelang": {Name: "Snakelang", Class: vocab.Technology, Loose: true},
		"Zed":       {Name: "Zed", Class: vocab.Technology, Loose: true, Dropped: true},
		"zed":       {Name: "Zed", Class: vocab.Technology, Loose: true, Dropped: true},
		"frames":    {Name: "frames", Class: vocab.Technology, Loose: true, Dropped: true},
		"Q":         {Name: "Q", Class: vocab.Technology, Loose: true, Dropped: true},
		"q":         {Name: "Q", Class: vocab.Technology, Loose: true, Dropped: true},
		"mobile":    {Name: "Mobile", Class: vocab.Technology, Loose: true, Dropped: true},
		"quip":      {Name: "Quip", Class: vocab.Technology, Loose: true},
		"Widgetd":   {Name: "Widgetd", Class: vocab.Technology},
		"GlueKit":   {Name: "GlueKit", Class: vocab.Technology, Weak: true},
		"gluekit":   {Name: "GlueKit", Class: vocab.Technology, Weak: true},
	}})
	tests := []struct {
		text string
		want bool // a Technology comes out
	}{
		{"The back-end is a snakelang back-end with a queue.", true},
		{"It was written in Zed by hand.", true},
		{"Wrap the Q code carefully.", true},
		{"Wrap the q code carefully.", false},
		{"We tried zed code too.", false},
		{"They use widgets, frames, Widgetd and more.", true},
		{"We love mobile apps a lot.", false},
		{"You can quip code all day.", false},
		{"I saw a snakelang at the zoo.", false},
		{"We made the video with snakelang, GlueKit and paper.", true},  // beside a weak name its context confirmed
		{"We made the video with snakelang, gluekit and paper.", false}, // beside a weak name with no context
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("T", tt.text))
		got := names(r, vocab.Technology)
		n := 0
		for _, g := range got {
			if g != "Widgetd" && g != "GlueKit" {
				n++
			}
		}
		if (n > 0) != tt.want {
			t.Errorf("%q: technologies %q, want a loose one: %v", tt.text, got, tt.want)
		}
	}
}

func TestLooseTermsNoise(t *testing.T) {
	x := New(Config{Lexicon: surfaceLexicon{
		"reason":  {Name: "Reason", Class: vocab.Technology, Loose: true},
		"Widgetd": {Name: "Widgetd", Class: vocab.Technology},
	}})
	r := x.Extract(mkdoc("T", "For this reason, Widgetd makes it easy."))
	if got := names(r, vocab.Technology); has(got, "Reason") {
		t.Errorf("technologies %q: a noun after a determiner is no list item", got)
	}
}
