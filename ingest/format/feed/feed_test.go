package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/internal/parsertest"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden parses every testdata/*.input with ParseAll and compares the
// list of documents, as indented JSON, with testdata/*.golden.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*.input")
	if len(inputs) == 0 {
		t.Fatal("no inputs")
	}
	fx := textfix.New()
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := ParseAll(in, data, fx)
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range docs {
				if err := d.Check(); err != nil {
					t.Errorf("doc %d: %v", i, err)
				}
				if !strings.HasPrefix(d.Source, in+"#") || !strings.HasPrefix(d.Format, "feed-") {
					t.Errorf("doc %d: Source %q Format %q", i, d.Source, d.Format)
				}
			}
			got, _ := json.MarshalIndent(docs, "", "  ")
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", in, got)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, data string
		noPosts    bool
	}{
		{"empty.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`, true},
		{"svg.xml", `<svg/>`, true},
		{"drafts.xml", `<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><wp:post_type>post</wp:post_type><wp:status>draft</wp:status></item></channel></rss>`, true},
		{"junk.xml", `not xml at all`, false},
	}
	for _, tt := range tests {
		_, err := ParseAll(tt.name, []byte(tt.data), nil)
		if err == nil || !strings.Contains(err.Error(), tt.name) || errors.Is(err, ErrNoPosts) != tt.noPosts {
			t.Errorf("%s: err = %v", tt.name, err)
		}
	}
}

// TestUndeclaredPrefixes reads a sloppy feed whose dc: and content:
// prefixes are not declared.
func TestUndeclaredPrefixes(t *testing.T) {
	data := `<rss><channel><item><title>T</title><dc:creator>Jo Bloggs</dc:creator><content:encoded>&lt;p&gt;Body &amp;mdash; text&lt;/p&gt;</content:encoded><pubDate>4 Feb 2019</pubDate></item></channel></rss>`
	d, err := Parse("x.xml", []byte(data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Authors) != 1 || d.Authors[0] != "Jo Bloggs" || d.Text != "Body — text" || d.Date != "2019-02-04" || d.Source != "x.xml#1" {
		t.Errorf("%+v", d)
	}
}

func FuzzParse(f *testing.F) {
	parsertest.Fuzz(f, "testdata/*.input", Parse)
}
