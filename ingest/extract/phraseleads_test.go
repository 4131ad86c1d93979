package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestDescriptiveTitleLead(t *testing.T) {
	dict := map[string]bool{"secret": true, "pattern": true, "companion": true, "notes": true, "decade": true, "box": true}
	bl := fakeLexicon{"Zorb Actions": vocab.Technology}
	x := New(Config{Lexicon: bl, Series: []string{"FOSDEM"}, Word: func(w string) bool { return dict[w] }})
	tests := []struct {
		title   string
		project string // the Project the title names, "" for none
		not     string
	}{
		{"Zorbix Secrets - notes from a decade", "", "Zorbix Secrets"},
		{"Quuxic Refactoring: a field manual", "", "Quuxic Refactoring"},
		{"Widget Patterns: a catalogue", "", "Widget Patterns"},
		{"Quux Companion: the schedule app", "Quux Companion", ""}, // a word, not a plural
		{"Zorbl Frobs: a new release", "Zorbl Frobs", ""},          // no word of the dictionary
		{"Zorbl: the new era of widgets", "Zorbl", ""},             // one word
	}
	for _, tt := range tests {
		text := "At FOSDEM 2019 I saw the talk \"" + tt.title + "\" by Jane Roe. It was fun."
		r := x.Extract(mkdoc("Notes", text))
		soft := append(names(r, vocab.Project), names(r, vocab.Technology)...)
		if tt.project != "" && !has(soft, tt.project) {
			t.Errorf("%q: no software %q (software %q)", tt.title, tt.project, soft)
		}
		if tt.not != "" && has(soft, tt.not) {
			t.Errorf("%q: software %q, want none", tt.title, tt.not)
		}
	}
}
