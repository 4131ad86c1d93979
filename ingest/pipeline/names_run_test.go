package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/source"
)

// countingProgress records what Run tells a Progress.
type countingProgress struct {
	files    int
	bytes    int64
	done     []string
	finished bool
}

func (p *countingProgress) Total(files int, bytes int64)         { p.files, p.bytes = files, bytes }
func (p *countingProgress) Done(files int, _ int64, name string) { p.done = append(p.done, name) }
func (p *countingProgress) Finish()                              { p.finished = true }

// One file named by several spellings in one run is one post, named by its
// stable name; stdin posts are named by --name or their content; Progress
// is told every input, schedules included.
func TestStableNamesAndProgress(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"blog/a.md": "---\ntitle: A\ndate: 2031-02-03\n---\nAt TestConf 2031 in Ghent.\n",
		"sched.xml": sched,
	})
	t.Chdir(dir)
	cfg := newConfig(t, 2)
	cfg.Names = source.Namer{Root: dir}.Name
	prog := &countingProgress{}
	cfg.Progress = prog
	cfg.Source.Stdin = strings.NewReader("---\ntitle: Piped\ndate: 2031-02-04\n---\nNotes from TestConf 2031.\n")
	rep, err := Run(context.Background(), cfg, []string{"blog", filepath.Join(dir, "blog", "a.md"), "./blog/../blog/a.md", "sched.xml", "-"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Posts != 2 || rep.Schedules != 1 || rep.Added != 3 || len(rep.Failures) != 0 {
		t.Fatalf("report = %+v, want 2 posts (a.md once, stdin) and 1 schedule", rep)
	}
	docs, _ := cfg.Store.Docs(context.Background())
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	joined := strings.Join(sources, " ")
	if !strings.Contains(joined, "blog/a.md") || strings.Contains(joined, dir) || !strings.Contains(joined, "stdin:") {
		t.Errorf("sources = %v, want blog/a.md, sched.xml and stdin:HASH, none absolute", sources)
	}
	if prog.files != 3 || len(prog.done) != 3 || !prog.finished || prog.bytes == 0 {
		t.Errorf("progress = %+v, want 3 inputs counted and done, then finished", prog)
	}
	if prog.done[0] != "sched.xml" {
		t.Errorf("progress order = %v, want the schedule first", prog.done)
	}

	// a named stdin post
	cfg.StdinName = "notes/piped.md"
	cfg.Source.Stdin = strings.NewReader("# Piped\n\nNotes from TestConf 2031.\n")
	cfg.Progress = nil
	if _, err := Run(context.Background(), cfg, []string{"-"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := cfg.Store.FindDoc("notes/piped.md"); !ok {
		t.Error("the stdin post is not named by StdinName")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes")); err == nil {
		t.Error("a stdin name made a file")
	}
}
