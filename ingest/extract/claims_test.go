package extract

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestClaimIndexBruteForce checks claimIndex.overlaps against a scan of
// every span, for short, long and empty spans added in any order.
func TestClaimIndexBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, tt := range []struct {
		name   string
		text   int // positions are below text
		n      int // spans added
		maxLen int
	}{
		{"short names", 5000, 300, 40},
		{"long spans", 20000, 60, 3 * claimLong},
		{"dense", 600, 500, 20},
		{"none", 1000, 0, 10},
	} {
		var c claimIndex
		var all []Span
		for i := 0; i < tt.n; i++ {
			s := rng.Intn(tt.text)
			e := s + rng.Intn(tt.maxLen+1)
			c.add(s, e)
			all = append(all, Span{s, e})
		}
		for q := 0; q < 2000; q++ {
			s := rng.Intn(tt.text)
			e := s + rng.Intn(2*claimLong)
			if q%3 == 0 {
				e = s + rng.Intn(30)
			}
			want := false
			for _, x := range all {
				if x.End >= x.Start && s < x.End && e > x.Start {
					want = true
				}
			}
			if got := c.overlaps(s, e); got != want {
				t.Fatalf("%s: overlaps(%d, %d) = %v, want %v", tt.name, s, e, got, want)
			}
		}
	}
}

func TestBucketsKeepValues(t *testing.T) {
	var bs buckets[int]
	if !bs.empty() || bs.at(3) != nil {
		t.Fatal("new buckets not empty")
	}
	// buckets filled out of order, some past the room a bucket starts with
	want := map[int][]int{}
	for i := 0; i < 5000; i++ {
		k := (i * 7919) % 1500
		if k%5 == 0 {
			continue // buckets left empty
		}
		bs.add(k, i)
		want[k] = append(want[k], i)
	}
	for k := 0; k < 1600; k++ {
		if got := bs.at(k); !slices.Equal(got, want[k]) {
			t.Fatalf("bucket %d = %v, want %v", k, got, want[k])
		}
	}
}

func TestBucketsShareStorage(t *testing.T) {
	// a new bucket takes its room from a shared slab: filing one value in
	// each of 2000 buckets allocates far fewer times than 2000
	n := testing.AllocsPerRun(5, func() {
		var bs buckets[mentionRef]
		for k := 0; k < 2000; k++ {
			bs.add(k, mentionRef{k, k, k + 1})
		}
	})
	if n > 100 {
		t.Errorf("%v allocations for 2000 buckets", n)
	}
}

// TestMentionOverlapsBruteForce checks mentionOverlaps against a scan of
// every mention, for mentions short and long (of claimLong bytes or more).
func TestMentionOverlapsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	classes := []vocab.Class{vocab.Person, vocab.Organization}
	b := &builder{res: &Result{}}
	for i := 0; i < 50; i++ {
		b.res.Entities = append(b.res.Entities, Entity{Class: classes[i%2], Edition: -1})
	}
	var all []mentionRef
	for n := 0; n < 600; n++ {
		s := rng.Intn(20000)
		l := 1 + rng.Intn(40)
		if n%50 == 0 {
			l = claimLong + rng.Intn(300)
		}
		r := mentionRef{rng.Intn(50), s, s + l}
		b.mentions.add(r.ent, r.start, r.end)
		all = append(all, r)
	}
	for q := 0; q < 5000; q++ {
		s := rng.Intn(21000)
		e := s + 1 + rng.Intn(60)
		c := classes[q%2]
		want := false
		for _, r := range all {
			if s < r.end && e > r.start && b.res.Entities[r.ent].Class == c {
				want = true
			}
		}
		if got := b.mentionOverlaps(s, e, c); got != want {
			t.Fatalf("mentionOverlaps(%d, %d, %s) = %v, want %v", s, e, c, got, want)
		}
	}
}
