package gemtext

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/textfix"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// sourceOf is the source name a golden input is parsed under: the content of
// testdata/NAME.source when present (a URL), else the input's path.
func sourceOf(t testing.TB, input string) string {
	b, err := os.ReadFile(strings.TrimSuffix(input, ".input") + ".source")
	if err != nil {
		return input
	}
	return strings.TrimSpace(string(b))
}

func TestGolden(t *testing.T) {
	fx := textfix.New()
	inputs, err := filepath.Glob("testdata/*.input")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata/*.input: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(sourceOf(t, in), data, fx)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if err := d.Check(); err != nil {
				t.Fatalf("Check: %v", err)
			}
			if d.Format != Format || d.Source == "" {
				t.Errorf("Format %q Source %q", d.Format, d.Source)
			}
			got, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
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

func FuzzParse(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/*.input")
	for _, in := range inputs {
		if data, err := os.ReadFile(in); err == nil {
			f.Add(data)
		}
	}
	fx := textfix.New()
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.input", data, fx)
		if err != nil {
			return
		}
		if err := d.Check(); err != nil {
			t.Fatalf("Check: %v", err)
		}
	})
}
