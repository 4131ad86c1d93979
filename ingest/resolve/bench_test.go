package resolve

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// benchInput is one post of the benchmark corpus.
type benchInput struct {
	name string
	data []byte
}

// benchCorpus reads the dev corpus and the rust-blog posts.
func benchCorpus(b *testing.B) ([]benchInput, int) {
	dev, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	rust, _ := filepath.Glob(filepath.Join(rustBlog, "*.md"))
	files := append(dev, rust...)
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	var ins []benchInput
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, benchInput{f, data})
		total += len(data)
	}
	return ins, total
}

// BenchmarkExtract measures parse + extract + resolve (no store) over the
// dev corpus and the rust-blog posts; it reports MB/s of post bytes and posts/s.
func BenchmarkExtract(b *testing.B) {
	ins, total := benchCorpus(b)
	r := testResolver(b)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range ins {
			d, err := parseFile(x.name, x.data)
			if err != nil || d == nil {
				continue
			}
			if _, err := r.Post(d, "h"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(ins)*b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkExtractParallel measures parse + extract + resolve with one
// shared Resolver and 1 or 2 workers taking posts from a queue, as the
// pipeline does. Each op is the whole corpus.
func BenchmarkExtractParallel(b *testing.B) {
	ins, total := benchCorpus(b)
	r := testResolver(b)
	for _, workers := range []int{1, 2} {
		b.Run(map[int]string{1: "workers=1", 2: "workers=2"}[workers], func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				next := make(chan benchInput)
				var wg sync.WaitGroup
				for w := 0; w < workers; w++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for x := range next {
							d, err := parseFile(x.name, x.data)
							if err != nil || d == nil {
								continue
							}
							if _, err := r.Post(d, "h"); err != nil {
								b.Error(err)
							}
						}
					}()
				}
				for _, x := range ins {
					next <- x
				}
				close(next)
				wg.Wait()
			}
			b.ReportMetric(float64(len(ins)*b.N)/b.Elapsed().Seconds(), "posts/s")
		})
	}
}

// BenchmarkResolveOnly measures extract + resolve on documents parsed
// beforehand (the part this package and package extract own).
func BenchmarkResolveOnly(b *testing.B) {
	ins, _ := benchCorpus(b)
	r := testResolver(b)
	var docs []*doc.Document
	total := 0
	for _, x := range ins {
		d, err := parseFile(x.name, x.data)
		if err != nil || d == nil {
			continue
		}
		docs = append(docs, d)
		total += len(x.data)
	}
	if len(docs) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := r.Post(d, "h"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkParseOnly measures the parsing that BenchmarkExtract includes
// (format detection, the format reader, metadata), without extraction.
func BenchmarkParseOnly(b *testing.B) {
	ins, total := benchCorpus(b)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range ins {
			if _, err := parseFile(x.name, x.data); err != nil {
				continue
			}
		}
	}
}
