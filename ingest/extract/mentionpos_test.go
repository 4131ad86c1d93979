package extract

import (
	"math/rand"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestFirstMentionAt checks firstMentionAt against a scan of the mentions
// in order, while mentions are appended between the queries and an entity
// loses its mentions and gets new ones.
func TestFirstMentionAt(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	b := &builder{res: &Result{}}
	for i := 0; i < 4; i++ {
		b.res.Entities = append(b.res.Entities, Entity{Class: vocab.Organization, Edition: -1})
	}
	scan := func(i, pos int, end bool) (Mention, bool) {
		for _, m := range b.res.Entities[i].Mentions {
			if !end && m.Start == pos || end && m.End == pos {
				return m, true
			}
		}
		return Mention{}, false
	}
	for round := 0; round < 300; round++ {
		i := rng.Intn(4)
		e := &b.res.Entities[i]
		switch {
		case round%97 == 96:
			e.Mentions = nil
		default:
			s := rng.Intn(300)
			// mentions sharing starts or ends, told apart by their rule
			e.Mentions = append(e.Mentions, Mention{Start: s, End: s + 1 + rng.Intn(4), Rule: string(rune('a' + round%26))})
		}
		for q := 0; q < 40; q++ {
			j, pos, end := rng.Intn(4), rng.Intn(310), q%2 == 0
			got, gok := b.firstMentionAt(j, pos, end)
			want, wok := scan(j, pos, end)
			if got != want || gok != wok {
				t.Fatalf("round %d: firstMentionAt(%d, %d, %v) = %+v, %v; scan: %+v, %v", round, j, pos, end, got, gok, want, wok)
			}
		}
	}
	if len(b.mentionPos) == 0 {
		t.Error("no entity had its mentions indexed: the test does not reach the index")
	}
}

// TestMentionsWithin checks mentionsWithin against a scan of the mentions:
// the same spans, counted with repeats, while mentions are appended out of
// order between the queries and an entity loses its mentions.
func TestMentionsWithin(t *testing.T) {
	rng := rand.New(rand.NewSource(29))
	b := &builder{res: &Result{}}
	for i := 0; i < 3; i++ {
		b.res.Entities = append(b.res.Entities, Entity{Class: vocab.Event, Edition: -1})
	}
	for round := 0; round < 300; round++ {
		i := rng.Intn(3)
		e := &b.res.Entities[i]
		if round%89 == 88 {
			e.Mentions = nil
		} else {
			s := rng.Intn(300)
			e.Mentions = append(e.Mentions, Mention{Start: s, End: s + rng.Intn(5)})
		}
		for q := 0; q < 30; q++ {
			j, start := rng.Intn(3), rng.Intn(310)
			end := start + rng.Intn(60)
			want := map[Span]int{}
			for _, m := range b.res.Entities[j].Mentions {
				if m.Start >= start && m.End <= end {
					want[Span{m.Start, m.End}]++
				}
			}
			got := map[Span]int{}
			b.mentionsWithin(j, start, end, func(sp Span) { got[sp]++ })
			if len(got) != len(want) {
				t.Fatalf("round %d: mentionsWithin(%d, %d, %d) = %v; scan: %v", round, j, start, end, got, want)
			}
			for sp, n := range want {
				if got[sp] != n {
					t.Fatalf("round %d: mentionsWithin(%d, %d, %d) = %v; scan: %v", round, j, start, end, got, want)
				}
			}
		}
	}
	if len(b.mentionSpans) == 0 {
		t.Error("no entity had its mentions sorted: the test does not reach the index")
	}
}
