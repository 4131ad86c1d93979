package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

// TestBuildParallel checks that the edge index counted on several
// goroutines equals the one counted on one, for stores of fewer records
// than a batch and of many batches, and that a damaged record is
// ErrCorrupt.
func TestBuildParallel(t *testing.T) {
	errRollback := errors.New("roll back")
	tests := []struct {
		name    string
		docs    int
		damage  bool // overwrite one record with bytes that do not decode
		wantErr error
	}{
		{"empty store", 0, false, nil},
		{"less than a batch", 3, false, nil},
		{"many batches", 5*buildBatch + 7, false, nil},
		{"a damaged record", 3*buildBatch + 1, true, ErrCorrupt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mustOpen(t, Config{Backend: Bolt, DB: t.TempDir() + "/tg.db"})
			if tc.docs > 0 {
				if _, err := s.Put(ctx(), bulkDocs(0, tc.docs, 0)); err != nil {
					t.Fatal(err)
				}
			}
			err := s.man.Update(context.Background(), func(tx kvTx) error {
				if tc.damage {
					if err := tx.Put(bQuads, string(bulkDoc(tc.docs/2, 0).Label), []byte{codecVersion, 0xff}); err != nil {
						return err
					}
				}
				got, err := s.index.buildParallel(tx.(boltTx))
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("buildParallel: %v, want %v", err, tc.wantErr)
				}
				if tc.wantErr == nil {
					want, err := s.index.buildSerial(tx)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("parallel build (%d keys) differs from serial (%d keys)%s", len(got), len(want), indexDiff(got, want))
					}
					if tc.docs > 0 && len(got) == 0 {
						t.Error("no keys built")
					}
				}
				return errRollback
			})
			if !errors.Is(err, errRollback) {
				t.Fatal(err)
			}
		})
	}
}
