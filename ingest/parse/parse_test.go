package parse

import (
	"context"
	"errors"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/detect"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// TestFormatsExamples checks the format table: every format has its fields,
// and every example is detected as its own format and parses.
func TestFormatsExamples(t *testing.T) {
	p := New()
	seen := map[string]bool{}
	for _, f := range Formats() {
		if f.Name == "" || f.Description == "" || f.Detection == "" || f.Example == "" {
			t.Errorf("incomplete entry %+v", f)
		}
		if seen[f.Name] {
			t.Errorf("duplicate format %s", f.Name)
		}
		seen[f.Name] = true
		if r := detect.Detect("example", []byte(f.Example)); r.Format != f.Name {
			t.Errorf("%s example detected as %s (%s)", f.Name, r.Format, r.Reason)
			continue
		}
		got, err := p.Parse(context.Background(), source.Input{Name: "example", Data: []byte(f.Example), Explicit: true})
		if err != nil {
			t.Errorf("%s example: %v", f.Name, err)
			continue
		}
		if got.Kind != f.Kind || got.Format != f.Name {
			t.Errorf("%s example: kind %v format %s", f.Name, got.Kind, got.Format)
		}
		if _, ok := p.posts[f.Name]; !ok && f.Kind == Post {
			t.Errorf("%s: no post parser registered", f.Name)
		}
	}
	for name := range p.posts {
		if !seen[name] {
			t.Errorf("parser %s missing from Formats()", name)
		}
	}
	for name := range p.schedules {
		if !seen[name] {
			t.Errorf("parser %s missing from Formats()", name)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, data string
		kind       Kind
		format     string
		err        error // nil: success
	}{
		{"post.md", "---\ntitle: Hello\n---\n\nSee [FOSDEM](https://fosdem.org/).\n", Post, detect.Markdown, nil},
		{"2019-02-05-post.html", "<html><body><article><h1>Recap</h1><p>x</p></article></body></html>", Post, detect.HTML, nil},
		{"post.gmi", "# Gem\n=> https://fosdem.org/ FOSDEM\n", Post, detect.Gemtext, nil},
		{"post.txt", "2015-02-04\nFOSDEM 2015\n\nBody (https://fosdem.org/).\n", Post, detect.PlainText, nil},
		{"post.rst", "Review\n######\n\n:date: 2017-02-09\n\nText `FOSDEM <https://fosdem.org/2017/>`_.\n", Post, detect.RST, nil},
		{"s.json", `{"schedule":{"conference":{"title":"X 2020","acronym":"x2020","days":[]}}}`, Schedule, detect.FrabJSON, nil},
		{"x.bin", "a\x00b", Post, "", ErrNotSupported},
		{"x.md", "", Post, "", ErrNotSupported},
		{"LICENSE", "Permission is hereby granted", Post, "", ErrNotSupported},
		{"x.md", "caf\xe9", Post, "", ErrNotUTF8},
	}
	p := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Parse(context.Background(), source.Input{Name: tt.name, Data: []byte(tt.data)})
			if tt.err != nil {
				if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.name) {
					t.Fatalf("err = %v, want %v naming %s", err, tt.err, tt.name)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Kind != tt.kind || got.Format != tt.format {
				t.Fatalf("kind %v format %s", got.Kind, got.Format)
			}
			switch got.Kind {
			case Post:
				if got.Doc == nil || got.Schedule != nil {
					t.Fatal("post without Doc")
				}
				if got.Doc.Source != tt.name || got.Doc.Format == "" {
					t.Errorf("Source %q Format %q", got.Doc.Source, got.Doc.Format)
				}
				if err := got.Doc.Check(); err != nil {
					t.Error(err)
				}
			case Schedule:
				if got.Schedule == nil || got.Doc != nil {
					t.Fatal("schedule without Schedule")
				}
			}
		})
	}
}

func TestParseFallbacks(t *testing.T) {
	got, err := New().Parse(context.Background(), source.Input{Name: "blog/2019-02-05-x.html", Data: []byte("<html><body><article><h2>First heading</h2><p>x</p></article></body></html>")})
	if err != nil {
		t.Fatal(err)
	}
	if got.Doc.Title != "First heading" || got.Doc.Date != "2019-02-05" {
		t.Errorf("title %q date %q", got.Doc.Title, got.Doc.Date)
	}
}

func TestParseInputError(t *testing.T) {
	readErr := errors.New("x.md: permission denied")
	if _, err := New().Parse(context.Background(), source.Input{Name: "x.md", Err: readErr}); !errors.Is(err, readErr) {
		t.Errorf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New().Parse(ctx, source.Input{Name: "x.md", Data: []byte("# x")}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestGuard(t *testing.T) {
	err := guard("bad.md", func() error { panic("boom") })
	if err == nil || !strings.Contains(err.Error(), "bad.md") || !strings.Contains(err.Error(), "boom") {
		t.Errorf("err = %v", err)
	}
	if err := guard("ok.md", func() error { return nil }); err != nil {
		t.Errorf("err = %v", err)
	}
}

// TestSharedData parses the shared corpus and schedules when present.
func TestSharedData(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(root); err != nil {
		t.Skip("shared/ not present")
	}
	p := New()
	for _, glob := range []string{"corpus/dev/*.txt", "data/schedules/fosdem-2019.xml", "data/schedules/formats/*examples*.json"} {
		paths, _ := filepath.Glob(filepath.Join(root, glob))
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.Parse(context.Background(), source.Input{Name: path, Data: data, Explicit: true})
			if err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			if got.Kind == Post && (got.Doc.Title == "" || got.Doc.Text == "") {
				t.Errorf("%s: no title or text", path)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, fi := range Formats() {
		f.Add("example", []byte(fi.Example))
	}
	p := New()
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		defer fuzzbudget.Start(t, len(name)+len(data))()
		got, err := p.Parse(context.Background(), source.Input{Name: name, Data: data})
		if err != nil {
			if strings.Contains(err.Error(), "parser panic") || strings.Contains(err.Error(), "broken document") {
				t.Fatal(err)
			}
			return
		}
		if got.Kind == Post {
			if err := got.Doc.Check(); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestParseMulti checks inputs holding several posts: Docs holds them all,
// Doc is the first, Sources are numbered and URLs are the items' links.
func TestParseMulti(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>
<item><title>One</title><link>https://b.example/1</link><pubDate>Mon, 04 Feb 2019 10:00:00 +0000</pubDate><description>first</description></item>
<item><title>Two</title><link>https://b.example/2</link><description>&lt;p&gt;By Jane Doe, February 6, 2019&lt;/p&gt;&lt;p&gt;second&lt;/p&gt;</description></item>
</channel></rss>`
	tests := []struct {
		name, data, format string
		sources, urls      []string
	}{
		{"2020-01-01-feed.xml", rss, detect.Feed, []string{"2020-01-01-feed.xml#1", "2020-01-01-feed.xml#2"}, []string{"https://b.example/1", "https://b.example/2"}},
		{"posts.json", `[{"title": "A", "html": "<p>a</p>", "url": "https://b.example/a"}, {"title": "B", "body_markdown": "b"}]`, detect.JSONPost, []string{"posts.json#1", "posts.json#2"}, []string{"https://b.example/a", ""}},
		{"post.json", `{"title": "A", "html": "<p>a</p>"}`, detect.JSONPost, []string{"post.json"}, []string{""}},
		{"post.md", "# A\n\n[x](https://x.example)\n", detect.Markdown, []string{"post.md"}, []string{""}},
	}
	p := New()
	for _, tt := range tests {
		got, err := p.Parse(context.Background(), source.Input{Name: tt.name, Data: []byte(tt.data)})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got.Format != tt.format || got.Doc == nil || len(got.Docs) != len(tt.sources) || got.Doc != got.Docs[0] {
			t.Errorf("%s: format %s, %d docs", tt.name, got.Format, len(got.Docs))
			continue
		}
		for i, d := range got.Docs {
			if d.Source != tt.sources[i] || d.URL != tt.urls[i] {
				t.Errorf("%s: doc %d Source %q URL %q", tt.name, i, d.Source, d.URL)
			}
		}
	}
	got, err := p.Parse(context.Background(), source.Input{Name: "2020-01-01-feed.xml", Data: []byte(rss)})
	if err != nil {
		t.Fatal(err)
	}
	// the item date, not the file name's; a byline in the content
	if d := got.Docs[0]; d.Date != "2019-02-04" {
		t.Errorf("doc 1 date %q", d.Date)
	}
	if d := got.Docs[1]; d.Date != "2019-02-06" || len(d.Authors) != 1 || d.Authors[0] != "Jane Doe" {
		t.Errorf("doc 2 date %q authors %q", d.Date, d.Authors)
	}
}

// TestParseFallbackText checks that text in no known format is read as
// plain text when named, and skipped in directory walks only when it is
// obviously not a post.
func TestParseFallbackText(t *testing.T) {
	tests := []struct {
		name, data string
		explicit   bool
		wantErr    bool
	}{
		{"notes", "I went to FOSDEM.\n\nIt was cold.\n", false, false},
		{"notes", "I went to FOSDEM.\n", true, false},
		{"LICENSE", "Permission is hereby granted", false, true},
		{"LICENSE", "Permission is hereby granted", true, false},
		{"main.go", "package main\n", false, true},
		{"main.go", "package main\n", true, false},
		{"package.json", `{"name": "x"}`, false, true},
		{"empty.xml", `<rss><channel></channel></rss>`, false, true},
		{"empty.xml", `<rss><channel></channel></rss>`, true, true},
	}
	p := New()
	for _, tt := range tests {
		got, err := p.Parse(context.Background(), source.Input{Name: tt.name, Data: []byte(tt.data), Explicit: tt.explicit})
		if tt.wantErr {
			if !errors.Is(err, ErrNotSupported) {
				t.Errorf("%s (explicit %v): err = %v, want ErrNotSupported", tt.name, tt.explicit, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s (explicit %v): %v", tt.name, tt.explicit, err)
			continue
		}
		if got.Format != detect.PlainText || got.Doc.Text == "" {
			t.Errorf("%s: format %s text %q", tt.name, got.Format, got.Doc.Text)
		}
	}
}

// TestParseByline checks the byline fallback for a post without metadata.
func TestParseByline(t *testing.T) {
	got, err := New().Parse(context.Background(), source.Input{Name: "001_ab12.txt", Data: []byte("FOSDEM 2015\n\nPosted on 2015-02-03 by Lee Wong\n\nI went to https://fosdem.org/2015/.\n")})
	if err != nil {
		t.Fatal(err)
	}
	if d := got.Doc; d.Date != "2015-02-03" || len(d.Authors) != 1 || d.Authors[0] != "Lee Wong" {
		t.Errorf("date %q authors %q", d.Date, d.Authors)
	}
}

// TestFirstControl checks the eight-bytes-at-a-time scan against a byte
// loop: every byte value at every position of a 20-byte text, and random
// texts.
func TestFirstControl(t *testing.T) {
	naive := func(s string) int {
		for i := 0; i < len(s); i++ {
			if isControl(s[i]) {
				return i
			}
		}
		return len(s)
	}
	base := []byte("plain text, no ctrl")
	for c := 0; c < 256; c++ {
		for pos := range base {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			if got, want := firstControl(string(b)), naive(string(b)); got != want {
				t.Fatalf("firstControl(%q) = %d, want %d", b, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = byte(0x20 + r.IntN(0x60)) // printable ASCII
			if r.IntN(30) == 0 {
				b[i] = byte(r.IntN(256))
			}
		}
		if got, want := firstControl(string(b)), naive(string(b)); got != want {
			t.Fatalf("firstControl(%q) = %d, want %d", b, got, want)
		}
	}
}

// TestControlBytes checks controlBytes against isControl for every pair of
// byte values in every pair of positions of a word (the other bytes drawn
// from line breaks, tabs, controls and letters), and firstControl on text
// dense with such bytes.
func TestControlBytes(t *testing.T) {
	alphabet := []byte{'\n', '\t', '\r', 0, 0x1f, 0x20, 0x7f, 0x80, 0x9f, 'a', 0xff}
	r := rand.New(rand.NewPCG(3, 4))
	for p := 0; p < 8; p++ {
		q := (p + 1 + r.IntN(7)) % 8
		for a := 0; a < 256; a++ {
			for b := 0; b < 256; b++ {
				var word [8]byte
				for i := range word {
					word[i] = alphabet[r.IntN(len(alphabet))]
				}
				word[p], word[q] = byte(a), byte(b)
				var w uint64
				for i, c := range word {
					w |= uint64(c) << (8 * i)
				}
				m := controlBytes(w)
				for i, c := range word {
					if got := m>>(8*i+7)&1 == 1; got != isControl(c) {
						t.Fatalf("controlBytes(%q): byte %d (%#x) control %v, want %v", word, i, c, got, isControl(c))
					}
				}
			}
		}
	}
	naive := func(s string) int {
		for i := 0; i < len(s); i++ {
			if isControl(s[i]) {
				return i
			}
		}
		return len(s)
	}
	for n := 0; n < 5000; n++ {
		b := make([]byte, r.IntN(64))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
			if b[i] == 0 || b[i] == 0x1f || b[i] == 0x7f {
				if r.IntN(4) != 0 {
					b[i] = 'x'
				}
			}
		}
		if got, want := firstControl(string(b)), naive(string(b)); got != want {
			t.Fatalf("firstControl(%q) = %d, want %d", b, got, want)
		}
	}
}
