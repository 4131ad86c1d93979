package orgmode

import (
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/internal/inline"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/talkgraph/talkgraph/ingest/textfix"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Format is the name Parse sets on the documents it returns.
const Format = "orgmode"

var (
	// "#+KEY: value" in-buffer setting.
	keyword = lazyre.New(`^\s*#\+([A-Za-z][\w-]*):\s*(.*?)\s*$`)
	// "** TODO [#A] Heading   :tag:tag:".
	headingRE = lazyre.New(`^(\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|CANCELLED)\s+)?(?:\[#[A-Z0-9]\]\s+)?(.*?)(?:\s+(:[\w@#%:]+:))?\s*$`)
	// "#+BEGIN_SRC go" / "#+END_SRC".
	blockBegin = lazyre.New(`(?i)^\s*#\+begin_(\w+)`)
	// list item: "- x", "+ x", "1. x", "1) x", indented "* x".
	listItem = lazyre.New(`^(?:\s*[-+]|\s+\*|\s*\d+[.)]|\s*[a-z][.)])\s+(?:\[[ X-]\]\s+)?(.*)$`)
	// "term :: description" in a list item.
	descItem = lazyre.New(`^(.*?)\s+::\s*(.*)$`)
	// a property drawer line ":KEY: value".
	property = lazyre.New(`^\s*:([\w-]+):\s*(.*?)\s*$`)
	// "[fn:1]" footnote reference or definition label.
	footnote = lazyre.New(`\[fn:[\w-]*\]`)
	// a line holding only an image link: "[[file:x.png]]".
	imageLine = lazyre.New(`(?i)^\[\[((?:file:)?[^\[\]]+\.(?:png|jpe?g|gif|svg|webp))\]\]$`)
)

// imageExt are link targets shown as images.
var imageExt = map[string]bool{".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".webp": true}

// linkPiece turns an Org link target and description into what is written.
func linkPiece(target, desc string) inline.Piece {
	target = strings.TrimSpace(target)
	low := strings.ToLower(target)
	isImage := imageExt[strings.ToLower(path.Ext(strings.SplitN(target, "?", 2)[0]))]
	if strings.HasPrefix(low, "file:") {
		target = target[len("file:"):]
		if isImage && desc == "" {
			return inline.Piece{URL: target, Image: true}
		}
		if desc == "" {
			desc = target
		}
		return inline.Piece{Text: desc}
	}
	switch {
	case strings.HasPrefix(low, "http://"), strings.HasPrefix(low, "https://"), strings.HasPrefix(low, "mailto:"),
		strings.HasPrefix(low, "ftp://"), strings.HasPrefix(low, "gemini://"):
		if isImage && desc == "" {
			return inline.Piece{URL: target, Image: true}
		}
		if desc == "" {
			return inline.Piece{Text: target, URL: target, Raw: true}
		}
		return inline.Piece{Text: desc, URL: target}
	case isImage && desc == "":
		return inline.Piece{URL: target, Image: true}
	}
	// internal links: #custom-id, *Heading, id:..., a bare file name
	if desc == "" {
		desc = strings.TrimLeft(strings.TrimPrefix(target, "id:"), "#*")
	}
	return inline.Piece{Text: desc}
}

// rules (compiled on first use) are Org's inline constructs.
var rules = sync.OnceValue(func() []inline.Rule {
	return []inline.Rule{
		{RE: regexp.MustCompile(`\[\[([^\[\]]+)\](?:\[([^\]]*)\])?\]`), Piece: func(m []string) inline.Piece {
			return linkPiece(m[1], m[2])
		}},
		{RE: regexp.MustCompile(`<((?:https?|mailto):[^\s<>]+)>`), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: m[1], URL: m[1], Raw: true}
		}},
		{RE: regexp.MustCompile(`[<\[]\d{4}-\d{2}-\d{2}(?: [A-Za-z.]{2,4})?(?: \d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?[>\]]`), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: strings.Trim(m[0], "<>[]"), Raw: true}
		}},
		{RE: footnote.Re(), Piece: func(m []string) inline.Piece { return inline.Piece{} }},
	}
})

// skipKeywords are in-buffer settings that are not post metadata.
var skipKeywords = map[string]bool{
	"options": true, "startup": true, "setupfile": true, "email": true, "html_head": true,
	"html_head_extra": true, "latex_class": true, "latex_header": true, "name": true, "results": true,
	"attr_html": true, "attr_latex": true, "include": true, "property": true, "seq_todo": true,
	"todo": true, "typ_todo": true, "link": true, "bind": true, "export_file_name": true, "hugo_base_dir": true,
	"hugo_section": true, "hugo_front_matter_format": true, "creator": true, "macro": true, "call": true,
	"infojs_opt": true, "html_link_home": true, "html_link_up": true, "tblfm": true, "plot": true,
}

// Parse reads an Org-mode post. source is its path or URL (used for the
// date and title fallbacks); fx repairs mojibake and may be nil.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	if fx == nil {
		fx = textfix.New()
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	d := &doc.Document{Source: source, Format: Format}
	p := &parser{
		b:      textbuild.New(fx, d, len(s)),
		w:      inline.New(rules(), "*", "/", "_", "=", "~", "+"),
		fields: map[string]any{},
		props:  map[string]string{},
	}
	p.body(strings.Split(s, "\n"))
	p.flushCaption()
	d.Text = p.b.Text()
	textbuild.LinkBareURLs(d)
	p.finishFields()
	metadata.Apply(d, p.fields, fx)
	if d.Title == "" && len(d.Sections) > 0 {
		d.Title = metadata.CleanTitle(d.Sections[0].Heading)
	}
	metadata.FillDefaults(d)
	return d, nil
}

type parser struct {
	b      *textbuild.Builder
	w      *inline.Writer
	fields map[string]any    // metadata from #+KEYWORD lines
	props  map[string]string // first property drawer's properties (ox-hugo EXPORT_*)
	tags   []any
	// firstTags are the tags of the first heading (ox-hugo post tags).
	firstTags string
	headings  int
	caption   string // a #+CAPTION waiting for its image
}

// keyword records one "#+KEY: value" setting.
func (p *parser) keyword(key, val string) {
	key = strings.ToLower(key)
	if skipKeywords[key] || val == "" {
		return
	}
	switch key {
	case "filetags", "tags", "hugo_tags", "hugo_categories", "category":
		for _, t := range orgTags(val) {
			p.tags = appendOnce(p.tags, t)
		}
	case "date", "hugo_publishdate":
		if _, ok := p.fields["date"]; !ok {
			p.fields["date"] = strings.Trim(val, "<>[]")
		}
	case "author":
		if _, ok := p.fields["author"]; !ok {
			p.fields["author"] = val
		}
	case "hugo_lastmod":
		p.fields["lastmod"] = strings.Trim(val, "<>[]")
	case "hugo_draft":
	case "caption":
	default:
		if _, ok := p.fields[key]; !ok {
			p.fields[key] = val
		}
	}
}

// orgTags splits ":a:b:" and "a b, c" tag lists.
func orgTags(val string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(val, func(r rune) bool { return r == ':' || r == ' ' || r == ',' || r == '\t' }) {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func appendOnce(list []any, v string) []any {
	for _, e := range list {
		if e == v {
			return list
		}
	}
	return append(list, v)
}

// finishFields completes the metadata from the property drawer (ox-hugo
// EXPORT_DATE, EXPORT_TITLE, EXPORT_AUTHOR) and the tags.
func (p *parser) finishFields() {
	for _, k := range []string{"title", "date", "author"} {
		for _, pk := range []string{"export_" + k, k} {
			if v, ok := p.props[pk]; ok && v != "" {
				if _, set := p.fields[k]; !set {
					p.fields[k] = strings.Trim(v, "<>[]")
				}
			}
		}
	}
	if p.props["export_file_name"] != "" || p.props["export_title"] != "" {
		for _, t := range orgTags(p.firstTags) {
			p.tags = appendOnce(p.tags, t)
		}
	}
	if len(p.tags) > 0 {
		p.fields["tags"] = p.tags
	}
}

// body reads every line.
func (p *parser) body(lines []string) {
	b := p.b
	var block string // open #+BEGIN_ block name, lower case
	drawer := false
	para := false
	endPara := func() {
		if para {
			b.Separate(textbuild.SepPara)
			para = false
		}
	}
	for _, raw := range lines {
		l := strings.TrimRight(raw, " \t")
		t := strings.TrimSpace(l)
		if block != "" {
			if strings.EqualFold(t, "#+end_"+block) || (strings.HasPrefix(strings.ToLower(t), "#+end_"+block) && len(t) > 6) {
				block = ""
				b.Separate(textbuild.SepPara)
				continue
			}
			switch block {
			case "src", "example", "verse":
				b.Separate(textbuild.SepLine)
				b.Write(b.Repair(l))
				continue
			case "quote", "center", "notes":
			default: // comment, export, html, latex, results...
				continue
			}
		}
		if drawer {
			if strings.EqualFold(t, ":end:") {
				drawer = false
			} else if m := property.FindStringSubmatch(t); m != nil {
				k := strings.ToLower(m[1])
				if _, ok := p.props[k]; !ok {
					p.props[k] = m[2]
				}
			}
			continue
		}
		if p.caption != "" {
			if m := imageLine.FindStringSubmatch(t); m != nil {
				endPara()
				b.Image(b.Clean(p.caption), strings.TrimPrefix(m[1], "file:"))
				p.caption = ""
				continue
			}
			if !keyword.MatchString(t) {
				p.flushCaption()
			}
		}
		switch {
		case t == "":
			endPara()
		case blockBegin.MatchString(t):
			endPara()
			block = strings.ToLower(blockBegin.FindStringSubmatch(t)[1])
			b.Separate(textbuild.SepPara)
		case keyword.MatchString(t):
			m := keyword.FindStringSubmatch(t)
			if strings.EqualFold(m[1], "caption") && m[2] != "" {
				endPara()
				p.flushCaption()
				p.caption = m[2]
				continue
			}
			p.keyword(m[1], m[2])
		case strings.HasPrefix(t, "#") && (len(t) == 1 || t[1] == ' ' || t[1] == '+'):
			// comment line
		case strings.HasPrefix(t, ":") && strings.HasSuffix(t, ":") && len(t) > 2 && !strings.Contains(t, " "):
			endPara()
			drawer = true // :PROPERTIES:, :LOGBOOK:
		case headingRE.MatchString(l) && l[0] == '*':
			endPara()
			m := headingRE.FindStringSubmatch(l)
			if p.headings == 0 {
				p.firstTags = m[3]
			}
			p.headings++
			b.Separate(textbuild.SepPara)
			sp := b.Open()
			p.w.Write(b, m[2])
			b.Heading(sp, min(len(m[1]), 6))
			b.Separate(textbuild.SepPara)
		case strings.HasPrefix(t, "|"):
			if strings.HasPrefix(t, "|-") || strings.HasPrefix(t, "|=") {
				continue
			}
			b.Separate(textbuild.SepLine)
			cells := strings.Split(strings.Trim(t, "|"), "|")
			for k, c := range cells {
				if k > 0 {
					b.Separate(textbuild.SepCell)
				}
				p.w.Write(b, c)
			}
			para = true
		case t == ":" || strings.HasPrefix(t, ": "):
			b.Separate(textbuild.SepLine)
			b.Write(b.Repair(strings.TrimPrefix(t, ":")))
			para = true
		case isRule(t):
			endPara()
		case listItem.MatchString(l):
			m := listItem.FindStringSubmatch(l)
			b.Separate(textbuild.SepLine)
			item := m[1]
			if dm := descItem.FindStringSubmatch(item); dm != nil {
				p.w.Write(b, dm[1])
				b.Write(":")
				b.Separate(textbuild.SepSpace)
				item = dm[2]
			}
			p.w.Write(b, item)
			para = true
		default:
			if para {
				b.Separate(textbuild.SepSpace)
			} else {
				b.Separate(textbuild.SepPara)
			}
			p.w.Write(b, t)
			para = true
		}
	}
}

// flushCaption writes a caption that no image followed as a line of text.
func (p *parser) flushCaption() {
	if p.caption == "" {
		return
	}
	p.b.Separate(textbuild.SepPara)
	p.w.Write(p.b, p.caption)
	p.b.Separate(textbuild.SepPara)
	p.caption = ""
}

// isRule reports a horizontal rule: five or more dashes.
func isRule(t string) bool {
	return len(t) >= 5 && strings.Trim(t, "-") == ""
}
