package store

// Cayley's Bolt backend (hidalgo's kv/bolt) opens indexes.bolt with the old
// github.com/boltdb/bolt, which reads the whole freelist on every open, even
// read-only: on a million-quad store that is most of the store's opening
// cost for a lookup that never touches Cayley. roKV is the same hierarchical
// key-value view of the file (adapted from hidalgo's kv/bolt, Apache 2.0)
// over go.etcd.io/bbolt, which skips the freelist of a read-only database.
// The file format is the same. It refuses writes.

import (
	"bytes"
	"context"
	"errors"

	"github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// errReadOnlyKV: a write through roKV (a read-only store never writes).
var errReadOnlyKV = errors.New("store: Cayley's file is open read-only")

// roKV is a read-only kv.KV over a bbolt database.
type roKV struct{ db *bolt.DB }

var _ kv.KV = (*roKV)(nil)

// Close closes the database.
func (d *roKV) Close() error { return d.db.Close() }

// Tx begins a read transaction; rw is refused.
func (d *roKV) Tx(rw bool) (kv.Tx, error) {
	if rw {
		return nil, errReadOnlyKV
	}
	tx, err := d.db.Begin(false)
	if err != nil {
		return nil, err
	}
	return &roTx{tx: tx}, nil
}

type roTx struct{ tx *bolt.Tx }

func (t *roTx) root() *bolt.Bucket { return t.tx.Cursor().Bucket() }

// bucket walks key's leading parts as nested buckets and returns the
// innermost one with the parts left.
func (t *roTx) bucket(key kv.Key) (*bolt.Bucket, kv.Key) {
	if len(key) <= 1 {
		return t.root(), key
	}
	b := t.tx.Bucket(key[0])
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

func (t *roTx) Get(_ context.Context, key kv.Key) (kv.Value, error) {
	b, k := t.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, kv.ErrNotFound
	}
	v := b.Get(k[0])
	if v == nil {
		return nil, kv.ErrNotFound
	}
	return v, nil
}

func (t *roTx) GetBatch(_ context.Context, keys []kv.Key) ([]kv.Value, error) {
	vals := make([]kv.Value, len(keys))
	for i, k := range keys {
		if b, k := t.bucket(k); b != nil && len(k) == 1 {
			vals[i] = b.Get(k[0])
		}
	}
	return vals, nil
}

func (t *roTx) Commit(context.Context) error { return t.tx.Rollback() }
func (t *roTx) Close() error                 { return t.tx.Rollback() }
func (t *roTx) Put(kv.Key, kv.Value) error   { return errReadOnlyKV }
func (t *roTx) Del(kv.Key) error             { return errReadOnlyKV }

func (t *roTx) Scan(pref kv.Key) kv.Iterator {
	b, p := t.bucket(pref)
	if b == nil || len(p) > 1 {
		return &roIter{} // a bucket of the prefix does not exist
	}
	return &roIter{b: []*bolt.Bucket{b}, pref: p, root: pref[:len(pref)-len(p)].Clone()}
}

// roIter walks the keys under a prefix, descending into nested buckets.
type roIter struct {
	root kv.Key // the full key of the bucket iterated
	pref kv.Key // the prefix every key is checked against, per depth
	b    []*bolt.Bucket
	c    []*bolt.Cursor
	k, v []byte
}

func (it *roIter) Next(context.Context) bool {
	for len(it.b) > 0 {
		i := len(it.b) - 1
		if len(it.c) < len(it.b) {
			c := it.b[i].Cursor()
			it.c = append(it.c, c)
			if i >= len(it.pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(it.pref[i])
			}
		} else {
			it.k, it.v = it.c[i].Next()
		}
		if it.k != nil && (i >= len(it.pref) || bytes.HasPrefix(it.k, it.pref[i])) {
			if it.v == nil { // a nested bucket, or a key after all
				if b := it.b[i].Bucket(it.k); b != nil {
					it.b = append(it.b, b)
					it.root = append(it.root, it.k)
					continue
				}
			}
			return true
		}
		// the end of this bucket or of the prefix: back to the parent
		it.c = it.c[:len(it.c)-1]
		it.b = it.b[:len(it.b)-1]
		if len(it.root) > 0 {
			it.root = it.root[:len(it.root)-1]
		}
	}
	return false
}

func (it *roIter) Key() kv.Key {
	if len(it.b) == 0 {
		return nil
	}
	return append(it.root.Clone(), append([]byte{}, it.k...))
}

func (it *roIter) Val() kv.Value { return it.v }
func (it *roIter) Err() error    { return nil }
func (it *roIter) Close() error  { *it = roIter{}; return nil }
