package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/ingest/source"
)

// TestStatCache: a re-ingest reads only the files whose stats moved, and
// an edit is seen whatever it keeps of the file's size and times.
func TestStatCache(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"one.md": "---\ntitle: One\ndate: 2031-02-03\n---\nNotes from TestConf 2031, part A.\n",
		"two.md": "---\ntitle: Two\ndate: 2031-02-04\n---\nNotes from TestConf 2031, part B.\n",
	})
	one := filepath.Join(dir, "one.md")
	cfg := newConfig(t, 2)
	clock := time.Now()
	cfg.now = func() time.Time { return clock }
	run := func(step string, added, replaced, unchanged, unread int) {
		t.Helper()
		rep, err := Run(context.Background(), cfg, []string{dir})
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if len(rep.Failures) > 0 || rep.Added != added || rep.Replaced != replaced || rep.Unchanged != unchanged || rep.Unread != unread {
			t.Fatalf("%s: added %d replaced %d unchanged %d unread %d (failures %v), want %d %d %d %d", step,
				rep.Added, rep.Replaced, rep.Unchanged, rep.Unread, rep.Failures, added, replaced, unchanged, unread)
		}
	}
	// the files were just written: their stats are not settled, so not recorded
	run("first", 2, 0, 0, 0)
	run("again at once", 0, 0, 2, 0)
	clock = clock.Add(time.Minute) // now they are
	run("a minute later (stats recorded)", 0, 0, 2, 0)
	run("unchanged", 0, 0, 2, 2)

	// an edit that keeps the size and puts the modification time back
	fi, err := os.Stat(one)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	if err := os.WriteFile(one, []byte("---\ntitle: One\ndate: 2031-02-03\n---\nNotes from TestConf 2031, part Z.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(one, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if fi2, _ := os.Stat(one); fi2.Size() != fi.Size() || !fi2.ModTime().Equal(fi.ModTime()) {
		t.Fatal("setup: the edit moved the size or modification time")
	}
	clock = time.Now()
	run("edited, same size and mtime", 0, 1, 1, 1)
	// its new stat is not settled yet (the change time is now): read again
	run("after the edit", 0, 0, 2, 1)
	clock = clock.Add(time.Minute)
	run("a minute after the edit", 0, 0, 2, 1)
	run("all recorded", 0, 0, 2, 2)

	// a new extractor context (here: other aliases) re-extracts unread files
	cfg.AliasesHash = "other"
	run("new context", 0, 2, 0, 0)
}

func TestStatCacheCodec(t *testing.T) {
	m := map[string]statEntry{
		"posts/a.md":       {st: source.Stat{Size: 12, ModTime: 1 << 60, Change: -5, Inode: 1<<64 - 1, Device: 3}, sum: [32]byte{1, 2, 3}},
		"naïve\tname\n.md": {st: source.Stat{Size: 0}},
	}
	got, err := decodeStatCache(encodeStatCache(m))
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("round trip: %v %v", got, err)
	}
	for _, bad := range []string{"", "talkgraph-statcache/0\n", statCacheMagic + "\x05ab", encodeStatCache(m)[:len(encodeStatCache(m))-1]} {
		if _, err := decodeStatCache(bad); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}
