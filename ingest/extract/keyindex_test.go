package extract

import (
	"math/rand"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestKeyIndexSame files and finds random keys of every class (and of
// classes without a map of their own) in a keyIndex and in one map by
// class and key: both answer the same.
func TestKeyIndexSame(t *testing.T) {
	classes := append(keyClasses[:], vocab.Post, vocab.Class("Other"), vocab.Class(""))
	keys := []string{"", "jane quux", "fooproject", "Jane Quux", "acme", "2019"}
	for _, x := range []keyIndex{newKeyIndex(4), {}} {
		ref := map[entKey]int{}
		rng := rand.New(rand.NewSource(4))
		for n := 0; n < 5000; n++ {
			c, k := classes[rng.Intn(len(classes))], keys[rng.Intn(len(keys))]
			if rng.Intn(2) == 0 {
				x.set(c, k, n)
				ref[entKey{c, k}] = n
				continue
			}
			i, ok := x.get(c, k)
			j, refOK := ref[entKey{c, k}]
			if i != j || ok != refOK {
				t.Fatalf("get(%q, %q) = %d, %v; one map says %d, %v", c, k, i, ok, j, refOK)
			}
		}
	}
	for i, c := range keyClasses {
		if keySlot(c) != i {
			t.Errorf("keySlot(%q) = %d, want %d", c, keySlot(c), i)
		}
	}
}

// TestStartSet checks that startSet says maybe at every marked start and
// outside the text, and no at the other positions.
func TestStartSet(t *testing.T) {
	var x startSet
	if !x.maybe(0) || !x.maybe(-1) {
		t.Error("an empty set must say maybe")
	}
	const n = 300
	marked := map[int]bool{}
	rng := rand.New(rand.NewSource(6))
	for k := 0; k < 100; k++ {
		p := rng.Intn(n+100) - 10
		x.mark(p, n)
		if p >= 0 && p/64 < n/64+1 { // the positions of the set's words
			marked[p] = true
		}
	}
	for p := -10; p < n+80; p++ {
		want := marked[p] || p < 0 || p/64 >= n/64+1
		if got := x.maybe(p); got != want {
			t.Errorf("maybe(%d) = %v, want %v", p, got, want)
		}
	}
}

// TestFoldName checks that foldName answers fold, the first time and the
// next ones.
func TestFoldName(t *testing.T) {
	b := &builder{}
	for n := 0; n < 2; n++ {
		for _, s := range []string{"Fooproject", "FOOPROJECT", "fooproject", "Zörb Labs", "ÉCOLE", "", "Quux-Camp"} {
			if got, want := b.foldName(s), fold(s); got != want {
				t.Errorf("foldName(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
