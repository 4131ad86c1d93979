package export_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cnq "github.com/cayleygraph/quad/nquads"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/export/internal/testkit"
	"github.com/talkgraph/talkgraph/export/turtle"
)

func init() {
	exporters = append(exporters,
		struct {
			name  string
			check func(t *testing.T, b behaviour)
		}{"turtle", func(t *testing.T, b behaviour) { checkTurtle(t, b, false) }},
		struct {
			name  string
			check func(t *testing.T, b behaviour)
		}{"trig", func(t *testing.T, b behaviour) { checkTurtle(t, b, true) }})
}

// checkTurtle writes Turtle or TriG and has rapper read it back: the same
// triples (Turtle) or quads (TriG).
func checkTurtle(t *testing.T, b behaviour, trig bool) {
	var buf bytes.Buffer
	if _, err := turtle.Write(context.Background(), &buf, export.SliceSource(b.quads), turtle.Options{TriG: trig}); err != nil {
		t.Fatal(err)
	}
	path, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("TALKGRAPH_REQUIRE_RAPPER") == "1" {
			t.Fatal("rapper not found and TALKGRAPH_REQUIRE_RAPPER=1")
		}
		t.Skip("rapper (raptor2-utils) not installed")
	}
	syntax := "turtle"
	want := b.quads
	if trig {
		syntax = "trig"
	} else {
		want = nil
		for _, q := range b.quads {
			q.Label = nil
			want = append(want, q)
		}
	}
	f := filepath.Join(t.TempDir(), "out")
	if err := os.WriteFile(f, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(path, "-q", "-i", syntax, "-o", "nquads", f, "http://example.org/")
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || strings.Contains(errb.String(), "rror") {
		t.Fatalf("rapper -i %s: %v\n%s\n%s", syntax, err, errb.String(), buf.String())
	}
	var back []quad.Quad
	r := cnq.NewReader(&out, true)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read rapper's output: %v", err)
		}
		back = append(back, q)
	}
	if got, w := testkit.NQuadLines(t, back), testkit.NQuadLines(t, want); !slices.Equal(got, w) {
		t.Errorf("rapper read %q, want %q", got, w)
	}
}
