package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// separator kinds, weakest first.
const (
	sepNone = iota
	sepSpace
	sepCell
	sepLine
	sepPara
)

// textBuilder accumulates Text with lazily written separators: whitespace
// is only ever written right before content, so Text never ends in
// whitespace and span offsets never cover a separator.
type textBuilder struct {
	fx    *textfix.Fixer
	buf   []byte
	sep   int
	spans []*span // open spans waiting for their first content
	d     *doc.Document
}

// span is an open region of Text (a link anchor, a heading, an alt text).
type span struct {
	start int // -1 until content is written
}

func newTextBuilder(fx *textfix.Fixer, d *doc.Document, sizeHint int) *textBuilder {
	return &textBuilder{fx: fx, d: d, buf: make([]byte, 0, sizeHint)}
}

// separate raises the pending separator to at least k.
func (b *textBuilder) separate(k int) {
	if k > b.sep {
		b.sep = k
	}
}

// clean repairs mojibake and decodes entities.
func (b *textBuilder) clean(s string) string {
	if b.fx != nil {
		return b.fx.Clean(s)
	}
	return textfix.Entities(s)
}

// write appends s (already clean): leading and trailing whitespace turn into
// pending separators.
func (b *textBuilder) write(s string) {
	if s == "" {
		return
	}
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(trimmed) < len(s) {
		b.separate(wsKind(s[:len(s)-len(trimmed)]))
	}
	body := strings.TrimRightFunc(trimmed, unicode.IsSpace)
	if body == "" {
		return
	}
	if len(b.buf) > 0 {
		switch b.sep {
		case sepSpace:
			b.buf = append(b.buf, ' ')
		case sepCell:
			b.buf = append(b.buf, " | "...)
		case sepLine:
			b.buf = append(b.buf, '\n')
		case sepPara:
			b.buf = append(b.buf, '\n', '\n')
		}
	}
	b.sep = sepNone
	for _, sp := range b.spans {
		sp.start = len(b.buf)
	}
	b.spans = b.spans[:0]
	b.buf = append(b.buf, body...)
	if len(body) < len(trimmed) {
		b.separate(wsKind(trimmed[len(body):]))
	}
}

// writeASCII is write for text known to be ASCII and clean, without
// converting it to a string first.
func (b *textBuilder) writeASCII(v []byte) {
	i, j := 0, len(v)
	for i < j && isSpaceByte(v[i]) {
		i++
	}
	if i > 0 {
		b.separate(wsKind(string(v[:i])))
	}
	if i == j {
		return
	}
	for j > i && isSpaceByte(v[j-1]) {
		j--
	}
	if len(b.buf) > 0 {
		switch b.sep {
		case sepSpace:
			b.buf = append(b.buf, ' ')
		case sepCell:
			b.buf = append(b.buf, " | "...)
		case sepLine:
			b.buf = append(b.buf, '\n')
		case sepPara:
			b.buf = append(b.buf, '\n', '\n')
		}
	}
	b.sep = sepNone
	for _, sp := range b.spans {
		sp.start = len(b.buf)
	}
	b.spans = b.spans[:0]
	b.buf = append(b.buf, v[i:j]...)
	if j < len(v) {
		b.separate(wsKind(string(v[j:])))
	}
}

// plainASCII reports whether v needs no cleaning or unescaping.
func plainASCII(v []byte) bool {
	for _, c := range v {
		if c >= utf8.RuneSelf || c == '&' || c == '\\' || c == 0 {
			return false
		}
	}
	return true
}

// wsKind says which separator a run of whitespace stands for.
func wsKind(ws string) int {
	if strings.Contains(ws, "\n\n") {
		return sepPara
	}
	if strings.ContainsRune(ws, '\n') {
		return sepLine
	}
	return sepSpace
}

// open starts a span at the next content.
func (b *textBuilder) open() *span {
	sp := &span{start: -1}
	b.spans = append(b.spans, sp)
	return sp
}

// close ends sp and returns its offsets; an empty span sits at the end.
func (b *textBuilder) close(sp *span) (int, int) {
	if sp.start < 0 {
		for i, o := range b.spans {
			if o == sp {
				b.spans = append(b.spans[:i], b.spans[i+1:]...)
				break
			}
		}
		return len(b.buf), len(b.buf)
	}
	return sp.start, len(b.buf)
}

// link records a link over the span.
func (b *textBuilder) link(sp *span, url string, image bool) {
	s, e := b.close(sp)
	b.d.Links = append(b.d.Links, doc.Link{Anchor: string(b.buf[s:e]), URL: url, Start: s, End: e, Image: image})
}

// image writes alt as a line of its own, records it as an alt text and the
// source as an image link.
func (b *textBuilder) image(alt, src string) {
	alt = collapseSpace(alt)
	b.separate(sepLine)
	sp := b.open()
	b.write(alt)
	s, e := b.close(sp)
	if e > s {
		b.d.Alts = append(b.d.Alts, doc.Span{Text: string(b.buf[s:e]), Start: s, End: e})
	}
	if src != "" {
		b.d.Links = append(b.d.Links, doc.Link{Anchor: string(b.buf[s:e]), URL: src, Start: s, End: e, Image: true})
	}
	b.separate(sepLine)
}

// heading records a section over the span.
func (b *textBuilder) heading(sp *span, level int) {
	s, e := b.close(sp)
	if e > s {
		b.d.Sections = append(b.d.Sections, doc.Section{Heading: string(b.buf[s:e]), Level: level, Start: s})
	}
}

// text returns the Text built so far.
func (b *textBuilder) text() string { return string(b.buf) }

// collapseSpace turns every run of whitespace into one space and trims.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func needsCollapse(s string) bool {
	prev := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
			if sp && (prev || c != ' ') {
				return true
			}
			prev = sp
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return true
		}
		prev = false
		i += n
	}
	return prev && len(s) > 0
}

// spanAt is the doc.Span over buf[s:e].
func spanAt(b *textBuilder, s, e int) doc.Span {
	return doc.Span{Text: string(b.buf[s:e]), Start: s, End: e}
}
