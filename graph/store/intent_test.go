package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// hasIntent reports whether the manifest holds an intent (under any key).
func hasIntent(t *testing.T, s *Store) bool {
	t.Helper()
	found := false
	err := s.man.View(context.Background(), func(tx kvTx) error {
		return tx.ForEach(bIntent, func(string, []byte) error { found = true; return nil })
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
			if !tc.clean {
				// A read-only Open never replays: it says an ingest must.
				_, err := Open(context.Background(), Config{DB: dir, ReadOnly: true})
				if !errors.Is(err, ErrUnfinished) || !strings.Contains(err.Error(), "1 posts") {
					t.Fatalf("read-only Open of an unfinished write: %v, want ErrUnfinished naming 1 post", err)
				}
			}
			var said []string
			s, err = Open(context.Background(), Config{DB: dir, Notify: func(m string) { said = append(said, m) }})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if !tc.clean && (len(said) != 1 || !strings.HasPrefix(said[0], "finishing an interrupted write of 1 posts")) {
				t.Errorf("Notify got %q, want one 'finishing an interrupted write of 1 posts'", said)
			}
			if tc.clean && len(said) != 0 {
				t.Errorf("Notify got %q after a clean close", said)
			}
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

// TestPutPipelined checks the writes that leave Cayley's last transaction
// running: a read of Cayley waits for it, and intents not yet synced stay
// in the manifest, so that a process stopping without Close has them
// redone by the next Open.
func TestPutPipelined(t *testing.T) {
	var docs []Doc
	var all []quad.Quad
	for i := range 6 {
		d := mkDoc(fmt.Sprintf("d%d", i), "h1", q(fmt.Sprintf("x%d", i), "name", quad.String("x")), q(fmt.Sprintf("x%d", i), "knows", iri("y")))
		docs = append(docs, d)
		all = append(all, d.Quads...)
	}
	tests := []struct {
		name  string
		clean bool // Close, or only release the files (as a crash would)
	}{
		{"close syncs and clears the intents", true},
		{"open redoes the intents left", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			s, err := Open(context.Background(), Config{DB: dir})
			if err != nil {
				t.Fatal(err)
			}
			s.batch = 4 // two docs per intent: three intents per write
			if _, err := s.PutPipelined(context.Background(), docs[:3]); err != nil {
				t.Fatal(err)
			}
			if _, err := s.PutPipelined(context.Background(), docs[3:]); err != nil {
				t.Fatal(err)
			}
			if got, want := cayleyQuads(t, s.QuadStore()), nquads(all...); !reflect.DeepEqual(got, want) {
				t.Errorf("cayley right after PutPipelined\n%v\nwant\n%v", got, want)
			}
			if err := s.Flush(context.Background()); err != nil {
				t.Fatal(err)
			}
			if !hasIntent(t, s) {
				t.Fatal("no intent in the manifest after the writes")
			}
			if tc.clean {
				err = s.Close()
			} else {
				err = s.shut()
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tc.clean {
				// No write was synced: every intent is still there.
				_, err := Open(context.Background(), Config{DB: dir, ReadOnly: true})
				if !errors.Is(err, ErrUnfinished) || !strings.Contains(err.Error(), "6 posts") {
					t.Fatalf("read-only Open after the writes: %v, want ErrUnfinished naming 6 posts", err)
				}
			}
			var said []string
			s, err = Open(context.Background(), Config{DB: dir, Notify: func(m string) { said = append(said, m) }})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if tc.clean && len(said) != 0 {
				t.Errorf("Notify got %q after a clean close", said)
			}
			if !tc.clean && (len(said) != 1 || !strings.HasPrefix(said[0], "finishing an interrupted write of")) {
				t.Errorf("Notify got %q, want one 'finishing an interrupted write'", said)
			}
			if hasIntent(t, s) {
				t.Error("intent left after reopening")
			}
			if got, want := cayleyQuads(t, s.QuadStore()), nquads(all...); !reflect.DeepEqual(got, want) {
				t.Errorf("cayley after reopening\n%v\nwant\n%v", got, want)
			}
		})
	}
}
