package pcheck

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/parse"
	"github.com/talkgraph/talkgraph/ingest/source"
)

func TestDump(t *testing.T) {
	p := parse.New()
	paths, _ := filepath.Glob(os.Getenv("GLOB"))
	for _, path := range paths {
		data, _ := os.ReadFile(path)
		got, err := p.Parse(context.Background(), source.Input{Name: path, Data: data, Explicit: true})
		if err != nil {
			fmt.Println(path, "ERR", err)
			continue
		}
		for _, d := range got.Docs {
			fmt.Printf("%s | %s | %q | %s | %q | %q | %s\n", d.Source, got.Format, d.Title, d.Date, d.Authors, d.Tags, d.URL)
		}
	}
}
