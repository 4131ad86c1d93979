package export

import (
	"context"

	"github.com/cayleygraph/quad"
)

// Source is what exporters read: every quad of a dataset, each with its
// graph label (nil for the default graph). ForEach stops at the first error
// returned by fn and returns it; it returns ctx.Err() when ctx ends first.
type Source interface {
	ForEach(ctx context.Context, fn func(quad.Quad) error) error
}

// SliceSource is a Source over quads held in memory, for tests and small
// selections. Quads are visited in slice order.
type SliceSource []quad.Quad

var _ Source = SliceSource(nil)

// ForEach calls fn for every quad in order; it checks ctx every 1024 quads.
func (s SliceSource) ForEach(ctx context.Context, fn func(quad.Quad) error) error {
	for i, q := range s {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return ctx.Err()
}
