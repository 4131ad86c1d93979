package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/pipeline"
)

// A store made before posts had stable names holds a post under the path as
// it was spelled then ("a.md", run from blog/); ingesting the file again
// replaces it by the stable name instead of keeping both.
func TestLegacyNamesReplaced(t *testing.T) {
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	blog := filepath.Join(tmp, "blog")
	if err := os.MkdirAll(blog, 0o755); err != nil {
		t.Fatal(err)
	}
	post := "---\ntitle: A\ndate: 2020-02-03\n---\nNotes from FOSDEM 2020.\n"
	if err := os.WriteFile(filepath.Join(blog, "a.md"), []byte(post), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(tmp, "talkgraph.db")
	ctx := context.Background()
	// the old way: the path as given, from blog/
	t.Chdir(blog)
	st, err := store.Open(ctx, store.Config{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pipeline.Run(ctx, pipeline.Config{Store: st, Minter: vocab.Minter{}, Gazetteer: gz}, []string{"a.md"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	// now, from the same directory
	var out bytes.Buffer
	if code := run(ctx, []string{"--db", db, "ingest", "a.md"}, nil, &out, &out); code != 0 {
		t.Fatalf("ingest: %d %s", code, out.String())
	}
	if !strings.Contains(out.String(), "1 post was stored under an older spelling") {
		t.Errorf("ingest said %q", out.String())
	}
	out.Reset()
	run(ctx, []string{"--db", db, "stats"}, nil, &out, &out)
	if !strings.Contains(out.String(), "1 post,") || !strings.Contains(out.String(), "blog/a.md") {
		t.Errorf("stats after the upgrade:\n%s", out.String())
	}
}
