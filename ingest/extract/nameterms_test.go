package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// A technology or place that is also a given name is not named by the
// first word of a person's name.
func TestGivenNameTerms(t *testing.T) {
	x := New(Config{
		Lexicon:   brandLexicon{"Dimitri": {Class: vocab.Technology}, "Marc": {Class: vocab.Place}, "Rust": {Class: vocab.Technology}},
		GivenName: func(t string) bool { return givenNames[t] },
	})
	tests := []struct {
		name, text string
		links      []string
		tech       bool // Dimitri stays a technology
		person     string
	}{
		{"prose", "Yesterday Dimitri Okonkwo explained the scheduler.", nil, false, ""},
		{"after by in a title-cased line", "Quiet Caches, by Dimitri Okonkwo", nil, false, ""},
		{"linked full name", "Quiet Caches: Dimitri Okonkwo (Slides)", []string{"Dimitri Okonkwo|https://twitter.com/dokonkwo"}, false, "Dimitri Okonkwo"},
		{"speaker after a dash", "Fast Queues In Practice - Dimitri Okonkwo: how queues work.", nil, false, ""},
		{"particle", "Yesterday Dimitri van Okonkwo explained the scheduler.", nil, false, ""},
		{"the technology", "We rewrote it in Dimitri last year, with Rust.", nil, true, ""},
		{"followed by a known word", "We rewrote Dimitri Rust bindings.", nil, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("T", tt.text, tt.links...))
			if got := has(names(r, vocab.Technology), "Dimitri"); got != tt.tech {
				t.Errorf("technologies %q, want Dimitri: %v", names(r, vocab.Technology), tt.tech)
			}
			if tt.person != "" && !has(names(r, vocab.Person), tt.person) {
				t.Errorf("persons %q, want %q", names(r, vocab.Person), tt.person)
			}
		})
	}
}

// A place that is a person's surname ("Daniel Marc") is no place; one
// named after "in" is.
func TestSurnamePlace(t *testing.T) {
	x := New(Config{
		Lexicon:   brandLexicon{"Sutterby": {Class: vocab.Place}},
		GivenName: func(t string) bool { return givenNames[t] },
	})
	r := x.Extract(mkdoc("T", "Then Daniel Sutterby explained it, and we went to a bar in Sutterby."))
	ps := names(r, vocab.Place)
	if len(ps) != 1 {
		t.Fatalf("places %q, want Sutterby once (the bar's town)", ps)
	}
	r = x.Extract(mkdoc("T", "Then Daniel Sutterby explained it."))
	if ps := names(r, vocab.Place); len(ps) > 0 {
		t.Errorf("places %q, want none", ps)
	}
}
