package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestDefinedSoftware(t *testing.T) {
	x := newX()
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Zorbl is a Qt-based desktop environment that has been in development.", "Zorbl", true},
		{"Zorbl is free software that aims to provide messaging.", "Zorbl", true},
		{"  Zorbl is a damn simple privacy friendly file sharing web application.", "Zorbl", true},
		{"Frobnik is a personal server running free software.", "Frobnik", true},
		{"Zorbl is a project driven by people who care.", "Zorbl", true},
		{"Zorbl is an excellent, volunteer-run conference.", "Zorbl", false},                               // no software noun
		{"Zorbl is a city known for its software companies.", "Zorbl", false},                              // the head ends before "for"
		{"This is a tool I like.", "This", false},                                                          // a stop word
		{"Acme is a company that makes an editor.", "Acme", false},                                         // known organisation
		{"Jane is a developer of a small library.", "Jane", false},                                         // a given name
		{"We think Zorbl is a library worth a look.", "Zorbl", false},                                      // not the sentence's opening
		{"Kubernetes is a platform for containers.", "Kubernetes", false},                                  // a known technology stays one
		{"News of the Zorbl Foundation. Zorbl is a personal server running free software.", "Zorbl", true}, // a foundation named after it
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", tt.text))
		if got := has(names(r, vocab.Project), tt.name); got != tt.want {
			t.Errorf("%q: project %q = %v, want %v (projects %q)", tt.text, tt.name, got, tt.want, names(r, vocab.Project))
		}
	}
}
