package store

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/cayleygraph/quad"
)

// Rebuilding the edge index after an ingest reads every manifest record:
// decoding them and making their keys is most of its cost, and it runs at
// the end of the ingest with nothing else to do. On Bolt, whose values stay
// valid (mapped) until the transaction ends, buildParallel hands batches
// of records to a few goroutines, each counting into its own map, and
// merges the maps. Each goroutine reads the mapped pages under guardRead,
// as the transaction's own goroutine does, so a damaged page is still
// ErrCorrupt and not a crash.

// buildBatch is how many manifest records go to a worker at a time.
const buildBatch = 256

// maxBuildWorkers bounds the goroutines of buildParallel (each holds a
// map of its share of the keys until the merge).
const maxBuildWorkers = 4

// buildRecord is one manifest record of bQuads.
type buildRecord struct {
	doc string
	val []byte
}

// buildParallel is build on several goroutines; see above.
func (ix edgeIndex) buildParallel(tx boltTx) (map[string]int, error) {
	workers := min(runtime.GOMAXPROCS(0), maxBuildWorkers)
	batches := make(chan []buildRecord, workers)
	maps := make([]map[string]int, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		maps[w] = map[string]int{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range batches {
				if errs[w] != nil {
					continue // drain, so the reader never blocks
				}
				errs[w] = guardRead(manifestFile, func() error { return ix.countBatch(batch, maps[w]) })
			}
		}()
	}
	err := func() error {
		// Closing and waiting are deferred so that the workers are done
		// with the transaction's pages even if reading it panics.
		defer wg.Wait()
		defer close(batches)
		batch := make([]buildRecord, 0, buildBatch)
		err := tx.ForEach(bQuads, func(k string, v []byte) error {
			batch = append(batch, buildRecord{k, v})
			if len(batch) == buildBatch {
				batches <- batch
				batch = make([]buildRecord, 0, buildBatch)
			}
			return nil
		})
		if err == nil && len(batch) > 0 {
			batches <- batch
		}
		return err
	}()
	if err != nil {
		return nil, err
	}
	for _, e := range errs {
		if e != nil {
			return nil, e
		}
	}
	counts := maps[0]
	for _, m := range maps[1:] {
		if len(m) > len(counts) {
			counts, m = m, counts
		}
		for k, c := range m {
			counts[k] += c
		}
	}
	return counts, nil
}

// countBatch adds the index keys of one batch of records to counts.
func (ix edgeIndex) countBatch(batch []buildRecord, counts map[string]int) error {
	for _, r := range batch {
		qs, err := decodeQuads(r.val, quad.IRI(r.doc))
		if err != nil {
			return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, r.doc, err)
		}
		for _, key := range ix.keys(qs) {
			counts[key]++
		}
	}
	return nil
}
