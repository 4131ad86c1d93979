package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestCoinedTerms: a known name inside another name or a coined word is not
// a mention of it; a devroom named after "from the" is no organisation.
func TestCoinedTerms(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Acme": vocab.Organization, "Zorb": vocab.Technology, "C++": vocab.Technology}, Series: []string{"FOSDEM"},
		MatchTrack: func(series, year, phrase string) (string, bool) { return "", false }})
	tests := []struct {
		text  string
		class vocab.Class
		name  string
		want  bool
	}{
		{"I shared my thoughts on Acme+, as usual.", vocab.Organization, "Acme", false},
		{"Let's de-Acme-ify the web!", vocab.Organization, "Acme", false},
		{"We met the Acme team.", vocab.Organization, "Acme", true},
		{"It is written in C++, fast.", vocab.Technology, "C++", true},
		{"It is written with Zorb+, fast.", vocab.Technology, "Zorb", true},             // a technology's family
		{"We built it in Zorb, with Zorb-based tools.", vocab.Technology, "Zorb", true}, // a hyphen on one side only
		{"We invited the speakers from the Quux and Widget Analysis devrooms to dinner.", vocab.Organization, "Quux", false},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019. "+tt.text))
		if got := has(names(r, tt.class), tt.name); got != tt.want {
			t.Errorf("%q: %s %q = %v, want %v (%q)", tt.text, tt.class, tt.name, got, tt.want, names(r, tt.class))
		}
	}
}
