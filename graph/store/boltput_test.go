package store

import (
	"context"
	"path/filepath"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// TestFastPut: Cayley's write transactions reach the Bolt transaction
// under hidalgo's (else every Put takes hidalgo's slow path), and their
// Put writes what hidalgo's writes: into buckets that exist, into ones it
// creates, and nothing for a bucket-creation key.
func TestFastPut(t *testing.T) {
	if !hboltTxLayout {
		t.Fatal("hidalgo's Bolt Tx is not one *bolt.Tx: fastPutTx never applies")
	}
	db, err := hbolt.Open(filepath.Join(t.TempDir(), "kv.bolt"), nil)
	if err != nil {
		t.Fatal(err)
	}
	kv := fastPutKV{db}
	defer kv.Close()
	tx, err := kv.Tx(true)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tx.(*fastPutTx); !ok {
		t.Fatalf("write transaction is %T, want *fastPutTx", tx)
	}
	puts := []struct {
		key hkv.Key
		val string
	}{
		{hkv.SKey("a", "k1"), "v1"}, // bucket a created (hidalgo's path)
		{hkv.SKey("a", "k2"), "v2"}, // bucket a exists (fast path)
		{hkv.SKey("a", "k1"), "v3"}, // overwritten
		{hkv.SKey("a", "b", "k"), "v4"},
		{hkv.SKey("a", "b", "k"), "v5"},
		{hkv.Key{[]byte("c"), nil}, ""}, // bucket c only
	}
	for _, p := range puts {
		var v hkv.Value
		if p.val != "" {
			v = hkv.Value(p.val)
		}
		if err := tx.Put(p.key, v); err != nil {
			t.Fatalf("put %q: %v", p.key, err)
		}
	}
	if err := tx.Commit(context.Background()); err != nil {
		t.Fatal(err)
	}
	rtx, err := kv.Tx(false)
	if err != nil {
		t.Fatal(err)
	}
	defer rtx.Close()
	for key, want := range map[string]hkv.Key{"v3": hkv.SKey("a", "k1"), "v2": hkv.SKey("a", "k2"), "v5": hkv.SKey("a", "b", "k")} {
		got, err := rtx.Get(context.Background(), want)
		if err != nil || string(got) != key {
			t.Errorf("get %q: %q, %v; want %q", want, got, err, key)
		}
	}
	it := rtx.Scan(hkv.SKey("c"))
	n := 0
	for it.Next(context.Background()) {
		n++
	}
	it.Close()
	if n != 0 {
		t.Errorf("bucket c holds %d keys, want none", n)
	}
	if hboltTx(rtx) == nil {
		t.Error("hboltTx of a read transaction is nil")
	}
}
