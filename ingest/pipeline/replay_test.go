package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"
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

// doneOrder records the names Progress.Done is told, in order.
type doneOrder struct{ names []string }

func (d *doneOrder) Total(int, int64)              {}
func (d *doneOrder) Done(_ int, _ int64, n string) { d.names = append(d.names, filepath.Base(n)) }
func (d *doneOrder) Finish()                       {}

// TestPass2Order: unchanged posts vouched for by their stats are done
// without a worker and changed ones are read first, yet outcomes come in
// input order (progress, and so the store's batches).
func TestPass2Order(t *testing.T) {
	files := map[string]string{}
	for _, n := range []string{"a", "b", "c", "d", "e"} {
		files[n+".md"] = "---\ntitle: " + n + "\ndate: 2031-02-03\n---\nNotes from TestConf 2031, part " + n + ".\n"
	}
	dir := writeTree(t, files)
	cfg := newConfig(t, 2)
	clock := time.Now().Add(time.Minute) // the files' stats are settled
	cfg.now = func() time.Time { return clock }
	for _, step := range []string{"first", "recorded"} {
		if _, err := Run(context.Background(), cfg, []string{dir}); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	for _, n := range []string{"b", "d"} {
		if err := os.WriteFile(filepath.Join(dir, n+".md"), []byte(files[n+".md"]+"Edited.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "f.md"), []byte(files["a.md"]+"New.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := &doneOrder{}
	cfg.Progress = p
	rep, err := Run(context.Background(), cfg, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Unread != 3 || rep.Replaced != 2 || rep.Added != 1 || len(rep.Failures) > 0 {
		t.Errorf("unread %d replaced %d added %d failures %v, want 3 2 1 none", rep.Unread, rep.Replaced, rep.Added, rep.Failures)
	}
	if want := []string{"a.md", "b.md", "c.md", "d.md", "e.md", "f.md"}; !reflect.DeepEqual(p.names, want) {
		t.Errorf("done in order %q, want %q", p.names, want)
	}
}
