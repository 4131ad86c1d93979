// Command genshapes writes the rx package's shapes_gen.go: the shape of
// every pattern the extractor makes (its filter's literals, its anchors,
// its prefix run), so that rx compiles the extractor's rules without
// parsing each pattern once more than the standard library does. It makes
// the rules by building a resolver (with the shipped gazetteer and
// schedules, as an ingest does) and running it over the example posts, so
// that the rules made on first use are made too. A pattern missing from
// the file still works: it is parsed on first use.
//
//	go generate ./ingest/internal/rx
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/internal/rx"
	"github.com/talkgraph/talkgraph/ingest/parse"
	"github.com/talkgraph/talkgraph/ingest/resolve"
	"github.com/talkgraph/talkgraph/ingest/schedule"
	"github.com/talkgraph/talkgraph/ingest/source"
)

func main() {
	out := flag.String("o", "shapes_gen.go", "file to write")
	examples := flag.String("examples", "examples/posts", "directory of example posts run through the extractor")
	flag.Parse()
	src, err := generate(*examples)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genshapes:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genshapes:", err)
		os.Exit(1)
	}
}

// generate makes the extractor's patterns and returns rx.ShapesSource.
func generate(examples string) ([]byte, error) {
	gz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	known, err := schedule.Known()
	if err != nil {
		return nil, err
	}
	ix := schedule.NewIndex()
	ix.Merge(known)
	res := resolve.New(resolve.Config{Minter: vocab.Minter{Base: vocab.DefaultBase}, Gazetteer: gz, Schedules: ix})
	p := parse.New()
	n := 0
	err = source.Walk(context.Background(), []string{examples}, source.Options{}, func(in source.Input) error {
		if in.Err != nil {
			return in.Err
		}
		parsed, err := p.Parse(context.Background(), in)
		if err != nil || parsed.Doc == nil {
			return nil // not a post
		}
		docs := parsed.Docs
		if len(docs) == 0 {
			docs = append(docs, parsed.Doc)
		}
		for _, d := range docs {
			if _, err := res.Post(d, "genshapes"); err != nil {
				return fmt.Errorf("%s: %w", in.Name, err)
			}
			n++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fmt.Errorf("no post in %s", examples)
	}
	return rx.ShapesSource()
}
