package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/talkgraph/talkgraph/graph/store"
)

// TestGeneratedPostsIngest: the bench's generated posts ingest without a
// failure. The numbered ones made the extractor panic once (a speaker's
// name with initials, "A B.C. Surname", starting before the sentence the
// splitter gave for it: slice bounds out of range in the conversation
// rule, 5 of the 10,869 posts of bench/run.sh); the first 200 stand for
// the rest (all nine formats).
func TestGeneratedPostsIngest(t *testing.T) {
	g := newGen(t)
	dir := t.TempDir()
	idx := []int{300, 6907, 8707, 10647, 10675}
	for i := 0; i < 200; i++ {
		idx = append(idx, i)
	}
	for _, i := range idx {
		name, body := g.Post(i, Formats[i%len(Formats)], 1)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.Open(context.Background(), store.Config{DB: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := Ingest(context.Background(), st, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		t.Errorf("%s: %v", f.Input, f.Err)
	}
	if rep.Added != len(idx) {
		t.Errorf("%d posts added, want %d", rep.Added, len(idx))
	}
}
