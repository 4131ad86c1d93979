package extract

import (
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// The markup-candidate layer: the spans of a post that its markup sets
// apart (headings, list items, emphasis, quotations, links) are where
// titles and names stand. Rules that look for talk titles, speakers or
// project names start from these candidates instead of scanning every
// word of the text.

// candKind says which markup set a candidate apart.
type candKind uint8

// Kinds of candidate, from the markup.
const (
	candHeading  candKind = iota + 1 // a section heading
	candListItem                     // the text of a list item
	candEmphasis                     // *em*, <em>, <i>
	candStrong                       // **strong**, <b>
	candQuote                        // a block quotation
	candQuoted                       // text between quotation marks in prose ("…", “…”)
	candLink                         // a link's anchor
	candCode                         // a code span
)

// String names the kind (for rule names and tests).
func (k candKind) String() string {
	switch k {
	case candHeading:
		return "heading"
	case candListItem:
		return "list-item"
	case candEmphasis:
		return "emphasis"
	case candStrong:
		return "strong"
	case candQuote:
		return "quote"
	case candQuoted:
		return "quoted"
	case candLink:
		return "link"
	case candCode:
		return "code"
	}
	return "markup"
}

// candidate is one span of Text set apart by markup.
type candidate struct {
	kind       candKind
	start, end int
	link       int // index into Document.Links for candLink, else -1
}

// maxQuoted bounds the length of a quoted candidate (a title, not a
// quoted paragraph).
const maxQuoted = 200

// markupCandidates lists the candidates of d sorted by start, longest
// first at equal starts. It runs in time linear in the text and the markup.
func markupCandidates(d *doc.Document) []candidate {
	t := d.Text
	quoted := quotedCandidates(t) // first, to size out: no growth below
	out := make([]candidate, 0, len(d.Sections)+len(d.Marks)+len(d.Links)+len(quoted))
	for _, s := range d.Sections {
		if e := s.Start + len(s.Heading); s.Start >= 0 && e <= len(t) && e > s.Start {
			out = append(out, candidate{kind: candHeading, start: s.Start, end: e, link: -1})
		}
	}
	for _, m := range d.Marks {
		if m.Start < 0 || m.End > len(t) || m.End <= m.Start {
			continue
		}
		k := candKind(0)
		switch m.Kind {
		case doc.MarkListItem:
			k = candListItem
		case doc.MarkEmphasis:
			k = candEmphasis
		case doc.MarkStrong:
			k = candStrong
		case doc.MarkQuote:
			k = candQuote
		case doc.MarkCode:
			k = candCode
		default:
			continue
		}
		s, e := trimSpan(t, m.Start, m.End)
		if e > s {
			out = append(out, candidate{kind: k, start: s, end: e, link: -1})
		}
	}
	for i, l := range d.Links {
		if l.Image || l.Start < 0 || l.End > len(t) || l.End <= l.Start {
			continue
		}
		out = append(out, candidate{kind: candLink, start: l.Start, end: l.End, link: i})
	}
	out = append(out, quoted...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end > out[j].end
	})
	return out
}

// trimSpan narrows [s,e) of t to exclude surrounding spaces and the
// quotation marks or trailing punctuation around a title.
func trimSpan(t string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:e])
		if r == ' ' || r == '\n' || r == '\t' || r == '"' || r == '“' || r == '‘' || r == '«' || r == '\'' {
			s += n
			continue
		}
		break
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[s:e])
		if r == ' ' || r == '\n' || r == '\t' || r == '"' || r == '”' || r == '’' || r == '»' || r == '\'' || r == ',' || r == ';' {
			e -= n
			continue
		}
		break
	}
	return s, e
}

// quotePairs maps an opening quotation mark to its closing one.
var quotePairs = map[rune]rune{'"': '"', '“': '”', '«': '»', '„': '“'}

// quoteBytes are the bytes quotedCandidates looks at.
var quoteBytes = [256]bool{'"': true, '\n': true, 0xE2: true, 0xC2: true}

// nextQuoteByte returns the index of the first of quoteBytes at or after i
// in t, or len(t). It tests eight bytes at a time: zero marks the zero
// bytes of a word exactly (the sums on the low seven bits cannot carry into
// the next byte), and a byte equals c where the word xor c repeated is
// zero.
func nextQuoteByte(t string, i int) int {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	zero := func(x uint64) uint64 { return ^((x & low7) + low7 | x) & highs }
	for ; i+8 <= len(t); i += 8 {
		b := t[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if m := zero(w^ones*'"') | zero(w^ones*'\n') | zero(w^ones*0xE2) | zero(w^ones*0xC2); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(t) && !quoteBytes[t[i]] {
		i++
	}
	return i
}

// quotedCandidates finds text between quotation marks within one line, at
// most maxQuoted bytes long, in one pass over t. A straight double quote
// opens only at a word start and closes only before a non-letter.
func quotedCandidates(t string) []candidate {
	var out []candidate
	open, closeR := -1, rune(0)
	for i := 0; i < len(t); {
		// only '"', a line break and the lead bytes of “ ” „ « » matter
		c := t[i]
		if c != '"' && c != '\n' && c != 0xE2 && c != 0xC2 {
			i++
			if open < 0 {
				// outside a quote nothing happens before the next byte
				// that matters
				i = nextQuoteByte(t, i)
			} else if i-open > maxQuoted {
				open = -1
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '\n':
			open = -1
		case open >= 0 && r == closeR:
			if (r != '"' || !wordRuneAt(t, i+n)) && i > open {
				if s, e := trimSpan(t, open, i); e > s {
					out = append(out, candidate{kind: candQuoted, start: s, end: e, link: -1})
				}
				open = -1
				i += n
				continue
			}
		case open >= 0 && i-open > maxQuoted:
			open = -1
		}
		if open < 0 {
			if c, ok := quotePairs[r]; ok && (r != '"' || !wordRuneBefore(t, i)) {
				open, closeR = i+n, c
			}
		}
		i += n
	}
	return out
}

// wordRuneAt tells whether a letter or digit starts at t[i:].
func wordRuneAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordRuneBefore tells whether a letter or digit ends t[:i].
func wordRuneBefore(t string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// candidates returns the post's markup candidates, computed once.
func (b *builder) candidates() []candidate {
	if b.cands == nil {
		b.cands = markupCandidates(b.d)
		if b.cands == nil {
			b.cands = []candidate{}
		}
	}
	return b.cands
}

// candText is the text of c, whitespace collapsed.
func (b *builder) candText(c candidate) string {
	return strings.Join(strings.Fields(b.text[c.start:c.end]), " ")
}
