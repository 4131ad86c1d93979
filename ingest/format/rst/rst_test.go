package rst

import (
	"flag"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
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

// sharedDir finds a folder of the shared material, next to the module or
// at /work/shared.
func sharedDir(rel string) string {
	if p := filepath.Join("../../../../shared", rel); dirExists(p) {
		return p
	}
	return filepath.Join("/work/shared", rel)
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func TestGolden(t *testing.T) {
	parsertest.Golden(t, "testdata/*.rst", Parse, "", *update)
}

func TestDevCorpus(t *testing.T) {
	const file = "001_d91269bcf088a0fe.txt"
	data, err := os.ReadFile(filepath.Join(sharedDir("corpus/dev"), file))
	if err != nil {
		t.Skipf("dev corpus not available: %v", err)
	}
	d, err := Parse(file, data, textfix.New())
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Fosdem 2017 review" || d.Date != "2017-02-09" || !slices.Equal(d.Authors, []string{"eloycoto"}) ||
		!slices.Equal(d.Tags, []string{"fosdem", "kamailio", "conferences"}) || d.Language != "en-GB" {
		t.Errorf("got title %q date %q authors %q tags %q lang %q", d.Title, d.Date, d.Authors, d.Tags, d.Language)
	}
	for _, k := range []string{"voip", "cgrates", "kamailio"} { // from :keywords: and :metatags:
		if !slices.Contains(d.Keywords, k) {
			t.Errorf("keyword %q missing from %q", k, d.Keywords)
		}
	}
	if len(d.Links) < 30 {
		t.Errorf("only %d links", len(d.Links))
	}
	if strings.Contains(d.Text, "`_") || strings.Contains(d.Text, ":date:") {
		t.Errorf("markup left in text")
	}
}

func TestInline(t *testing.T) {
	tests := []struct {
		name, in, text string
		links          []string // anchor=url
	}{
		{"embedded", "see `FOSDEM <https://fosdem.org/>`_ now", "see FOSDEM now", []string{"FOSDEM=https://fosdem.org/"}},
		{"anonymous embedded", "`x <https://x.org>`__.", "x.", []string{"x=https://x.org"}},
		{"unknown reference", "`nowhere`_ and word_", "nowhere and word_", nil},
		{"strong emphasis literal", "**a** *b* ``c``", "a b c", nil},
		{"not emphasis", "2 * 3 * 4 and a*b*c", "2 * 3 * 4 and a*b*c", nil},
		{"role", ":code:`x = 1` and :ref:`Title <label>`", "x = 1 and Title", nil},
		{"footnote refs", "claim [1]_ and [#note]_ end", "claim and end", nil},
		{"unclosed backtick", "a `b c", "a `b c", nil},
		{"escape", "\\*x\\* \\`y\\`", "*x* `y`", nil},
		{"bare url", "go to https://example.org/a).", "go to https://example.org/a).", []string{"https://example.org/a=https://example.org/a"}},
		{"entities and mojibake", "caf\u00c3\u00a9 &amp; co", "café & co", nil},
	}
	fx := textfix.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("-", []byte(tt.in+"\n"), fx)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.text {
				t.Errorf("text %q, want %q", d.Text, tt.text)
			}
			var links []string
			for _, l := range d.Links {
				links = append(links, l.Anchor+"="+l.URL)
			}
			if !slices.Equal(links, tt.links) {
				t.Errorf("links %q, want %q", links, tt.links)
			}
		})
	}
}

func TestBlocks(t *testing.T) {
	tests := []struct{ name, in, title, text string }{
		{"underline title", "Title\n=====\n\nBody.\n", "Title", "Title\n\nBody."},
		{"overline title", "=======\n Title\n=======\n\nBody.\n", "Title", "Title\n\nBody."},
		{"transition not title", "Para.\n\n------\n\nMore.\n", "", "Para.\n\nMore."},
		{"bullets", "- a\n- b\n\n  - nested\n", "", "a\nb\n\nnested"},
		{"code dropped", ".. code-block:: go\n\n   x := 1\n\nAfter.\n", "", "After."},
		{"expanded literal", "Example: ::\n\n  code\n\nAfter.\n", "", "Example:\n\nAfter."},
		{"comment dropped", ".. a comment\n   more\n\nText.\n", "", "Text."},
		{"nikola after body is comment", "Text.\n\n.. title: late\n", "", "Text."},
		{"unknown directive dropped", ".. youtube:: abc\n   :width: 3\n\nText.\n", "", "Text."},
		{"empty", "", "", ""},
		{"only adornments", "====\n====\n====\n", "", ""},
		{"crlf and tabs", "T\r\n=\r\n\r\n\tquoted\r\n", "T", "T\n\nquoted"},
	}
	fx := textfix.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("-", []byte(tt.in), fx)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Text != tt.text {
				t.Errorf("got title %q text %q, want %q %q", d.Title, d.Text, tt.title, tt.text)
			}
		})
	}
}

// TestRustBlog runs the parser over real Markdown posts: not its format,
// but a large body of varied text that it must survive.
func TestRustBlog(t *testing.T) {
	dir := sharedDir("data/corpus/rust-blog")
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
	}
}

func TestHostile(t *testing.T) {
	tests := []string{
		strings.Repeat("`", 100000),
		strings.Repeat("*a ", 50000),
		strings.Repeat("  ", 5000) + "x",
		strings.Repeat("- ", 20000),
		strings.Repeat(" - a\n", 2000),
		strings.Repeat(".. note:: x\n", 3000),
		func() string { // deep nesting
			var sb strings.Builder
			for i := 0; i < 300; i++ {
				sb.WriteString(strings.Repeat(" ", i) + "- item\n\n")
			}
			return sb.String()
		}(),
		strings.Repeat("word_ ", 20000) + "\n\n.. _word: https://x.org\n",
		strings.Repeat("`a`__ ", 20000),
	}
	fx := textfix.New()
	for i, in := range tests {
		start := time.Now()
		d, err := Parse("-", []byte(in), fx)
		if err != nil {
			t.Errorf("%d: %v", i, err)
			continue
		}
		if err := d.Check(); err != nil {
			t.Errorf("%d: %v", i, err)
		}
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("%d: took %v", i, el)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	var corpus [][]byte
	total := 0
	for _, dir := range []string{"testdata", sharedDir("corpus/dev")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.rst"))
		if dir != "testdata" {
			files, _ = filepath.Glob(filepath.Join(dir, "001_*.txt"))
		}
		for _, f := range files {
			data, _ := os.ReadFile(f)
			corpus = append(corpus, data)
			total += len(data)
		}
	}
	fx := textfix.New()
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, data := range corpus {
			if _, err := Parse("x.rst", data, fx); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/*.rst")
	for _, in := range inputs {
		data, _ := os.ReadFile(in)
		f.Add(data)
	}
	f.Add([]byte("T\n=\n\n:a: b\n\n.. _x: y\n\nx_ `x`_ `y <z>`__ [1]_ |s|_\n"))
	fx := textfix.New()
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		d, err := Parse("fuzz.rst", data, fx)
		if err != nil {
			t.Fatal(err) // rst has no syntax errors: every error is a bug
		}
		if err := d.Check(); err != nil {
			t.Fatal(err)
		}
	})
}
