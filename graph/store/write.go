package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

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
	return s.put(ctx, docs, true)
}

// PutPipelined is Put, but it returns once the docs are recorded in the
// manifest, while Cayley's last transaction still runs: the caller prepares
// the next batch meanwhile, and the next PutPipelined records it meanwhile.
// The docs are stored as Put stores them (a crash leaves an intent that
// Open finishes); the next write, Flush, Close or read of Cayley waits for
// the transaction, and the next write or Flush returns its error.
func (s *Store) PutPipelined(ctx context.Context, docs []Doc) (PutResult, error) {
	return s.put(ctx, docs, false)
}

// Flush waits for the Cayley transaction a PutPipelined left running and
// returns its error, and brings the edge index up to date if a long run of
// PutPipelined left it to a rebuild (see bulkIndex).
func (s *Store) Flush(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return err
	}
	// The index is rebuilt from the manifest alone, while Cayley's last
	// transaction still runs.
	ierr := s.refreshIndex(ctx)
	if err := s.settle(); err != nil {
		return err
	}
	return ierr
}

func (s *Store) put(ctx context.Context, docs []Doc, wait bool) (PutResult, error) {
	var res PutResult
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return res, err
	}
	// A PutPipelined does not wait for the Cayley transaction still
	// running: it prepares and records its docs meanwhile (the manifest
	// and Cayley's file are apart), and writeBatches waits for it before
	// applying them, returning its error, as it does between two intents
	// of one write. A finished one is settled first, so that its error
	// is returned before anything is recorded.
	if wait || !s.applying() {
		if err := s.settle(); err != nil {
			return res, err
		}
		if _, _, err := s.redo(ctx); err != nil {
			return res, s.errf("finish interrupted write: %w", err)
		}
	}
	if wait {
		if err := s.refreshIndex(ctx); err != nil {
			return res, err
		}
	}
	stale := false
	if !wait {
		n := 0
		for _, d := range docs {
			n += len(d.Quads)
		}
		stale = s.bulkIndex(n)
	}
	ix := s.index
	if stale {
		ix = nil // no edge keys to compute
	}
	var errs []error
	index := map[quad.IRI]int{}
	var preps []*prepared
	all, allErrs := prepareAll(docs, ix)
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
	batches := s.intentBatches(todo)
	del, add, err := s.writeBatches(ctx, batches, "put", wait, stale)
	res.QuadsDeleted += del
	res.QuadsAdded += add
	if err != nil {
		return res, err
	}
	if len(errs) > 0 {
		return res, s.errf("put: %w", errors.Join(errs...))
	}
	return res, nil
}

// intentSlack is how far past s.batch the last intent of a Put may grow
// (a fraction of s.batch) rather than leave a small rest to an intent of
// its own: the pipeline sends batches of just over BatchQuads quads (it
// stops at the post that reaches it), which a strict bound split into
// one full intent and one of a single post, twice the Cayley commits
// (and the tiny one left Cayley idle while the next batch was recorded).
const intentSlack = 4

// intentBatches splits the docs of a Put into intents of at most s.batch
// quads (old and new), the last one up to s.batch/intentSlack more when
// that takes all the rest. A doc bigger than that is an intent alone.
func (s *Store) intentBatches(todo []*prepared) []batch {
	cost := func(p *prepared) int { return p.n + s.docs[p.label].Quads }
	rest := 0
	for _, p := range todo {
		rest += cost(p)
	}
	var batches []batch
	for len(todo) > 0 {
		n, size := 0, 0
		if rest <= s.batch+s.batch/intentSlack {
			n, size = len(todo), rest
		}
		for n < len(todo) && (n == 0 || size+cost(todo[n]) <= s.batch) {
			size += cost(todo[n])
			n++
		}
		batches = append(batches, batch{puts: todo[:n]})
		todo = todo[n:]
		rest -= size
	}
	return batches
}

// Remove deletes docs and their quads; unknown labels are ignored. It
// returns how many docs were removed.
func (s *Store) Remove(ctx context.Context, labels ...quad.IRI) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return 0, err
	}
	if err := s.settle(); err != nil {
		return 0, err
	}
	if _, _, err := s.redo(ctx); err != nil {
		return 0, s.errf("finish interrupted write: %w", err)
	}
	if err := s.refreshIndex(ctx); err != nil {
		return 0, err
	}
	seen := map[quad.IRI]bool{}
	var todo []quad.IRI
	for _, l := range labels {
		if _, ok := s.docs[l]; ok && !seen[l] {
			seen[l] = true
			todo = append(todo, l)
		}
	}
	var batches []batch
	for rest := todo; len(rest) > 0; {
		n, size := 0, 0
		for n < len(rest) && (n == 0 || size+s.docs[rest[n]].Quads <= s.batch) {
			size += s.docs[rest[n]].Quads
			n++
		}
		batches = append(batches, batch{removes: rest[:n]})
		rest = rest[n:]
	}
	if _, _, err := s.writeBatches(ctx, batches, "remove", true, false); err != nil {
		removed := 0
		for _, l := range todo {
			if _, ok := s.docs[l]; !ok {
				removed++
			}
		}
		return removed, err
	}
	return len(todo), nil
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

// batch is the docs of one intent: put or removed.
type batch struct {
	puts    []*prepared
	removes []quad.IRI
}

// writeBatches writes batches in order, each recorded in the manifest with
// its own intent and then applied to Cayley on another goroutine, so that
// the manifest transaction of a batch (and, with !wait, whatever the caller
// does next) runs while Cayley applies the one before: two files, two
// cores. With wait, it returns once Cayley holds the last batch, synced;
// otherwise the last transaction may still run (see settle). It returns
// the quads the docs had and have (what a PutResult counts); what names the
// operation in errors. With stale, the edge index is left out of date (see
// bulkIndex).
func (s *Store) writeBatches(ctx context.Context, batches []batch, what string, wait, stale bool) (del, add int, err error) {
	for i, b := range batches {
		if err := ctx.Err(); err != nil {
			return del, add, s.errf("%s: %w", what, err)
		}
		s.seq++
		seq := s.seq
		d, err := s.record(ctx, b.puts, b.removes, seq, stale)
		if err != nil {
			return del, add, err
		}
		del += d.old
		add += d.cur
		last := wait && i == len(batches)-1
		s.cay.Lock() // the batch before is applied
		if err := s.applyErr; err != nil {
			s.applyErr = nil
			s.cay.Unlock()
			s.applied = false
			return del, add, err
		}
		s.applied = true // or being applied: settle reports a failure
		go func() {
			defer s.cay.Unlock()
			s.applyErr = s.applyIntent(ctx, d, seq, last)
		}()
	}
	if wait {
		if err := s.settle(); err != nil {
			return del, add, err
		}
	}
	return del, add, nil
}

// syncQuads is how many quads Cayley applies between two syncs in a long
// write; the intents of unsynced transactions stay in the manifest.
const syncQuads = 200000

// applyIntent applies intent seq to Cayley (on the goroutine holding
// s.cay) and syncs Cayley if sync is set or enough is unsynced; the
// intents up to a synced one may then be deleted (see record).
func (s *Store) applyIntent(ctx context.Context, d diff, seq int64, sync bool) error {
	if err := s.apply(ctx, d); err != nil {
		return err
	}
	s.unsynced += len(d.dels) + len(d.adds)
	if !sync && s.unsynced < syncQuads {
		return nil
	}
	if err := s.syncCayley(); err != nil {
		return err
	}
	s.unsynced = 0
	s.synced.Store(seq)
	return nil
}

// settle waits for the Cayley transaction still running, if any, and
// returns its error; call with s.mu held for writing. After an error the
// intents count as unapplied, and the next write redoes them.
func (s *Store) settle() error {
	s.cay.Lock()
	err := s.applyErr
	s.applyErr = nil
	s.cay.Unlock()
	if err != nil {
		s.applied = false
	}
	return err
}

// applying reports whether a Cayley transaction is running (on the
// goroutine writeBatches starts); call with s.mu held for writing.
func (s *Store) applying() bool {
	if s.cay.TryLock() {
		s.cay.Unlock()
		return false
	}
	return true
}

// idle waits until no Cayley transaction runs; readers of Cayley call it.
func (s *Store) idle() {
	s.cay.Lock()
	s.cay.Unlock() //nolint:staticcheck // an empty critical section: only waiting
}

// intentName is the manifest key of this Store's intent seq.
func intentName(seq int64) string { return fmt.Sprintf("%s/%012d", intentKey, seq) }

// syncCayley flushes Cayley's Bolt file to disk (its transactions skip
// fsync); the intents of what it holds may be deleted after it.
func (s *Store) syncCayley() error {
	if s.sync == nil {
		return nil
	}
	if err := s.sync.Sync(); err != nil {
		return s.errf("sync %s: %w", cayleyFile, err)
	}
	return nil
}

// record records puts and removes in the manifest with intent seq,
// deleting the intents Cayley holds synced, and returns what Cayley must
// do. The Store's docs are updated; Cayley is not touched. With stale, the
// edge index is not updated, and its version key is deleted if it was
// current (see bulkIndex).
func (s *Store) record(ctx context.Context, puts []*prepared, removes []quad.IRI, seq int64, stale bool) (diff, error) {
	var d diff
	synced := s.synced.Load()
	var keep []int64
	err := s.man.Update(ctx, func(tx kvTx) error {
		keep = nil
		for _, k := range s.recorded {
			if k > synced {
				keep = append(keep, k)
			} else if err := tx.Delete(bIntent, intentName(k)); err != nil {
				return err
			}
		}
		var entries []intentEntry
		edges := indexDelta{}
		labels := make([]string, 0, len(puts)+len(removes))
		for _, p := range puts {
			labels = append(labels, string(p.label))
		}
		for _, l := range removes {
			labels = append(labels, string(l))
		}
		olds, err := getKeys(tx, bQuads, labels)
		if err != nil {
			return err
		}
		sums, err := getKeys(tx, bSums, labels[:len(puts)])
		if err != nil {
			return err
		}
		var w kvWrites
		for _, p := range puts {
			l := string(p.label)
			old := olds[l]
			if err := checkSum(l, old, sums[l]); err != nil {
				return err
			}
			oldQs, err := decodeQuads(old, p.label)
			if err != nil {
				return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, p.label, err)
			}
			d.add(oldQs, p.qs)
			if !stale {
				edges.add(s.index.keys(oldQs), -1)
				edges.add(p.edges, +1)
			}
			entries = append(entries, intentEntry{Label: p.label, Old: old})
			w.put(bMeta, l, encodeMeta(p.meta))
			w.put(bQuads, l, p.quads)
			w.put(bSums, l, sumQuads(p.quads))
			w.putOrDelete(bFacts, l, p.facts)
			w.putOrDelete(bAttach, l, p.att)
		}
		for _, label := range removes {
			l := string(label)
			old := olds[l]
			oldQs, err := decodeQuads(old, label)
			if err != nil {
				return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, label, err)
			}
			d.add(oldQs, nil)
			if !stale {
				edges.add(s.index.keys(oldQs), -1)
			}
			entries = append(entries, intentEntry{Label: label, Old: old})
			for _, b := range []string{bMeta, bQuads, bFacts, bAttach, bSums} {
				w.del(b, l)
			}
		}
		if err := w.flush(tx); err != nil {
			return err
		}
		if err := edges.apply(tx); err != nil {
			return err
		}
		if stale && !s.indexStale {
			if err := tx.Delete(bIndex, indexVersionKey); err != nil {
				return err
			}
		}
		return tx.Put(bIntent, intentName(seq), encodeIntent(entries))
	})
	if err != nil {
		return d, s.errf("record write in manifest: %w", err)
	}
	if stale {
		s.indexStale = true
	}
	s.recorded = append(keep, seq)
	s.applied, s.intent = false, true
	for _, p := range puts {
		s.docs[p.label] = info(p)
		p.qs, p.edges = nil, nil
	}
	for _, l := range removes {
		delete(s.docs, l)
	}
	// The manifest now records the intent: the caller applies it (the
	// quads to add are the prepared ones, equal to what the manifest holds,
	// so not decoded again). If ctx ends half-way, the intent stays
	// recorded and unapplied: the next writable Open or Put finishes it.
	d.strict = true
	return d, nil
}

// deleteIntents deletes every intent the manifest holds.
func deleteIntents(tx kvTx) error {
	var keys []string
	if err := tx.ForEach(bIntent, func(k string, _ []byte) error { keys = append(keys, k); return nil }); err != nil {
		return err
	}
	for _, k := range keys {
		if err := tx.Delete(bIntent, k); err != nil {
			return err
		}
	}
	return nil
}

// intents returns every intent the manifest holds, in the order recorded.
func intents(tx kvTx) ([][]intentEntry, error) {
	var out [][]intentEntry
	err := tx.ForEach(bIntent, func(_ string, raw []byte) error {
		es, err := decodeIntent(raw)
		if err != nil {
			return fmt.Errorf("%w: manifest intent: %v", ErrCorrupt, err)
		}
		out = append(out, es)
		return nil
	})
	return out, err
}

// diff is what Cayley must do to turn docs' old quads into their current
// ones: delete the old quads that are not current and add the current
// ones that are not old. Quads a changed doc keeps are not touched, which
// spares Cayley's Bolt indexes most of a re-ingest's work (appending a quad
// to a popular node rewrites that node's whole index entry).
type diff struct {
	dels, adds []graph.Delta
	old, cur   int  // quads before and after, for PutResult
	strict     bool // the old quads must be in Cayley (see deleteVerified)
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

// getKeys reads keys of bucket: on PostgreSQL in one statement (manyTx),
// elsewhere key by key. Missing keys are absent from the map.
func getKeys(tx kvTx, bucket string, keys []string) (map[string][]byte, error) {
	if mt, ok := tx.(manyTx); ok {
		return mt.getMany(bucket, keys)
	}
	out := make(map[string][]byte, len(keys))
	for _, k := range keys {
		v, err := tx.Get(bucket, k)
		if err != nil {
			return nil, err
		}
		if v != nil {
			out[k] = v
		}
	}
	return out, nil
}

// kvWrites collects a manifest transaction's writes, done by flush bucket
// by bucket in key order: on PostgreSQL one statement per bucket and kind
// (manyTx) instead of one per key.
type kvWrites struct {
	buckets []string
	puts    map[string]map[string][]byte
	dels    map[string]map[string]bool
}

func (w *kvWrites) bucket(b string) {
	if w.puts == nil {
		w.puts, w.dels = map[string]map[string][]byte{}, map[string]map[string]bool{}
	}
	if w.puts[b] == nil {
		w.buckets = append(w.buckets, b)
		w.puts[b], w.dels[b] = map[string][]byte{}, map[string]bool{}
	}
}

func (w *kvWrites) put(b, key string, val []byte) {
	w.bucket(b)
	delete(w.dels[b], key)
	w.puts[b][key] = val
}

func (w *kvWrites) del(b, key string) {
	w.bucket(b)
	delete(w.puts[b], key)
	w.dels[b][key] = true
}

func (w *kvWrites) putOrDelete(b, key string, val []byte) {
	if len(val) == 0 {
		w.del(b, key)
	} else {
		w.put(b, key, val)
	}
}

func (w *kvWrites) flush(tx kvTx) error {
	mt, many := tx.(manyTx)
	for _, b := range w.buckets {
		dels := make([]string, 0, len(w.dels[b]))
		for k := range w.dels[b] {
			dels = append(dels, k)
		}
		sort.Strings(dels)
		keys := make([]string, 0, len(w.puts[b]))
		for k := range w.puts[b] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if many {
			vals := make([][]byte, len(keys))
			for i, k := range keys {
				if vals[i] = w.puts[b][k]; vals[i] == nil {
					vals[i] = []byte{}
				}
			}
			if err := mt.deleteMany(b, dels); err != nil {
				return err
			}
			if err := mt.putMany(b, keys, vals); err != nil {
				return err
			}
			continue
		}
		for _, k := range dels {
			if err := tx.Delete(b, k); err != nil {
				return err
			}
		}
		for _, k := range keys {
			if err := tx.Put(b, k, w.puts[b][k]); err != nil {
				return err
			}
		}
	}
	return nil
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
		all, err := intents(tx)
		if err != nil || len(all) == 0 {
			return err
		}
		found = true
		// One diff for all: a doc in two intents has its older quads
		// deleted by both and its current ones added by both, which is
		// the same as applying them in order.
		var entries []intentEntry
		for _, es := range all {
			entries = append(entries, es...)
		}
		seen := map[quad.IRI]bool{}
		for _, e := range entries {
			if !seen[e.Label] {
				seen[e.Label] = true
				docs++
			}
		}
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
	if err := s.apply(ctx, d); err != nil {
		return d.old, d.cur, err
	}
	s.applied = true
	return d.old, d.cur, s.clearIntent(ctx)
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
	if len(s.mapped) > 0 && len(d.dels)+len(d.adds) >= dropAfterQuads {
		defer s.dropWhile()()
	}
	// Never mix deletes and adds in one Cayley transaction (cayley#885).
	// The old quads of a recorded write are deleted strictly, which checks
	// that Cayley still held them; a redo expects some already deleted.
	del := s.applyChunks
	if d.strict {
		del = s.deleteVerified
	}
	if err := del(ctx, d.dels, "delete old quads"); err != nil {
		return err
	}
	return s.applyChunks(ctx, d.adds, "add new quads")
}

// dropAfterQuads is the write size from which Put drops the Bolt files'
// pages from the process's resident set (see dropMapped).
const dropAfterQuads = 5000

// While Cayley writes, the Bolt files' pages are dropped whenever the
// process's resident file pages exceed dropAbove (checked every dropEvery):
// a transaction of 10k quads into a store of a million reads some 200 MB of
// pages at random (node lookups, index entries), which would otherwise all
// count in the peak RSS until the transaction ends.
const (
	dropEvery = 50 * time.Millisecond
	dropAbove = 48 << 20
)

// dropWhile drops the Bolt files' pages as said above until the function
// it returns is called, which drops them once more.
func (s *Store) dropWhile() (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(dropEvery)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				if fileResident() > dropAbove {
					dropMapped(s.mapped...)
				}
			}
		}
	}()
	return func() {
		close(quit)
		<-done
		dropMapped(s.mapped...)
	}
}

// clearIntent syncs Cayley and deletes the manifest's intents once they
// are applied; call with no Cayley transaction running (settle).
func (s *Store) clearIntent(ctx context.Context) error {
	if !s.intent || !s.applied {
		return nil
	}
	if err := s.syncCayley(); err != nil {
		return err
	}
	if err := s.man.Update(ctx, deleteIntents); err != nil {
		return fmt.Errorf("clear manifest intent: %w", err)
	}
	s.intent, s.recorded = false, nil
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
