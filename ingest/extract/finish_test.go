package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestFinishDropped checks that finish leaves out the relations of an
// entity a rule dropped (no class, merged into nothing) instead of
// following it to index -1 (a panic seen on generated posts) or to the
// edition a dropped track or talk belonged to.
func TestFinishDropped(t *testing.T) {
	tests := []struct {
		name    string
		dropped Entity
	}{
		{"dropped place", Entity{Class: vocab.Place, Name: "Basel", Edition: -1}},
		{"dropped track of an edition", Entity{Class: vocab.Track, Name: "Widgets", Edition: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &builder{res: &Result{}}
			b.res.Entities = []Entity{
				{Class: vocab.Person, Name: "Ana Roe", Edition: -1},
				tt.dropped,
				{Class: vocab.Event, Name: "SnakeCon 2019", Series: "SnakeCon", Year: "2019", Edition: -1},
			}
			b.res.Relations = []Relation{
				{Pred: Affiliation, From: 0, To: 1},
				{Pred: Location, From: 2, To: 1},
				{Pred: Author, From: -1, To: 0},
			}
			b.res.Entities[1].drop()
			b.finish()
			if len(b.res.Entities) != 2 {
				t.Fatalf("entities %+v, want the person and the event", b.res.Entities)
			}
			if len(b.res.Relations) != 1 || b.res.Relations[0].Pred != Author {
				t.Errorf("relations %+v, want only the author", b.res.Relations)
			}
		})
	}
}
