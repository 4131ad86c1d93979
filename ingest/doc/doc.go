// Package doc defines the parsed form of one blog post: the value every
// format parser (Markdown, reStructuredText, HTML, Gemtext, plain text)
// produces and every later stage (extract, resolve) consumes.
package doc

import "fmt"

// Document is one post after parsing: metadata from its front matter or
// header, and its body reduced to plain text with headings and links kept.
//
// Offsets (Link.Start/End, Section.Start, Alt.Start/End) are byte offsets into
// Text. Text has paragraphs separated by a blank line ("\n\n"); a heading is a
// paragraph of its own. List items each start a new line.
type Document struct {
	Source   string            // path or URL the post was read from, as given by the user
	Format   string            // name of the detected format, e.g. "markdown-yaml", "pelican-rst"
	Title    string            // clean title ("" if none could be found)
	Date     string            // publication date as YYYY-MM-DD ("" if unknown)
	Authors  []string          // author names or handles, in order
	Tags     []string          // tags and categories the post declares (not "layout"/"published")
	Keywords []string          // other declared keywords (meta keywords, :keywords:, metatags)
	Language string            // language code if declared ("en", "en-GB"), else ""
	URL      string            // canonical absolute URL if the post declares one (or the source URL)
	Meta     map[string]string // every other scalar metadata field, lower-cased key -> value
	Text     string            // body as plain text (no markup), mojibake repaired, entities decoded
	Sections []Section         // headings in order of appearance
	Links    []Link            // every link in the body, in order of appearance
	Alts     []Span            // image alt texts and captions, placed in Text as their own line too
	// Marks are the spans of Text that the markup set apart (list items,
	// emphasis, strong text, quotations, code), in the order they end.
	// Readers that know no such markup leave it empty.
	Marks []Mark `json:",omitempty"`
}

// MarkKind says how the markup set a span apart.
type MarkKind uint8

// Kinds of Mark.
const (
	MarkListItem MarkKind = iota + 1 // the text of one list item (its first block)
	MarkEmphasis                     // *em*, _em_, <em>, <i>
	MarkStrong                       // **strong**, <strong>, <b>
	MarkQuote                        // a block quotation or an inline <q>
	MarkCode                         // `code`, <code>
)

// String names the kind.
func (k MarkKind) String() string {
	switch k {
	case MarkListItem:
		return "list-item"
	case MarkEmphasis:
		return "emphasis"
	case MarkStrong:
		return "strong"
	case MarkQuote:
		return "quote"
	case MarkCode:
		return "code"
	}
	return "mark"
}

// Mark is a span of Text set apart by markup.
type Mark struct {
	Kind       MarkKind
	Start, End int
}

// Section is a heading in Text.
type Section struct {
	Heading string
	Level   int // 1 for the top level
	Start   int // offset of the heading text in Text
}

// Link is an anchor in the body. Text[Start:End] == Anchor. A bare URL in the
// text is a Link whose Anchor is the URL itself.
type Link struct {
	Anchor string
	URL    string
	Start  int
	End    int
	Image  bool // the link is an image source, not an anchor
}

// Span is a piece of Text.
type Span struct {
	Text  string
	Start int
	End   int
}

// Check reports the first broken invariant of d: an offset outside Text or a
// Link/Span/Section whose text is not found at its offsets. Parsers' tests and
// fuzz targets call it on everything they produce.
func (d *Document) Check() error {
	n := len(d.Text)
	for i, l := range d.Links {
		if l.Start < 0 || l.End < l.Start || l.End > n {
			return fmt.Errorf("link %d (%s): offsets %d..%d outside text of %d bytes", i, l.URL, l.Start, l.End, n)
		}
		if d.Text[l.Start:l.End] != l.Anchor {
			return fmt.Errorf("link %d (%s): text at %d..%d is %q, anchor is %q", i, l.URL, l.Start, l.End, d.Text[l.Start:l.End], l.Anchor)
		}
	}
	for i, s := range d.Alts {
		if s.Start < 0 || s.End < s.Start || s.End > n || d.Text[s.Start:s.End] != s.Text {
			return fmt.Errorf("alt %d: offsets %d..%d do not hold %q", i, s.Start, s.End, s.Text)
		}
	}
	for i, m := range d.Marks {
		if m.Start < 0 || m.End < m.Start || m.End > n {
			return fmt.Errorf("mark %d (%s): offsets %d..%d outside text of %d bytes", i, m.Kind, m.Start, m.End, n)
		}
	}
	for i, s := range d.Sections {
		if s.Start < 0 || s.Start+len(s.Heading) > n || d.Text[s.Start:s.Start+len(s.Heading)] != s.Heading {
			return fmt.Errorf("section %d: offset %d does not hold heading %q", i, s.Start, s.Heading)
		}
	}
	if d.Date != "" && !isISODate(d.Date) {
		return fmt.Errorf("date %q is not YYYY-MM-DD", d.Date)
	}
	return nil
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
