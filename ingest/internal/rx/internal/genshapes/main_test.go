package main

import (
	"bytes"
	"os"
	"testing"
)

// TestUpToDate: shapes_gen.go holds the shapes of the extractor's
// patterns as they are now; after a rule changes, run
// go generate ./ingest/internal/rx.
func TestUpToDate(t *testing.T) {
	want, err := generate("../../../../../examples/posts")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../shapes_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("ingest/internal/rx/shapes_gen.go is not what genshapes writes now: run go generate ./ingest/internal/rx")
	}
}
