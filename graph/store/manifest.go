package store

import (
	"context"
	"sort"

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

var buckets = []string{bMeta, bQuads, bFacts, bAttach, bIntent, bSums, bSettings}

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

func initBoltKV(db *bolt.DB) error {
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

// memKV is the manifest of the memory backend. The Store's mutex serialises
// access, so it needs no lock of its own.
type memKV struct{ m map[string]map[string][]byte }

func newMemKV() *memKV {
	m := &memKV{m: map[string]map[string][]byte{}}
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

func (t *memTx) ForEach(bucket string, fn func(string, []byte) error) error {
	b := t.kv.m[bucket]
	keys := make([]string, 0, len(b))
	for k := range b {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := fn(k, b[k]); err != nil {
			return err
		}
	}
	return nil
}
