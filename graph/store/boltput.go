package store

import (
	"reflect"
	"unsafe"

	"github.com/boltdb/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Cayley writes its Bolt file through hidalgo's KV, whose Put calls
// CreateBucketIfNotExists on the bucket of every key: a seek into the root
// bucket (which holds Cayley's 131072 node buckets) and a cursor allocated,
// for every key written, although Bolt caches a transaction's buckets once
// looked up. That was a tenth of a million-quad ingest's Cayley time.
// fastPutKV's write transactions put into an existing bucket directly
// (Bolt's Bucket is a map lookup after the first) and leave the rest,
// including creating a missing bucket, to hidalgo.

// fastPutKV is hidalgo's Bolt KV with fastPutTx write transactions.
type fastPutKV struct{ *hbolt.DB }

func (db fastPutKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := db.DB.Tx(rw)
	if err != nil || !rw {
		return tx, err
	}
	if btx := hboltTx(tx); btx != nil {
		return &fastPutTx{Tx: tx, btx: btx}, nil
	}
	return tx, nil
}

// fastPutTx is a hidalgo write transaction whose Put finds the key's
// buckets with Bolt's Bucket; btx is the Bolt transaction under it.
type fastPutTx struct {
	hkv.Tx
	btx *bolt.Tx
}

// Put writes k (buckets, then the key) as hidalgo's Put does.
func (tx *fastPutTx) Put(k hkv.Key, v hkv.Value) error {
	n := len(k)
	if n < 2 || len(k[n-1]) == 0 && len(v) == 0 {
		return tx.Tx.Put(k, v)
	}
	b := tx.btx.Bucket(k[0])
	for i := 1; b != nil && i < n-1; i++ {
		b = b.Bucket(k[i])
	}
	if b == nil {
		return tx.Tx.Put(k, v) // creates the missing buckets
	}
	return b.Put(k[n-1], v)
}

// hboltTxLayout: hidalgo's Bolt Tx (pinned by go.mod) is one *bolt.Tx.
var hboltTxLayout = func() bool {
	t := reflect.TypeOf(hbolt.Tx{})
	return t.NumField() == 1 && t.Field(0).Type == reflect.TypeOf((*bolt.Tx)(nil))
}()

// hboltTx returns the Bolt transaction of a hidalgo Bolt transaction (nil
// if tx is not one, or hidalgo's Tx is not laid out as hboltTxLayout checks).
func hboltTx(tx hkv.Tx) *bolt.Tx {
	htx, ok := tx.(*hbolt.Tx)
	if !ok || htx == nil || !hboltTxLayout {
		return nil
	}
	return (*struct{ tx *bolt.Tx })(unsafe.Pointer(htx)).tx
}
