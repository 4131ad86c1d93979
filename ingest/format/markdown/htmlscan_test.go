package markdown

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// tokenizerTokens lists the tokens the walker acts on as the HTML tokenizer
// gives them: text (entities decoded), start, self-closing and end tags
// with their lower-cased names and attributes.
func tokenizerTokens(s string) []string {
	z := html.NewTokenizer(strings.NewReader(s))
	var out []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.TextToken:
			out = append(out, "text "+string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, more := z.TagName()
			tok := tt.String() + " " + string(name)
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				tok += " " + string(k) + "=" + string(v)
			}
			out = append(out, tok)
		}
	}
}

// scannerTokens is tokenizerTokens read by htmlScanner, and whether the
// scanner read s.
func scannerTokens(s string) ([]string, bool) {
	var sc htmlScanner
	raw := []byte(s)
	if !sc.scan(raw) {
		return nil, false
	}
	var out []string
	for _, t := range sc.toks {
		if t.kind == html.TextToken {
			out = append(out, "text "+html.UnescapeString(string(raw[t.s:t.e])))
			continue
		}
		tok := t.kind.String() + " " + string(sc.lowerName(raw, t))
		for _, a := range sc.attrs[t.a0:t.a1] {
			key := []byte(string(raw[a.ks:a.ke]))
			for i, c := range key {
				if 'A' <= c && c <= 'Z' {
					key[i] = c + 'a' - 'A'
				}
			}
			tok += " " + string(key) + "=" + string(raw[a.vs:a.ve])
		}
		out = append(out, tok)
	}
	if string(raw) != s {
		panic("scan modified its input")
	}
	return out, true
}

// checkScan fails t when the scanner read s differently from the tokenizer.
func checkScan(t *testing.T, s string) bool {
	t.Helper()
	got, ok := scannerTokens(s)
	if !ok {
		return false
	}
	if want := tokenizerTokens(s); !slices.Equal(got, want) {
		t.Errorf("scan(%q):\n got  %q\n want %q", s, got, want)
	}
	return true
}

func TestHTMLScan(t *testing.T) {
	tests := []struct {
		in string
		ok bool // read by the scanner (else left to the tokenizer)
	}{
		{"", true},
		{"plain text &amp; more &copy", true},
		{`<div class="a" id=b><p>Hi</p></div>`, true},
		{`<A HREF="https://x.org/">X</A>`, true},
		{`<img src="a.png" alt="An image"/>`, true},
		{`<img src=a.png/>`, true},
		{`<br/><br /><hr>`, true},
		{`<a / href="x">y</a>`, true},
		{`<a href="x" href="y">z</a>`, true},
		{`<a =x b= c =d>`, true},
		{`<a href=>x</a>`, true},
		{"<a\nhref='x'\n>y</a\n>", true},
		{`a < b <<c> 3<4 <`, true},
		{`x </`, true},
		{`x </> y </3 z </a`, true},
		{`<!-- c --> <!--> <!---> <!-- a --!> b --> <!-- x --!- y -->`, true},
		{`<!DOCTYPE html><!x> <?php echo 1 ?> <!a`, true},
		{`<!-- never closed`, true},
		{`<div class="open`, true},
		{`<div a`, true},
		{`<div`, true},
		{`<p>text</p`, true},
		{"<p>nul \x00 byte</p>", true},
		{`<details><summary>1 update</summary><div style="a: b">x</div></details>`, true},
		{"<p>ü &eacute; &#x41;&#66;</p>", true},
		{"<p>a\r\nb</p>", false},
		{`<script>if (a < b) {}</script>`, false},
		{`<STYLE>p{}</STYLE>`, false},
		{`<title>x</title>`, false},
		{`<a href="?a=1&amp;b=2">x</a>`, false},
	}
	for _, tt := range tests {
		if ok := checkScan(t, tt.in); ok != tt.ok {
			t.Errorf("scan(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
	}
}

// TestHTMLScanRustBlog compares the scanner with the tokenizer on every
// HTML block and inline tag of the rust-blog corpus.
func TestHTMLScanRustBlog(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(rustCorpus), "*.md"))
	if len(files) == 0 {
		t.Skip("rust-blog corpus not available")
	}
	read, all := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		root := goldmarkParser().Parse(text.NewReader(data))
		ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			var raw []byte
			switch n := n.(type) {
			case *ast.HTMLBlock:
				if !entering {
					return ast.WalkContinue, nil
				}
				for i := 0; i < n.Lines().Len(); i++ {
					seg := n.Lines().At(i)
					raw = append(raw, seg.Value(data)...)
				}
				if n.HasClosure() {
					raw = append(raw, n.ClosureLine.Value(data)...)
				}
			case *ast.RawHTML:
				if !entering {
					return ast.WalkContinue, nil
				}
				for i := 0; i < n.Segments.Len(); i++ {
					seg := n.Segments.At(i)
					raw = append(raw, seg.Value(data)...)
				}
			default:
				return ast.WalkContinue, nil
			}
			all++
			if checkScan(t, string(raw)) {
				read++
			}
			return ast.WalkContinue, nil
		})
	}
	t.Logf("scanner read %d of %d pieces of raw HTML", read, all)
	if read < all*9/10 {
		t.Errorf("scanner read only %d of %d pieces of raw HTML", read, all)
	}
}

func FuzzHTMLScan(f *testing.F) {
	for _, s := range []string{
		`<div class="a" id=b><p>Hi &amp; bye</p></div>`,
		`<a / href="x">y</a><img src=a.png/>`,
		`<!-- c --!> <!--> <!x> <?x?> </> </3`,
		`a < b <<c> <div a`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScan(t, s)
	})
}
