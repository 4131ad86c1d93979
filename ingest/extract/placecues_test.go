package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// TestPlaceCues covers where an edition took place by the cues of
// placecues.go.
func TestPlaceCues(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		name     string
		d        *doc.Document
		from, to string
		want     bool
	}{
		{"held in the town of an unknown place", mkdoc("", "EuroSnake 2019 was held in the cozy town of Lugarno. It was great."), "EuroSnake 2019", "Lugarno", true},
		{"took place in the city of a known place", mkdoc("", "EuroSnake 2019 took place in the city of Basel this year."), "EuroSnake 2019", "Basel", true},
		{"off to a city for the edition", mkdoc("", "Early next month, I'll be off to Basel for speaking at EuroSnake 2019."), "EuroSnake 2019", "Basel", true},
		{"no location: the next edition", mkdoc("", "Next year, I'll be off to Basel for EuroSnake 2020."), "EuroSnake 2020", "Basel", false},
		{"the post's edition in a sentence without it", mkdoc("EuroSnake 2019 notes", "The conference was in Basel and very well run."), "EuroSnake 2019", "Basel", true},
		{"no location: another time's event", mkdoc("EuroSnake 2019 notes", "The talks were better than at the summit in Basel last year."), "EuroSnake 2019", "Basel", false},
		{"a place after the edition's name and a comma", mkdoc("", "I spoke at EuroSnake 2019, Basel, about parsers."), "EuroSnake 2019", "Basel", true},
		{"a place in parentheses after the edition's name", mkdoc("", "Slides of my talk at EuroSnake 2019 (Basel) are online."), "EuroSnake 2019", "Basel", true},
		{"no location: a list of editions", mkdoc("", "I went to EuroSnake 2019, Kubernetes Day and more."), "EuroSnake 2019", "Kubernetes", false},
		{"a venue after 'venue,'", mkdoc("EuroSnake 2019 notes", "The third day was hosted on a different venue, the Quokka Institute of Gondor, near the river."), "EuroSnake 2019", "Quokka Institute of Gondor", true},
		{"a venue defined as one", mkdoc("EuroSnake 2019 notes", "The Théâtre de Gondor is an amazing venue, the place looks great."), "EuroSnake 2019", "Théâtre de Gondor", true},
		{"happening in a city", mkdoc("EuroSnake 2019 notes", "The sprints are happening at the Acme offices in Basel, Switzerland."), "EuroSnake 2019", "Basel", true},
		{"no location: another year's event", mkdoc("EuroSnake 2019 notes", "The summit in Basel in 2016 had fewer talks."), "EuroSnake 2019", "Basel", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.d)
			if got := rel(r, Location, tt.from, tt.to); got != tt.want {
				t.Errorf("location(%s, %s) = %v, want %v; places %q", tt.from, tt.to, got, tt.want, names(r, vocab.Place))
			}
		})
	}
}

// TestNamePlaceDropped: a region read off an edition's name is no place of
// the post once the post says where the edition took place.
func TestNamePlaceDropped(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Basel": vocab.Place, "Europe": vocab.Place}, Series: []string{"FOSDEM"}})
	r := x.Extract(mkdoc("SnakeCon Europe 2022 recap", "SnakeCon Europe 2022 took place in Basel and was fun."))
	if has(names(r, vocab.Place), "Europe") || !has(names(r, vocab.Place), "Basel") {
		t.Errorf("places %q: want Basel, not Europe", names(r, vocab.Place))
	}
}
