package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestNameListHead: a technology that is also a given name leading a name
// in a line of people's names is no technology; elsewhere it still is.
func TestNameListHead(t *testing.T) {
	x := newX()
	tests := []struct {
		name, text string
		tech       bool
	}{
		{"a list of contributors", "Thanks to everyone who helped:\n\nDylan Quimby\nJane Roe\n", false},
		{"names on one line", "Thanks to everyone who helped.\n\nDylan Quimby, Jane Roe and Ana Lima\n", false},
		{"the language in a sentence", "We ported the parser to Dylan last year.\n", true},
		{"the language in a list", "We tried three languages:\n\n- Dylan\n- Python\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text))
			if got := has(names(r, vocab.Technology), "Dylan"); got != tt.tech {
				t.Errorf("technology Dylan = %v, want %v (technologies %q)", got, tt.tech, names(r, vocab.Technology))
			}
		})
	}
}
