package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

// benchQuads is the store size for benchmarks: TALKGRAPH_BENCH_QUADS
// (default 100000; the store notes measure at 1000000).
func benchQuads() int {
	if n, err := strconv.Atoi(os.Getenv("TALKGRAPH_BENCH_QUADS")); err == nil && n > 0 {
		return n
	}
	return 100000
}

// benchDocs makes docs of 30 quads each, totalling about n quads.
func benchDocs(n, version int) []Doc {
	var docs []Doc
	for i := 0; i*30 < n; i++ {
		d := Doc{Label: iri(fmt.Sprintf("doc/%d", i)), Kind: "post", Hash: fmt.Sprintf("%d-%d", i, version)}
		post := iri(fmt.Sprintf("post/%d", i))
		for k := range 10 {
			ent := iri(fmt.Sprintf("person/%d", (i*7+k)%5000))
			d.Quads = append(d.Quads,
				quad.Quad{Subject: post, Predicate: iri("mentions"), Object: ent},
				quad.Quad{Subject: ent, Predicate: iri("name"), Object: quad.String(fmt.Sprintf("Person %d", (i*7+k)%5000))},
				quad.Quad{Subject: post, Predicate: iri(fmt.Sprintf("p%d", k)), Object: quad.String(fmt.Sprintf("value %d %d %d", i, k, version))})
		}
		docs = append(docs, d)
	}
	return docs
}

func putAll(b *testing.B, s *Store, docs []Doc) {
	for i := 0; i < len(docs); i += 500 {
		if _, err := s.Put(context.Background(), docs[i:min(i+500, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPut(b *testing.B) {
	n := benchQuads()
	docs := benchDocs(n, 0)
	for b.Loop() {
		b.StopTimer()
		dir := filepath.Join(b.TempDir(), "db")
		s, err := Open(context.Background(), Config{DB: dir})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		putAll(b, s, docs)
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "quads/s")
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

func BenchmarkForEach(b *testing.B) {
	n := benchQuads()
	dir := filepath.Join(b.TempDir(), "db")
	s, err := Open(context.Background(), Config{DB: dir})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	putAll(b, s, benchDocs(n, 0))
	b.ResetTimer()
	for b.Loop() {
		start, got := time.Now(), 0
		if err := s.ForEach(context.Background(), func(quad.Quad) error { got++; return nil }); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(got)/time.Since(start).Seconds(), "quads/s")
	}
}

// BenchmarkIndexBuild counts the edge index of a Bolt store of about
// benchQuads quads on one goroutine and on buildParallel's workers: of
// docs of 3 quads and 3 index keys each (counting costs most), and of docs
// of 30 quads and none (decoding costs most).
func BenchmarkIndexBuild(b *testing.B) {
	b.Run("keys", func(b *testing.B) { benchIndexBuild(b, bulkDocs(0, benchQuads()/3, 0)) })
	b.Run("decode", func(b *testing.B) { benchIndexBuild(b, benchDocs(benchQuads(), 0)) })
}

func benchIndexBuild(b *testing.B, docs []Doc) {
	s, err := Open(context.Background(), Config{Backend: Bolt, DB: filepath.Join(b.TempDir(), "tg.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name  string
		build func(tx kvTx) (map[string]int, error)
	}{
		{"serial", s.index.buildSerial},
		{"parallel", func(tx kvTx) (map[string]int, error) { return s.index.buildParallel(tx.(boltTx)) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				err := s.man.View(context.Background(), func(tx kvTx) error {
					_, err := bc.build(tx)
					return err
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
