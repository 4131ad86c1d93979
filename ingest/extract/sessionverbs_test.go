package extract

import (
	"strings"
	"testing"
)

// TestStageVerbs: "took the stage", "opened the day with a keynote", "did
// a talk" after a name make the person a speaker of the edition.
func TestStageVerbs(t *testing.T) {
	tests := []struct {
		text, talk string // talk "" when the person gives none
	}{
		{"Next, Jane Doe took the stage to talk about release engineering.", "[Jane Doe on release engineering]"},
		{"Marc Roe opened the second day with a keynote about ethics.", "[Marc Roe on ethics]"},
		{"Maria Lopez did a lightning talk on tiny web servers.", "[Maria Lopez on tiny web servers]"},
		{"Jane Doe did a great job with the coffee.", ""},
		{"Marc Roe took the train home after the last day.", ""},
	}
	for _, tt := range tests {
		r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", "SnakeCon 2024 was held in Basel.\n\n"+tt.text))
		ps := perfs(r)
		if tt.talk == "" {
			if len(ps) > 0 {
				t.Errorf("%q: performers %v, want none", tt.text, ps)
			}
			continue
		}
		found := false
		for _, n := range names(r, "Talk") {
			found = found || n == tt.talk
		}
		if !found || len(ps) != 1 {
			t.Errorf("%q: talks %q performers %v, want %q", tt.text, names(r, "Talk"), ps, tt.talk)
		}
	}
}

// TestSpeakerClauses: a relative clause, a participle or a talk set off by
// a comma after a name tell of the person's talk; a conversation does not.
func TestSpeakerClauses(t *testing.T) {
	tests := []struct {
		text, talk string // talk "" when the person gives none
	}{
		{"Next was Jane Doe, who talked about monitoring.", "[Jane Doe on monitoring]"},
		{"We also listened to Marc Roe speaking about security.", "[Marc Roe on security]"},
		{"Then it was the turn of Maria Lopez, with a session on databases.", "[Maria Lopez on databases]"},
		{"At dinner we met Jane Doe, who talked to us about her cat.", ""},
	}
	for _, tt := range tests {
		r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", "SnakeCon 2024 was held in Basel.\n\n"+tt.text))
		ps := perfs(r)
		if tt.talk == "" {
			if len(ps) > 0 {
				t.Errorf("%q: performers %v, want none", tt.text, ps)
			}
			continue
		}
		if len(ps) != 1 || !strings.HasPrefix(ps[0], tt.talk+" -> ") {
			t.Errorf("%q: talks %q performers %v, want %q", tt.text, names(r, "Talk"), ps, tt.talk)
		}
	}
}

// TestListOfThreeSpeakers: every name of "A, B and C presented …" is a
// performer of the talk, the first too.
func TestListOfThreeSpeakers(t *testing.T) {
	r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", "SnakeCon 2024 was held in Basel.\n\nJane Doe, Marc Roe and Maria Lopez presented their work on licensing."))
	ps := perfs(r)
	for _, p := range []string{"Jane Doe", "Marc Roe", "Maria Lopez"} {
		found := false
		for _, x := range ps {
			found = found || strings.HasSuffix(x, " -> "+p)
		}
		if !found {
			t.Errorf("no performer %s; performers %v", p, ps)
		}
	}
}

// TestPanelMembers: the members listed after "a panel with" perform it.
func TestPanelMembers(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"A panel with Jane Doe and Marc Roe followed, on ethics.", []string{"Jane Doe", "Marc Roe"}},
		{"The panel discussion featuring Jane Doe, Marc Roe and Maria Lopez was lively.", []string{"Jane Doe", "Marc Roe", "Maria Lopez"}},
	}
	for _, tt := range tests {
		r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", "SnakeCon 2024 was held in Basel.\n\n"+tt.text))
		ps := perfs(r)
		for _, p := range tt.want {
			found := false
			for _, x := range ps {
				found = found || strings.HasSuffix(x, " -> "+p)
			}
			if !found {
				t.Errorf("%q: no performer %s; performers %v", tt.text, p, ps)
			}
		}
	}
}

// TestKeynoteLeads: "Keynote: X (Org) on Y" and "the keynote came from X"
// make X the keynote's speaker; "the question came from X" does not.
func TestKeynoteLeads(t *testing.T) {
	tests := []struct {
		text string
		want bool // Jane Doe performs a talk
	}{
		{"Keynote: Jane Doe (Blargsoft) on the future of the web.", true},
		{"The opening keynote came from Jane Doe.", true},
		{"The best question came from Jane Doe.", false},
		{"Lunch: Jane Doe brought cake.", false},
	}
	for _, tt := range tests {
		r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", "SnakeCon 2024 was held in Basel.\n\n"+tt.text))
		got := false
		for _, x := range perfs(r) {
			got = got || strings.HasSuffix(x, " -> Jane Doe")
		}
		if got != tt.want {
			t.Errorf("%q: Jane Doe performs %v, want %v; %v", tt.text, got, tt.want, perfs(r))
		}
	}
}
