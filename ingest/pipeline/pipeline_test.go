package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
)

const sched = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>TestConf 2031</title><city>Ghent</city><start>2031-02-01</start><end>2031-02-02</end></conference>
  <day index="1" date="2031-02-01"><room name="R1">
    <event id="1"><start>10:00</start><duration>00:25</duration><room>R1</room><slug>graphs</slug>
      <title>Graphs for everyone</title><track>Databases</track><type>devroom</type>
      <persons><person id="7">Zofia Przykładowa</person></persons></event>
  </room></day>
</schedule>`

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func newConfig(t *testing.T, workers int) Config {
	t.Helper()
	st, err := store.Open(context.Background(), store.Config{Backend: "memory"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return Config{Store: st, Minter: vocab.Minter{}, Gazetteer: gz, Workers: workers}
}

func dump(t *testing.T, st *store.Store) []string {
	t.Helper()
	var out []string
	err := st.ForEach(context.Background(), func(q quad.Quad) error {
		out = append(out, q.String())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func TestRun(t *testing.T) {
	posts := map[string]string{
		"a/one.md":  "---\ntitle: One\ndate: 2031-02-03\n---\nAt TestConf 2031 Zofia Przykładowa gave the talk \"Graphs for everyone\" in the Databases devroom.\n",
		"a/two.rst": "Two\n===\n\n:date: 2031-02-04\n\nNotes from TestConf 2031.\n",
		"a/bad.md":  "---\ntitle: [unclosed\n---\nbody\n",
		"a/pic.png": "\x89PNG\r\n\x1a\n\x00\x00",
	}
	tests := []struct {
		name    string
		workers int
	}{{"one worker", 1}, {"four workers", 4}}
	var first []string
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, posts)
			t.Chdir(dir) // relative paths: the same post IRIs in every subtest
			schedPath := "sched.xml"
			if err := os.WriteFile(schedPath, []byte(sched), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg := newConfig(t, tt.workers)
			// the schedule is named after the posts; it is still read first
			rep, err := Run(context.Background(), cfg, []string{"a", schedPath})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Posts != 2 || rep.Schedules != 1 || rep.Added != 3 {
				t.Errorf("report = %+v, want 2 posts, 1 schedule, 3 added", rep)
			}
			if len(rep.Failures) != 1 || !strings.HasSuffix(rep.Failures[0].Input, "bad.md") {
				t.Errorf("failures = %v, want bad.md only", rep.Failures)
			}
			got := dump(t, cfg.Store)
			joined := strings.Join(got, "\n")
			talk := string(vocab.Minter{}.Talk("testconf-2031", "graphs"))
			person := string(vocab.Minter{}.Person("Zofia Przykładowa"))
			if !strings.Contains(joined, quad.Make(quad.IRI(talk), vocab.Performer, quad.IRI(person), nil).String()) {
				t.Errorf("the post's talk did not resolve to the schedule's talk and speaker:\n%s", joined)
			}
			if first == nil {
				first = got
			} else if strings.Join(first, "\n") != joined {
				t.Errorf("output depends on the number of workers")
			}

			// unchanged inputs are skipped; a changed one is replaced
			rep, err = Run(context.Background(), cfg, []string{"a", schedPath})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Unchanged != 3 || rep.Added != 0 || rep.Replaced != 0 {
				t.Errorf("second run = %+v, want 3 unchanged", rep)
			}
			if err := os.WriteFile("a/two.rst", []byte("Two\n===\n\nChanged.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			rep, err = Run(context.Background(), cfg, []string{"a"})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Replaced != 1 || rep.Unchanged != 1 {
				t.Errorf("third run = %+v, want 1 replaced, 1 unchanged", rep)
			}
		})
	}
}

func TestRunCancelled(t *testing.T) {
	dir := writeTree(t, map[string]string{"p.md": "# P\n\ntext\n"})
	cfg := newConfig(t, 2)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, cfg, []string{dir}); err == nil {
		t.Fatal("a cancelled run reported no error")
	}
}

func TestOneNamePerEntity(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.md": "---\ntitle: A\n---\nWe use [Widget](https://github.com/acme/widget) daily.\n",
		"b.md": "---\ntitle: B\n---\nWe tried [widget](https://github.com/acme/widget), and [the widget tool](https://github.com/acme/widget) again.\n",
	})
	t.Chdir(dir)
	cfg := newConfig(t, 2)
	check := func() {
		t.Helper()
		names := map[string]map[string]bool{}
		err := cfg.Store.ForEach(context.Background(), func(q quad.Quad) error {
			if q.Predicate == vocab.Name {
				k := q.Subject.String()
				if names[k] == nil {
					names[k] = map[string]bool{}
				}
				names[k][quad.ToString(q.Object)] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for s, ns := range names {
			if len(ns) != 1 {
				t.Errorf("%s has %d names: %v", s, len(ns), ns)
			}
		}
	}
	if _, err := Run(context.Background(), cfg, []string{"a.md", "b.md"}); err != nil {
		t.Fatal(err)
	}
	check()
	// a later ingest (a new run, so a new name cache) keeps one name too
	if err := os.WriteFile("b.md", []byte("---\ntitle: B2\n---\nWe tried [WIDGET](https://github.com/acme/widget).\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), cfg, []string{"b.md"}); err != nil {
		t.Fatal(err)
	}
	check()
}

func TestMultiPostInput(t *testing.T) {
	const feed = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Blog</title>
<item><title>First notes</title><link>https://blog.example/1</link><pubDate>Mon, 03 Feb 2031 10:00:00 +0000</pubDate>
<description>&lt;p&gt;At TestConf 2031 I met people.&lt;/p&gt;</description></item>
<item><title>Second notes</title><link>https://blog.example/2</link><pubDate>Tue, 04 Feb 2031 10:00:00 +0000</pubDate>
<description>&lt;p&gt;More from TestConf 2031.&lt;/p&gt;</description></item>
</channel></rss>`
	dir := writeTree(t, map[string]string{"feed.xml": feed})
	t.Chdir(dir)
	cfg := newConfig(t, 2)
	rep, err := Run(context.Background(), cfg, []string{"feed.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Posts != 2 || rep.Added != 2 || len(rep.Failures) != 0 {
		t.Fatalf("report = %+v, want 2 posts added", rep)
	}
	for _, src := range []string{"feed.xml#1", "feed.xml#2"} {
		if _, ok := cfg.Store.FindDoc(src); !ok {
			t.Errorf("no post %s in the store", src)
		}
	}
	rep, err = Run(context.Background(), cfg, []string{"feed.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Unchanged != 2 || rep.Added != 0 || rep.Replaced != 0 {
		t.Errorf("second run = %+v, want 2 unchanged", rep)
	}
}
