package lookup

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// exactName returns the entities of class c ("" for any) whose preferred
// name is arg character for character, found through the index of the
// literal (a few reads) rather than a scan of every name. Resolve takes the
// one such entity as its best match: only another entity with the same
// name could score as high (ScoreExact), and this finds those too.
func exactName(ctx context.Context, st *store.Store, arg string, c vocab.Class) ([]Match, error) {
	f := ForStore(st)
	vs, err := f.hop(ctx, quad.String(arg), vocab.Name, true)
	if err != nil {
		return nil, err
	}
	var out []Match
	for _, v := range vs {
		iri, ok := v.(quad.IRI)
		if !ok {
			continue
		}
		cs, err := f.Classes(ctx, iri)
		if err != nil {
			return nil, err
		}
		if c != "" && !hasClass(cs, c) {
			continue
		}
		out = append(out, Match{IRI: iri, Name: arg, Classes: cs, Matched: arg, Score: ScoreExact})
	}
	sortMatches(out)
	return out, nil
}
