package jsonpost

import (
	"errors"
	"flag"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/internal/parsertest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func TestGolden(t *testing.T) {
	parsertest.Golden(t, "testdata/*.input", Parse, Format, *update)
}

func FuzzParse(f *testing.F) {
	parsertest.Fuzz(f, "testdata/*.input", Parse)
}

func TestParseAll(t *testing.T) {
	tests := []struct {
		name, data string
		sources    []string
		err        error
	}{
		{"one.json", `{"title": "T", "html": "<p>x</p>"}`, []string{"one.json"}, nil},
		{"list.json", `[{"title": "A", "body": "a"}, {"title": "no body"}, {"title": "B", "markdown": "b"}]`, []string{"list.json#1", "list.json#2"}, nil},
		{"wrap.json", `{"posts": [{"title": "A", "content": "<p>a</p>"}]}`, []string{"wrap.json#1"}, nil},
		{"ghost.json", `{"db": [{"data": {"posts": [{"title": "A", "html": "a"}, {"title": "B", "html": "b"}]}}]}`, []string{"ghost.json#1", "ghost.json#2"}, nil},
		{"pkg.json", `{"name": "x", "version": "1.0.0", "scripts": {}}`, nil, ErrNoPosts},
		{"nums.json", `[1, 2]`, nil, ErrNoPosts},
		{"bad.json", `{"title": `, nil, nil},
	}
	for _, tt := range tests {
		docs, err := ParseAll(tt.name, []byte(tt.data), nil)
		if tt.sources == nil {
			if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) || !strings.Contains(err.Error(), tt.name) {
				t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []string
		for _, d := range docs {
			got = append(got, d.Source)
			if err := d.Check(); err != nil {
				t.Errorf("%s: %v", d.Source, err)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.sources, " ") {
			t.Errorf("%s: sources %v, want %v", tt.name, got, tt.sources)
		}
	}
}

func TestWordPressREST(t *testing.T) {
	d, err := Parse("wp.json", []byte(`{"title": {"rendered": "A &amp; B"}, "content": {"rendered": "<p>x</p>"}, "author": 2, "tags": [12, "rust"]}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "A & B" || len(d.Authors) != 0 || len(d.Tags) != 1 || d.Tags[0] != "rust" || d.Text != "x" {
		t.Errorf("%+v", d)
	}
}
