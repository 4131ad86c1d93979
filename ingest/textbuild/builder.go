package textbuild

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// separator kinds, weakest first.
const (
	SepNone = iota
	SepSpace
	SepCell
	SepLine
	SepPara
)

// Builder accumulates Text with lazily written separators: whitespace
// is only ever written right before content, so Text never ends in
// whitespace and span offsets never cover a separator.
type Builder struct {
	fx    *textfix.Fixer
	buf   strings.Builder // Text so far; its String() is shared by the pieces cut from it, not copied
	sep   int
	spans []*Span // open spans waiting for their first content
	d     *doc.Document
}

// Span is an open region of Text (a link anchor, a heading, an alt text).
type Span struct {
	start int // -1 until content is written
}

func New(fx *textfix.Fixer, d *doc.Document, sizeHint int) *Builder {
	b := &Builder{fx: fx, d: d}
	b.buf.Grow(sizeHint)
	return b
}

// separate raises the pending separator to at least k.
func (b *Builder) Separate(k int) {
	if k > b.sep {
		b.sep = k
	}
}

// clean repairs mojibake and decodes entities.
func (b *Builder) Clean(s string) string {
	if b.fx != nil {
		return b.fx.Clean(s)
	}
	return textfix.Entities(s)
}

// write appends s (already clean): leading and trailing whitespace turn into
// pending separators.
func (b *Builder) Write(s string) {
	if s == "" {
		return
	}
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(trimmed) < len(s) {
		b.Separate(wsKind(s[:len(s)-len(trimmed)]))
	}
	body := strings.TrimRightFunc(trimmed, unicode.IsSpace)
	if body == "" {
		return
	}
	b.beginContent()
	b.buf.WriteString(body)
	if len(body) < len(trimmed) {
		b.Separate(wsKind(trimmed[len(body):]))
	}
}

// beginContent writes the pending separator (only ever right before
// content) and opens the spans waiting for their first content here.
func (b *Builder) beginContent() {
	if b.buf.Len() > 0 {
		switch b.sep {
		case SepSpace:
			b.buf.WriteByte(' ')
		case SepCell:
			b.buf.WriteString(" | ")
		case SepLine:
			b.buf.WriteByte('\n')
		case SepPara:
			b.buf.WriteString("\n\n")
		}
	}
	b.sep = SepNone
	for _, sp := range b.spans {
		sp.start = b.buf.Len()
	}
	b.spans = b.spans[:0]
}

// WriteASCII is Write for text known to be ASCII and clean, without
// converting it to a string first.
func (b *Builder) WriteASCII(v []byte) {
	i, j := 0, len(v)
	for i < j && isSpaceByte(v[i]) {
		i++
	}
	if i > 0 {
		b.Separate(wsKind(string(v[:i])))
	}
	if i == j {
		return
	}
	for j > i && isSpaceByte(v[j-1]) {
		j--
	}
	b.beginContent()
	b.buf.Write(v[i:j])
	if j < len(v) {
		b.Separate(wsKind(string(v[j:])))
	}
}

// PlainASCII reports whether v needs no cleaning or unescaping: it holds
// no byte past ASCII, no '&', '\\' or NUL.
func PlainASCII(v []byte) bool {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	// zero has the high bit of each zero byte of x (the sums on the low
	// seven bits cannot carry into the next byte: each byte's answer is
	// exact)
	zero := func(x uint64) uint64 { return ^((x & low7) + low7 | x) & highs }
	i := 0
	for ; i+8 <= len(v); i += 8 {
		b := v[i : i+8 : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if (w&highs)|zero(w)|zero(w^ones*'&')|zero(w^ones*'\\') != 0 {
			return false
		}
	}
	for _, c := range v[i:] {
		if c >= utf8.RuneSelf || c == '&' || c == '\\' || c == 0 {
			return false
		}
	}
	return true
}

// wsKind says which separator a run of whitespace stands for.
func wsKind(ws string) int {
	if strings.Contains(ws, "\n\n") {
		return SepPara
	}
	if strings.ContainsRune(ws, '\n') {
		return SepLine
	}
	return SepSpace
}

// open starts a span at the next content.
func (b *Builder) Open() *Span {
	sp := &Span{start: -1}
	b.spans = append(b.spans, sp)
	return sp
}

// close ends sp and returns its offsets; an empty span sits at the end.
func (b *Builder) Close(sp *Span) (int, int) {
	if sp.start < 0 {
		for i, o := range b.spans {
			if o == sp {
				b.spans = append(b.spans[:i], b.spans[i+1:]...)
				break
			}
		}
		return b.buf.Len(), b.buf.Len()
	}
	return sp.start, b.buf.Len()
}

// link records a link over the span.
func (b *Builder) Link(sp *Span, url string, image bool) {
	s, e := b.Close(sp)
	b.d.Links = append(b.d.Links, doc.Link{Anchor: b.cut(s, e), URL: url, Start: s, End: e, Image: image})
}

// image writes alt as a line of its own, records it as an alt text and the
// source as an image link.
func (b *Builder) Image(alt, src string) {
	alt = CollapseSpace(alt)
	b.Separate(SepLine)
	sp := b.Open()
	b.Write(alt)
	s, e := b.Close(sp)
	if e > s {
		b.d.Alts = append(b.d.Alts, doc.Span{Text: b.cut(s, e), Start: s, End: e})
	}
	if src != "" {
		b.d.Links = append(b.d.Links, doc.Link{Anchor: b.cut(s, e), URL: src, Start: s, End: e, Image: true})
	}
	b.Separate(SepLine)
}

// Mark records a span of markup (list item, emphasis, quotation) over sp;
// an empty span records nothing.
func (b *Builder) Mark(sp *Span, kind doc.MarkKind) {
	s, e := b.Close(sp)
	if e > s {
		b.d.Marks = append(b.d.Marks, doc.Mark{Kind: kind, Start: s, End: e})
	}
}

// heading records a section over the span.
func (b *Builder) Heading(sp *Span, level int) {
	s, e := b.Close(sp)
	if e > s {
		b.d.Sections = append(b.d.Sections, doc.Section{Heading: b.cut(s, e), Level: level, Start: s})
	}
}

// Text returns the Text built so far (without copying it).
func (b *Builder) Text() string { return b.buf.String() }

// cut is Text()[s:e], sharing its bytes.
func (b *Builder) cut(s, e int) string { return b.buf.String()[s:e] }

// CollapseSpace turns every run of whitespace into one space and trims.
func CollapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsCollapse tells whether CollapseSpace would change s: white space
// other than single spaces between words. Eight ASCII bytes at a time, by
// exact per-byte bit tests (the sums on the low seven bits cannot carry
// into the next byte); from the first word with a non-ASCII byte on, rune
// by rune.
func needsCollapse(s string) bool {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	zero := func(x uint64) uint64 { return ^((x & low7) + low7 | x) & highs }
	prev := true // the byte before is a space (or s starts)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&highs != 0 {
			break
		}
		// '\t', '\n', '\v', '\f', '\r': 9 to 13
		if (w+0x7777777777777777)&^(w+0x7272727272727272)&highs != 0 {
			return true
		}
		sp := zero(w ^ ones*' ')
		if sp&(sp<<8) != 0 || prev && sp&0x80 != 0 {
			return true // two spaces in a row, or a space first
		}
		prev = sp>>63 != 0
	}
	for i < len(s) {
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

// SpanAt is the doc.Span over buf[s:e].
func SpanAt(b *Builder, s, e int) doc.Span {
	return doc.Span{Text: b.cut(s, e), Start: s, End: e}
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// Repair fixes mojibake in s (nothing else), if the Builder has a Fixer.
func (b *Builder) Repair(s string) string {
	if b.fx == nil {
		return s
	}
	return b.fx.Mojibake(s)
}

// Doc is the document the Builder fills (links, alts and sections go there).
func (b *Builder) Doc() *doc.Document { return b.d }
