package markdown

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/ingest/internal/parsertest"

	"github.com/talkgraph/talkgraph/ingest/textfix"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

const (
	devCorpus  = "../../../../shared/corpus/dev"
	rustCorpus = "../../../../shared/data/corpus/rust-blog"
)

// sharedDir finds a folder of /work/shared relative to the module or at its
// absolute path.
func sharedDir(rel string) string {
	if _, err := os.Stat(rel); err == nil {
		return rel
	}
	return filepath.Join("/work/shared", strings.TrimPrefix(rel, "../../../../shared/"))
}

func TestGolden(t *testing.T) {
	parsertest.Golden(t, "testdata/*.md", Parse, "", *update)
}

func TestDevCorpus(t *testing.T) {
	dir := sharedDir(devCorpus)
	fx := textfix.New()
	tests := []struct {
		file    string
		title   string
		date    string
		authors []string
		tags    []string
	}{
		{"000_2e5dd42e0fd52141.txt", "FOSDEM 2019 — Why you should come next year!", "", nil, nil},
		{"004_8c60d6a1d2d70320.txt", "FOSDEM 2025 Highlights", "2025-02-15", []string{"Flavio Hafner"},
			[]string{"conference", "open-source-software", "differential-privacy", "python"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Skipf("dev corpus not available: %v", err)
			}
			d, err := Parse(tt.file, data, fx)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Date != tt.date || !slices.Equal(d.Authors, tt.authors) || !slices.Equal(d.Tags, tt.tags) {
				t.Errorf("got title %q date %q authors %q tags %q", d.Title, d.Date, d.Authors, d.Tags)
			}
			if strings.Contains(d.Text, "‚Ä") || strings.Contains(d.Text, "â€") {
				t.Errorf("mojibake left in text")
			}
		})
	}
}

func TestRustBlog(t *testing.T) {
	dir := sharedDir(rustCorpus)
	var files []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("rust-blog corpus not available")
	}
	fx := textfix.New()
	noDate := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(p, data, fx)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if err := d.Check(); err != nil {
			t.Errorf("%s: %v", p, err)
		}
		if d.Title == "" {
			t.Errorf("%s: no title", p)
		}
		if d.Date == "" {
			noDate++
		}
	}
	t.Logf("%d posts, %d without date", len(files), noDate)
	if noDate > len(files)/10 {
		t.Errorf("%d of %d posts without a date", noDate, len(files))
	}
}

func TestErrors(t *testing.T) {
	bomb := "---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n"
	for i := 'b'; i <= 'i'; i++ {
		bomb += string(i) + ": &" + string(i) + " [*" + string(i-1) + ",*" + string(i-1) + ",*" + string(i-1) + ",*" + string(i-1) + ",*" + string(i-1) + ",*" + string(i-1) + ",*" + string(i-1) + ",*" + string(i-1) + ",*" + string(i-1) + "]\n"
	}
	bomb += "---\nbody\n"
	var many strings.Builder
	many.WriteString("---\nbase: &b x\n")
	for i := 0; i < 150; i++ {
		many.WriteString("k")
		many.WriteString(strings.Repeat("x", i+1))
		many.WriteString(": *b\n")
	}
	many.WriteString("---\n")
	huge := "---\ntitle: x\nblob: \"" + strings.Repeat("a", MaxFrontMatter+10) + "\"\n---\nbody"

	tests := []struct {
		name, in, want string
	}{
		{"broken yaml", "---\ntitle: [unclosed\ndate: 2019-01-01\n---\nbody", "x.md: parse front matter: yaml: line"},
		{"yaml tab indentation", "---\ntitle: a\n\tdate: b\n---\n", "x.md: parse front matter"},
		{"yaml not a mapping", "---\n- a\n- b\n---\n", "not a mapping"},
		{"broken toml", "+++\ntitle = \"x\"\ndate = 2019-99-99\n+++\nbody", "x.md: parse front matter: toml: line 3"},
		{"broken json", "{\n\"title\": \"x\",\n\"date\": }\n\nbody", "x.md: parse front matter: line 3"},
		{"unterminated yaml", "---\ntitle: x\n\nbody text", "not terminated"},
		{"alias bomb", bomb, "x.md: parse front matter"},
		{"many aliases", many.String(), "too many YAML anchors"},
		{"huge front matter", huge, "larger than 1 MB"},
	}
	fx := textfix.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			d, err := Parse("x.md", []byte(tt.in), fx)
			if err == nil {
				t.Fatalf("no error; got %+v", d)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if el := time.Since(start); el > 2*time.Second {
				t.Errorf("took %v", el)
			}
		})
	}
	// sentinel errors are reachable
	_, err := Parse("x.md", []byte(huge), fx)
	if !errors.Is(err, ErrTooLarge) && !strings.Contains(err.Error(), ErrTooLarge.Error()) {
		t.Errorf("huge: %v", err)
	}
}

func TestNotFrontMatter(t *testing.T) {
	tests := []struct{ name, in, title, text string }{
		{"thematic break first", "---\n\nSome text.\n", "", "Some text."},
		{"prose with colon", "Note: this is just a sentence.\n\nMore.", "", "Note: this is just a sentence.\n\nMore."},
		{"shortcode first", "{{< toc >}}\n\n# Title here\n\nText.", "Title here", "Title here\n\nText."},
		{"empty", "", "", ""},
		{"empty yaml", "---\n---\n# T\n", "T", "T"},
		{"crlf", "---\r\ntitle: CR\r\n---\r\nline one\r\nline two\r\n", "CR", "line one line two"},
	}
	fx := textfix.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("-", []byte(tt.in), fx)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Text != tt.text {
				t.Errorf("got title %q text %q", d.Title, d.Text)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	dir := sharedDir(rustCorpus)
	var corpus [][]byte
	total := 0
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".md") {
			data, _ := os.ReadFile(p)
			corpus = append(corpus, data)
			total += len(data)
		}
		return nil
	})
	if len(corpus) == 0 {
		b.Skip("rust-blog corpus not available")
	}
	fx := textfix.New()
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, data := range corpus {
			if _, err := Parse("x.md", data, fx); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("---\na: &a [1]\nb: *a\n---\n"))
	f.Add([]byte("{\"title\": 1}\n<a href='x'>y"))
	parsertest.Fuzz(f, "testdata/*.md", Parse)
}
