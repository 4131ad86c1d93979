package resolve

import (
	"testing"

	"github.com/cayleygraph/quad"
)

// seenQuads tells new quads from repeated ones as a map of the keys does,
// for every kind of object and when two quads' hashes collide.
func TestSeenQuads(t *testing.T) {
	keys := []quadKey{
		{"s", "p", quad.IRI("o")},
		{"s", "p", quad.String("o")}, // same text, another kind
		{"s", "p", quad.TypedString{Value: "o", Type: "t"}},
		{"s", "p", quad.TypedString{Value: "o", Type: "u"}},
		{"s", "p", quad.Int(3)}, // no hash: the exact set
		{"s", "q", quad.IRI("o")},
		{"sp", "", quad.IRI("o")}, // the parts' bounds count
		{"s", "p", quad.IRI("o")},
		{"s", "p", quad.Int(3)},
		{"s", "p", quad.TypedString{Value: "o", Type: "u"}},
		{"sp", "", quad.IRI("o")},
	}
	for _, collide := range []bool{false, true} {
		t.Run(map[bool]string{false: "hashes", true: "collisions"}[collide], func(t *testing.T) {
			s, want := newSeenQuads(0), map[quadKey]bool{}
			var quads []quad.Quad
			for _, k := range keys {
				if collide && len(quads) > 0 {
					// every hash is taken by the first quad
					if sum, ok := s.hash(k); ok {
						if _, seen := s.first[sum]; !seen {
							s.first[sum] = 0
						}
					}
				}
				added := s.add(quads, k, len(quads))
				if added == want[k] {
					t.Errorf("add(%v) = %v, want %v", k, added, !want[k])
				}
				want[k] = true
				if added {
					quads = append(quads, quad.Quad{Subject: k.s, Predicate: k.p, Object: k.o})
				}
			}
			if len(quads) != 7 {
				t.Errorf("%d quads kept, want 7", len(quads))
			}
		})
	}
}
