package gemtext

import (
	"net/url"
	"path"
	"strings"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textfix"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Format is the name Parse sets on the documents it returns.
const Format = "gemtext"

var (
	// bare URLs inside text lines
	urlRE = lazyre.New(`(?i)\b(?:https?|gemini)://[^\s<>"]+[^\s<>".,;:!?)'\]]`)
	// a date written in a line near the top: 2021-02-08, "Published: 8 February 2021"
	isoDate = lazyre.New(`\b(?:19|20)\d{2}-\d{2}-\d{2}\b`)
)

// imageExtensions mark link lines that point at images.
var imageExtensions = map[string]bool{".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".svg": true}

// datePrefixes are line starts that announce a date.
var datePrefixes = []string{"date:", "published:", "posted:", "posted on", "published on", "written on", "updated:"}

// Parse reads a Gemtext post. source is its path or URL; relative link
// targets are resolved against it when it is a URL. fx repairs mojibake and
// may be nil.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	if fx == nil {
		fx = textfix.New()
	}
	d := &doc.Document{Source: source, Format: Format}
	var base *url.URL
	if u, err := url.Parse(source); err == nil && u.Scheme != "" && u.Host != "" {
		base = u
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")

	w := &writer{}
	var title, date string
	pre := false
	lineNo := 0
	for line := range strings.Lines(s) {
		lineNo++
		l := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(l, "```") {
			pre = !pre
			if pre {
				w.brk = max(w.brk, 2)
			} else {
				w.brk = 2
			}
			continue
		}
		if pre {
			w.preLine(fx.Mojibake(l))
			continue
		}
		l = fx.Mojibake(l)
		trimmed := strings.TrimSpace(l)
		switch {
		case trimmed == "":
			w.brk = 2
		case strings.HasPrefix(l, "#"):
			level := 0
			for level < len(l) && level < 3 && l[level] == '#' {
				level++
			}
			h := strings.TrimSpace(strings.TrimLeft(l, "#"))
			if h == "" {
				continue
			}
			w.sep(2)
			d.Sections = append(d.Sections, doc.Section{Heading: h, Level: level, Start: len(w.buf)})
			w.buf = append(w.buf, h...)
			w.brk = 2
			if title == "" {
				title = h
			}
			if date == "" && lineNo <= 10 {
				date = dateIn(h)
			}
		case strings.HasPrefix(l, "=>"):
			fields := strings.Fields(strings.TrimSpace(l[2:]))
			if len(fields) == 0 {
				continue
			}
			target := fields[0]
			text := strings.Join(fields[1:], " ")
			if base != nil {
				if u, err := url.Parse(target); err == nil {
					target = base.ResolveReference(u).String()
				}
			}
			if text == "" {
				text = fields[0]
			}
			w.sep(1)
			start := len(w.buf)
			w.buf = append(w.buf, text...)
			img := imageExtensions[strings.ToLower(path.Ext(strings.SplitN(target, "?", 2)[0]))]
			d.Links = append(d.Links, doc.Link{Anchor: text, URL: target, Start: start, End: len(w.buf), Image: img})
			if img && len(fields) > 1 {
				d.Alts = append(d.Alts, doc.Span{Text: text, Start: start, End: len(w.buf)})
			}
			if date == "" && lineNo <= 10 {
				date = dateIn(text) // gemlog index lines: "=> post.gmi 2021-02-08 Title"
			}
			w.brk = 1
		case strings.HasPrefix(l, "* "):
			w.sep(1)
			w.text(d, strings.TrimSpace(l[2:]))
			w.brk = 1
		case strings.HasPrefix(l, ">"):
			w.sep(2)
			w.text(d, strings.TrimSpace(l[1:]))
			w.brk = 2
		default:
			if date == "" && lineNo <= 10 && isDateLine(trimmed) {
				date = metadata.Date(strings.TrimSpace(trimmed[strings.IndexByte(trimmed, ':')+1:]))
				if date == "" {
					date = dateIn(trimmed)
				}
				continue
			}
			w.sep(2)
			w.text(d, trimmed)
			w.brk = 2
		}
	}
	d.Text = string(w.buf)
	d.Title = metadata.CleanTitle(title)
	d.Date = date
	if d.Date == "" {
		d.Date = metadata.DateFromName(source)
	}
	if base != nil {
		d.URL = source
	}
	return d, nil
}

// isDateLine reports a short line that announces a date or is one.
func isDateLine(l string) bool {
	if len(l) > 60 {
		return false
	}
	low := strings.ToLower(l)
	for _, p := range datePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return len(strings.Fields(l)) <= 5 && metadata.Date(l) != ""
}

// dateIn finds an ISO date inside s.
func dateIn(s string) string {
	if m := isoDate.FindString(s); m != "" {
		return metadata.Date(m)
	}
	return ""
}

// writer builds Text with pending separators between lines.
type writer struct {
	buf []byte
	brk int
}

// sep writes the separator before a new line: at least n newlines when
// one is pending (the larger of n and the pending break), none at the start.
func (w *writer) sep(n int) {
	if len(w.buf) == 0 {
		w.brk = 0
		return
	}
	if w.brk > n {
		n = w.brk
	}
	if w.brk == 0 && n == 0 {
		return
	}
	for i := 0; i < n; i++ {
		w.buf = append(w.buf, '\n')
	}
	w.brk = 0
}

func (w *writer) preLine(l string) {
	if len(w.buf) > 0 {
		if w.brk > 0 {
			w.sep(w.brk)
		} else {
			w.buf = append(w.buf, '\n')
		}
	}
	w.brk = 0
	w.buf = append(w.buf, l...)
}

// text writes a text line, turning bare URLs into links.
func (w *writer) text(d *doc.Document, l string) {
	start := len(w.buf)
	w.buf = append(w.buf, l...)
	for _, loc := range urlRE.FindAllStringIndex(l, -1) {
		u := l[loc[0]:loc[1]]
		d.Links = append(d.Links, doc.Link{Anchor: u, URL: u, Start: start + loc[0], End: start + loc[1]})
	}
}
