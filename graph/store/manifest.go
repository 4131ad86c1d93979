package store

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// Manifest buckets.
const (
	bMeta   = "meta"   // label -> encodeMeta
	bQuads  = "quads"  // label -> encodeQuads
	bFacts  = "facts"  // label -> encodeFacts
	bAttach = "attach" // label -> attachment
	bIntent = "intent" // intentKey -> encodeIntent
)

var buckets = []string{bMeta, bQuads, bFacts, bAttach, bIntent, bSums, bSettings, bIndex}

const intentKey = "pending"

// kvStore is the manifest's storage: a bucketed key-value store with
// transactions (bbolt, a PostgreSQL table, or maps in memory).
type kvStore interface {
	View(ctx context.Context, fn func(kvTx) error) error
	Update(ctx context.Context, fn func(kvTx) error) error
	Close() error
}

// kvTx is one manifest transaction. Values returned by Get and ForEach are
// valid only inside the transaction.
type kvTx interface {
	Get(bucket, key string) ([]byte, error) // nil, nil when missing
	Put(bucket, key string, val []byte) error
	Delete(bucket, key string) error
	ForEach(bucket string, fn func(key string, val []byte) error) error // in key order
	// Scan is ForEach over the keys starting with prefix.
	Scan(bucket, prefix string, fn func(key string, val []byte) error) error
}

// boltKV is the manifest of the Bolt backend: manifest.bolt beside Cayley's
// indexes.bolt.
type boltKV struct{ db *bolt.DB }

// View and Update turn a panic or memory fault of Bolt reading a damaged
// page into ErrCorrupt (bbolt rolls the transaction back first).
func (b *boltKV) View(_ context.Context, fn func(kvTx) error) error {
	return guardRead(manifestFile, func() error {
		return b.db.View(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
	})
}

func (b *boltKV) Update(_ context.Context, fn func(kvTx) error) error {
	return guardRead(manifestFile, func() error {
		return b.db.Update(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
	})
}

func (b *boltKV) Close() error { return b.db.Close() }

// initBoltKV creates the manifest's buckets that db lacks. A store that
// has them all is only read: a Bolt write transaction commits (and syncs
// the file twice) even when it changes nothing, which every command
// opening the store would pay.
func initBoltKV(db *bolt.DB) error {
	missing := false
	if err := db.View(func(tx *bolt.Tx) error {
		for _, name := range buckets {
			if tx.Bucket([]byte(name)) == nil {
				missing = true
			}
		}
		return nil
	}); err != nil || !missing {
		return err
	}
	return db.Update(func(tx *bolt.Tx) error {
		for _, name := range buckets {
			if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
				return err
			}
		}
		return nil
	})
}

type boltTx struct{ tx *bolt.Tx }

func (t boltTx) Get(bucket, key string) ([]byte, error) {
	b := t.tx.Bucket([]byte(bucket))
	if b == nil { // a store from before the bucket existed, opened read-only
		return nil, nil
	}
	return b.Get([]byte(key)), nil
}

func (t boltTx) Put(bucket, key string, val []byte) error {
	if val == nil {
		val = []byte{}
	}
	return t.tx.Bucket([]byte(bucket)).Put([]byte(key), val)
}

func (t boltTx) Delete(bucket, key string) error {
	return t.tx.Bucket([]byte(bucket)).Delete([]byte(key))
}

func (t boltTx) ForEach(bucket string, fn func(string, []byte) error) error {
	b := t.tx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error { return fn(string(k), v) })
}

func (t boltTx) Scan(bucket, prefix string, fn func(string, []byte) error) error {
	return t.scanner(bucket)(bucket, prefix, fn)
}

// scanner returns Scan for many prefixes of one bucket in this
// transaction: the bucket is looked up and its cursor made once. Called
// with prefixes in increasing order (none a prefix of another, as the edge
// index's node prefixes), it steps forward from where the last scan ended
// when the next prefix's keys are a few keys on, instead of seeking from
// the root of the tree (a seek costs as much as dozens of steps).
func (t boltTx) scanner(bucket string) func(bucket, prefix string, fn func(string, []byte) error) error {
	b := t.tx.Bucket([]byte(bucket))
	if b == nil { // a store from before the bucket existed, opened read-only
		return func(string, string, func(string, []byte) error) error { return nil }
	}
	const maxSteps = 16
	c := b.Cursor()
	var p, prev []byte
	var k, v []byte // where the last scan ended (valid: ended without error)
	valid := false
	return func(_, prefix string, fn func(string, []byte) error) error {
		p = append(p[:0], prefix...)
		if valid && bytes.Compare(p, prev) > 0 && !bytes.HasPrefix(p, prev) {
			// every key before k sorts before prev's end, hence before p:
			// the first key >= p is k or after it
			for steps := 0; k != nil && bytes.Compare(k, p) < 0; steps++ {
				if steps == maxSteps {
					k, v = c.Seek(p)
					break
				}
				k, v = c.Next()
			}
		} else {
			k, v = c.Seek(p)
		}
		valid = false
		for ; k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			if err := fn(string(k), v); err != nil {
				return err
			}
		}
		prev, valid = append(prev[:0], p...), true
		return nil
	}
}

// memKV is the manifest of the memory backend. The Store's mutex serialises
// writes against reads; mu guards only the sorted-key cache readers share.
type memKV struct {
	m      map[string]map[string][]byte
	mu     sync.Mutex          // guards sorted: readers share the Store's read lock
	sorted map[string][]string // bucket -> its keys in order, absent once stale
}

func newMemKV() *memKV {
	m := &memKV{m: map[string]map[string][]byte{}, sorted: map[string][]string{}}
	for _, b := range buckets {
		m.m[b] = map[string][]byte{}
	}
	return m
}

func (m *memKV) View(_ context.Context, fn func(kvTx) error) error {
	return fn(&memTx{kv: m})
}

// Update applies writes directly and undoes them if fn fails.
func (m *memKV) Update(_ context.Context, fn func(kvTx) error) error {
	tx := &memTx{kv: m}
	if err := fn(tx); err != nil {
		for i := len(tx.undo) - 1; i >= 0; i-- {
			u := tx.undo[i]
			m.mu.Lock()
			delete(m.sorted, u.bucket)
			m.mu.Unlock()
			if u.existed {
				m.m[u.bucket][u.key] = u.old
			} else {
				delete(m.m[u.bucket], u.key)
			}
		}
		return err
	}
	return nil
}

func (m *memKV) Close() error { return nil }

type memUndo struct {
	bucket, key string
	old         []byte
	existed     bool
}

type memTx struct {
	kv   *memKV
	undo []memUndo
}

func (t *memTx) Get(bucket, key string) ([]byte, error) { return t.kv.m[bucket][key], nil }

func (t *memTx) save(bucket, key string) {
	t.kv.mu.Lock()
	delete(t.kv.sorted, bucket)
	t.kv.mu.Unlock()
	old, ok := t.kv.m[bucket][key]
	t.undo = append(t.undo, memUndo{bucket, key, old, ok})
}

func (t *memTx) Put(bucket, key string, val []byte) error {
	t.save(bucket, key)
	t.kv.m[bucket][key] = append([]byte{}, val...)
	return nil
}

func (t *memTx) Delete(bucket, key string) error {
	t.save(bucket, key)
	delete(t.kv.m[bucket], key)
	return nil
}

// keys returns the bucket's keys in order (cached until the next write).
func (t *memTx) keys(bucket string) []string {
	t.kv.mu.Lock()
	defer t.kv.mu.Unlock()
	if ks, ok := t.kv.sorted[bucket]; ok {
		return ks
	}
	b := t.kv.m[bucket]
	ks := make([]string, 0, len(b))
	for k := range b {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	t.kv.sorted[bucket] = ks
	return ks
}

func (t *memTx) ForEach(bucket string, fn func(string, []byte) error) error {
	return t.Scan(bucket, "", fn)
}

func (t *memTx) Scan(bucket, prefix string, fn func(string, []byte) error) error {
	ks := t.keys(bucket)
	b := t.kv.m[bucket]
	for i := sort.SearchStrings(ks, prefix); i < len(ks) && strings.HasPrefix(ks[i], prefix); i++ {
		v, ok := b[ks[i]]
		if !ok {
			continue // deleted by fn
		}
		if err := fn(ks[i], v); err != nil {
			return err
		}
	}
	return nil
}
