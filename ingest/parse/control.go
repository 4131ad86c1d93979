package parse

import (
	"math/bits"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// isControl reports whether c is a C0 control character or DEL other than
// tab, newline and carriage return: characters that are never text, that
// the store refuses (NUL) or that a terminal interprets (ESC, BEL).
func isControl(c byte) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
}

// firstControl returns the index of the first control byte of s (as
// isControl), or len(s). It tests eight bytes at a time: a word with no
// byte below 0x20 and none equal to 0x7f holds no control, and only the
// rare words with one (a line break, a tab) are looked at byte by byte.
func firstControl(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one bounds check: the compiler loads the word at once
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		below := (w - ones*0x20) &^ w & highs // a byte below 0x20
		x := w ^ (ones * 0x7f)
		del := (x - ones) &^ x & highs // a byte equal to 0x7f
		if below|del == 0 {
			continue
		}
		// the word holds a byte below 0x20 (most often a line break) or
		// maybe 0x7f: the exact test, byte by byte in the word's bits
		if m := controlBytes(w); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if isControl(s[i]) {
			return i
		}
	}
	return len(s)
}

// controlBytes returns the high bits of the bytes of w that are controls
// (as isControl). Each test works on the bytes' low seven bits, whose sums
// cannot carry into the next byte, so that no byte's answer depends on
// another's.
func controlBytes(w uint64) uint64 {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	// zero has the high bit of each zero byte of x
	zero := func(x uint64) uint64 { return ^((x & low7) + low7 | x) & highs }
	below := ^((w & low7) + ones*0x60 | w) & highs // bytes below 0x20
	kept := zero(w^ones*'\t') | zero(w^ones*'\n') | zero(w^ones*'\r')
	return below&^kept | zero(w^ones*0x7f)
}

// blankControls replaces control characters in s by spaces (one byte for
// one, so offsets into the text stay valid) and counts them.
func blankControls(s string, n *int) string {
	// a byte below 0x80 is always a whole rune in UTF-8 (and decodes as
	// itself in invalid text), so a byte scan finds the same controls as
	// decoding runes, without decoding
	i := firstControl(s)
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for j := i; j < len(b); j++ {
		if isControl(b[j]) {
			b[j] = ' '
			*n++
		}
	}
	return string(b)
}

// cleanControls blanks the control characters of every text field of d
// (front matter values decoded from escapes such as "\0" or "\e" included)
// and returns how many it replaced.
func cleanControls(d *doc.Document) int {
	n := 0
	d.Title = blankControls(d.Title, &n)
	d.Date = blankControls(d.Date, &n)
	d.Language = blankControls(d.Language, &n)
	d.URL = blankControls(d.URL, &n)
	d.Text = blankControls(d.Text, &n)
	for _, l := range [][]string{d.Authors, d.Tags, d.Keywords} {
		for i := range l {
			l[i] = blankControls(l[i], &n)
		}
	}
	for k, v := range d.Meta {
		if c := blankControls(v, &n); c != v {
			d.Meta[k] = c
		}
	}
	// The copies of Text's pieces: blanked the same way, they still match
	// Text at their offsets. They are not counted again.
	var dup int
	for i := range d.Sections {
		d.Sections[i].Heading = blankControls(d.Sections[i].Heading, &dup)
	}
	for i := range d.Links {
		d.Links[i].Anchor = blankControls(d.Links[i].Anchor, &dup)
		d.Links[i].URL = blankControls(d.Links[i].URL, &n)
	}
	for i := range d.Alts {
		d.Alts[i].Text = blankControls(d.Alts[i].Text, &dup)
	}
	return n
}
