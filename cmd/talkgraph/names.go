package main

import (
	"context"

	"github.com/talkgraph/talkgraph/graph/lookup"
	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// resolveName finds the one entity of class c ("" for any) that arg names
// (lookup.Resolve) and, unless arg named it exactly, says on stderr which
// entity it took, so a partial name never silently picks the wrong one.
func (a *app) resolveName(ctx context.Context, st *store.Store, arg string, c vocab.Class) (lookup.Match, error) {
	m, err := lookup.Resolve(ctx, st, arg, c)
	if err != nil {
		return m, err
	}
	if !m.Exact() {
		a.logf("talkgraph: %q: taking %s\n", arg, m)
	}
	return m, nil
}
