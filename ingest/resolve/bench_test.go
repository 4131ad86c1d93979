package resolve

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// BenchmarkExtract measures parse + extract + resolve (no store) over the
// dev corpus and the rust-blog posts; it reports MB/s of post bytes and posts/s.
func BenchmarkExtract(b *testing.B) {
	dev, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	rust, _ := filepath.Glob(filepath.Join(rustBlog, "*.md"))
	files := append(dev, rust...)
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	type in struct {
		name string
		data []byte
	}
	var ins []in
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, in{f, data})
		total += len(data)
	}
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

// BenchmarkResolveOnly measures extract + resolve on documents parsed
// beforehand (the part this package and package extract own).
func BenchmarkResolveOnly(b *testing.B) {
	dev, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	rust, _ := filepath.Glob(filepath.Join(rustBlog, "*.md"))
	r := testResolver(b)
	var docs []*doc.Document
	total := 0
	for _, f := range append(dev, rust...) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d, err := parseFile(f, data)
		if err != nil || d == nil {
			continue
		}
		docs = append(docs, d)
		total += len(data)
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
