package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/ingest/badinput"
)

// TestInterruptKeepsParsedPosts cancels an ingest (as Ctrl-C or SIGTERM
// does) in the middle of parsing: Run returns within a second, the posts
// parsed before the interrupt are stored, the report says it was
// interrupted, and the same ingest run again stores the rest.
func TestInterruptKeepsParsedPosts(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 150 {
		p := filepath.Join(dir, fmt.Sprintf("post-%03d.md", i))
		if err := os.WriteFile(p, badinput.Normal(60_000), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	cfg := newConfig(t, 2)
	st, err := store.Open(context.Background(), store.Config{DB: filepath.Join(dir, "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg.Store = st
	ctx, cancel := context.WithCancel(context.Background())
	var stopped time.Time
	time.AfterFunc(time.Second, func() { stopped = time.Now(); cancel() })
	rep, err := Run(ctx, cfg, []string{dir})
	took := time.Since(stopped)
	if err == nil {
		t.Skip("the machine ingested 150 posts in 1 s: nothing left to interrupt")
	}
	if took > time.Second {
		t.Errorf("Run returned %v after the interrupt, want < 1 s", took)
	}
	if !rep.Interrupted {
		t.Error("report does not say interrupted")
	}
	docs, _ := st.Docs(context.Background())
	if len(docs) == 0 || len(docs) != rep.Added {
		t.Errorf("%d docs stored, report says %d added; want the parsed posts kept", len(docs), rep.Added)
	}
	t.Logf("interrupted after 1 s: returned in %v with %d of %d posts stored", took, len(docs), len(paths))
	rep, err = Run(context.Background(), cfg, []string{dir})
	if err != nil || len(rep.Failures) > 0 {
		t.Fatal(err, rep.Failures)
	}
	if rep.Added+rep.Unchanged != len(paths) || rep.Unchanged != len(docs) {
		t.Errorf("rerun: %d added, %d unchanged; want %d in all, %d unchanged", rep.Added, rep.Unchanged, len(paths), len(docs))
	}
}
