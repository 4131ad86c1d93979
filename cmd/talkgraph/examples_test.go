package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files (examples/queries/*.out)")

// TestExampleQueries ingests the examples and checks that every query in
// examples/queries gives the answer recorded beside it in NAME.out, so the
// answers the README and the examples show stay true.
func TestExampleQueries(t *testing.T) {
	root := filepath.Join("..", "..", "examples")
	db := filepath.Join(t.TempDir(), "ex.db")
	var stderr bytes.Buffer
	// relative paths keep post IRIs independent of where the repo lives
	t.Chdir(root)
	if code := run(context.Background(), []string{"--db", db, "-q", "ingest", "posts", "schedules"}, nil, &stderr, &stderr); code != 0 {
		t.Fatalf("ingest examples: exit %d: %s", code, stderr.String())
	}
	queries, err := filepath.Glob(filepath.Join("queries", "*.js"))
	if err != nil || len(queries) == 0 {
		t.Fatalf("no example queries: %v", err)
	}
	for _, q := range queries {
		t.Run(filepath.Base(q), func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run(context.Background(), []string{"--db", db, "query", "-f", q}, nil, &out, &errb); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			golden := strings.TrimSuffix(q, ".js") + ".out"
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("%s: answer changed (go test ./cmd/talkgraph -run TestExampleQueries -update to accept):\n%s", q, out.String())
			}
		})
	}
}
