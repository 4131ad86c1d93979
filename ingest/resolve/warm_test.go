package resolve

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestWarm: Warm beside Post (run with -race) changes no result, and a
// Resolver without schedules has nothing to warm.
func TestWarm(t *testing.T) {
	New(Config{}).Warm()
	rust, _ := filepath.Glob(filepath.Join(rustBlog, "*.md"))
	if len(rust) > 8 {
		rust = rust[:8]
	}
	if len(rust) == 0 {
		t.Skip("no corpus")
	}
	base := testResolver(t)
	for _, f := range rust {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseFile(f, data)
		if err != nil || d == nil {
			continue
		}
		want, err := base.Post(d, "h")
		if err != nil {
			t.Fatal(err)
		}
		r := New(Config{Gazetteer: base.cfg.Gazetteer, Schedules: base.cfg.Schedules})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { defer wg.Done(); r.Warm() }()
		got, err := r.Post(d, "h")
		wg.Wait()
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: Post beside Warm differs (%v)", f, err)
		}
	}
}
