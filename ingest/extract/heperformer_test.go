package extract

import "testing"

func TestHePerformer(t *testing.T) {
	const title = "Widget Pipelines at Scale"
	tests := []struct {
		name, src, performer string
		want                 bool
	}{
		{"speaker introduced in the paragraph before",
			"One of our engineers, Jane Quux, stayed in Basel for a bit longer.\n\nShe gave a great talk titled \"" + title + "\".",
			"Jane Quux", true},
		{"speaker in the same paragraph",
			"Our engineer Marc Fooson stayed in Basel. He gave a great talk titled \"" + title + "\".",
			"Marc Fooson", true},
		{"two people before: unresolved",
			"Jane Quux and Marc Fooson stayed in Basel for a bit longer.\n\nHe gave a great talk titled \"" + title + "\".",
			"Marc Fooson", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := headingDoc("SnakeCon 2024 recap", "SnakeCon 2024 was held in Basel.\n\n"+tt.src+"\n")
			r := newGenericX().Extract(d)
			if got := rel(r, Performer, title, tt.performer); got != tt.want {
				t.Errorf("performer(%s, %s) = %v, want %v", title, tt.performer, got, tt.want)
			}
		})
	}
}
