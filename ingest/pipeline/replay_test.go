package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

// TestReplayedWalk: pass 2 replays pass 1's walk instead of walking again,
// and an ingest reports what walking twice did: the skipped entries (once
// per path naming them, so twice for a folder named twice), every post
// once however many paths reach it, a file named on the command line, a
// directory's post in its turn, and an unreadable file as a failure.
func TestReplayedWalk(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.md":           "---\ntitle: A\ndate: 2031-02-03\n---\nNotes from TestConf 2031, part A.\n",
		"sub/b.md":       "---\ntitle: B\ndate: 2031-02-04\n---\nNotes from TestConf 2031, part B.\n",
		"sub/.hidden.md": "---\ntitle: Hidden\n---\nNot read.\n",
		"sub/pic.png":    "\x89PNG\r\n",
		"c.md":           "---\ntitle: C\ndate: 2031-02-05\n---\nNotes from TestConf 2031, part C.\n",
		"locked.md":      "---\ntitle: Locked\n---\nCannot be read.\n",
	})
	locked := filepath.Join(dir, "locked.md")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(locked); err == nil { // running as root: every file reads
		f.Close()
		os.Remove(locked)
		locked = ""
	}
	cfg := newConfig(t, 2)
	paths := []string{dir, filepath.Join(dir, "sub"), filepath.Join(dir, "c.md")}
	rep, err := Run(context.Background(), cfg, paths)
	if err != nil {
		t.Fatal(err)
	}
	var skipped []string
	for _, s := range rep.SkippedFiles {
		rel, _ := filepath.Rel(dir, s.Input)
		skipped = append(skipped, rel)
	}
	sort.Strings(skipped)
	want := []string{"sub/.hidden.md", "sub/.hidden.md", "sub/pic.png", "sub/pic.png"}
	if !reflect.DeepEqual(skipped, want) {
		t.Errorf("skipped %q, want %q", skipped, want)
	}
	if rep.Posts != 3 || rep.Added != 3 {
		t.Errorf("%d posts, %d added, want 3 and 3", rep.Posts, rep.Added)
	}
	failed := 0
	if locked != "" {
		failed = 1
	}
	if len(rep.Failures) != failed {
		t.Errorf("failures %v, want %d", rep.Failures, failed)
	}
	// the same inputs again: every post unchanged, the same skips
	again, err := Run(context.Background(), cfg, paths)
	if err != nil {
		t.Fatal(err)
	}
	if again.Posts != 3 || again.Unchanged != 3 || again.Added+again.Replaced != 0 || len(again.SkippedFiles) != len(want) || len(again.Failures) != failed {
		t.Errorf("again: %d posts, %d unchanged, %d added, %d replaced, %d skipped, failures %v",
			again.Posts, again.Unchanged, again.Added, again.Replaced, len(again.SkippedFiles), again.Failures)
	}
}
