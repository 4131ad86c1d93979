package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/quad"
)

// A read-only Open of a Bolt store does not decode the manifest's doc records (10k posts:
// ~40% of a lookup command's time on the 1M-quad store): most read-only
// commands (speakers, talks, events, query) never ask for them. The doc
// cache is filled on first use instead, once, by whichever accessor needs
// it. Writing opens fill it at once, as before (every write consults it).

// errStopScan ends a manifest scan early.
var errStopScan = errors.New("stop scan")

// readDocs fills the doc cache from the manifest's meta bucket.
func (s *Store) readDocs(ctx context.Context) error {
	return s.man.View(ctx, func(tx kvTx) error {
		return tx.ForEach(bMeta, func(k string, v []byte) error {
			m, err := decodeMeta(v)
			if err != nil {
				return fmt.Errorf("%w: manifest entry %s: %v", ErrCorrupt, k, err)
			}
			s.docs[quad.IRI(k)] = DocInfo{Label: quad.IRI(k), Source: m.Source, Kind: m.Kind, Hash: m.Hash, Quads: m.Quads}
			return nil
		})
	})
}

// anyDoc reports whether the manifest records at least one doc, reading
// one key.
func (s *Store) anyDoc(ctx context.Context) (bool, error) {
	found := false
	err := s.man.View(ctx, func(tx kvTx) error {
		return tx.Scan(bMeta, "", func(string, []byte) error {
			found = true
			return errStopScan
		})
	})
	if errors.Is(err, errStopScan) {
		err = nil
	}
	return found, err
}

// docsReady makes sure the doc cache is filled: at once for a writing
// Store, on this first call for a read-only one. Safe under s.mu.RLock.
func (s *Store) docsReady() error {
	if !s.lazyDocs {
		return nil
	}
	s.docsOnce.Do(func() {
		if err := s.readDocs(context.Background()); err != nil {
			s.docsErr = s.errf("%w", err)
		}
	})
	return s.docsErr
}
