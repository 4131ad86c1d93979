package htmlpage

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// skipAlways are elements whose content is never post text.
var skipAlways = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Head: true, atom.Title: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Dialog: true,
}

// skipChrome are page furniture elements left out of the text below the
// content root.
var skipChrome = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Menu: true,
}

// chromeWords are class/id name parts that mark page furniture.
var chromeWords = map[string]bool{
	"comments": true, "comment": true, "share": true, "sharing": true, "social": true, "related": true,
	"sidebar": true, "breadcrumb": true, "breadcrumbs": true, "navigation": true, "navbar": true, "nav": true,
	"menu": true, "cookie": true, "cookies": true, "newsletter": true, "subscribe": true, "advert": true,
	"advertisement": true, "ads": true, "promo": true, "footer": true, "header": true, "masthead": true,
	"skip": true, "toc": true, "pagination": true, "pager": true, "disqus": true, "hidden": true,
}

// chromeRoles are ARIA roles of page furniture.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true, "dialog": true,
}

// blockBreak is the break an element makes around its content: 2 for a
// paragraph, 1 for a line.
var blockBreak = map[atom.Atom]int{
	atom.P: 2, atom.Div: 2, atom.Section: 2, atom.Article: 2, atom.Main: 2, atom.Blockquote: 2,
	atom.Pre: 2, atom.Ul: 2, atom.Ol: 2, atom.Dl: 2, atom.Table: 2, atom.Figure: 2, atom.Figcaption: 2,
	atom.Address: 2, atom.Details: 2, atom.Summary: 2, atom.Fieldset: 2, atom.Center: 2, atom.Hr: 2,
	atom.Header: 2, atom.Footer: 2, atom.Aside: 2, atom.Nav: 2, atom.Form: 2, atom.Caption: 2,
	atom.H1: 2, atom.H2: 2, atom.H3: 2, atom.H4: 2, atom.H5: 2, atom.H6: 2, atom.Hgroup: 2, atom.Body: 2,
	atom.Li: 1, atom.Dt: 1, atom.Dd: 1, atom.Tr: 1, atom.Td: 1, atom.Th: 1, atom.Br: 1, atom.Option: 1,
	atom.Thead: 1, atom.Tbody: 1, atom.Tfoot: 1, atom.Legend: 1,
}

// markOf is the doc.MarkKind of the elements that set text apart.
var markOf = map[atom.Atom]doc.MarkKind{
	atom.Li: doc.MarkListItem, atom.Em: doc.MarkEmphasis, atom.I: doc.MarkEmphasis, atom.Cite: doc.MarkEmphasis,
	atom.Strong: doc.MarkStrong, atom.B: doc.MarkStrong, atom.Blockquote: doc.MarkQuote, atom.Q: doc.MarkQuote,
	atom.Code: doc.MarkCode,
}

// writer turns the content root into Text, Sections, Links and Alts.
type writer struct {
	p   *page
	d   *doc.Document
	b   builder
	pre int // depth inside <pre>
}

func (w *writer) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, depth+1)
	}
}

func (w *writer) node(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		s := w.p.fx.Mojibake(n.Data)
		if w.pre > 0 {
			w.b.pre(s)
		} else {
			w.b.text(s)
		}
		return
	case html.ElementNode:
	default:
		w.children(n, depth)
		return
	}
	if skipAlways[n.DataAtom] || w.chrome(n) {
		return
	}
	brk := blockBreak[n.DataAtom]
	if n.DataAtom == atom.Br && w.b.brk > 0 {
		brk = 2 // <br><br> separates paragraphs
	}
	if brk > 0 {
		w.b.block(brk)
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		level, _ := strconv.Atoi(n.Data[1:])
		m := w.b.open()
		w.children(n, depth)
		if s, e := w.b.close(m); e > s {
			w.d.Sections = append(w.d.Sections, doc.Section{Heading: string(w.b.buf[s:e]), Level: level, Start: s})
		}
	case atom.A:
		w.link(n, depth)
	case atom.Img:
		w.image(n)
	case atom.Figcaption:
		m := w.b.open()
		w.children(n, depth)
		if s, e := w.b.close(m); e > s {
			w.d.Alts = append(w.d.Alts, doc.Span{Text: string(w.b.buf[s:e]), Start: s, End: e})
		}
	case atom.Pre, atom.Textarea:
		w.pre++
		w.children(n, depth)
		w.pre--
	case atom.Td, atom.Th:
		w.children(n, depth)
	case atom.Li, atom.Em, atom.I, atom.Strong, atom.B, atom.Blockquote, atom.Q, atom.Code, atom.Cite:
		m := w.b.open()
		w.children(n, depth)
		if s, e := w.b.close(m); e > s {
			w.d.Marks = append(w.d.Marks, doc.Mark{Kind: markOf[n.DataAtom], Start: s, End: e})
		}
	default:
		w.children(n, depth)
	}
	if brk > 0 {
		w.b.block(brk)
	}
}

// chrome reports page furniture below the content root: nav, header,
// footer, aside, forms, hidden elements, and elements whose class, id or
// role says they are menus, comments, share buttons and the like.
func (w *writer) chrome(n *html.Node) bool {
	if skipChrome[n.DataAtom] {
		return true
	}
	if _, hidden := attrOK(n, "hidden"); hidden || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""); strings.Contains(st, "display:none") {
		return true
	}
	if chromeRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if n.DataAtom == atom.A || n.DataAtom == atom.Span || n.DataAtom == atom.Img {
		return false // inline elements are kept whatever their class
	}
	for _, key := range []string{"class", "id"} {
		for _, c := range strings.Fields(strings.ToLower(attr(n, key))) {
			for _, part := range strings.FieldsFunc(c, func(r rune) bool { return r == '-' || r == '_' }) {
				if chromeWords[part] {
					return true
				}
			}
		}
	}
	return false
}

// link writes an <a>'s content and records it as a Link. Permalink markers
// ("¶", "#") pointing into the page are left out entirely.
func (w *writer) link(n *html.Node, depth int) {
	href := strings.TrimSpace(attr(n, "href"))
	if strings.HasPrefix(href, "#") {
		if t := textOf(n); len([]rune(t)) <= 1 {
			return
		}
	}
	m := w.b.open()
	w.children(n, depth)
	s, e := w.b.close(m)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return
	}
	u := w.p.resolveURL(href)
	if u == nil || e <= s {
		return
	}
	w.d.Links = append(w.d.Links, doc.Link{Anchor: string(w.b.buf[s:e]), URL: u.String(), Start: s, End: e})
}

// image writes an <img>'s alt text on a line of its own, records it in
// Alts, and records the image source as a Link with Image set.
func (w *writer) image(n *html.Node) {
	alt := metadataSpace(w.p.fx.Mojibake(attr(n, "alt")))
	src := strings.TrimSpace(attr(n, "src"))
	if src == "" {
		src = strings.TrimSpace(attr(n, "data-src"))
	}
	s, e := len(w.b.buf), len(w.b.buf)
	if alt != "" {
		w.b.block(1)
		m := w.b.open()
		w.b.text(alt)
		s, e = w.b.close(m)
		w.b.block(1)
		w.d.Alts = append(w.d.Alts, doc.Span{Text: string(w.b.buf[s:e]), Start: s, End: e})
	}
	if src == "" || strings.HasPrefix(strings.ToLower(src), "data:") {
		return
	}
	if u := w.p.resolveURL(src); u != nil {
		w.d.Links = append(w.d.Links, doc.Link{Anchor: string(w.b.buf[s:e]), URL: u.String(), Start: s, End: e, Image: true})
	}
}

func metadataSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}
