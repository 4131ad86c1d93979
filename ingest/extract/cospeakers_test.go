package extract

import "testing"

func TestCoSpeakers(t *testing.T) {
	const title = "Widget Pipelines at Scale"
	tests := []struct {
		name, sentence string
		want           bool // performer(title, Marc Fooson)
	}{
		{"gave the talk with a co-speaker", "Jane Quux gave the talk \"" + title + "\" with Marc Fooson.", true},
		{"watched with a friend", "I watched the talk \"" + title + "\" with Marc Fooson.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := headingDoc("SnakeCon 2024 recap", "SnakeCon 2024 was held in Basel.\n\n"+tt.sentence+"\n")
			r := newGenericX().Extract(d)
			if got := rel(r, Performer, title, "Marc Fooson"); got != tt.want {
				t.Errorf("performer(%s, Marc Fooson) = %v, want %v", title, got, tt.want)
			}
		})
	}
}
