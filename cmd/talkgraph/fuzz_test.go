package main

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/queryrun"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
)

// FuzzExpandPrefixes: query prefix expansion never panics, stays within
// its budget and is idempotent.
func FuzzExpandPrefixes(f *testing.F) {
	f.Add(`g.V("<schema:name>").Out("<tg:Talk>").All()`)
	f.Add("<rdf:type> <unknown:x> <schema:> <:x> <schema:a b>")
	f.Fuzz(func(t *testing.T, src string) {
		defer fuzzbudget.Start(t, len(src))()
		once := queryrun.ExpandPrefixes(src)
		if twice := queryrun.ExpandPrefixes(once); twice != once {
			t.Fatalf("not idempotent: %q -> %q -> %q", src, once, twice)
		}
	})
}
