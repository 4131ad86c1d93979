package extract

import (
	"slices"
	"testing"
)

// TestRelIndex: the index lists what a map of slices grown by append
// lists, through adds and moves.
func TestRelIndex(t *testing.T) {
	type op struct {
		move bool
		a, b int // add: entity a, relation b; move: from a into b
	}
	tests := []struct {
		name string
		ops  []op
	}{
		{"adds", []op{{false, 0, 0}, {false, 1, 0}, {false, 0, 1}, {false, -1, 2}, {false, 0, 3}}},
		{"move into empty", []op{{false, 2, 0}, {false, 2, 1}, {true, 2, 5}, {false, 5, 2}, {false, 2, 3}}},
		{"move into list", []op{{false, 1, 0}, {false, 2, 1}, {false, 1, 2}, {false, 2, 3}, {true, 2, 1}, {false, 1, 4}, {false, 2, 5}}},
		{"move empty", []op{{false, 1, 0}, {true, 3, 1}, {true, 3, 4}}},
		{"move into itself", []op{{false, 1, 0}, {false, 1, 1}, {true, 1, 1}, {false, 1, 2}}},
		{"chains", []op{{false, 1, 0}, {false, 2, 1}, {true, 2, 1}, {false, 3, 2}, {true, 1, 3}, {false, 3, 3}, {false, 1, 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newRelIndex(0)
			want := map[int][]int{}
			for _, o := range tt.ops {
				if o.move {
					x.move(o.a, o.b)
					want[o.b] = append(want[o.b], want[o.a]...)
					delete(want, o.a)
					continue
				}
				x.add(o.a, o.b)
				want[o.a] = append(want[o.a], o.b)
			}
			for ent := -1; ent <= 6; ent++ {
				var got []int
				x.each(ent, func(r int) { got = append(got, r) })
				if !slices.Equal(got, want[ent]) {
					t.Errorf("entity %d: %v, want %v", ent, got, want[ent])
				}
				if x.has(ent) != (len(want[ent]) > 0) {
					t.Errorf("entity %d: has = %v, want %v", ent, x.has(ent), len(want[ent]) > 0)
				}
			}
		})
	}
	var off relIndex
	if off.on() || off.has(0) {
		t.Error("the zero relIndex is on or has a list")
	}
}
