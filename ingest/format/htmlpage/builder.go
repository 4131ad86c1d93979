package htmlpage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// builder accumulates Text: it collapses white space, writes paragraph and
// line breaks only between pieces of text, and places marks (the start of a
// link, heading or caption) on the first byte written after they open.
type builder struct {
	buf   []byte
	brk   int  // pending break before the next text: 0, 1 ("\n") or 2 ("\n\n")
	space bool // pending space before the next text
	marks []*mark
}

// mark is an offset waiting for the first text written after it opened.
type mark struct{ start int }

// open starts a mark.
func (b *builder) open() *mark {
	m := &mark{start: -1}
	b.marks = append(b.marks, m)
	return m
}

// close ends a mark and returns the span of text written since it opened.
func (b *builder) close(m *mark) (start, end int) {
	for i, o := range b.marks {
		if o == m {
			b.marks = append(b.marks[:i], b.marks[i+1:]...)
			break
		}
	}
	if m.start < 0 {
		return len(b.buf), len(b.buf)
	}
	return m.start, len(b.buf)
}

// block asks for a break (1: new line, 2: new paragraph) before the next text.
func (b *builder) block(n int) {
	if n > b.brk {
		b.brk = n
	}
	b.space = false
}

// flush writes the pending separator and starts waiting marks.
func (b *builder) flush() {
	switch {
	case len(b.buf) == 0:
	case b.brk > 0:
		for i := 0; i < b.brk; i++ {
			b.buf = append(b.buf, '\n')
		}
	case b.space:
		b.buf = append(b.buf, ' ')
	}
	b.brk, b.space = 0, false
	for _, m := range b.marks {
		if m.start < 0 {
			m.start = len(b.buf)
		}
	}
	b.marks = b.marks[:0]
}

// text writes s with white space collapsed.
func (b *builder) text(s string) {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if isSpace(r) {
			if len(b.buf) > 0 && b.brk == 0 {
				b.space = true
			}
			s = s[n:]
			continue
		}
		end := 0
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if isSpace(r) {
				break
			}
			end += n
		}
		b.flush()
		b.buf = append(b.buf, s[:end]...)
		s = s[end:]
	}
}

// pre writes s keeping its line breaks (trailing ones become a pending break).
func (b *builder) pre(s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	trimmed := strings.TrimRight(s, " \t\n\r\u00a0")
	if strings.TrimSpace(trimmed) == "" {
		if strings.Contains(s, "\n") {
			b.block(1)
		}
		return
	}
	lead := len(trimmed) - len(strings.TrimLeft(trimmed, " \t\n\r"))
	if lead > 0 && strings.Contains(trimmed[:lead], "\n") {
		b.block(1)
		trimmed = trimmed[strings.LastIndexByte(trimmed[:lead], '\n')+1:]
	}
	b.flush()
	b.buf = append(b.buf, trimmed...)
	if strings.Contains(s[len(trimmed):], "\n") {
		b.block(1)
	} else if len(trimmed) < len(s) {
		b.space = true
	}
}

func (b *builder) String() string { return string(b.buf) }

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}
