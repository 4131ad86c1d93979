package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// TestSpeculation: a re-ingest whose vocabularies come from Config.Load
// extracts the known post whose file changed beside pass 1, and stores what
// a run that does not speculate stores; it drops the speculation when pass
// 1 reads a schedule the post resolves against, or when the file was only
// touched.
func TestSpeculation(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"p/one.md": "---\ntitle: One\ndate: 2031-02-03\n---\nNotes from TestConf 2031, with Jane Quux.\n",
		"p/two.md": "---\ntitle: Two\ndate: 2031-02-04\n---\nMore notes from TestConf 2031.\n",
	})
	one := filepath.Join(dir, "p", "one.md")
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	spec := newConfig(t, 2)
	spec.Gazetteer = nil
	spec.Load = func() (*gazetteer.Gazetteer, *schedule.Index, error) { return gz, nil, nil }
	ref := newConfig(t, 2) // vocabularies given: no speculation
	clock := time.Now()
	spec.now = func() time.Time { return clock }
	ref.now = spec.now
	run := func(step string, replaced, speculated int) string {
		t.Helper()
		clock = time.Now().Add(time.Minute) // every file's stat is settled
		var dumps [2]string
		for i, cfg := range []Config{spec, ref} {
			rep, err := Run(context.Background(), cfg, []string{dir})
			if err != nil {
				t.Fatalf("%s: %v", step, err)
			}
			want := speculated
			if i == 1 {
				want = 0
			}
			if len(rep.Failures) > 0 || rep.Replaced != replaced || rep.speculated != want {
				t.Fatalf("%s (config %d): replaced %d, speculated %d (failures %v), want %d, %d", step, i, rep.Replaced, rep.speculated, rep.Failures, replaced, want)
			}
			dumps[i] = strings.Join(dump(t, cfg.Store), "\n")
		}
		if dumps[0] != dumps[1] {
			t.Fatalf("%s: the speculating run stored other quads:\n%s\nwant:\n%s", step, dumps[0], dumps[1])
		}
		return dumps[0]
	}
	edit := func(body string) {
		t.Helper()
		if err := os.WriteFile(one, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run("first", 0, 0)
	run("stats recorded", 0, 0)
	edit("---\ntitle: One\ndate: 2031-02-03\n---\nNotes from TestConf 2031: Jane Quux spoke about graphs.\n")
	run("edited", 1, 1)
	// pass 1 reads a schedule the edited post resolves against: the
	// speculation, made without it, is dropped
	if err := os.WriteFile(filepath.Join(dir, "sched.xml"), []byte(sched), 0o644); err != nil {
		t.Fatal(err)
	}
	edit("---\ntitle: One\ndate: 2031-02-03\n---\nAt TestConf 2031 Zofia Przykładowa gave the talk \"Graphs for everyone\" in the Databases devroom.\n")
	got := run("edited, with a new schedule", 2, 0) // a new schedule: every post is resolved again
	talk := string(vocab.Minter{}.Talk("testconf-2031", "graphs"))
	person := string(vocab.Minter{}.Person("Zofia Przykładowa"))
	if !strings.Contains(got, quad.Make(quad.IRI(talk), vocab.Performer, quad.IRI(person), nil).String()) {
		t.Errorf("the post's talk did not resolve to the new schedule's talk and speaker:\n%s", got)
	}
	// the schedule is stored now: the next edit resolves against it, beside pass 1
	edit("---\ntitle: One\ndate: 2031-02-03\n---\nAt TestConf 2031 Zofia Przykładowa gave the talk \"Graphs for everyone\".\n")
	got = run("edited again", 1, 1)
	if !strings.Contains(got, quad.Make(quad.IRI(talk), vocab.Performer, quad.IRI(person), nil).String()) {
		t.Errorf("the speculation did not resolve against the stored schedule:\n%s", got)
	}
	// touched only: the same bytes are not extracted
	later := time.Now().Add(-time.Hour)
	if err := os.Chtimes(one, later, later); err != nil {
		t.Fatal(err)
	}
	run("touched", 0, 0)
}
