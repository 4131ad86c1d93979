// Package parsertest is the shared harness of the post parsers' tests: golden
// files (testdata/NAME.input parsed and compared, as indented JSON, with
// testdata/NAME.golden; -update rewrites them) and fuzz targets seeded from
// the same inputs. Every parser runs the same checks: no error on its own
// testdata, doc.Document.Check passes, Source and Format are set.
package parsertest

import (
	"bytes"
	"encoding/json"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// ParseFunc is the signature every post parser has.
type ParseFunc func(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error)

// sourceOf is the source name a golden input is parsed under: the content of
// testdata/NAME.source when present (a URL), else the input's path.
func sourceOf(input string) string {
	b, err := os.ReadFile(strings.TrimSuffix(input, filepath.Ext(input)) + ".source")
	if err != nil {
		return input
	}
	return strings.TrimSpace(string(b))
}

// Golden parses every file matching glob and compares it with its golden
// file. format, if not "", is the Format every document must have.
func Golden(t *testing.T, glob string, parse ParseFunc, format string, update bool) {
	t.Helper()
	fx := textfix.New()
	inputs, err := filepath.Glob(glob)
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no %s: %v", glob, err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			d, err := parse(sourceOf(in), data, fx)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if err := d.Check(); err != nil {
				t.Fatalf("Check: %v", err)
			}
			if (format != "" && d.Format != format) || d.Source == "" {
				t.Errorf("Format %q Source %q", d.Format, d.Source)
			}
			got, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden"
			if update {
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

// Fuzz seeds f with the files matching glob and checks that parse never
// panics and that what it returns passes doc.Document.Check.
func Fuzz(f *testing.F, glob string, parse ParseFunc) {
	inputs, _ := filepath.Glob(glob)
	for _, in := range inputs {
		if data, err := os.ReadFile(in); err == nil {
			f.Add(data)
		}
	}
	fx := textfix.New()
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		d, err := parse("fuzz.input", data, fx)
		if err != nil {
			return
		}
		if err := d.Check(); err != nil {
			t.Fatalf("Check: %v", err)
		}
	})
}
