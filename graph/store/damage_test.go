package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// storeContent is what a user can read from a store: the manifest's quads
// and Cayley's, as sorted N-Quads.
func storeContent(t *testing.T, s *Store) (man, cay []string, err error) {
	t.Helper()
	err = s.ForEach(context.Background(), func(q quad.Quad) error {
		man = append(man, q.NQuad())
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	err = s.scanCayley(context.Background(), func(q quad.Quad) { cay = append(cay, q.NQuad()) })
	sort.Strings(man)
	sort.Strings(cay)
	return man, cay, err
}

func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "db")
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{manifestFile, cayleyFile} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestDamagedStores is the corruption suite: truncations, bit flips in
// both files and foreign files. No case may panic or fault (the test
// binary would die), Open either fails with an error naming the store or
// succeeds, and whenever what a user can read changed, Check reports it.
// Check --repair then brings Cayley back to the manifest.
func TestDamagedStores(t *testing.T) {
	seed, _ := seedBolt(t)
	s := mustOpen(t, Config{DB: seed})
	wantMan, wantCay, err := storeContent(t, s)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := s.Check(context.Background(), CheckOptions{}); err != nil || !r.OK() {
		t.Fatalf("seed store: %v %+v", err, r)
	}
	s.Close()
	sizes := map[string]int64{}
	for _, f := range []string{manifestFile, cayleyFile} {
		st, err := os.Stat(filepath.Join(seed, f))
		if err != nil {
			t.Fatal(err)
		}
		sizes[f] = st.Size()
	}
	type damage struct {
		name string
		do   func(dir string) error
	}
	var cases []damage
	rng := rand.New(rand.NewPCG(9, 9))
	for _, f := range []string{manifestFile, cayleyFile} {
		f := f
		for _, frac := range []float64{0, 0.01, 0.25, 0.5, 0.75, 0.99} {
			n := int64(frac * float64(sizes[f]))
			cases = append(cases, damage{fmt.Sprintf("%s truncated to %d", f, n), func(dir string) error {
				return os.Truncate(filepath.Join(dir, f), n)
			}})
		}
		for i := 0; i < 100; i++ {
			off := rng.Int64N(sizes[f])
			bit := byte(1) << rng.IntN(8)
			cases = append(cases, damage{fmt.Sprintf("%s bit %d of byte %d flipped", f, bit, off), func(dir string) error {
				return flip(filepath.Join(dir, f), off, bit)
			}})
		}
		cases = append(cases,
			damage{f + " replaced by random bytes", func(dir string) error {
				b := make([]byte, 16*4096)
				for i := range b {
					b[i] = byte(rng.Uint32())
				}
				return os.WriteFile(filepath.Join(dir, f), b, 0o644)
			}},
			damage{f + " replaced by a text file", func(dir string) error {
				return os.WriteFile(filepath.Join(dir, f), []byte(strings.Repeat("not a database\n", 1000)), 0o644)
			}},
			damage{f + " replaced by another application's Bolt file", func(dir string) error {
				p := filepath.Join(dir, f)
				os.Remove(p)
				db, err := bolt.Open(p, 0o644, nil)
				if err != nil {
					return err
				}
				db.Update(func(tx *bolt.Tx) error {
					b, err := tx.CreateBucket([]byte("quads"))
					if err == nil {
						err = b.Put([]byte("k"), []byte("v"))
					}
					return err
				})
				return db.Close()
			}},
			damage{f + " replaced by a directory", func(dir string) error {
				p := filepath.Join(dir, f)
				os.Remove(p)
				return os.Mkdir(p, 0o755)
			}},
		)
	}
	var opened, refused, detected, same int
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyDir(t, seed)
			if err := c.do(dir); err != nil {
				t.Fatal(err)
			}
			s, err := Open(context.Background(), Config{DB: dir})
			if err != nil {
				if !strings.Contains(err.Error(), dir) {
					t.Errorf("error does not name the store: %v", err)
				}
				refused++
				return
			}
			defer s.Close()
			opened++
			man, cay, rerr := storeContent(t, s)
			changed := rerr != nil || !reflect.DeepEqual(man, wantMan) || !reflect.DeepEqual(cay, wantCay)
			r, err := s.Check(context.Background(), CheckOptions{})
			found := err != nil || !r.OK()
			if !changed {
				same++
				return
			}
			if !found {
				t.Fatalf("silent change: the store reads differently (read error %v) and Check says OK: %+v", rerr, r)
			}
			detected++
			if err != nil || !reflect.DeepEqual(man, wantMan) {
				return // the manifest itself is damaged: repair cannot use it
			}
			// Cayley alone differs: repair rewrites it from the manifest.
			if _, err := s.Check(context.Background(), CheckOptions{Repair: true}); err != nil {
				t.Fatalf("repair: %v", err)
			}
			if r, err := s.Check(context.Background(), CheckOptions{}); err != nil || !r.OK() {
				t.Fatalf("after repair: %v %+v", err, r)
			}
			if _, cay, _ := storeContent(t, s); !reflect.DeepEqual(cay, wantCay) {
				t.Fatalf("after repair Cayley still differs")
			}
		})
	}
	t.Logf("%d cases: %d refused on open, %d opened (%d unchanged, %d changed and detected by Check)", len(cases), refused, opened, same, detected)
}

func flip(path string, off int64, bit byte) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	b := make([]byte, 1)
	if _, err := f.ReadAt(b, off); err != nil {
		return err
	}
	b[0] ^= bit
	_, err = f.WriteAt(b, off)
	return err
}
