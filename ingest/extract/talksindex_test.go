package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

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
