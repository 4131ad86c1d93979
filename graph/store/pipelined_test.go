package store

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestIntentBatches: a Put is split into intents of at most s.batch quads
// (old and new), except that the last may take up to s.batch/intentSlack
// more rather than leave a small rest to an intent (and a Cayley commit)
// of its own.
func TestIntentBatches(t *testing.T) {
	s := &Store{batch: 100, docs: map[quad.IRI]DocInfo{}}
	docs := func(sizes ...int) []*prepared {
		var out []*prepared
		for i, n := range sizes {
			out = append(out, &prepared{label: iri(fmt.Sprintf("doc/%d", i)), n: n})
		}
		return out
	}
	sizes := func(bs []batch) [][]int {
		var out [][]int
		for _, b := range bs {
			var ns []int
			for _, p := range b.puts {
				ns = append(ns, p.n+s.docs[p.label].Quads)
			}
			out = append(out, ns)
		}
		return out
	}
	tests := []struct {
		name string
		docs []int
		old  map[int]int // doc index -> quads it has now (a replace)
		want [][]int
	}{
		{"within the bound: one intent", []int{40, 40, 20}, nil, [][]int{{40, 40, 20}}},
		{"just over it: still one", []int{40, 40, 30}, nil, [][]int{{40, 40, 30}}},
		{"at the bound plus the slack: one", []int{50, 50, 25}, nil, [][]int{{50, 50, 25}}},
		{"past the slack: split at the bound", []int{50, 50, 26}, nil, [][]int{{50, 50}, {26}}},
		{"a long write: full intents, the rest with the last", []int{50, 50, 50, 50, 10, 10}, nil, [][]int{{50, 50}, {50, 50, 10, 10}}},
		{"a doc bigger than the bound is alone", []int{300, 10}, nil, [][]int{{300}, {10}}},
		{"old quads count", []int{40, 40, 40}, map[int]int{2: 60}, [][]int{{40, 40}, {100}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s.docs = map[quad.IRI]DocInfo{}
			ps := docs(tc.docs...)
			for i, n := range tc.old {
				s.docs[ps[i].label] = DocInfo{Label: ps[i].label, Quads: n}
			}
			if got := sizes(s.intentBatches(ps)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("intents %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPipelinedOverlap: a long run of PutPipelined, each batch recorded
// while Cayley still applies the one before, replacing and re-adding docs
// of the batches before it, leaves Cayley equal to the manifest (the
// deletes of a batch find the quads the batch before added). Run with
// -race on the memory backend, it checks the overlap shares no state.
func TestPipelinedOverlap(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := mustOpen(t, b.open(t))
			s.batch = 12 // several intents per write
			want := map[quad.IRI]Doc{}
			for round := range 8 {
				var batch []Doc
				for i := range 10 {
					// every round replaces half the docs of the round before
					n := round*5 + i
					d := bulkDoc(n, round)
					batch = append(batch, d)
					want[d.Label] = d
				}
				if _, err := s.PutPipelined(ctx(), batch); err != nil {
					t.Fatalf("round %d: %v", round, err)
				}
			}
			if err := s.Flush(ctx()); err != nil {
				t.Fatal(err)
			}
			var all []quad.Quad
			for _, d := range want {
				all = append(all, mkLabel(d).Quads...)
			}
			if got, w := cayleyQuads(t, s.QuadStore()), nquads(all...); !reflect.DeepEqual(got, w) {
				t.Errorf("cayley after the writes: %d quads, want %d\n%v\nwant\n%v", len(got), len(w), got, w)
			}
			if r, err := s.Check(ctx(), CheckOptions{}); err != nil || !r.OK() {
				t.Errorf("check: %v %+v", err, r)
			}
		})
	}
}
