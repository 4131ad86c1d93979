// Command boltcount is the start-up baseline of bench/: a bare Go program
// that opens a Bolt file read-only, counts the keys of every bucket (nested
// buckets included) and prints the count. `talkgraph stats` on a small store
// is measured against it.
//
//	boltcount DIR/indexes.bolt
package main

import (
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: boltcount FILE.bolt")
		os.Exit(2)
	}
	n, err := count(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "boltcount:", err)
		os.Exit(1)
	}
	fmt.Println(n)
}

func count(path string) (int, error) {
	db, err := bolt.Open(path, 0o444, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	defer db.Close()
	n := 0
	var walk func(b *bolt.Bucket) error
	walk = func(b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			n++
			if v == nil {
				if c := b.Bucket(k); c != nil {
					return walk(c)
				}
			}
			return nil
		})
	}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			n++
			return walk(b)
		})
	})
	return n, err
}
