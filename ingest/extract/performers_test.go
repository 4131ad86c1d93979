package extract

import (
	"maps"
	"slices"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestPerformers: performers gives the canonical performers of each
// canonical talk, in the order of the relations, like a map grown by
// append; appending to one list leaves the others alone.
func TestPerformers(t *testing.T) {
	talk, person := Entity{Class: vocab.Talk}, Entity{Class: vocab.Person}
	merged := func(into int) Entity { return Entity{Edition: into} } // no class: merged into
	rel := func(p Predicate, from, to int) Relation { return Relation{Pred: p, From: from, To: to} }
	tests := []struct {
		name string
		ents []Entity
		rels []Relation
	}{
		{"none", []Entity{talk, person}, nil},
		{"one talk", []Entity{talk, person, person}, []Relation{rel(Performer, 0, 1), rel(About, 0, 2), rel(Performer, 0, 2)}},
		{"merged talk and person", []Entity{talk, merged(0), person, merged(2), talk},
			[]Relation{rel(Performer, 1, 3), rel(Performer, 4, 2), rel(Performer, 0, 2), rel(Performer, 4, 3)}},
		{"out of range", []Entity{talk, person}, []Relation{rel(Performer, 5, 1), rel(Performer, 0, 1), rel(Performer, -1, 1), rel(Performer, 5, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &builder{res: &Result{Entities: tt.ents, Relations: tt.rels}}
			want := map[int][]int{}
			for _, r := range tt.rels {
				if r.Pred == Performer {
					f := b.canonical(r.From)
					want[f] = append(want[f], b.canonical(r.To))
				}
			}
			got := b.performers()
			if !maps.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Fatalf("performers = %v, want %v", got, want)
			}
			for k := range got {
				before := maps.Clone(got)
				for k2, v := range before {
					before[k2] = slices.Clone(v)
				}
				got[k] = append(got[k], -7)
				for k2, v := range got {
					if k2 != k && !slices.Equal(v, before[k2]) {
						t.Fatalf("appending to %d changed %d: %v", k, k2, v)
					}
				}
				got[k] = got[k][:len(got[k])-1]
			}
		})
	}
}
