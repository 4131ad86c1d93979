package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"
)

// A long run of PutPipelined (an ingest) stops maintaining the edge index
// key by key and rebuilds it once at the end. Keeping it current costs one
// random write per distinct triple of an indexed predicate: half a
// million keys for a million quads, spread over the whole bucket, so every
// manifest transaction rewrites most of the bucket's pages; a rebuild reads
// the manifest's quads once and writes the keys in order.
//
// The batch that starts the run deletes the index's version key in the
// same manifest transaction that records it, so that from then on the
// manifest says the index is out of date: a crash leaves it so, and Open
// rebuilds it (ensureIndex), as for a store written before the index
// existed. The index is brought up to date (refreshIndex) by Flush, Close,
// the next Put or Remove, and before any read of it.

// bulkIndex reports whether a PutPipelined of n quads should leave the
// edge index to a rebuild: when the quads PutPipelined has written since
// the index was last current, n included, reach half of what the store
// holds (so a rebuild, which reads the whole store, costs less than
// keeping up), and at least one intent's worth. Call with s.mu held.
func (s *Store) bulkIndex(n int) bool {
	if s.index == nil || s.indexStale {
		return s.indexStale
	}
	s.bulk += n
	total := 0
	for _, d := range s.docs {
		total += d.Quads
	}
	return s.bulk >= max(s.batch, total/2)
}

// refreshIndex rebuilds the edge index if a bulk write left it out of
// date; call with s.mu held for writing.
func (s *Store) refreshIndex(ctx context.Context) error {
	if !s.indexStale {
		return nil
	}
	if s.man == nil {
		return s.errf("%w", ErrClosed)
	}
	if err := s.man.Update(ctx, s.index.rebuild); err != nil {
		return s.errf("rebuild edge index: %w", err)
	}
	s.indexStale, s.bulk = false, 0
	return nil
}

// rlockIndex takes s.mu for reading with the edge index up to date
// (rebuilding it first if a bulk write left it out of date). The caller
// unlocks s.mu.RUnlock unless an error is returned.
func (s *Store) rlockIndex(ctx context.Context) error {
	for {
		s.mu.RLock()
		if !s.indexStale || s.closed {
			return nil
		}
		s.mu.RUnlock()
		s.mu.Lock()
		err := s.refreshIndex(ctx)
		s.mu.Unlock()
		if err != nil {
			return err
		}
	}
}

// rebuild makes the index bucket equal to the counts of the manifest's
// quads, writing only the keys that differ (in key order), and marks the
// index current.
func (ix edgeIndex) rebuild(tx kvTx) error {
	counts, err := ix.build(tx)
	if err != nil {
		return err
	}
	var dels []string
	err = tx.ForEach(bIndex, func(k string, v []byte) error {
		if k == indexVersionKey {
			return nil
		}
		c, ok := counts[k]
		switch {
		case !ok:
			dels = append(dels, k)
		case string(v) == strconv.Itoa(c):
			delete(counts, k) // already right
		}
		return nil
	})
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if mt, ok := tx.(manyTx); ok {
		vals := make([][]byte, len(keys))
		for i, k := range keys {
			vals[i] = []byte(strconv.Itoa(counts[k]))
		}
		if err := mt.deleteMany(bIndex, dels); err != nil {
			return err
		}
		if err := mt.putMany(bIndex, keys, vals); err != nil {
			return err
		}
	} else {
		for _, k := range dels {
			if err := tx.Delete(bIndex, k); err != nil {
				return err
			}
		}
		for _, k := range keys {
			if err := tx.Put(bIndex, k, []byte(strconv.Itoa(counts[k]))); err != nil {
				return err
			}
		}
	}
	if err := tx.Put(bIndex, indexVersionKey, []byte(indexVersion)); err != nil {
		return fmt.Errorf("index version: %w", err)
	}
	return nil
}
