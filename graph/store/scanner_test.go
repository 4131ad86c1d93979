package store

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestScannerSameAsSeek checks that boltTx.scanner, which steps forward
// from where the previous scan ended instead of seeking, finds for every
// prefix exactly the keys a fresh seek finds, whatever the order of the
// prefixes: sorted, repeated, absent, one the prefix of the next, or
// unsorted.
func TestScannerSameAsSeek(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "scan.bolt"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	var keys []string
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte(bIndex))
		if err != nil {
			return err
		}
		for n := range 3000 {
			// clustered keys: runs under one node, gaps of other nodes
			k := fmt.Sprintf("n%03d\x01%d", rng.IntN(400), n)
			keys = append(keys, k)
			if err := b.Put([]byte(k), []byte("v")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(keys)
	want := func(p string) []string {
		var out []string
		for _, k := range keys {
			if len(k) >= len(p) && k[:len(p)] == p {
				out = append(out, k)
			}
		}
		return out
	}
	node := func(i int) string { return fmt.Sprintf("n%03d\x01", i) }
	sorted := func(n int) []string {
		var ps []string
		for i := 0; i < 400; i += n {
			ps = append(ps, node(i))
		}
		return ps
	}
	shuffled := sorted(3)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for _, tc := range []struct {
		name     string
		prefixes []string
	}{
		{"every node in order", sorted(1)},
		{"every 7th node", sorted(7)},
		{"every 60th node (seeks)", sorted(60)},
		{"repeated", []string{node(5), node(5), node(6), node(6), node(6)}},
		{"absent, beyond the last key", []string{node(1), "m", "n999", "z", "zz"}},
		{"a prefix, then keys it holds", []string{"n0", "n01", "n012\x01", "n1", "n"}},
		{"unsorted", shuffled},
		{"empty prefix", []string{"", node(3), ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := db.View(func(tx *bolt.Tx) error {
				scan := boltTx{tx}.scanner(bIndex)
				for _, p := range tc.prefixes {
					var got []string
					if err := scan(bIndex, p, func(k string, v []byte) error {
						if !bytes.Equal(v, []byte("v")) {
							t.Errorf("%q: value %q", k, v)
						}
						got = append(got, k)
						return nil
					}); err != nil {
						return err
					}
					if w := want(p); !reflect.DeepEqual(got, w) {
						t.Errorf("prefix %q: %d keys, want %d", p, len(got), len(w))
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
