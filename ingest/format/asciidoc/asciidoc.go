package asciidoc

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/internal/inline"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/talkgraph/talkgraph/ingest/textfix"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Format is the name Parse sets on the documents it returns.
const Format = "asciidoc"

var (
	// ":name: value" attribute entry (":name!:" unsets).
	attrEntry = lazyre.New(`^:([A-Za-z0-9_][\w-]*)!?:(?:\s+(.*))?$`)
	// "Jane Doe <jane@example.org>" author line entry.
	authorEntry = lazyre.New(`^\s*([^<>;]+?)\s*(?:<[^<>]*>)?\s*$`)
	// "v1.0, 2019-02-04: remark" revision line.
	revLine = lazyre.New(`^v?\d[\w.]*,\s*([^:]+)(?::.*)?$`)
	// "image::src[alt]" block image.
	blockImage = lazyre.New(`^image::([^\[\s]+)\[([^\]]*)\]\s*$`)
	// "== Section" or "## Section".
	heading = lazyre.New(`^(={1,6}|#{1,6})\s+(\S.*?)\s*(?:\s[=#]+)?$`)
	// list item: "* x", "- x", ". x", "1. x", "a. x", "term:: x".
	listItem  = lazyre.New(`^\s*(?:[*\-.]{1,5}|\d+\.|[a-z]\.)\s+(.*)$`)
	dlistItem = lazyre.New(`^(.+?)(?::{2,4}|;;)(?:\s+(.*))?$`)
	// "[source,go]", "[[anchor]]", "[quote, X]" block attribute lines.
	blockAttr = lazyre.New(`^\[\[?[^\]]*\]\]?\s*$`)
	// "{name}" attribute reference.
	attrRef = lazyre.New(`\{([A-Za-z0-9_][\w-]*)\}`)
)

// attrText picks the link text out of a macro's attribute list: the first
// positional attribute, without a trailing "^" (new window) and named
// attributes (window=_blank).
func attrText(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, `"`) {
		if i := strings.Index(s[1:], `"`); i >= 0 {
			return s[1 : i+1]
		}
	}
	if i := strings.Index(s, ","); i >= 0 && strings.Contains(s[i:], "=") {
		s = s[:i]
	}
	if strings.Contains(s, "=") && !strings.Contains(s, " ") {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSpace(s), "^")
}

// rules (compiled on first use) are AsciiDoc's inline constructs.
var rules = sync.OnceValue(func() []inline.Rule {
	return []inline.Rule{
		{RE: regexp.MustCompile(`link:(?:\+\+([^+]+)\+\+|([^\s\[\]]+))\[([^\]]*)\]`), Piece: func(m []string) inline.Piece {
			u := m[1] + m[2]
			return inline.Piece{Text: attrText(m[3]), URL: u}
		}},
		{RE: regexp.MustCompile(`(?i)\b((?:https?|ftp|irc)://[^\s\[\]<>"]+)\[([^\]]*)\]`), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: attrText(m[2]), URL: m[1]}
		}},
		{RE: regexp.MustCompile(`mailto:([^\s\[\]]+)\[([^\]]*)\]`), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: attrText(m[2]), URL: "mailto:" + m[1]}
		}},
		{RE: regexp.MustCompile(`<(https?://[^\s<>]+)>`), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: m[1], URL: m[1], Raw: true}
		}},
		{RE: regexp.MustCompile(`<<([^,<>\n]+?)(?:,\s*([^<>\n]*))?>>`), Piece: func(m []string) inline.Piece {
			t := m[2]
			if t == "" {
				t = strings.ReplaceAll(strings.TrimPrefix(m[1], "_"), "_", " ")
			}
			return inline.Piece{Text: t}
		}},
		{RE: regexp.MustCompile(`xref:([^\s\[\]]+)\[([^\]]*)\]`), Piece: func(m []string) inline.Piece {
			t := attrText(m[2])
			if t == "" {
				t = m[1]
			}
			return inline.Piece{Text: t}
		}},
		{RE: regexp.MustCompile(`image:([^\s\[\]:][^\s\[\]]*)\[([^\]]*)\]`), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: attrText(m[2]), URL: m[1], Image: true}
		}},
		{RE: regexp.MustCompile(`(?:footnote|kbd|btn|menu|pass|footnoteref):[^\s\[]*\[([^\]]*)\]`), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: m[1]}
		}},
		{RE: regexp.MustCompile(`\[\[[^\]]*\]\]|\[[.#][\w.#-]*\]`), Piece: func(m []string) inline.Piece {
			return inline.Piece{} // inline anchors and roles
		}},
	}
})

// skipAttrs are presentation attributes that are not post metadata.
var skipAttrs = map[string]bool{
	"toc": true, "toc-title": true, "toclevels": true, "icons": true, "source-highlighter": true,
	"imagesdir": true, "experimental": true, "sectanchors": true, "sectlinks": true, "sectnums": true,
	"idprefix": true, "idseparator": true, "doctype": true, "nofooter": true, "linkattrs": true,
	"hardbreaks": true, "page-layout": true, "stem": true, "figure-caption": true, "example-caption": true,
	"table-caption": true, "showtitle": true, "notitle": true, "hide-uri-scheme": true, "email": true,
}

// delimiters open and close delimited blocks; verbatim ones keep their
// lines as they are.
var delimiters = map[string]struct{ verbatim, skip bool }{
	"----": {verbatim: true}, "....": {verbatim: true}, "```": {verbatim: true},
	"++++": {skip: true}, "////": {skip: true},
	"____": {}, "====": {}, "****": {}, "--": {}, "|===": {},
}

// Parse reads an AsciiDoc post. source is its path or URL (used for the
// date and title fallbacks); fx repairs mojibake and may be nil.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	if fx == nil {
		fx = textfix.New()
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	d := &doc.Document{Source: source, Format: Format}
	p := &parser{d: d, b: textbuild.New(fx, d, len(s)), w: inline.New(rules(), "**", "__", "##", "``", "*", "_", "`", "#"), attrs: map[string]any{}}
	p.header(lines)
	p.body(lines[p.pos:])
	d.Text = p.b.Text()
	textbuild.LinkBareURLs(d)
	metadata.Apply(d, p.attrs, fx)
	if d.Title == "" && len(d.Sections) > 0 {
		d.Title = metadata.CleanTitle(d.Sections[0].Heading)
	}
	metadata.FillDefaults(d)
	return d, nil
}

type parser struct {
	d     *doc.Document
	b     *textbuild.Builder
	w     *inline.Writer
	attrs map[string]any
	pos   int // first body line
}

// header reads the document header: comments and attribute entries, the
// "= Title" line, the author and revision lines, more attribute entries.
func (p *parser) header(lines []string) {
	i := 0
	skipMeta := func() {
		for i < len(lines) {
			l := strings.TrimRight(lines[i], " \t")
			switch {
			case strings.HasPrefix(l, "//") && !strings.HasPrefix(l, "////"):
			case attrEntry.MatchString(l):
				p.attr(l)
			default:
				return
			}
			i++
		}
	}
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	skipMeta()
	if i >= len(lines) {
		p.pos = i
		return
	}
	l := strings.TrimSpace(lines[i])
	var title string
	switch {
	case strings.HasPrefix(l, "= ") || strings.HasPrefix(l, "# "):
		title = strings.TrimSpace(l[2:])
	case i+1 < len(lines) && underline(l, lines[i+1]) == 1:
		title = l
		i++
	default:
		p.pos = i
		return
	}
	title = p.b.Clean(title)
	title = attrRef.ReplaceAllStringFunc(title, p.attrValue)
	sp := p.b.Open()
	p.w.Write(p.b, title)
	p.b.Heading(sp, 1)
	p.b.Separate(textbuild.SepPara)
	p.d.Title = metadata.CleanTitle(p.w.Unwrap(title))
	i++
	// author line, then revision line, only right under the title
	for k := 0; k < 2 && i < len(lines); k++ {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, ":") || strings.HasPrefix(l, "//") {
			break
		}
		if m := revLine.FindStringSubmatch(l); m != nil {
			if dt := metadata.Date(m[1]); dt != "" {
				p.setAttr("revdate", dt)
			}
		} else if dt := metadata.Date(l); dt != "" && len(l) <= 40 {
			p.setAttr("revdate", dt)
		} else if k == 0 {
			var names []any
			for _, part := range strings.Split(l, ";") {
				if m := authorEntry.FindStringSubmatch(part); m != nil && m[1] != "" {
					names = append(names, m[1])
				}
			}
			if len(names) > 0 && len(names) <= 10 {
				p.setAttr("authors", names)
			}
		} else {
			break
		}
		i++
	}
	skipMeta()
	p.pos = i
}

// attr records one ":name: value" entry.
func (p *parser) attr(l string) {
	m := attrEntry.FindStringSubmatch(l)
	if m == nil {
		return
	}
	name := strings.ToLower(m[1])
	val := strings.TrimSpace(attrRef.ReplaceAllStringFunc(m[2], p.attrValue))
	if skipAttrs[name] || val == "" {
		if !skipAttrs[name] {
			p.attrs[name] = nil
		}
		return
	}
	switch name {
	case "revdate", "date", "published", "pubdate":
		p.setAttr(name, val)
	case "author", "authors":
		if _, ok := p.attrs["authors"]; !ok {
			p.setAttr("authors", val)
		}
	case "description":
		p.setAttr("description", val)
	default:
		p.setAttr(name, val)
	}
}

func (p *parser) setAttr(name string, v any) {
	if name == "revdate" {
		if _, ok := p.attrs["date"]; ok {
			return
		}
		name = "date"
	}
	if name == "date" {
		if old, ok := p.attrs["date"].(string); ok && metadata.Date(old) != "" {
			return
		}
	}
	if name == "authors" {
		delete(p.attrs, "author")
	}
	p.attrs[name] = v
}

// attrValue replaces "{name}" with the attribute's value, or keeps it.
func (p *parser) attrValue(ref string) string {
	name := strings.ToLower(ref[1 : len(ref)-1])
	if v, ok := p.attrs[name].(string); ok {
		return v
	}
	return ref
}

// body reads the blocks after the header.
func (p *parser) body(lines []string) {
	b := p.b
	type block struct {
		delim          string
		verbatim, skip bool
	}
	var stack []block // open delimited blocks, innermost last
	para := false
	endPara := func() {
		if para {
			b.Separate(textbuild.SepPara)
			para = false
		}
	}
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		key := l
		if strings.HasPrefix(l, "```") {
			key = "```"
		}
		if n := len(stack); n > 0 {
			top := stack[n-1]
			if key == top.delim {
				stack = stack[:n-1]
				para = false
				b.Separate(textbuild.SepPara)
				continue
			}
			if top.skip {
				continue
			}
			if top.verbatim {
				b.Separate(textbuild.SepLine)
				b.Write(b.Repair(l))
				continue
			}
		}
		if k, ok := delimiters[key]; ok && len(stack) < 32 {
			endPara()
			stack = append(stack, block{delim: key, verbatim: k.verbatim, skip: k.skip})
			b.Separate(textbuild.SepPara)
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			endPara()
		case strings.HasPrefix(t, "//"):
			// comment line
		case attrEntry.MatchString(t):
			p.attr(t)
		case blockAttr.MatchString(t):
			endPara()
		case t == "'''" || t == "<<<" || t == "+":
			endPara()
		case !para && i+1 < len(lines) && underline(t, lines[i+1]) > 0:
			b.Separate(textbuild.SepPara)
			sp := b.Open()
			p.w.Write(b, p.expand(t))
			b.Heading(sp, underline(t, lines[i+1]))
			b.Separate(textbuild.SepPara)
			i++
		case heading.MatchString(l) && !para:
			m := heading.FindStringSubmatch(l)
			b.Separate(textbuild.SepPara)
			sp := b.Open()
			p.w.Write(b, p.expand(m[2]))
			b.Heading(sp, len(m[1]))
			b.Separate(textbuild.SepPara)
		case blockImage.MatchString(t):
			endPara()
			m := blockImage.FindStringSubmatch(t)
			alt := attrText(m[2])
			b.Image(b.Clean(alt), m[1])
		case len(t) > 1 && t[0] == '.' && t[1] != '.' && t[1] != ' ' && !para:
			// block title
			b.Separate(textbuild.SepPara)
			p.w.Write(b, p.expand(t[1:]))
			b.Separate(textbuild.SepLine)
		case listItem.MatchString(l):
			m := listItem.FindStringSubmatch(l)
			b.Separate(textbuild.SepLine)
			p.w.Write(b, p.expand(strings.TrimPrefix(strings.TrimPrefix(m[1], "[ ] "), "[x] ")))
			para = true
		case strings.HasPrefix(t, "|"):
			b.Separate(textbuild.SepLine)
			for k, cell := range strings.Split(t[1:], "|") {
				if k > 0 {
					b.Separate(textbuild.SepCell)
				}
				p.w.Write(b, p.expand(cell))
			}
			para = true
		case !para && dlistItem.MatchString(t) && !strings.Contains(t, "://"):
			m := dlistItem.FindStringSubmatch(t)
			b.Separate(textbuild.SepLine)
			p.w.Write(b, p.expand(m[1]))
			if m[2] != "" {
				b.Write(":")
				b.Separate(textbuild.SepSpace)
				p.w.Write(b, p.expand(m[2]))
			}
			b.Separate(textbuild.SepLine)
		default:
			if para {
				b.Separate(textbuild.SepSpace)
			} else {
				b.Separate(textbuild.SepPara)
			}
			p.w.Write(b, p.expand(admonition(strings.TrimSuffix(t, " +"))))
			para = true
		}
	}
}

// expand replaces attribute references.
func (p *parser) expand(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	return attrRef.ReplaceAllStringFunc(s, p.attrValue)
}

// admonition removes a "NOTE: " style label.
func admonition(s string) string {
	for _, l := range []string{"NOTE: ", "TIP: ", "IMPORTANT: ", "WARNING: ", "CAUTION: "} {
		if strings.HasPrefix(s, l) {
			return s[len(l):]
		}
	}
	return s
}

// underline returns the level of a two-line (Setext) title whose text is
// title and whose underline is next: = 1, - 2, ~ 3, ^ 4, + 5; 0 when next is
// not an underline of about the title's length.
func underline(title, next string) int {
	next = strings.TrimRight(next, " \t")
	title = strings.TrimSpace(title)
	if len(next) < 2 || title == "" || strings.ContainsAny(title[:1], "=-~^+.*[/|:") {
		return 0
	}
	level := strings.IndexByte("=-~^+", next[0]) + 1
	if level == 0 || strings.Trim(next, next[:1]) != "" {
		return 0
	}
	n := utf8.RuneCountInString(title)
	if len(next) < n-2 || len(next) > n+2 {
		return 0
	}
	return level
}
