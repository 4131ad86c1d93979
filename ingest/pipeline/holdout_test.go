package pipeline

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The held-out set: real posts with hand-made gold, kept for measurement
// only (see its SOURCES.md). These tests check that the set is well formed;
// they read the golds, never the extraction, and set no quality threshold.
// Its figures come from bench/quality.sh.
var holdoutDir = filepath.Join("..", "extract", "testdata", "holdout")

// TestHoldoutFiles checks that every file of the held-out set is a post with
// a gold beside it (or a gold with its post, or SOURCES.md), and that
// SOURCES.md names every post.
func TestHoldoutFiles(t *testing.T) {
	entries, err := os.ReadDir(holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	sources, err := os.ReadFile(filepath.Join(holdoutDir, "SOURCES.md"))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Name()] = true
	}
	posts := 0
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
			t.Errorf("%s: unexpected directory", name)
		case name == "SOURCES.md":
		case strings.HasSuffix(name, ".gold.json"):
			if !names[strings.TrimSuffix(name, ".gold.json")] {
				t.Errorf("%s: gold without its post", name)
			}
		default:
			posts++
			if !names[name+".gold.json"] {
				t.Errorf("%s: post without %s.gold.json", name, name)
			}
			if !strings.Contains(string(sources), "| "+name+" |") {
				t.Errorf("%s: not listed in SOURCES.md", name)
			}
		}
	}
	if posts == 0 {
		t.Fatalf("%s: no posts", holdoutDir)
	}
}

// TestHoldoutGold checks each gold of the held-out set against the
// annotation guidelines' schema: it parses, names its post, has one Post,
// known entity types and predicates, relations between known ids or to
// URLs the post contains, and entity evidence quoted from the post (parts
// separated by "..." each found in it, whitespace squeezed).
func TestHoldoutGold(t *testing.T) { checkGoldSet(t, holdoutDir) }

// TestHoldoutScorerReads checks that the shared scorer reads every gold of
// the held-out set (scored against an empty export, so no figure is
// involved). It skips without python3 or ../shared.
func TestHoldoutScorerReads(t *testing.T) {
	if _, err := os.Stat(kgscore); err != nil {
		t.Skip("../shared/tools/kgscore.py not present")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	posts, err := goldPosts(holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(t.TempDir(), "empty.nq")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := runScorer(python, empty, holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Posts != len(posts) {
		t.Errorf("kgscore.py read %d golds, want %d", s.Posts, len(posts))
	}
}
