package store

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// hasIntent reports whether the manifest holds an intent.
func hasIntent(t *testing.T, s *Store) bool {
	t.Helper()
	found := false
	err := s.man.View(context.Background(), func(tx kvTx) error {
		v, err := tx.Get(bIntent, intentKey)
		found = v != nil
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// TestLazyIntent checks that an applied intent left in the manifest after a
// write is cleared by Close, and redone harmlessly by Open when the process
// stopped without Close.
func TestLazyIntent(t *testing.T) {
	v1 := mkDoc("a", "h1", q("x", "name", quad.String("old")), q("x", "knows", iri("y")))
	v2 := mkDoc("a", "h2", q("x", "name", quad.String("new")), q("x", "knows", iri("y")))
	tests := []struct {
		name  string
		clean bool // Close, or only release the files (as a crash would)
	}{
		{"close clears the intent", true},
		{"open redoes a leftover intent", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			s, err := Open(context.Background(), Config{DB: dir})
			if err != nil {
				t.Fatal(err)
			}
			mustPut(t, s, v1)
			mustPut(t, s, v2)
			if !hasIntent(t, s) || !s.applied {
				t.Fatalf("after Put: intent %v, applied %v; want an applied intent", hasIntent(t, s), s.applied)
			}
			if tc.clean {
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
			} else if err := s.shut(); err != nil {
				t.Fatal(err)
			}
			readOnly := tc.clean
			if !tc.clean {
				// a read-only open never writes, so it cannot finish the
				// write: it says so; a writable open finishes it
				if _, err := Open(context.Background(), Config{DB: dir, ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "interrupted write") {
					t.Fatalf("read-only open of an interrupted write: %v, want an error saying so", err)
				}
			}
			s, err = Open(context.Background(), Config{DB: dir, ReadOnly: readOnly})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if hasIntent(t, s) {
				t.Error("intent left after reopening")
			}
			got := cayleyQuads(t, s.QuadStore())
			if want := nquads(v2.Quads...); !reflect.DeepEqual(got, want) {
				t.Errorf("cayley\n%v\nwant\n%v", got, want)
			}
		})
	}
}
