package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// benchQuads is the corpus size for benchmarks: TALKGRAPH_BENCH_QUADS
// (default 20000; bench/RESULTS.md is measured at 1000000).
func benchQuads() int {
	if n, err := strconv.Atoi(os.Getenv("TALKGRAPH_BENCH_QUADS")); err == nil && n > 0 {
		return n
	}
	return 20000
}

func newGen(t testing.TB) *Generator {
	t.Helper()
	g, err := NewGenerator()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestGenerate(t *testing.T) {
	g := newGen(t)
	tests := []struct {
		name      string
		posts     int
		wantFiles int
	}{
		{"two of each format", 2 * len(Formats), 2 * len(Formats)},
		{"none", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			c, err := g.Generate(context.Background(), dir, tc.posts, 7)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Files) != tc.wantFiles {
				t.Fatalf("%d files, want %d", len(c.Files), tc.wantFiles)
			}
			if tc.posts == 0 {
				return
			}
			for _, f := range Formats {
				if c.ByFormat[f] != 2 {
					t.Errorf("format %s: %d posts, want 2", f, c.ByFormat[f])
				}
			}
			st, err := store.Open(context.Background(), store.Config{Backend: store.Memory})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			rep, err := Ingest(context.Background(), st, []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Failures) > 0 || rep.Added != tc.posts {
				t.Fatalf("ingest: %d added, failures %v", rep.Added, rep.Failures)
			}
			docs, err := st.Docs(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				// every format must yield a realistic post: its metadata,
				// an event, talks and speakers
				if d.Quads < 30 || d.Quads > 200 {
					t.Errorf("%s: %d quads, want 30..200", d.Source, d.Quads)
				}
			}
		})
	}
}

func TestPostDeterministic(t *testing.T) {
	g := newGen(t)
	for _, f := range Formats {
		n1, b1 := g.Post(3, f, 1)
		n2, b2 := g.Post(3, f, 1)
		_, b3 := g.Post(3, f, 2)
		if n1 != n2 || b1 != b2 {
			t.Errorf("%s: same seed, different posts", f)
		}
		if b1 == b3 {
			t.Errorf("%s: different seeds, same post", f)
		}
		if !strings.Contains(b1, "FOSDEM") {
			t.Errorf("%s: post names no FOSDEM edition:\n%s", f, b1)
		}
	}
}

// corpus generates the benchmark corpus once per benchmark.
func corpus(b *testing.B) *Corpus {
	b.Helper()
	c, err := newGen(b).Generate(context.Background(), filepath.Join(b.TempDir(), "corpus"), max(1, benchQuads()/QuadsPerPost), 1)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func openBolt(b *testing.B) *store.Store {
	b.Helper()
	st, err := store.Open(context.Background(), store.Config{DB: filepath.Join(b.TempDir(), fmt.Sprintf("db%d", time.Now().UnixNano()))})
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkIngest is the end-to-end ingest (parse, resolve, store) into a
// fresh Bolt store.
func BenchmarkIngest(b *testing.B) {
	c := corpus(b)
	for b.Loop() {
		b.StopTimer()
		st := openBolt(b)
		b.StartTimer()
		start := time.Now()
		rep, err := Ingest(context.Background(), st, []string{c.Dir})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(rep.QuadsAdded)/time.Since(start).Seconds(), "quads/s")
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkCayleyWriter is the baseline: the same quads written by
// Cayley's batched writer (10k-quad transactions) into a fresh Bolt store.
func BenchmarkCayleyWriter(b *testing.B) {
	c := corpus(b)
	st := openBolt(b)
	if _, err := Ingest(context.Background(), st, []string{c.Dir}); err != nil {
		b.Fatal(err)
	}
	var qs []quad.Quad
	if err := st.ForEach(context.Background(), func(q quad.Quad) error { qs = append(qs, q); return nil }); err != nil {
		b.Fatal(err)
	}
	st.Close()
	b.ResetTimer()
	for b.Loop() {
		d, err := CayleyWrite(context.Background(), "bolt", filepath.Join(b.TempDir(), fmt.Sprintf("cayley%d", time.Now().UnixNano())), qs, 10000)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(qs))/d.Seconds(), "quads/s")
	}
}

// BenchmarkReplaceOne replaces one post's quads in the ingested store.
func BenchmarkReplaceOne(b *testing.B) {
	c := corpus(b)
	st := openBolt(b)
	defer st.Close()
	if _, err := Ingest(context.Background(), st, []string{c.Dir}); err != nil {
		b.Fatal(err)
	}
	docs, err := st.Docs(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	label := docs[len(docs)/2].Label
	qs, facts, err := st.Facts(label)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	b.ResetTimer()
	for b.Loop() {
		i++
		d := store.Doc{Label: label, Kind: "post", Hash: strconv.Itoa(i), Quads: append([]quad.Quad(nil), qs...), Facts: facts}
		d.Quads = append(d.Quads, quad.Quad{Subject: label, Predicate: vocab.Name, Object: quad.String(strconv.Itoa(i)), Label: label})
		if _, err := st.Put(context.Background(), []store.Doc{d}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReingestUnchanged re-reads the ingested corpus (every post
// unchanged).
func BenchmarkReingestUnchanged(b *testing.B) {
	c := corpus(b)
	st := openBolt(b)
	defer st.Close()
	if _, err := Ingest(context.Background(), st, []string{c.Dir}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		rep, err := Ingest(context.Background(), st, []string{c.Dir})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Unchanged != len(c.Files) {
			b.Fatalf("%d unchanged, want %d", rep.Unchanged, len(c.Files))
		}
	}
}
