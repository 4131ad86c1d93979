package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestRegionTails: a region of several words after a conference name
// ("North America", a country of two words) and the year after it name
// the edition.
func TestRegionTails(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"South Africa": vocab.Place, "Basel": vocab.Place}, Series: []string{"FOSDEM"}})
	tests := []struct {
		title, text string
		want        []string
	}{
		{"A recap of the Open Source Quux Summit North America 2031", "The summit was held in Basel.", []string{"Open Source Quux Summit North America 2031"}},
		{"Notes", "I attended QuuxCon South Africa 2030 and Zorb Summit Latin America 2030.", []string{"QuuxCon South Africa 2030", "Zorb Summit Latin America 2030"}},
		{"Notes", "I attended the Zorb Summit Green Party 2030.", []string{"Zorb Summit 2031"}}, // no region: the post's year
	}
	for _, tt := range tests {
		d := mkdoc(tt.title, tt.text)
		d.Date = "2031-05-10"
		got := names(x.Extract(d), vocab.Event)
		for _, w := range tt.want {
			if !has(got, w) {
				t.Errorf("%q / %q: events %q, want %q among them", tt.title, tt.text, got, w)
			}
		}
	}
	d := mkdoc("Notes", "I attended QuuxCon South Africa 2030.")
	if r := x.Extract(d); !rel(r, Location, "QuuxCon South Africa 2030", "South Africa") {
		t.Errorf("no location(QuuxCon South Africa 2030, South Africa)")
	}
}
