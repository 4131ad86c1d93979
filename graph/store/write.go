package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ignore makes Cayley writes idempotent, so an intent can be redone.
var ignore = graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// writable checks the store may be written; call with s.mu held.
func (s *Store) writable() error {
	switch {
	case s.closed:
		return s.errf("%w", ErrClosed)
	case s.cfg.ReadOnly:
		return s.errf("%w", ErrReadOnly)
	}
	return nil
}

// Put stores docs as one batch. A doc whose (non-empty) Hash is already
// stored is skipped (only a changed Source or Kind is recorded); a changed doc has its
// old quads deleted (known from the manifest) and its new quads added; a doc
// appearing twice in docs is stored as its last copy. A doc with an invalid
// term is not written at all: Put writes the others and returns a *DocError
// for each rejected doc (joined, wrapping ErrInvalid).
//
// Each batch of up to ~50k quads is written as: one manifest transaction
// recording the new docs and an intent (the old quads), one Cayley
// transaction deleting the old quads the docs no longer have, and one
// adding their new ones (see apply for when the intent is cleared). Open
// redoes a leftover intent, so after a crash every doc is fully old or
// fully new.
func (s *Store) Put(ctx context.Context, docs []Doc) (PutResult, error) {
	var res PutResult
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return res, err
	}
	if _, _, err := s.redo(ctx); err != nil {
		return res, s.errf("finish interrupted write: %w", err)
	}
	var errs []error
	index := map[quad.IRI]int{}
	var preps []*prepared
	all, allErrs := prepareAll(docs, s.index)
	for i, d := range docs {
		p, err := all[i], allErrs[i]
		if err != nil {
			errs = append(errs, &DocError{Label: d.Label, Err: err})
			continue
		}
		if i, ok := index[p.label]; ok {
			preps[i] = p
			continue
		}
		index[p.label] = len(preps)
		preps = append(preps, p)
	}
	var todo, metaOnly []*prepared
	for _, p := range preps {
		old, ok := s.docs[p.label]
		switch {
		case ok && p.meta.Hash != "" && old.Hash == p.meta.Hash:
			res.Unchanged++
			if old.Source != p.meta.Source || old.Kind != p.meta.Kind {
				metaOnly = append(metaOnly, p)
			}
			continue
		case ok:
			res.Replaced++
		default:
			res.Added++
		}
		todo = append(todo, p)
	}
	if len(metaOnly) > 0 {
		err := s.man.Update(ctx, func(tx kvTx) error {
			for _, p := range metaOnly {
				p.meta.Quads = s.docs[p.label].Quads
				if err := tx.Put(bMeta, string(p.label), encodeMeta(p.meta)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return res, s.errf("update manifest: %w", err)
		}
		for _, p := range metaOnly {
			s.docs[p.label] = info(p)
		}
	}
	for len(todo) > 0 {
		if err := ctx.Err(); err != nil {
			return res, s.errf("put: %w", err)
		}
		n, size := 0, 0
		for n < len(todo) && (n == 0 || size+todo[n].n+s.docs[todo[n].label].Quads <= s.batch) {
			size += todo[n].n + s.docs[todo[n].label].Quads
			n++
		}
		del, add, err := s.write(ctx, todo[:n], nil)
		res.QuadsDeleted += del
		res.QuadsAdded += add
		if err != nil {
			return res, err
		}
		todo = todo[n:]
	}
	if len(errs) > 0 {
		return res, s.errf("put: %w", errors.Join(errs...))
	}
	return res, nil
}

// Remove deletes docs and their quads; unknown labels are ignored. It
// returns how many docs were removed.
func (s *Store) Remove(ctx context.Context, labels ...quad.IRI) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return 0, err
	}
	if _, _, err := s.redo(ctx); err != nil {
		return 0, s.errf("finish interrupted write: %w", err)
	}
	seen := map[quad.IRI]bool{}
	var todo []quad.IRI
	for _, l := range labels {
		if _, ok := s.docs[l]; ok && !seen[l] {
			seen[l] = true
			todo = append(todo, l)
		}
	}
	removed := 0
	for len(todo) > 0 {
		if err := ctx.Err(); err != nil {
			return removed, s.errf("remove: %w", err)
		}
		n, size := 0, 0
		for n < len(todo) && (n == 0 || size+s.docs[todo[n]].Quads <= s.batch) {
			size += s.docs[todo[n]].Quads
			n++
		}
		if _, _, err := s.write(ctx, nil, todo[:n]); err != nil {
			return removed, err
		}
		removed += n
		todo = todo[n:]
	}
	return removed, nil
}

// prepareAll validates and encodes docs on up to GOMAXPROCS goroutines
// (prepare is pure), so that a big batch does not hold the writer up.
func prepareAll(docs []Doc, ix edgeIndex) ([]*prepared, []error) {
	preps := make([]*prepared, len(docs))
	errs := make([]error, len(docs))
	workers := min(runtime.GOMAXPROCS(0), (len(docs)+15)/16)
	if workers <= 1 {
		for i, d := range docs {
			preps[i], errs[i] = prepareIndexed(d, ix)
		}
		return preps, errs
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(docs) {
					return
				}
				preps[i], errs[i] = prepareIndexed(docs[i], ix)
			}
		}()
	}
	wg.Wait()
	return preps, errs
}

func info(p *prepared) DocInfo {
	return DocInfo{Label: p.label, Source: p.meta.Source, Kind: p.meta.Kind, Hash: p.meta.Hash, Quads: p.n}
}

// write records puts and removes in the manifest with an intent, then
// applies the intent to Cayley. It returns the quads the docs had and have
// (what a PutResult counts); Cayley only sees the difference.
func (s *Store) write(ctx context.Context, puts []*prepared, removes []quad.IRI) (del, add int, err error) {
	var d diff
	err = s.man.Update(ctx, func(tx kvTx) error {
		var entries []intentEntry
		edges := indexDelta{}
		for _, p := range puts {
			old, err := tx.Get(bQuads, string(p.label))
			if err != nil {
				return err
			}
			if err := verifySum(tx, string(p.label), old); err != nil {
				return err
			}
			oldQs, err := decodeQuads(old, p.label)
			if err != nil {
				return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, p.label, err)
			}
			d.add(oldQs, p.qs)
			edges.add(s.index.keys(oldQs), -1)
			edges.add(p.edges, +1)
			entries = append(entries, intentEntry{Label: p.label, Old: old})
			l := string(p.label)
			if err := tx.Put(bMeta, l, encodeMeta(p.meta)); err != nil {
				return err
			}
			if err := tx.Put(bQuads, l, p.quads); err != nil {
				return err
			}
			if err := tx.Put(bSums, l, sumQuads(p.quads)); err != nil {
				return err
			}
			if err := putOrDelete(tx, bFacts, l, p.facts); err != nil {
				return err
			}
			if err := putOrDelete(tx, bAttach, l, p.att); err != nil {
				return err
			}
		}
		for _, label := range removes {
			l := string(label)
			old, err := tx.Get(bQuads, l)
			if err != nil {
				return err
			}
			oldQs, err := decodeQuads(old, label)
			if err != nil {
				return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, label, err)
			}
			d.add(oldQs, nil)
			edges.add(s.index.keys(oldQs), -1)
			entries = append(entries, intentEntry{Label: label, Old: old})
			for _, b := range []string{bMeta, bQuads, bFacts, bAttach, bSums} {
				if err := tx.Delete(b, l); err != nil {
					return err
				}
			}
		}
		if err := edges.apply(tx); err != nil {
			return err
		}
		return tx.Put(bIntent, intentKey, encodeIntent(entries))
	})
	if err != nil {
		return 0, 0, s.errf("record write in manifest: %w", err)
	}
	s.applied, s.intent = false, true
	for _, p := range puts {
		s.docs[p.label] = info(p)
		p.qs, p.edges = nil, nil
	}
	for _, l := range removes {
		delete(s.docs, l)
	}
	// The manifest now records the intent: apply it (the quads to add are
	// the prepared ones, equal to what the manifest holds, so not decoded
	// again). If ctx ends half-way, the intent stays recorded and unapplied:
	// the next writable Open or Put finishes it. The old quads are deleted
	// strictly, which checks that Cayley still held them.
	if err := s.deleteVerified(ctx, d.dels); err != nil {
		return d.old, d.cur, err
	}
	d.dels = nil
	return d.old, d.cur, s.apply(ctx, d)
}

// diff is what Cayley must do to turn docs' old quads into their current
// ones: delete the old quads that are not current and add the current
// ones that are not old. Quads a changed doc keeps are not touched, which
// spares Cayley's Bolt indexes most of a re-ingest's work (appending a quad
// to a popular node rewrites that node's whole index entry).
type diff struct {
	dels, adds []graph.Delta
	old, cur   int // quads before and after, for PutResult
}

func (d *diff) add(old, cur []quad.Quad) {
	d.old += len(old)
	d.cur += len(cur)
	if len(old) == 0 {
		for _, q := range cur {
			d.adds = append(d.adds, graph.Delta{Quad: q, Action: graph.Add})
		}
		return
	}
	had := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		had[q] = true
	}
	keep := make(map[quad.Quad]bool, len(cur))
	for _, q := range cur {
		keep[q] = true
		if !had[q] {
			d.adds = append(d.adds, graph.Delta{Quad: q, Action: graph.Add})
		}
	}
	for _, q := range old {
		if !keep[q] {
			d.dels = append(d.dels, graph.Delta{Quad: q, Action: graph.Delete})
		}
	}
}

func putOrDelete(tx kvTx, bucket, key string, val []byte) error {
	if len(val) == 0 {
		return tx.Delete(bucket, key)
	}
	return tx.Put(bucket, key, val)
}

// redo applies the manifest's intent, if any, to Cayley (see apply). Every
// step is idempotent, so an interrupted redo (ctx ended) leaves the intent
// for the next one; Config.Notify is told what it does.
func (s *Store) redo(ctx context.Context) (del, add int, err error) {
	if s.applied {
		return 0, 0, nil
	}
	var d diff
	var docs int
	found := false
	err = s.man.View(ctx, func(tx kvTx) error {
		raw, err := tx.Get(bIntent, intentKey)
		if err != nil || raw == nil {
			return err
		}
		found = true
		entries, err := decodeIntent(raw)
		if err != nil {
			return fmt.Errorf("%w: manifest intent: %v", ErrCorrupt, err)
		}
		docs = len(entries)
		for _, e := range entries {
			old, err := decodeQuads(e.Old, e.Label)
			if err != nil {
				return fmt.Errorf("%w: manifest intent for %s: %v", ErrCorrupt, e.Label, err)
			}
			b, err := tx.Get(bQuads, string(e.Label))
			if err != nil {
				return err
			}
			cur, err := decodeQuads(b, e.Label)
			if err != nil {
				return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, e.Label, err)
			}
			d.add(old, cur)
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	if !found {
		s.applied, s.intent = true, false
		return 0, 0, nil
	}
	s.intent = true
	s.notify(fmt.Sprintf("finishing an interrupted write of %d posts (%d quads to delete, %d to add)", docs, len(d.dels), len(d.adds)))
	return d.old, d.cur, s.apply(ctx, d)
}

// apply applies the intent recorded in the manifest to Cayley: one
// transaction deleting, one adding (both ignoring what is already done).
// The intent stays in the manifest, marked applied in memory: the next
// write's manifest transaction replaces it and Close deletes it, which
// saves a manifest commit (two fsyncs) per batch. Left behind by a crash,
// it is redone on Open, harmlessly, since applying it is idempotent.
//
// Both are split into transactions of at most applyChunk quads: Bolt
// inserts each new key into its in-memory node by shifting the node's
// slice, so one big transaction is quadratic (a 10k-event schedule took
// 31 s), and a bounded one lets ctx stop the write between two of them.
func (s *Store) apply(ctx context.Context, d diff) error {
	// Never mix deletes and adds in one Cayley transaction (cayley#885).
	if err := s.applyChunks(ctx, d.dels, "delete old quads"); err != nil {
		return err
	}
	if err := s.applyChunks(ctx, d.adds, "add new quads"); err != nil {
		return err
	}
	s.applied = true
	if len(s.mapped) > 0 && len(d.dels)+len(d.adds) >= dropAfterQuads {
		dropMapped(s.mapped...)
	}
	return nil
}

// dropAfterQuads is the write size from which Put drops the Bolt files'
// pages from the process's resident set (see dropMapped).
const dropAfterQuads = 5000

// clearIntent deletes the manifest's intent once it is applied.
func (s *Store) clearIntent(ctx context.Context) error {
	if !s.intent || !s.applied {
		return nil
	}
	if err := s.man.Update(ctx, func(tx kvTx) error { return tx.Delete(bIntent, intentKey) }); err != nil {
		return fmt.Errorf("clear manifest intent: %w", err)
	}
	s.intent = false
	return nil
}

// fill adds every manifest quad to qs in batches (used to rebuild Cayley).
func (s *Store) fill(ctx context.Context, qs graph.QuadStore) error {
	var batch []graph.Delta
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := qs.ApplyDeltas(batch, ignore)
		batch = batch[:0]
		return err
	}
	err := s.man.View(ctx, func(tx kvTx) error {
		return tx.ForEach(bQuads, func(k string, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			cur, err := decodeQuads(v, quad.IRI(k))
			if err != nil {
				return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, k, err)
			}
			for _, q := range cur {
				batch = append(batch, graph.Delta{Quad: q, Action: graph.Add})
			}
			if len(batch) >= maxBatchQuads {
				return flush()
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	return flush()
}
