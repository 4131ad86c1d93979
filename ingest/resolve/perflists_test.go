package resolve

import (
	"slices"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/extract"
)

// TestPerformerLists: each entity's performers, in the order of the
// relations, only those that are entities when asked, nil for none.
func TestPerformerLists(t *testing.T) {
	rel := func(p extract.Predicate, from, to int) extract.Relation {
		return extract.Relation{Pred: p, From: from, To: to}
	}
	tests := []struct {
		name         string
		n            int
		rels         []extract.Relation
		onlyEntities bool
		want         [][]int
	}{
		{"none", 3, nil, true, [][]int{nil, nil, nil}},
		{"no entities", 0, []extract.Relation{rel(extract.Performer, 0, 1)}, false, [][]int{}},
		{"order of the relations", 4, []extract.Relation{
			rel(extract.Performer, 2, 1), rel(extract.About, 2, 3), rel(extract.Performer, 0, 3),
			rel(extract.Performer, 2, 0), rel(extract.Performer, -1, 1), rel(extract.Performer, 2, 3),
		}, true, [][]int{{3}, nil, {1, 0, 3}, nil}},
		{"ends out of range kept", 3, []extract.Relation{
			rel(extract.Performer, 1, 7), rel(extract.Performer, 1, 2), rel(extract.Performer, 5, 0),
		}, false, [][]int{nil, {7, 2}, nil}},
		{"ends out of range dropped", 3, []extract.Relation{
			rel(extract.Performer, 1, 7), rel(extract.Performer, 1, 2), rel(extract.Performer, 2, -1),
		}, true, [][]int{nil, {2}, nil}},
		{"last entity", 2, []extract.Relation{rel(extract.Performer, 1, 0), rel(extract.Performer, 1, 1)}, true, [][]int{nil, {0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &extract.Result{Entities: make([]extract.Entity, tt.n), Relations: tt.rels}
			got := performerLists(res, tt.onlyEntities)
			if got.len() != tt.n {
				t.Fatalf("len = %d, want %d", got.len(), tt.n)
			}
			for i, w := range tt.want {
				g := got.of(i)
				if !slices.Equal(g, w) || (g == nil) != (w == nil) {
					t.Errorf("of(%d) = %v, want %v", i, g, w)
				}
				if len(g) != cap(g) {
					t.Errorf("of(%d) has cap %d > len %d", i, cap(g), len(g))
				}
			}
			if got.of(-1) != nil || got.of(tt.n) != nil {
				t.Error("of out of range is not nil")
			}
		})
	}
}
