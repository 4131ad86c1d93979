package resolve

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// TestPostConcurrent runs Post from several goroutines on one Resolver
// (run it with -race) and checks every result equals the sequential one.
func TestPostConcurrent(t *testing.T) {
	dev, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	rust, _ := filepath.Glob(filepath.Join(rustBlog, "*.md"))
	files := append(dev, rust...)
	if len(files) > 60 {
		files = files[:60]
	}
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	a, err := ParseAliases([]byte("handles:\n  eloycoto: Eloy Coto\nsplit:\n  - post: x.md\n    name: Daniel\n    as: Daniel Wisnewski\n"))
	if err != nil {
		t.Fatal(err)
	}
	base := testResolver(t)
	r := New(Config{Gazetteer: base.cfg.Gazetteer, Schedules: base.cfg.Schedules, Aliases: a})
	var docs []*doc.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseFile(f, data)
		if err != nil || d == nil {
			continue
		}
		docs = append(docs, d)
	}
	want := make([]any, len(docs))
	for i, d := range docs {
		out, err := r.Post(d, "h")
		if err != nil {
			t.Fatal(err)
		}
		want[i] = out
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(docs))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := range docs {
				i := (k + w*len(docs)/workers) % len(docs)
				out, err := r.Post(docs[i], "h")
				if err != nil {
					errs <- err.Error()
					continue
				}
				if !reflect.DeepEqual(any(out), want[i]) {
					errs <- docs[i].Source + ": concurrent result differs from the sequential one"
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
