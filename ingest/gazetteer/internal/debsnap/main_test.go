package main

import "testing"

func TestJargon(t *testing.T) {
	words := map[string]bool{}
	for _, w := range []string{"file", "system", "lock", "stand", "alone", "match", "trust", "party", "code", "back", "port", "couple"} {
		words[w], words["="+w] = true, true
	}
	words["sql"] = true // an acronym: a name, not a word part
	tests := []struct {
		name string
		want bool
	}{
		{"filesystem", true}, {"lockfile", true}, {"standalone", true}, {"matcher", true},
		{"untrusted", true}, {"multiparty", true}, {"backports", true}, {"decouple", true},
		{"file", true}, {"sqlzorb", false}, {"zorblat", false}, {"quuxfs", false},
	}
	for _, tt := range tests {
		if got := jargon(tt.name, words); got != tt.want {
			t.Errorf("jargon(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCamelSpelled(t *testing.T) {
	tests := []struct {
		name, descr string
		want        bool
	}{
		{"turnserver", "TurnServer: a TURN server", true},
		{"freedombox", "easy to manage, privacy oriented home server (FreedomBox)", true},
		{"filesystem", "filesystem tools", false},
		{"lockfile", "Lockfile handling", false}, // a capital only at the start
		{"gitlab", "GITLAB runner", false},       // all capitals
		{"zorblat", "the ZorbLat library", true},
	}
	for _, tt := range tests {
		if got := camelSpelled(tt.name, tt.descr); got != tt.want {
			t.Errorf("camelSpelled(%q, %q) = %v, want %v", tt.name, tt.descr, got, tt.want)
		}
	}
}
