package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestRelIndex checks relIndex against the map of slices it replaced
// (relations by entity, appended on rel, joined on merge, dropped on
// reset) on random adds, moves and resets, entities -1 (the post) on.
func TestRelIndex(t *testing.T) {
	for seed := int64(1); seed <= 200; seed++ {
		rng := rand.New(rand.NewSource(seed))
		var x relIndex
		model := map[int][]int{}
		off := false
		n := 0
		ents := 1 + rng.Intn(300)
		for step := 0; step < 400; step++ {
			switch r := rng.Intn(20); {
			case r < 14:
				from, to := rng.Intn(ents)-1, rng.Intn(ents)-1
				if rng.Intn(10) == 0 {
					n += rng.Intn(3) // relations appended without rel
				}
				x.add(n, from, to)
				if !off {
					model[from] = append(model[from], n)
					model[to] = append(model[to], n)
				}
				n++
			case r < 19:
				from, into := rng.Intn(ents)-1, rng.Intn(ents+50)-1
				if from == into {
					continue
				}
				x.move(from, into)
				if !off {
					model[into] = append(model[into], model[from]...)
					delete(model, from)
				}
			default:
				if rng.Intn(5) == 0 {
					x.reset()
					off = true
					model = nil
				}
			}
			for e := -1; e < ents+50; e++ {
				var got []int
				x.of(e, func(i int) { got = append(got, i) })
				if want := model[e]; !slices.Equal(got, want) {
					t.Fatalf("seed %d step %d: relations of %d = %v, want %v", seed, step, e, got, want)
				}
				if got, want := x.has(e), len(model[e]) > 0; got != want {
					t.Fatalf("seed %d step %d: has(%d) = %v, want %v", seed, step, e, got, want)
				}
			}
		}
	}
}

// quotedByPerformersScan is quotedByPerformers as it was, looking at
// every person of the post for every talk.
func (b *builder) quotedByPerformersScan(s Span, cands []talkCand) []personMention {
	var out []personMention
	for _, c := range cands {
		for _, pm := range b.persons {
			if pm.ent < 0 || pm.start <= c.pos || pm.start >= s.End || pm.start-c.pos > 220 {
				continue
			}
			if reQuotedBy.MatchString(b.text[c.pos:pm.start]) {
				pm.speak = true
				out = append(out, pm)
				break
			}
		}
	}
	return out
}

// TestQuotedByPerformersIndex compares quotedByPerformers (persons by
// start) with the scan of every person, on generated sentences of quoted
// titles and "by" with persons in random order (some at one place, some
// with no entity), each talk candidate at a quote or elsewhere.
func TestQuotedByPerformersIndex(t *testing.T) {
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	found := 0
	for seed := int64(1); seed <= 300; seed++ {
		rng := rand.New(rand.NewSource(seed))
		var text strings.Builder
		var persons []personMention
		var quotes []int
		for k := 2 + rng.Intn(40); k > 0; k-- {
			text.WriteString(pick(rng, "I went to ", "Later ", "", "We saw ", "Then the keynote "))
			if rng.Intn(3) > 0 {
				quotes = append(quotes, text.Len())
				// (a title of two-byte runes puts the name near the
				// window's end, 220 bytes after the quote)
				long := `"` + strings.Repeat("é", 100+rng.Intn(10)) + "abc"[:rng.Intn(4)] + `"`
				text.WriteString(pick(rng, `"Widgets in Practice"`, `“Fast Zorbs”`, `"ab"`, `"A very long title about quux"`, long, long))
				text.WriteString(pick(rng, " by ", ", a talk by ", ", presented by ", " by  ", " and ", ", given by ", " "))
			}
			for j := rng.Intn(3); j >= 0; j-- {
				st := text.Len()
				text.WriteString(pick(rng, "Jane Roe", "Marc Doe", "Ana Quux"))
				ent := rng.Intn(50) - 5
				persons = append(persons, personMention{ent: ent, start: st, end: text.Len()})
				if rng.Intn(6) == 0 {
					persons = append(persons, personMention{ent: ent + 1, start: st, end: st + 4})
				}
				text.WriteString(pick(rng, " and ", ", ", " "))
			}
			text.WriteString(pick(rng, ". ", "; ", " ", ".\n\n", strings.Repeat("x", rng.Intn(300))+". "))
		}
		rng.Shuffle(len(persons), func(i, j int) { persons[i], persons[j] = persons[j], persons[i] })
		b := &builder{text: text.String(), persons: persons}
		b.sents = Sentences(b.text)
		var ix personStarts
		for _, s := range b.sents {
			var cands []talkCand
			for _, q := range quotes {
				if q >= s.Start && q < s.End || rng.Intn(20) == 0 {
					cands = append(cands, talkCand{pos: q})
				}
			}
			if rng.Intn(4) == 0 {
				cands = append(cands, talkCand{pos: s.Start + rng.Intn(s.End-s.Start+1)})
			}
			got := b.quotedByPerformers(s, cands, &ix)
			want := b.quotedByPerformersScan(s, cands)
			if !slices.Equal(got, want) {
				t.Fatalf("seed %d, sentence %q, candidates %v: got %v, want %v", seed, b.text[s.Start:s.End], cands, got, want)
			}
			found += len(want)
		}
	}
	if found == 0 {
		t.Fatal("no performer found: the cases test nothing")
	}
	t.Logf("%d performers found", found)
}

// TestPerformersCounted compares performers (lists counted into one
// array) with performersMap (the map alone) on random relations between
// entities some of which are merged into others, and checks that an
// append to one list leaves the others alone.
func TestPerformersCounted(t *testing.T) {
	preds := []Predicate{Performer, Performer, About, SuperEvent}
	for seed := int64(1); seed <= 300; seed++ {
		rng := rand.New(rand.NewSource(seed))
		n := 1 + rng.Intn(60)
		b := &builder{res: &Result{}}
		for i := 0; i < n; i++ {
			b.res.Entities = append(b.res.Entities, Entity{Class: "Talk", Edition: -1})
		}
		for i := 0; i < n; i++ {
			if j := rng.Intn(n); j != i && rng.Intn(4) == 0 && b.canonical(j) != i {
				b.merge(b.canonical(j), i)
			}
		}
		for k := rng.Intn(120); k > 0; k-- {
			b.res.Relations = append(b.res.Relations, Relation{Pred: preds[rng.Intn(len(preds))], From: rng.Intn(n), To: rng.Intn(n+1) - 1})
		}
		got, want := b.performers(), b.performersMap()
		if len(got) != len(want) {
			t.Fatalf("seed %d: %d talks, want %d", seed, len(got), len(want))
		}
		for f, w := range want {
			if !slices.Equal(got[f], w) {
				t.Fatalf("seed %d: performers of %d = %v, want %v", seed, f, got[f], w)
			}
		}
		for f := range got {
			before := map[int][]int{}
			for g, l := range got {
				before[g] = slices.Clone(l)
			}
			got[f] = append(got[f], -7)
			for g, l := range got {
				if g != f && !slices.Equal(l, before[g]) {
					t.Fatalf("seed %d: appending to %d changed %d: %v, was %v", seed, f, g, l, before[g])
				}
			}
			break
		}
	}
}

// TestPerfSet compares perfSet (a sentence's short list, then a map) with
// the map of every sentence and person it replaced, on random persons of
// sentences with few and with many performers.
func TestPerfSet(t *testing.T) {
	for seed := int64(1); seed <= 200; seed++ {
		rng := rand.New(rand.NewSource(seed))
		nsent := 1 + rng.Intn(5)
		ents := 1 + rng.Intn(80)
		lists := make([][]personMention, nsent)
		var x perfSet
		want := map[[2]int]bool{}
		for k := rng.Intn(400); k > 0; k-- {
			si, ent := rng.Intn(nsent), rng.Intn(ents)
			got := x.add(lists[si], si, ent)
			if w := !want[[2]int{si, ent}]; got != w {
				t.Fatalf("seed %d: add(sentence %d, person %d) = %v, want %v", seed, si, ent, got, w)
			}
			want[[2]int{si, ent}] = true
			if got {
				lists[si] = append(lists[si], personMention{ent: ent})
			}
		}
	}
}
