package extract

import "testing"

// TestPlacesNotOfTheEdition: a place a sentence names for where someone
// lives, works or is based, or for what the author did after the edition,
// is not where the edition took place.
func TestPlacesNotOfTheEdition(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		text string
		want bool
	}{
		{"I live in Basel and went to Snakeconf 2031.", false},
		{"Jane Doe, who works in Basel, gave a talk at Snakeconf 2031.", false},
		{"The conference team is based in Basel.", false},
		{"Jane Doe of the Basel office talked about parsers at the conference.", false},
		{"After Snakeconf 2031 I spent two days in Basel.", false},
		{"Snakeconf 2031 was held in Basel.", true},
		{"The conference took place in Basel.", true},
		{"At the conference in Basel, Jane Doe talked about parsers.", true},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("Snakeconf 2031 recap", "The talks were good. "+tt.text))
		if got := rel(r, Location, "Snakeconf 2031", "Basel"); got != tt.want {
			t.Errorf("%q: location(Snakeconf 2031, Basel) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
