package markdown

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// TestParseKeepsNoView checks that no Document (and no error) shares bytes
// with the data Parse read through a view (normalise): the input is
// overwritten after Parse, and the Document must equal the one parsed from
// an untouched copy. Inputs: the testdata posts (every kind of front
// matter), the Rust blog and the dev corpus, and broken front matter.
func TestParseKeepsNoView(t *testing.T) {
	fx := textfix.New()
	files, _ := filepath.Glob("testdata/*.md")
	rust, _ := filepath.Glob(filepath.Join(sharedDir(rustCorpus), "*.md"))
	dev, _ := filepath.Glob(filepath.Join(sharedDir(devCorpus), "*.txt"))
	files = append(append(files, rust...), dev...)
	type input struct {
		name string
		data []byte
	}
	var ins []input
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, input{f, data})
	}
	ins = append(ins,
		input{"broken-yaml.md", []byte("---\ntitle: [unclosed\n---\nbody\n")},
		input{"broken-toml.md", []byte("+++\ntitle = \"x\nnext = [1,\n+++\nbody\n")},
		input{"broken-json.md", []byte("{\"title\": \"x\",\n\"tags\": [1,}\n\nbody\n")},
		input{"nested.md", []byte("---\ntitle: Quux\nauthor:\n  name: Jane Quux\n  links: [a, b]\ntags: [x, y]\n1: one\n---\nbody\n")})
	if len(ins) < 20 {
		t.Fatalf("only %d inputs", len(ins))
	}
	views := 0
	for _, in := range ins {
		if _, view := normalise(in.data); view {
			views++
		}
		want, werr := Parse(in.name, bytes.Clone(in.data), fx)
		buf := bytes.Clone(in.data)
		got, gerr := Parse(in.name, buf, fx)
		for i := range buf {
			buf[i] = '#'
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Document changed with its input", in.name)
		}
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Errorf("%s: error changed with its input: %v, want %v", in.name, gerr, werr)
		}
	}
	if views == 0 {
		t.Error("no input read through a view")
	}
}
