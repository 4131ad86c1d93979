package markdown

import (
	"bytes"
	"strings"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textbuild"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds recursion over the AST (goldmark nests block quotes and
// lists as deep as the input asks).
const maxDepth = 200

// walker turns a goldmark AST into Text.
type walker struct {
	src       []byte
	b         *textbuild.Builder
	htmlLinks []htmlLink        // <a href> opened by raw HTML and not yet closed
	htmlCaps  []*textbuild.Span // <figcaption> opened and not yet closed
	htmlHeads []htmlHead        // <h1>..<h6> opened and not yet closed
	skip      int               // inside <script>/<style>
	firstKind ast.NodeKind
	scan      htmlScanner // reads raw HTML, its buffers reused
	rawBuf    []byte      // an HTML block's lines, reused
}

type htmlLink struct {
	sp  *textbuild.Span
	url string
}

type htmlHead struct {
	sp    *textbuild.Span
	level int
}

func (w *walker) blocks(n ast.Node, depth int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if w.firstKind == 0 {
			w.firstKind = c.Kind()
		}
		w.block(c, depth+1)
	}
}

func (w *walker) block(n ast.Node, depth int) {
	if depth > maxDepth {
		return
	}
	b := w.b
	switch n := n.(type) {
	case *ast.Heading:
		b.Separate(textbuild.SepPara)
		sp := b.Open()
		w.inlines(n, depth)
		w.closeHTML()
		b.Heading(sp, n.Level)
		b.Separate(textbuild.SepPara)
	case *ast.Paragraph:
		b.Separate(textbuild.SepPara)
		w.inlines(n, depth)
		w.closeHTML()
		b.Separate(textbuild.SepPara)
	case *ast.TextBlock:
		b.Separate(textbuild.SepLine)
		w.inlines(n, depth)
		w.closeHTML()
		b.Separate(textbuild.SepLine)
	case *ast.List:
		k := textbuild.SepPara
		if _, nested := n.Parent().(*ast.ListItem); nested {
			k = textbuild.SepLine
		}
		b.Separate(k)
		w.blocks(n, depth)
		b.Separate(k)
	case *ast.ListItem:
		b.Separate(textbuild.SepLine)
		// the item's first block is its text (a title, "Title by Speaker")
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c == n.FirstChild() {
				sp := b.Open()
				w.block(c, depth+1)
				b.Mark(sp, doc.MarkListItem)
				continue
			}
			w.block(c, depth+1)
		}
		b.Separate(textbuild.SepLine)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		// dropped: see the package documentation
		b.Separate(textbuild.SepPara)
	case *ast.HTMLBlock:
		b.Separate(textbuild.SepPara)
		lines := n.Lines()
		var raw []byte
		if lines.Len() == 1 && !n.HasClosure() {
			seg := lines.At(0)
			raw = seg.Value(w.src)
		} else {
			raw = w.rawBuf[:0]
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				raw = append(raw, seg.Value(w.src)...)
			}
			if n.HasClosure() {
				raw = append(raw, n.ClosureLine.Value(w.src)...)
			}
			w.rawBuf = raw
		}
		w.html(raw)
		w.closeHTML()
		b.Separate(textbuild.SepPara)
	case *ast.ThematicBreak:
		b.Separate(textbuild.SepPara)
	case *east.Table:
		b.Separate(textbuild.SepPara)
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			b.Separate(textbuild.SepLine)
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				if cell != row.FirstChild() {
					b.Separate(textbuild.SepCell)
				}
				w.inlines(cell, depth+1)
			}
			w.closeHTML()
			b.Separate(textbuild.SepLine)
		}
		b.Separate(textbuild.SepPara)
	case *ast.Blockquote:
		b.Separate(textbuild.SepPara)
		sp := b.Open()
		w.blocks(n, depth)
		b.Mark(sp, doc.MarkQuote)
		b.Separate(textbuild.SepPara)
	default:
		// Document, definition lists and unknown blocks: their
		// children, as paragraphs.
		if n.Type() == ast.TypeInline {
			w.inline(n, depth)
			return
		}
		b.Separate(textbuild.SepPara)
		if n.Type() == ast.TypeBlock && n.FirstChild() != nil && n.FirstChild().Type() == ast.TypeInline {
			w.inlines(n, depth)
			w.closeHTML()
		} else {
			w.blocks(n, depth)
		}
		b.Separate(textbuild.SepPara)
	}
}

func (w *walker) inlines(n ast.Node, depth int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.inline(c, depth+1)
	}
}

func (w *walker) inline(n ast.Node, depth int) {
	if depth > maxDepth {
		return
	}
	b := w.b
	switch n := n.(type) {
	case *ast.Text:
		if w.skip == 0 {
			v := n.Segment.Value(w.src)
			if textbuild.PlainASCII(v) {
				b.WriteASCII(v)
			} else if n.IsRaw() {
				b.Write(b.Clean(string(v)))
			} else {
				b.Write(b.Clean(unescape(v)))
			}
		}
		if n.HardLineBreak() {
			b.Separate(textbuild.SepLine)
		} else if n.SoftLineBreak() {
			b.Separate(textbuild.SepSpace)
		}
	case *ast.String:
		if w.skip == 0 {
			b.Write(b.Clean(string(n.Value)))
		}
	case *ast.CodeSpan:
		var sb strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				sb.Write(t.Segment.Value(w.src))
			} else if s, ok := c.(*ast.String); ok {
				sb.Write(s.Value)
			}
		}
		if w.skip == 0 {
			sp := b.Open()
			b.Write(b.Clean(textbuild.CollapseSpace(sb.String())))
			b.Mark(sp, doc.MarkCode)
		}
	case *ast.Emphasis:
		sp := b.Open()
		w.inlines(n, depth)
		if n.Level >= 2 {
			b.Mark(sp, doc.MarkStrong)
		} else {
			b.Mark(sp, doc.MarkEmphasis)
		}
	case *ast.Link:
		sp := b.Open()
		w.inlines(n, depth)
		b.Link(sp, string(n.Destination), false)
	case *ast.Image:
		var sb strings.Builder
		altText(&sb, n, w.src, depth)
		b.Image(b.Clean(sb.String()), string(n.Destination))
	case *ast.AutoLink:
		url := string(n.URL(w.src))
		label := string(n.Label(w.src))
		switch {
		case n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(url), "mailto:"):
			url = "mailto:" + url
		case n.AutoLinkType == ast.AutoLinkURL && !strings.Contains(url, "://") && !strings.HasPrefix(strings.ToLower(url), "mailto:"):
			url = "http://" + url
		}
		sp := b.Open()
		b.Write(b.Clean(label))
		b.Link(sp, url, false)
	case *ast.RawHTML:
		var raw []byte
		if n.Segments.Len() == 1 {
			seg := n.Segments.At(0)
			raw = seg.Value(w.src)
		} else {
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				raw = append(raw, seg.Value(w.src)...)
			}
		}
		w.rawTag(raw)
	default:
		// Emphasis, strikethrough, task check boxes and unknown inlines.
		w.inlines(n, depth)
	}
}

// altText collects the plain text of an image's description.
func altText(sb *strings.Builder, n ast.Node, src []byte, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			sb.WriteString(unescape(t.Segment.Value(src)))
			if t.SoftLineBreak() || t.HardLineBreak() {
				sb.WriteByte(' ')
			}
		case *ast.String:
			sb.Write(t.Value)
		default:
			altText(sb, c, src, depth+1)
		}
	}
}

// unescape removes the backslash of backslash escapes.
func unescape(v []byte) string {
	if bytes.IndexByte(v, '\\') < 0 {
		return string(v)
	}
	out := make([]byte, 0, len(v))
	for j := 0; j < len(v); j++ {
		if v[j] == '\\' && j+1 < len(v) && isASCIIPunct(v[j+1]) {
			j++
		}
		out = append(out, v[j])
	}
	return string(out)
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// html reduces a piece of raw HTML to text: <a href> opens a link closed by
// </a>, <img> gives an alt text and an image link, block tags separate
// paragraphs and lines, <script>/<style> bodies and comments are dropped.
// raw is read by w.scan, or by the HTML tokenizer when the scanner cannot
// read it exactly as the tokenizer would; raw is not modified.
func (w *walker) html(raw []byte) {
	sc := &w.scan
	if !sc.scan(raw) {
		w.htmlTokenizer(string(raw))
		return
	}
	for _, t := range sc.toks {
		switch t.kind {
		case html.TextToken:
			if w.skip > 0 {
				continue
			}
			w.htmlText(html.UnescapeString(string(raw[t.s:t.e])))
		case html.StartTagToken, html.SelfClosingTagToken:
			var attrs tagAttrs
			for _, a := range sc.attrs[t.a0:t.a1] {
				// the last of two equal keys wins, as with the tokenizer
				if f, _ := attrs.slot(raw[a.ks:a.ke]); f != nil {
					*f = string(raw[a.vs:a.ve])
				}
			}
			w.startTag(sc.lowerName(raw, t), &attrs, t.kind == html.SelfClosingTagToken)
		case html.EndTagToken:
			w.endTag(sc.lowerName(raw, t))
		}
	}
}

// htmlTokenizer is html read with the HTML tokenizer.
func (w *walker) htmlTokenizer(raw string) {
	z := html.NewTokenizer(strings.NewReader(raw))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.TextToken:
			if w.skip > 0 {
				continue
			}
			w.htmlText(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			var attrs tagAttrs
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if f, _ := attrs.slot(k); f != nil {
					*f = string(v)
				}
			}
			w.startTag(name, &attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			w.endTag(name)
		}
	}
}

// htmlText writes a text token of raw HTML (entities decoded).
func (w *walker) htmlText(t string) {
	b := w.b
	t = b.Repair(t)
	if t != "" && isSpaceByte(t[0]) {
		b.Separate(textbuild.SepSpace)
	}
	b.Write(textbuild.CollapseSpace(t))
	if t != "" && isSpaceByte(t[len(t)-1]) {
		b.Separate(textbuild.SepSpace)
	}
}

// tagAttrs are the attributes of a tag the walker reads ("" when absent).
type tagAttrs struct {
	href, alt, title, src string
	seen                  uint8 // bits of the slots set, for readers where the first value wins
}

// slot is the field for attribute key (lower-cased as the tokenizer does,
// ASCII only) and its bit in seen, or nil for an attribute the walker
// does not read.
func (a *tagAttrs) slot(key []byte) (*string, uint8) {
	switch {
	case asciiLowerIs(key, "href"):
		return &a.href, 1
	case asciiLowerIs(key, "alt"):
		return &a.alt, 2
	case asciiLowerIs(key, "title"):
		return &a.title, 4
	case asciiLowerIs(key, "src"):
		return &a.src, 8
	}
	return nil, 0
}

// startTag acts on an opening tag (name lower-case).
func (w *walker) startTag(name []byte, attrs *tagAttrs, selfClosing bool) {
	b := w.b
	a := atom.Lookup(name)
	switch a {
	case atom.A:
		if href := strings.TrimSpace(attrs.href); href != "" && !selfClosing {
			w.htmlLinks = append(w.htmlLinks, htmlLink{sp: b.Open(), url: href})
		}
	case atom.Img:
		alt := attrs.alt
		if alt == "" {
			alt = attrs.title
		}
		alt = b.Repair(alt)
		b.Image(alt, strings.TrimSpace(attrs.src))
	case atom.Script, atom.Style, atom.Noscript, atom.Template:
		if !selfClosing {
			w.skip++
		}
	case atom.Figcaption:
		b.Separate(textbuild.SepLine)
		w.htmlCaps = append(w.htmlCaps, b.Open())
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.Separate(textbuild.SepPara)
		w.htmlHeads = append(w.htmlHeads, htmlHead{sp: b.Open(), level: int(name[1] - '0')})
	default:
		b.Separate(htmlSep(a))
	}
}

// endTag acts on a closing tag (name lower-case).
func (w *walker) endTag(name []byte) {
	b := w.b
	a := atom.Lookup(name)
	switch a {
	case atom.A:
		if n := len(w.htmlLinks); n > 0 {
			l := w.htmlLinks[n-1]
			w.htmlLinks = w.htmlLinks[:n-1]
			b.Link(l.sp, l.url, false)
		}
	case atom.Script, atom.Style, atom.Noscript, atom.Template:
		if w.skip > 0 {
			w.skip--
		}
	case atom.Figcaption:
		w.closeCaption()
		b.Separate(textbuild.SepLine)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if n := len(w.htmlHeads); n > 0 {
			h := w.htmlHeads[n-1]
			w.htmlHeads = w.htmlHeads[:n-1]
			b.Heading(h.sp, h.level)
		}
		b.Separate(textbuild.SepPara)
	default:
		b.Separate(htmlSep(a))
	}
}

func (w *walker) closeCaption() {
	n := len(w.htmlCaps)
	if n == 0 {
		return
	}
	sp := w.htmlCaps[n-1]
	w.htmlCaps = w.htmlCaps[:n-1]
	s, e := w.b.Close(sp)
	if e > s {
		w.b.Doc().Alts = append(w.b.Doc().Alts, textbuild.SpanAt(w.b, s, e))
	}
}

// closeHTML ends whatever raw HTML left open at the end of a block.
func (w *walker) closeHTML() {
	for len(w.htmlLinks) > 0 {
		n := len(w.htmlLinks)
		l := w.htmlLinks[n-1]
		w.htmlLinks = w.htmlLinks[:n-1]
		w.b.Link(l.sp, l.url, false)
	}
	for len(w.htmlCaps) > 0 {
		w.closeCaption()
	}
	for len(w.htmlHeads) > 0 {
		n := len(w.htmlHeads)
		h := w.htmlHeads[n-1]
		w.htmlHeads = w.htmlHeads[:n-1]
		w.b.Heading(h.sp, h.level)
	}
	w.skip = 0
}

// htmlSep is the separator an HTML tag stands for.
func htmlSep(a atom.Atom) int {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Blockquote,
		atom.Pre, atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Figure, atom.Hr, atom.Aside, atom.Nav,
		atom.Main, atom.Details, atom.Center, atom.Address:
		return textbuild.SepPara
	case atom.Br, atom.Li, atom.Tr, atom.Dt, atom.Dd, atom.Caption, atom.Summary, atom.Thead, atom.Tbody:
		return textbuild.SepLine
	case atom.Td, atom.Th:
		return textbuild.SepCell
	}
	return textbuild.SepNone
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
