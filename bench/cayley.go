package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"      // registers "bolt"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// ReadNQuads reads every quad of an N-Quads file.
func ReadNQuads(path string) ([]quad.Quad, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := nquads.NewReader(f, false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, q)
	}
}

// CayleyWrite is the baseline: Cayley's own batched writer. It initialises
// a fresh store (backend "bolt" with no_bloom, or "postgres") at addr and
// adds qs with qs.ApplyDeltas in transactions of batch quads, ignoring
// duplicates as talkgraph does. It returns the time from opening the store
// to closing it.
func CayleyWrite(ctx context.Context, backend, addr string, qs []quad.Quad, batch int) (time.Duration, error) {
	clog.SetLogger(nil)
	var opts graph.Options
	if backend == "bolt" {
		opts = graph.Options{"no_bloom": true}
	}
	start := time.Now()
	if err := graph.InitQuadStore(backend, addr, opts); err != nil {
		return 0, fmt.Errorf("%s: init: %w", addr, err)
	}
	st, err := graph.NewQuadStore(backend, addr, opts)
	if err != nil {
		return 0, fmt.Errorf("%s: open: %w", addr, err)
	}
	ignore := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	deltas := make([]graph.Delta, 0, batch)
	for i, q := range qs {
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		if len(deltas) == batch || i == len(qs)-1 {
			if err := ctx.Err(); err != nil {
				st.Close()
				return 0, err
			}
			if err := st.ApplyDeltas(deltas, ignore); err != nil {
				st.Close()
				return 0, fmt.Errorf("%s: write: %w", addr, err)
			}
			deltas = deltas[:0]
		}
	}
	if err := st.Close(); err != nil {
		return 0, fmt.Errorf("%s: close: %w", addr, err)
	}
	return time.Since(start), nil
}
