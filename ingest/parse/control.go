package parse

import (
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// isControl reports whether c is a C0 control character or DEL other than
// tab, newline and carriage return: characters that are never text, that
// the store refuses (NUL) or that a terminal interprets (ESC, BEL).
func isControl(c byte) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
}

// blankControls replaces control characters in s by spaces (one byte for
// one, so offsets into the text stay valid) and counts them.
func blankControls(s string, n *int) string {
	// a byte below 0x80 is always a whole rune in UTF-8 (and decodes as
	// itself in invalid text), so a byte scan finds the same controls as
	// decoding runes, without decoding
	i := 0
	for i < len(s) && !isControl(s[i]) {
		i++
	}
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
