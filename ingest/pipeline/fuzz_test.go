package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/badinput"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/resolve"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
)

// FuzzAliases: any aliases file is parsed or refused within its budget,
// and a resolver built from what parses works.
func FuzzAliases(f *testing.F) {
	f.Add([]byte("merge:\n  - name: Ada Lindqvist\n    same: [adal, \"@ada_l\"]\nhandles:\n  benok: Ben Okafor\nsplit:\n  - post: a.md\n    name: Daniel\n    as: Daniel Example\n"))
	f.Add([]byte("merge: [{name: x, same: [&a y, *a]}]"))
	f.Add(badinput.YAMLNested(200)[4:])
	gz, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		al, err := resolve.ParseAliases(data)
		if err != nil {
			return
		}
		r := resolve.New(resolve.Config{Minter: vocab.Minter{}, Gazetteer: gz, Aliases: al})
		d := &doc.Document{Source: "a.md", Title: "Notes", Text: "Daniel and adal met benok at FOSDEM 2020."}
		if _, err := r.Post(d, "h"); err != nil && !strings.Contains(err.Error(), "a.md") {
			t.Fatalf("resolve: %v", err)
		}
	})
}

// FuzzResolver: the resolver turns any document (title, text, a link) into
// a doc whose quads all carry the post's label, within its budget.
func FuzzResolver(f *testing.F) {
	f.Add("FOSDEM 2020 notes", "At FOSDEM 2020 Ann Example gave the talk \"Graphs\" in the Python devroom.", "the talk", "https://fosdem.org/2020/schedule/event/graphs/")
	f.Add("", "", "", "")
	gz, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	r := resolve.New(resolve.Config{Minter: vocab.Minter{}, Gazetteer: gz})
	f.Fuzz(func(t *testing.T, title, text, anchor, url string) {
		defer fuzzbudget.Start(t, len(title)+len(text)+len(anchor)+len(url))()
		d := &doc.Document{Source: "fuzz.md", Title: title, Text: text + " " + anchor}
		d.Links = []doc.Link{{Anchor: anchor, URL: url, Start: len(text) + 1, End: len(text) + 1 + len(anchor)}}
		if d.Check() != nil {
			return
		}
		sd, err := r.Post(d, "h")
		if err != nil {
			return
		}
		for _, q := range sd.Quads {
			if q.Label != quad.Value(sd.Label) {
				t.Fatalf("quad %v not labelled %v", q, sd.Label)
			}
		}
	})
}

// FuzzPipeline: post bytes to quads, the whole ingest, within its budget:
// the input is stored or fails alone, and a good post beside it is stored.
func FuzzPipeline(f *testing.F) {
	for _, seed := range [][]byte{
		badinput.Normal(2000), badinput.NormalHTML(2000), badinput.ControlChars(),
		badinput.ListMarkers(100), badinput.NestedHTML(300), badinput.TOMLNested(40),
		[]byte("Title\n=====\n\n:date: 2031-02-04\n\nNotes from TestConf 2031.\n"),
		[]byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>t</title><description>x</description></item></channel></rss>"),
	} {
		f.Add(seed)
	}
	gz, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	good := filepath.Join(dir, "good.md")
	if err := os.WriteFile(good, []byte("---\ntitle: Good\ndate: 2031-02-03\n---\nNotes.\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	in := filepath.Join(dir, "fuzz.md")
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := store.Open(context.Background(), store.Config{Backend: store.Memory})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		rep, err := Run(context.Background(), Config{Store: st, Minter: vocab.Minter{}, Gazetteer: gz, Workers: 1}, []string{in, good})
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		for _, fl := range rep.Failures {
			if fl.Input != in {
				t.Fatalf("the good post failed: %v", fl)
			}
		}
		if _, ok := st.FindDoc(good); !ok {
			t.Fatal("the good post is not stored")
		}
	})
}
