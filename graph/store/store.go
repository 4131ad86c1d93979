package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"      // registers "bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"     // registers "memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	bolt "go.etcd.io/bbolt"
)

// syncer is a Bolt database whose writes can be flushed to disk.
type syncer interface{ Sync() error }

// Config selects and opens a store.
type Config struct {
	// Backend is "bolt" (default), "memory" or "postgres".
	Backend string
	// DB is the Bolt directory (default "./talkgraph.db") or a postgres:// URL.
	DB string
	// ReadOnly refuses Put, Remove and Compact and, on Bolt and PostgreSQL,
	// writes nothing at all: Open fails on a directory (schema) that holds
	// no store, and with ErrUnfinished on an interrupted write (which a
	// writable Open finishes).
	ReadOnly bool
	// Notify, if set, is told what Open does besides opening ("finishing
	// an interrupted write of N posts …").
	Notify func(msg string)
	// LockTimeout bounds the wait for another holder of the store (default 1s).
	LockTimeout time.Duration
	// Schema is the PostgreSQL schema holding the store (default "talkgraph").
	Schema string
}

// Backend names.
const (
	Bolt     = "bolt"
	Memory   = "memory"
	Postgres = "postgres"
)

// DefaultDB is the Bolt directory used when Config.DB is empty.
const DefaultDB = "./talkgraph.db"

// Files in a Bolt store directory.
const (
	manifestFile = "manifest.bolt"
	cayleyFile   = "indexes.bolt"
	pidFile      = "talkgraph.pid"
	compactDir   = "compact.tmp"
)

// maxBatchQuads is the quads of a Put on the memory backend (see
// BatchQuads) and of one transaction rebuilding Cayley (fill).
const maxBatchQuads = 50000

// intentQuads bounds the quads (old + new) of one intent, i.e. of one pair
// of Cayley transactions: a Put of more is several intents, each recorded
// while Cayley applies the one before (see writeBatches).
const intentQuads = applyChunk

// Store is a Cayley quad store plus talkgraph's manifest. Its methods are
// safe for concurrent use; the QuadStore it hands out is not protected
// against a concurrent Put on the memory backend.
type Store struct {
	mu      sync.RWMutex
	cfg     Config
	where   string // Bolt directory or password-free URL, for errors
	dir     string // Bolt directory
	connURL string // postgres URL with search_path
	man     kvStore
	qs      graph.QuadStore
	docs    map[quad.IRI]DocInfo
	index   edgeIndex // the indexed predicates (see index.go)
	closed  bool
	batch   int      // quads per intent (intentQuads; smaller in tests)
	applied bool     // the manifest's intent, if any, is applied to Cayley
	intent  bool     // the manifest holds an intent (applied or not)
	mapped  []string // Bolt files as /proc/self/maps names them (for dropMapped)
	ownPid  bool     // this Store wrote the pid file
	// sync flushes Cayley's Bolt file, whose transactions skip fsync (nil
	// on the other backends, whose every transaction is durable).
	sync syncer
	// A write's Cayley transactions run on their own goroutine, which holds
	// cay (see writeBatches); applyErr and unsynced are guarded by cay.
	cay      sync.Mutex
	applyErr error // what the last one returned, until settle
	// indexStale: a bulk write left the edge index out of date (its
	// version key deleted) until refreshIndex; bulk counts the quads
	// PutPipelined wrote since it was last current (see bulkIndex).
	indexStale bool
	bulk       int
	unsynced   int          // quads applied since Cayley was last synced
	seq        int64        // intents recorded by this Store (intentName)
	recorded   []int64      // this Store's intents still in the manifest
	synced     atomic.Int64 // the intents up to this one are applied and synced

	lazyDocs bool      // read-only: docs is filled on first use (lazydocs.go)
	docsOnce sync.Once // fills docs once, if lazyDocs
	docsErr  error     // what filling docs returned
}

// Stats summarises a store.
type Stats struct {
	Quads int64          // quads of all docs (from the manifest: exact)
	Nodes int64          // distinct nodes, counted by Cayley (a scan on Bolt)
	Docs  map[string]int // docs per Kind
}

func (s *Store) errf(format string, args ...any) error {
	return fmt.Errorf("%s: "+format, append([]any{s.where}, args...)...)
}

// boltOpts are the Cayley options for Bolt: no bloom filters (~550 MB).
func boltOpts() graph.Options { return graph.Options{"no_bloom": true} }

// Open opens (creating if needed, unless ReadOnly) the store cfg names,
// completes any write a crash interrupted, and silences Cayley's logging.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	clog.SetLogger(nil)
	if cfg.Backend == "" {
		cfg.Backend = Bolt
	}
	if cfg.LockTimeout <= 0 {
		cfg.LockTimeout = time.Second
	}
	if cfg.Schema == "" {
		cfg.Schema = "talkgraph"
	}
	s := &Store{cfg: cfg, docs: map[quad.IRI]DocInfo{}, index: newEdgeIndex(), batch: intentQuads}
	var err error
	switch cfg.Backend {
	case Bolt:
		if s.cfg.DB == "" {
			s.cfg.DB = DefaultDB
		}
		s.dir, s.where = s.cfg.DB, s.cfg.DB
		if cfg.ReadOnly {
			err = s.openBoltReadOnly()
		} else {
			err = s.openBolt(ctx)
		}
	case Memory:
		s.where = "memory store"
		s.man = newMemKV()
		s.qs, err = graph.NewQuadStore("memstore", "", nil)
	case Postgres:
		s.connURL, s.where, err = pgURL(cfg.DB, cfg.Schema)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", RedactURL(cfg.DB), err)
		}
		if cfg.ReadOnly {
			err = s.openPostgresReadOnly(ctx)
		} else {
			err = s.openPostgres(ctx)
		}
	default:
		return nil, fmt.Errorf("%w: unknown backend %q (want bolt, memory or postgres)", ErrBackend, cfg.Backend)
	}
	if err == nil {
		err = s.load(ctx)
	}
	if err != nil {
		s.shut()
		if cfg.Backend == Postgres {
			err = redactedError{err}
		}
		if strings.HasPrefix(err.Error(), s.where+": ") {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", s.where, err)
	}
	return s, nil
}

// load fills the doc cache, finishes an interrupted write and rebuilds a
// missing Cayley store from the manifest.
func (s *Store) load(ctx context.Context) error {
	pending := false
	err := s.man.View(ctx, func(tx kvTx) error {
		return tx.ForEach(bIntent, func(string, []byte) error { pending = true; return nil })
	})
	if err != nil {
		return err
	}
	hasDocs := false
	if s.cfg.ReadOnly && s.cfg.Backend == Bolt {
		s.lazyDocs = true
		hasDocs, err = s.anyDoc(ctx)
	} else {
		err = s.readDocs(ctx)
		hasDocs = len(s.docs) > 0
	}
	if err != nil {
		return err
	}
	nq, err := s.cayleyQuads(ctx)
	if err != nil {
		return err
	}
	if !hasDocs && !pending && nq > 0 {
		return fmt.Errorf("%w: holds Cayley data but no talkgraph manifest", ErrCorrupt)
	}
	if pending && s.cfg.ReadOnly {
		n, err := s.pendingDocs(ctx)
		if err != nil {
			return err
		}
		return fmt.Errorf("%w (%d posts): a read-only command does not write; run an ingest (or 'talkgraph check --repair') to finish it", ErrUnfinished, n)
	}
	if s.cfg.ReadOnly && s.cfg.Backend != Memory {
		if err := s.indexReadOnly(ctx); err != nil {
			return err
		}
		return s.checkReadOnly(pending, hasDocs, nq)
	}
	if _, _, err := s.redo(ctx); err != nil {
		return fmt.Errorf("finish interrupted write: %w", err)
	}
	if err := s.clearIntent(ctx); err != nil {
		return err
	}
	if err := s.ensureIndex(ctx); err != nil {
		return err
	}
	if nq == 0 && len(s.docs) > 0 {
		if err := s.fill(ctx, s.qs); err != nil {
			return fmt.Errorf("rebuild Cayley store from the manifest: %w", err)
		}
		if err := s.syncCayley(); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) openBolt(ctx context.Context) error {
	st, err := os.Stat(s.dir)
	switch {
	case errors.Is(err, os.ErrNotExist) && s.cfg.ReadOnly:
		return ErrNotExist
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(s.dir, 0o755); err != nil {
			return err
		}
	case err != nil:
		return err
	case !st.IsDir():
		return fmt.Errorf("%w: not a directory", ErrCorrupt)
	}
	mpath := filepath.Join(s.dir, manifestFile)
	if st, err := os.Stat(mpath); err == nil && st.Size() > 0 {
		if err := checkBoltFile(mpath); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrCorrupt, manifestFile, err)
		}
		if err := verifyBoltFiles(s.dir, false, manifestFile); err != nil {
			return err
		}
	}
	var db *bolt.DB
	err = guardRead(manifestFile, func() (err error) {
		db, err = bolt.Open(mpath, 0o644, &bolt.Options{Timeout: s.cfg.LockTimeout})
		return err
	})
	if errors.Is(err, bolt.ErrTimeout) {
		holder := "another process"
		if b, err := os.ReadFile(filepath.Join(s.dir, pidFile)); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
				holder = fmt.Sprintf("pid %d", pid)
				if pid == os.Getpid() {
					holder += " (this process)"
				}
			}
		}
		return fmt.Errorf("%w by %s (waited %v)", ErrLocked, holder, s.cfg.LockTimeout)
	}
	if err != nil {
		return classify(manifestFile, err)
	}
	s.man = &boltKV{db}
	if err := guardRead(manifestFile, func() error { return initBoltKV(db) }); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(s.dir, pidFile), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		return err
	}
	s.ownPid = true
	if err := os.RemoveAll(filepath.Join(s.dir, compactDir)); err != nil {
		return err
	}
	s.qs, s.sync, err = openCayleyBolt(s.dir)
	if abs, err := filepath.Abs(s.dir); err == nil {
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			s.mapped = []string{filepath.Join(real, cayleyFile), filepath.Join(real, manifestFile)}
		}
	}
	return err
}

// openCayleyBolt opens (initialising if absent) Cayley's Bolt store in dir,
// checking the file first and turning a panic into ErrCorrupt.
func openCayleyBolt(dir string) (qs graph.QuadStore, sync syncer, err error) {
	idx := filepath.Join(dir, cayleyFile)
	st, err := os.Stat(idx)
	if errors.Is(err, os.ErrNotExist) || err == nil && st.Size() == 0 {
		if err := graph.InitQuadStore("bolt", dir, boltOpts()); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return nil, nil, fmt.Errorf("create %s: %w", cayleyFile, err)
		}
	} else if err != nil {
		return nil, nil, err
	} else if err := checkBoltFile(idx); err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v (remove it to rebuild it from %s)", ErrCorrupt, cayleyFile, err, manifestFile)
	} else if err := verifyBoltFiles(dir, false, cayleyFile); err != nil {
		return nil, nil, fmt.Errorf("%w (remove %s to rebuild it from %s)", err, cayleyFile, manifestFile)
	}
	if err := checkUnlocked(idx); err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v", ErrLocked, cayleyFile, err)
	}
	// A damaged page makes Bolt panic or read outside its mapping; turn both
	// into an error (SetPanicOnFault makes the fault a recoverable panic).
	var db *hbolt.DB
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			switch {
			case qs != nil:
				func() { defer func() { recover() }(); qs.Close() }()
			case db != nil:
				db.Close()
			}
			qs, sync, err = nil, nil, fmt.Errorf("%w: %s: Cayley failed reading it: %v", ErrCorrupt, cayleyFile, r)
		}
	}()
	db, err = hbolt.Open(idx, nil)
	if err != nil {
		return nil, nil, classify(cayleyFile, err)
	}
	// Cayley's transactions skip fsync (the intents that describe them stay
	// in the manifest until syncCayley: see apply), so a big write pays one
	// fsync instead of two per transaction.
	db.DB().NoSync = true
	// Nor does growing the file sync it (Bolt syncs every 16 MB of growth
	// otherwise, in the middle of a write): syncCayley's fdatasync flushes
	// the file's size with its data.
	db.DB().NoGrowSync = true
	qs, err = kv.New(fastPutKV{db}, boltOpts())
	if err != nil {
		db.Close()
		return nil, nil, classify(cayleyFile, err)
	}
	if sz, ok := qs.(interface{ Size() int64 }); ok {
		sz.Size() // touches the meta bucket under the guard above
	}
	return qs, db.DB(), nil
}

func (s *Store) openPostgres(ctx context.Context) error {
	kv, err := openPgKV(ctx, s.connURL, s.cfg.Schema, s.cfg.LockTimeout)
	if err != nil {
		return err
	}
	s.man = kv
	s.qs, err = openCayleyPostgres(s.connURL)
	return err
}

func openCayleyPostgres(connURL string) (graph.QuadStore, error) {
	if err := graph.InitQuadStore("postgres", connURL, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		return nil, fmt.Errorf("create Cayley tables: %w", err)
	}
	return graph.NewQuadStore("postgres", connURL, nil)
}

// shut closes whatever is open.
func (s *Store) shut() error {
	s.idle()
	var errs []error
	if s.qs != nil {
		errs = append(errs, s.qs.Close())
		s.qs = nil
	}
	if s.man != nil {
		if s.ownPid {
			os.Remove(filepath.Join(s.dir, pidFile))
		}
		errs = append(errs, s.man.Close())
		s.man = nil
	}
	return errors.Join(errs...)
}

// Close releases the store and its lock.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	var errs []error
	if err := s.settle(); err != nil && !errors.Is(err, ErrUnfinished) {
		errs = append(errs, err) // an unfinished write is finished by the next Open
	}
	if s.man != nil {
		errs = append(errs, s.refreshIndex(context.Background()), s.clearIntent(context.Background()))
	}
	if s.cfg.Backend == Bolt && !s.cfg.ReadOnly && s.man != nil && s.qs != nil && errors.Join(errs...) == nil {
		errs = append(errs, s.closeRestamped())
	}
	if err := errors.Join(append(errs, s.shut())...); err != nil {
		return s.errf("close: %w", err)
	}
	return nil
}

// BatchQuads is how many quads a Put should carry to write fast without
// using much memory on this backend: on Bolt and PostgreSQL one intent (one
// Cayley transaction, whose memory grows with its size, while its speed
// barely improves past 10k quads: measured in bench/); PutPipelined
// overlaps one with the next. In memory, bigger writes are cheaper.
func (s *Store) BatchQuads() int {
	if s.cfg.Backend == Memory {
		return maxBatchQuads
	}
	return intentQuads
}

// QuadStore returns the Cayley store for queries. Do not write to it: the
// manifest would no longer describe it. It is replaced by Compact.
func (s *Store) QuadStore() graph.QuadStore {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.idle()
	return s.qs
}

// Hash returns the stored content hash of a doc.
func (s *Store) Hash(label quad.IRI) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.docsReady() != nil {
		return "", false
	}
	d, ok := s.docs[label]
	return d.Hash, ok
}

// Docs returns every stored doc, sorted by label.
func (s *Store) Docs(ctx context.Context) ([]DocInfo, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, s.errf("%w", ErrClosed)
	}
	if err := s.docsReady(); err != nil {
		return nil, err
	}
	out := make([]DocInfo, 0, len(s.docs))
	for _, d := range s.docs {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Label < out[j].Label })
	return out, ctx.Err()
}

// FindDoc finds a doc by its label (with or without <>), its exact Source,
// or its Source as a cleaned or absolute path. Ties go to the smallest label.
func (s *Store) FindDoc(ref string) (DocInfo, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.docsReady() != nil {
		return DocInfo{}, false
	}
	if d, ok := s.docs[quad.IRI(strings.TrimSuffix(strings.TrimPrefix(ref, "<"), ">"))]; ok {
		return d, true
	}
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return filepath.Clean(p)
		}
		return a
	}
	tests := []func(DocInfo) bool{
		func(d DocInfo) bool { return d.Source == ref },
		func(d DocInfo) bool { return d.Source != "" && filepath.Clean(d.Source) == filepath.Clean(ref) },
		func(d DocInfo) bool {
			return d.Source != "" && !strings.Contains(d.Source, "://") && abs(d.Source) == abs(ref)
		},
	}
	for _, t := range tests {
		var best DocInfo
		found := false
		for _, d := range s.docs {
			if t(d) && (!found || d.Label < best.Label) {
				best, found = d, true
			}
		}
		if found {
			return best, true
		}
	}
	return DocInfo{}, false
}

// Facts returns a doc's quads and their provenance as the manifest holds
// them (quads de-duplicated, Fact.Quad indexing the returned quads).
func (s *Store) Facts(label quad.IRI) ([]quad.Quad, []Fact, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, nil, s.errf("%w", ErrClosed)
	}
	if err := s.docsReady(); err != nil {
		return nil, nil, err
	}
	if _, ok := s.docs[label]; !ok {
		return nil, nil, s.errf("%s: %w", label, ErrNotFound)
	}
	var qs []quad.Quad
	var fs []Fact
	err := s.man.View(context.Background(), func(tx kvTx) error {
		b, err := tx.Get(bQuads, string(label))
		if err != nil {
			return err
		}
		if err := verifySum(tx, string(label), b); err != nil {
			return err
		}
		if qs, err = decodeQuads(b, label); err != nil {
			return err
		}
		if b, err = tx.Get(bFacts, string(label)); err != nil {
			return err
		}
		fs, err = decodeFacts(b)
		return err
	})
	if err != nil {
		return nil, nil, s.errf("%s: %w", label, err)
	}
	return qs, fs, nil
}

// Attachments returns Doc.Attachment of every doc of the kind (docs
// without one are left out).
func (s *Store) Attachments(kind string) (map[quad.IRI][]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, s.errf("%w", ErrClosed)
	}
	if err := s.docsReady(); err != nil {
		return nil, err
	}
	out := map[quad.IRI][]byte{}
	err := s.man.View(context.Background(), func(tx kvTx) error {
		return tx.ForEach(bAttach, func(k string, v []byte) error {
			if d, ok := s.docs[quad.IRI(k)]; ok && d.Kind == kind && len(v) > 0 {
				out[quad.IRI(k)] = append([]byte(nil), v...)
			}
			return nil
		})
	})
	if err != nil {
		return nil, s.errf("attachments: %w", err)
	}
	return out, nil
}

// ForEach calls fn with every stored quad (labelled with its doc), doc by
// doc in label order, reading the manifest. fn must not call the Store.
// It returns ctx's error if ctx ends, never a silent partial result.
func (s *Store) ForEach(ctx context.Context, fn func(quad.Quad) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return s.errf("%w", ErrClosed)
	}
	err := s.man.View(ctx, func(tx kvTx) error {
		return tx.ForEach(bQuads, func(k string, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			qs, err := decodeQuads(v, quad.IRI(k))
			if err != nil {
				return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, k, err)
			}
			for _, q := range qs {
				if err := fn(q); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return s.errf("for each quad: %w", err)
	}
	return nil
}

// cayleyQuads is Cayley's quad count. Postgres counts exactly, since its
// estimate ignores the schema; the KV count is exact and cheap.
func (s *Store) cayleyQuads(ctx context.Context) (int64, error) {
	if sz, ok := s.qs.(interface{ Size() int64 }); ok && s.cfg.Backend != Postgres {
		return sz.Size(), nil
	}
	st, err := s.qs.Stats(ctx, true)
	return st.Quads.Size, err
}

// Stats counts quads, nodes and docs per kind.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return Stats{}, s.errf("%w", ErrClosed)
	}
	st := Stats{Docs: map[string]int{}}
	if err := s.docsReady(); err != nil {
		return st, err
	}
	for _, d := range s.docs {
		st.Quads += int64(d.Quads)
		st.Docs[d.Kind]++
	}
	if st.Quads == 0 {
		return st, nil // a fresh KV store has no counters yet
	}
	s.idle()
	cs, err := s.qs.Stats(ctx, true)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return st, s.errf("stats: %w", err)
	}
	st.Nodes = cs.Nodes.Size
	return st, nil
}
