package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	bolt "go.etcd.io/bbolt"
)

// ErrNotStore: a read-only Open of a directory that holds no talkgraph store.
var ErrNotStore = errors.New("not a talkgraph store")

// openBoltReadOnly opens an existing Bolt store without writing anything:
// no directory, file, bucket or pid file is created, both Bolt files are
// opened read-only (a shared lock: readers run side by side, a writer is
// refused while they read), and an interrupted write is reported rather than
// finished.
func (s *Store) openBoltReadOnly() error {
	st, err := os.Stat(s.dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return ErrNotExist
	case err != nil:
		return err
	case !st.IsDir():
		return fmt.Errorf("%w: not a directory", ErrNotStore)
	}
	mpath := filepath.Join(s.dir, manifestFile)
	mst, err := os.Stat(mpath)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w: the directory holds no %s (name a store with --db, or make one with 'talkgraph ingest')", ErrNotStore, manifestFile)
	}
	if err != nil {
		return err
	}
	if mst.Size() == 0 {
		return fmt.Errorf("%w: %s is empty", ErrCorrupt, manifestFile)
	}
	if err := checkBoltFile(mpath); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, manifestFile, err)
	}
	var db *bolt.DB
	err = guardRead(manifestFile, func() (err error) {
		db, err = bolt.Open(mpath, 0o444, &bolt.Options{Timeout: s.cfg.LockTimeout, ReadOnly: true})
		return err
	})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("%w by %s (waited %v)", ErrLocked, s.holder(), s.cfg.LockTimeout)
	}
	if errors.Is(err, ErrCorrupt) {
		return err
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrCorrupt, manifestFile, err)
	}
	s.man = &boltKV{db}
	err = guardRead(manifestFile, func() error {
		return db.View(func(tx *bolt.Tx) error {
			// the buckets every store has had (later ones may be missing
			// from an older store: reads treat them as empty)
			for _, b := range []string{bMeta, bQuads, bFacts, bAttach, bIntent} {
				if tx.Bucket([]byte(b)) == nil {
					return fmt.Errorf("%w: %s has no %q bucket", ErrCorrupt, manifestFile, b)
				}
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	s.qs, err = openCayleyBoltReadOnly(s.dir, s.cfg)
	return err
}

// holder names the process holding the store, from its pid file.
func (s *Store) holder() string {
	holder := "another process"
	if b, err := os.ReadFile(filepath.Join(s.dir, pidFile)); err == nil {
		if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
			holder = fmt.Sprintf("pid %d", pid)
			if pid == os.Getpid() {
				holder += " (this process)"
			}
		}
	}
	return holder
}

// openCayleyBoltReadOnly opens Cayley's indexes.bolt read-only, checking
// it first and turning a panic into ErrCorrupt.
func openCayleyBoltReadOnly(dir string, cfg Config) (qs graph.QuadStore, err error) {
	idx := filepath.Join(dir, cayleyFile)
	st, err := os.Stat(idx)
	if errors.Is(err, os.ErrNotExist) || err == nil && st.Size() == 0 {
		return nil, fmt.Errorf("%w: %s is missing or empty (any writing command, e.g. 'talkgraph compact', rebuilds it from %s)", ErrCorrupt, cayleyFile, manifestFile)
	}
	if err != nil {
		return nil, err
	}
	if err := checkBoltFile(idx); err != nil {
		return nil, fmt.Errorf("%w: %s: %v (remove it to rebuild it from %s)", ErrCorrupt, cayleyFile, err, manifestFile)
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if qs != nil {
				func() { defer func() { recover() }(); qs.Close() }()
			}
			qs, err = nil, fmt.Errorf("%w: %s: Cayley failed reading it: %v", ErrCorrupt, cayleyFile, r)
		}
	}()
	bdb, err := bolt.Open(idx, 0o444, &bolt.Options{Timeout: cfg.LockTimeout, ReadOnly: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s is being written", ErrLocked, cayleyFile)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, cayleyFile, err)
	}
	db := &roKV{bdb}
	qs, err = ckv.New(db, boltOpts())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, cayleyFile, err)
	}
	if sz, ok := qs.(interface{ Size() int64 }); ok {
		sz.Size()
	}
	return qs, nil
}

// checkReadOnly is load's check of a store opened read-only, which cannot
// finish an interrupted write or rebuild Cayley's files.
func (s *Store) checkReadOnly(pending, hasDocs bool, cayleyQuads int64) error {
	switch {
	case pending:
		return fmt.Errorf("an interrupted write is not finished yet: run any writing command (e.g. 'talkgraph compact') to finish it, then read")
	case cayleyQuads == 0 && hasDocs:
		if err := s.docsReady(); err != nil {
			return err
		}
		return fmt.Errorf("%w: %s is empty but %s records %d docs (any writing command, e.g. 'talkgraph compact', rebuilds it)", ErrCorrupt, cayleyFile, manifestFile, len(s.docs))
	}
	return nil
}
