package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// TestLoadWhenNeeded: Config.Load runs once in a run that extracts a post
// (started early for a known post whose file changed), and not at all in a
// re-ingest with nothing to extract, even beside a file that is no post
// (read on every run).
func TestLoadWhenNeeded(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"one.md":   "---\ntitle: One\ndate: 2031-02-03\n---\nNotes from TestConf 2031, part A.\n",
		"two.md":   "---\ntitle: Two\ndate: 2031-02-04\n---\nNotes from TestConf 2031, part B.\n",
		"list.tsv": "name\tcount\nfrobnicate\t3\n",
	})
	cfg := newConfig(t, 2)
	gz := cfg.Gazetteer
	cfg.Gazetteer = nil
	var loads atomic.Int32
	cfg.Load = func() (*gazetteer.Gazetteer, *schedule.Index, error) {
		loads.Add(1)
		return gz, schedule.NewIndex(), nil
	}
	clock := time.Now().Add(time.Minute) // every stat settled
	cfg.now = func() time.Time { return clock }
	run := func(step string, replaced, unread int, want int32) {
		t.Helper()
		loads.Store(0)
		rep, err := Run(context.Background(), cfg, []string{dir})
		if err != nil || len(rep.Failures) > 0 {
			t.Fatalf("%s: %v %v", step, err, rep.Failures)
		}
		if rep.Replaced != replaced || rep.Unread != unread || loads.Load() != want {
			t.Errorf("%s: replaced %d unread %d, %d loads; want %d %d %d", step, rep.Replaced, rep.Unread, loads.Load(), replaced, unread, want)
		}
	}
	run("first", 0, 0, 1)
	run("unchanged", 0, 2, 0)
	one := filepath.Join(dir, "one.md")
	if err := os.WriteFile(one, []byte("---\ntitle: One\ndate: 2031-02-03\n---\nNotes from TestConf 2031, part C.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	clock = time.Now().Add(time.Minute)
	run("one changed", 1, 1, 1)
	run("unchanged again", 0, 2, 0)
	// a touched post (new stat, same bytes) loads in the background, to no use
	if err := os.Chtimes(one, time.Now(), time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	run("touched", 0, 1, 1)
}
