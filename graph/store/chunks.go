package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// applyChunk bounds the quads of one Cayley transaction (see apply). It
// equals the Bolt batch of a Put (BatchQuads), so a batch is one Cayley
// transaction, as in Cayley's own batched writer: 5000 cost 6% more CPU
// and 15% more wall time on a 195k-quad ingest for 1% less peak RSS.
const applyChunk = 10000

// ErrUnfinished is wrapped by the error of a write that ctx interrupted
// after the manifest recorded it: the next writable Open or write finishes
// it, and read-only Opens refuse the store until then.
var ErrUnfinished = errors.New("an interrupted write is not finished")

// chunkLen is how many of n deltas the next transaction takes: applyChunk,
// or all of them when they are at most applyChunk/intentSlack more (an
// intent may be that much bigger: see intentBatches).
func chunkLen(n int) int {
	if n <= applyChunk+applyChunk/intentSlack {
		return n
	}
	return applyChunk
}

// applyChunks applies deltas (all deletes or all adds) in transactions of
// applyChunk (see chunkLen), checking ctx between two. On PostgreSQL, adds take
// talkgraph's bulk path (pgAdd), which writes the rows Cayley would.
func (s *Store) applyChunks(ctx context.Context, deltas []graph.Delta, what string) error {
	for len(deltas) > 0 {
		if err := ctx.Err(); err != nil {
			return s.errf("%s: %w (%w): it is recorded, and the next ingest or 'talkgraph check --repair' finishes it", what, ErrUnfinished, err)
		}
		n := chunkLen(len(deltas))
		var err error
		if s.cfg.Backend == Postgres && deltas[0].Action == graph.Add {
			err = s.pgAdd(ctx, deltas[:n]) // many rows per statement (pgbulk.go)
		} else {
			err = s.qs.ApplyDeltas(deltas[:n], ignore)
		}
		if err != nil {
			return s.errf("%s: %w", what, err)
		}
		deltas = deltas[n:]
	}
	return nil
}

// deleteVerified deletes the old quads of docs being replaced or removed,
// first strictly: a quad the manifest records but Cayley lacks means
// Cayley was changed behind talkgraph's back (damage), which Config.Notify
// is told, naming the docs, before the delete is redone ignoring it. (A
// redo after a crash deletes with applyChunks: quads already deleted are
// expected there.)
func (s *Store) deleteVerified(ctx context.Context, deltas []graph.Delta, what string) error {
	for len(deltas) > 0 {
		if err := ctx.Err(); err != nil {
			return s.errf("%s: %w (%w): it is recorded, and the next ingest or 'talkgraph check --repair' finishes it", what, ErrUnfinished, err)
		}
		n := chunkLen(len(deltas))
		err := s.qs.ApplyDeltas(deltas[:n], graph.IgnoreOpts{IgnoreDup: true})
		if err != nil && (graph.IsQuadNotExist(err) || errors.Is(err, graph.ErrNodeNotExists) || isDeltaNodeMissing(err)) {
			labels := map[string]bool{}
			var names []string
			for _, d := range deltas[:n] {
				if l := fmt.Sprint(d.Quad.Label); !labels[l] && len(names) < 5 {
					labels[l] = true
					names = append(names, l)
				}
			}
			s.notify(fmt.Sprintf("Cayley lacks quads the manifest records for %s (damaged?): replacing them anyway; run 'talkgraph check'", strings.Join(names, ", ")))
			err = s.qs.ApplyDeltas(deltas[:n], ignore)
		}
		if err != nil {
			return s.errf("%s: %w", what, err)
		}
		deltas = deltas[n:]
	}
	return nil
}

func isDeltaNodeMissing(err error) bool {
	var de *graph.DeltaError
	return errors.As(err, &de) && errors.Is(de.Err, graph.ErrNodeNotExists)
}

// notify tells Config.Notify, if set, what the store is doing.
func (s *Store) notify(msg string) {
	if s.cfg.Notify != nil {
		s.cfg.Notify(msg)
	}
}

// pendingDocs is the number of docs of the manifest's unfinished intent
// (0 when there is none).
func (s *Store) pendingDocs(ctx context.Context) (int, error) {
	n := 0
	err := s.man.View(ctx, func(tx kvTx) error {
		all, err := intents(tx)
		if err != nil || len(all) == 0 {
			return err
		}
		seen := map[quad.IRI]bool{}
		for _, es := range all {
			for _, e := range es {
				seen[e.Label] = true
			}
		}
		n = max(1, len(seen))
		return nil
	})
	return n, err
}
