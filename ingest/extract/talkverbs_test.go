package extract

import "testing"

func TestSessionVerbsGiveTalks(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel. I went to many talks.\n\n"
	tests := []struct {
		name, text, person string
		want               bool
	}{
		{"ran a workshop", "Jane Doe ran a workshop on widget design.", "Jane Doe", true},
		{"hosted a session", "Marc Roe hosted a session on service meshes.", "Marc Roe", true},
		{"led a hands-on tutorial", "Ana Lima led a hands-on tutorial about gadget testing.", "Ana Lima", true},
		{"took us through", "Dylan Vance took us through a decade of gadget history.", "Dylan Vance", true},
		{"shared her experience", "Maria Kask shared her experience migrating to tiny services.", "Maria Kask", true},
		{"two joined", "Jane Doe and Marc Roe ran a workshop on widget design.", "Marc Roe", true},
		{"a comma before the verb", "The speaker, Jane Doe, described her build farm.", "Jane Doe", true},
		{"time for X to present", "Then it was time for Marc Roe to present his profiler.", "Marc Roe", true},
		{"a possessive overview", "The best part was Ana Lima's overview of the plugin system.", "Ana Lima", true},
		{"a comma and a noun: no talk", "I met Jane Doe, the maintainer, at lunch.", "Jane Doe", false},
		{"a conversation without its subject: no talk", "Chatting with meetup organiser Jane Doe about the venue.", "Jane Doe", false},
		{"chatting to someone: no talk", "Later, chatting to Marc Roe about widgets over lunch.", "Marc Roe", false},
		{"led a project: no talk", "Jane Doe led the project for years.", "Jane Doe", false},
		{"ran the conference: no talk", "Marc Roe ran the conference desk.", "Marc Roe", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", intro+tt.text))
			got := false
			for _, x := range r.Relations {
				if x.Pred == Performer && r.Entities[x.To].Name == tt.person {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("a talk performed by %s: %v, want %v (talks %q)", tt.person, got, tt.want, names(r, "Talk"))
			}
		})
	}
}

func TestQuotedTitleForms(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel. I went to many talks.\n\n"
	tests := []struct {
		name, text, talk, person string
		want                     bool
	}{
		{"a possessive before the quote", `Jane Doe's "Parsing logs for fun" was great.`, "Parsing logs for fun", "Jane Doe", true},
		{"presented by after the quote", `"Parsing logs for fun", presented by Marc Roe, was the highlight.`, "Parsing logs for fun", "Marc Roe", true},
		{"given by after the quote", `"Parsing logs for fun", given by Marc Roe, was full.`, "Parsing logs for fun", "Marc Roe", true},
		{"a thing's possessive: no talk", `The project's "move fast" motto was everywhere, said Jane Doe.`, "move fast", "Jane Doe", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", intro+tt.text))
			if got := rel(r, Performer, tt.talk, tt.person); got != tt.want {
				t.Errorf("performer(%s, %s) = %v, want %v (talks %q)", tt.talk, tt.person, got, tt.want, names(r, "Talk"))
			}
		})
	}
}
