package pcheck

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/markdown"
	"github.com/talkgraph/talkgraph/ingest/parse"
	"github.com/talkgraph/talkgraph/ingest/source"
	"github.com/talkgraph/talkgraph/ingest/detect"
)

func TestRust(t *testing.T) {
	p := parse.New()
	paths, _ := filepath.Glob("/work/shared/data/corpus/rust-blog/*.md")
	n := 0
	for _, path := range paths {
		data, _ := os.ReadFile(path)
		if r := detect.Detect(path, data); r.Format != "markdown" {
			fmt.Println("DETECT", path, r)
		}
		got, err := p.Parse(context.Background(), source.Input{Name: path, Data: data})
		if err != nil {
			fmt.Println(path, err)
			continue
		}
		d0, _ := markdown.Parse(path, data, nil)
		d := got.Doc
		if !reflect.DeepEqual(d.Authors, d0.Authors) || d.Date != d0.Date {
			n++
			fmt.Printf("%s: %q %s -> %q %s\n", filepath.Base(path), d0.Authors, d0.Date, d.Authors, d.Date)
		}
	}
	fmt.Println("changed", n, "of", len(paths))
}
