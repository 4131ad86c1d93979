package resolve

import (
	"cmp"
	"math/rand"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/ingest/extract"
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
		{"s", "p", quad.IRI("o")}, // a third time
		{"t", "p", quad.IRI("o")},
		{"t", "q", quad.IRI("o")}, // the predicate changes, the subject stays
		{"s", "q", quad.IRI("o")}, // the subject changes, the predicate stays: repeated
		{"s", "p", quad.String("o")},
		{"t", "q", quad.IRI("o")},
		{"s", "", quad.IRI("po")},
		{"", "sp", quad.IRI("o")},
		{"s", "p", quad.TypedString{Value: "ot", Type: ""}},
		{"s", "p", quad.TypedString{Value: "", Type: "ot"}},
	}
	t.Run("distinct", func(t *testing.T) {
		// keys that differ hash apart (64 bits: a collision here is a
		// part left out of the hash, not chance)
		s := newSeenQuads(0)
		byHash := map[uint64]quadKey{}
		for _, k := range keys {
			h, ok := s.hash(k)
			if !ok {
				continue
			}
			if o, ok := byHash[h]; ok && o != k {
				t.Errorf("%v and %v share the hash %x", o, k, h)
			}
			byHash[h] = k
		}
	})
	for _, collide := range []bool{false, true} {
		t.Run(map[bool]string{false: "hashes", true: "collisions"}[collide], func(t *testing.T) {
			s := newSeenQuads(0)
			s.collide = collide // every hash the same
			want := map[quadKey]bool{}
			var quads []quad.Quad
			var kept []quadKey // the keys the writer should keep, in order
			for _, k := range keys {
				if !want[k] {
					kept = append(kept, k)
				}
				if s.add(k, len(quads)) {
					quads = append(quads, quad.Quad{Subject: k.s, Predicate: k.p, Object: k.o})
				} else if !want[k] {
					t.Errorf("add(%v) = false for a new quad", k)
				}
				want[k] = true
			}
			drop := s.dups(quads)
			var got []quadKey
			for i, q := range quads {
				if drop == nil || !drop[i] {
					got = append(got, quadKey{q.Subject.(quad.IRI), q.Predicate.(quad.IRI), q.Object})
				}
			}
			if len(got) != len(kept) {
				t.Fatalf("%d quads kept, want %d: %v", len(got), len(kept), got)
			}
			for i := range got {
				if got[i] != kept[i] {
					t.Errorf("quad %d kept is %v, want %v", i, got[i], kept[i])
				}
			}
		})
	}
}

// The writer keeps the first of repeated quads with its fact, and the
// facts point at their quads once the others are dropped.
func TestWriterFinish(t *testing.T) {
	doc := &store.Doc{}
	w := &writer{doc: doc, label: quad.IRI("post"), seen: newSeenQuads(0)}
	adds := []struct {
		s, p string
		o    quad.Value
		rule string
	}{
		{"a", "type", quad.IRI("Person"), "r1"},
		{"a", "name", quad.String("Jane Quux"), "r2"},
		{"a", "type", quad.IRI("Person"), "r3"}, // again: dropped with its fact
		{"b", "type", quad.IRI("Person"), "r4"},
		{"a", "name", quad.String("Jane Quux"), "r5"},
		{"b", "age", quad.Int(3), "r6"},
		{"b", "age", quad.Int(3), "r7"},
	}
	for _, a := range adds {
		w.add(quad.IRI(a.s), quad.IRI(a.p), a.o, extract.Mention{Rule: a.rule, Confidence: 1}, "")
	}
	w.finish()
	var rules []string
	for i, f := range doc.Facts {
		rules = append(rules, f.Rule)
		if f.Quad != i {
			t.Errorf("fact %d (%s) points at quad %d", i, f.Rule, f.Quad)
		}
	}
	if want := []string{"r1", "r2", "r4", "r6"}; !slices.Equal(rules, want) {
		t.Errorf("facts %v, want %v", rules, want)
	}
	if len(doc.Quads) != 4 || doc.Quads[2].Subject != quad.IRI("b") || doc.Quads[3].Object != quad.Int(3) {
		t.Errorf("quads %v", doc.Quads)
	}
}

// The writer's evidence is the sentence of each quad's span, whether the
// span repeats the last one or not; given evidence wins.
func TestWriterEvidence(t *testing.T) {
	text := "Jane Quux spoke. Then John Roe spoke about Fooproject. The end came."
	doc := &store.Doc{}
	w := &writer{doc: doc, text: text, label: quad.IRI("post"), seen: newSeenQuads(0)}
	spans := [][2]int{{0, 9}, {0, 9}, {22, 30}, {0, 9}, {43, 53}, {43, 53}, {0, 4}, {22, 53}, {60, 64}, {5, 5}, {60, 64}}
	for i, sp := range spans {
		w.add(quad.IRI("a"), quad.IRI("p"), quad.Int(i), extract.Mention{Start: sp[0], End: sp[1], Rule: "r", Confidence: 1}, "")
	}
	w.add(quad.IRI("a"), quad.IRI("p"), quad.Int(100), extract.Mention{Start: 0, End: 9, Rule: "r", Confidence: 1}, "given")
	w.add(quad.IRI("a"), quad.IRI("p"), quad.Int(101), extract.Mention{Start: 0, End: 9, Rule: "r", Confidence: 1}, "")
	w.finish()
	sents := extract.Sentences(text)
	for i, sp := range append(spans, [2]int{0, 9}, [2]int{0, 9}) {
		want := ""
		if sp[1] > sp[0] {
			want = sentenceOf(text, sents, sp[0], sp[1])
		}
		if i == len(spans) {
			want = "given"
		}
		if got := doc.Facts[i].Evidence; got != want {
			t.Errorf("fact %d %v: evidence %q, want %q", i, sp, got, want)
		}
	}
	if doc.Facts[0].Evidence != "Jane Quux spoke." || doc.Facts[2].Evidence == doc.Facts[0].Evidence {
		t.Errorf("evidence %q, %q", doc.Facts[0].Evidence, doc.Facts[2].Evidence)
	}
}

// sortSums orders sums by hash, then index, as a comparison sort does:
// sums in index order (the radix sort), out of it and few, with hashes
// that share bytes and repeat.
func TestSortSums(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 5, radixMin - 1, radixMin, 1000, 20000} {
		for k := 0; k < 3; k++ {
			shuffled, small := k == 1, k == 2
			sums := make([]quadSum, n)
			for i := range sums {
				h := rng.Uint64()
				switch rng.Intn(4) {
				case 0:
					h &= 0xff00ff // bytes every sum shares (zeros)
				case 1:
					h = uint64(rng.Intn(8)) // repeated hashes
				}
				if small {
					h &= 0xffff // six bytes every sum shares: passes skipped
				}
				sums[i] = quadSum{h, i}
			}
			if shuffled {
				rng.Shuffle(n, func(a, b int) { sums[a], sums[b] = sums[b], sums[a] })
			}
			want := slices.Clone(sums)
			slices.SortFunc(want, func(a, b quadSum) int {
				if a.h != b.h {
					return cmp.Compare(a.h, b.h)
				}
				return cmp.Compare(a.i, b.i)
			})
			sortSums(sums)
			if !slices.Equal(sums, want) {
				t.Fatalf("n=%d shuffled=%v: sortSums differs from a comparison sort", n, shuffled)
			}
		}
	}
}
