package selectq

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Quads returns the quads of the selection Options describe, for the RDF
// exporters: every quad of src (with its graph label) whose subject is a
// selected node and whose object is a literal, a selected node, or an IRI
// that is no entity of src (a class, a sameAs page, a repository). The
// zero Options select every quad.
func Quads(ctx context.Context, src export.Source, opts Options) (export.SliceSource, error) {
	m, keep, _, err := choose(ctx, src, opts)
	if err != nil {
		return nil, err
	}
	var out export.SliceSource
	err = src.ForEach(ctx, func(q quad.Quad) error {
		if keep == nil {
			out = append(out, q)
			return nil
		}
		s, ok := resource(q.Subject)
		if !ok || !keep[s] {
			return nil
		}
		if o, ok := resource(q.Object); ok {
			o = vocab.Expand(o)
			if m.nodes[o] != nil && !keep[o] {
				return nil // an entity left out of the selection
			}
		}
		out = append(out, q)
		return nil
	})
	return out, err
}
