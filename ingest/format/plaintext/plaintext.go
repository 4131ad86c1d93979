package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textfix"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Format is the name Parse sets on the documents it returns.
const Format = "plaintext"

var (
	headerLine = lazyre.New(`^([A-Za-z][A-Za-z0-9 _-]{0,29}):(?:\s+(.*))?$`)
	urlRE      = lazyre.New(`(?i)\b(?:https?://|www\.)[^\s<>"\x60{}|\\^\[\]]+`)
	listMarker = lazyre.New(`^(?:[-*+•–]|\d{1,3}[.)])\s+`)
)

// headerKeys are the keys a "Key: value" header block is made of; a block
// needs a title or a date among them.
var headerKeys = map[string]bool{
	"title": true, "date": true, "author": true, "authors": true, "tags": true, "tag": true,
	"labels": true, "categories": true, "category": true, "keywords": true, "lang": true,
	"language": true, "url": true, "link": true, "slug": true, "summary": true, "description": true,
	"published": true, "updated": true, "modified": true, "status": true, "blog": true,
}

// Parse reads a plain-text post. source is its path or URL (a date in the
// file name is used when the header has none); fx repairs mojibake and
// entities and may be nil.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	if fx == nil {
		fx = textfix.New()
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	d := &doc.Document{Source: source, Format: Format}

	paras := paragraphs(s)
	fields, n := header(paras)
	paras = paras[n:]
	if fields == nil && len(paras) > 1 && len(paras[0]) == 1 && looksLikeTitle(paras[0][0]) {
		fields = map[string]any{"title": paras[0][0]}
		paras = paras[1:]
	}
	metadata.Apply(d, fields, fx)

	w := &writer{d: d, fx: fx}
	for _, p := range paras {
		w.paragraph(p)
	}
	d.Text = string(w.buf)
	if d.Date == "" {
		d.Date = metadata.DateFromName(source)
	}
	return d, nil
}

// paragraphs splits s into blocks of non-blank lines, each line trimmed.
func paragraphs(s string) [][]string {
	var out [][]string
	var cur []string
	for line := range strings.Lines(s) {
		l := strings.TrimSpace(line)
		if l == "" {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

// header reads the leading header block, returning its fields and the
// number of paragraphs it used (0 when there is none).
func header(paras [][]string) (map[string]any, int) {
	if len(paras) == 0 {
		return nil, 0
	}
	lines := paras[0]
	fields := map[string]any{}
	keyed := true
	for _, l := range lines {
		m := headerLine.FindStringSubmatch(l)
		if m == nil || !headerKeys[strings.ToLower(m[1])] {
			keyed = false
			break
		}
		fields[strings.ToLower(m[1])] = strings.TrimSpace(m[2])
	}
	if keyed && (fields["title"] != nil || fields["date"] != nil) {
		return fields, 1
	}
	// Blogger style: a date line and a title line (either order), maybe
	// followed by "Key: value" lines.
	if len(lines) < 2 || len(lines) > 6 {
		// "date" alone, then the title in the next paragraph
		if len(lines) == 1 && dateLine(lines[0]) && len(paras) > 2 && len(paras[1]) == 1 && looksLikeTitle(paras[1][0]) {
			return map[string]any{"date": metadata.Date(lines[0]), "title": paras[1][0]}, 2
		}
		return nil, 0
	}
	fields = map[string]any{}
	for i, l := range lines {
		switch {
		case i < 2 && dateLine(l) && fields["date"] == nil:
			fields["date"] = metadata.Date(l)
		case i < 2 && fields["title"] == nil && looksLikeTitle(l):
			fields["title"] = l
		case i >= 2:
			m := headerLine.FindStringSubmatch(l)
			if m == nil || !headerKeys[strings.ToLower(m[1])] {
				return nil, 0
			}
			fields[strings.ToLower(m[1])] = strings.TrimSpace(m[2])
		default:
			return nil, 0
		}
	}
	if fields["date"] == nil || fields["title"] == nil {
		return nil, 0
	}
	return fields, 1
}

// dateLine reports whether l is a date and nothing much else.
func dateLine(l string) bool {
	if len(l) < 6 || len(l) > 48 || len(strings.Fields(l)) > 6 {
		return false
	}
	return metadata.Date(l) != ""
}

// looksLikeTitle accepts a short line that is not a sentence or a URL.
func looksLikeTitle(l string) bool {
	n := utf8.RuneCountInString(l)
	if n == 0 || n > 150 || urlRE.MatchString(l) {
		return false
	}
	return !strings.HasSuffix(l, ".") || strings.HasSuffix(l, "...")
}

// writer builds Text and Links.
type writer struct {
	d   *doc.Document
	fx  *textfix.Fixer
	buf []byte
}

// paragraph writes one block: lines are joined with spaces, except that a
// list item starts a new line.
func (w *writer) paragraph(lines []string) {
	if len(w.buf) > 0 {
		w.buf = append(w.buf, "\n\n"...)
	}
	paraStart := len(w.buf)
	lastLink := paraStart // anchors never reach back over an earlier link
	for i, l := range lines {
		l = w.fx.Clean(l)
		if i > 0 {
			if listMarker.MatchString(l) {
				w.buf = append(w.buf, '\n')
			} else {
				w.buf = append(w.buf, ' ')
			}
		}
		lineStart := len(w.buf)
		item := listMarker.MatchString(l)
		for l != "" {
			loc := urlRE.FindStringIndex(l)
			if loc == nil {
				w.buf = append(w.buf, l...)
				break
			}
			start, end := loc[0], trimURLEnd(l, loc[0], loc[1])
			raw := l[start:end]
			target := raw
			if strings.HasPrefix(strings.ToLower(raw), "www.") {
				target = "http://" + raw
			}
			// "text (url)" and "text <url>": anchor on the text before.
			if start > 0 && end < len(l) && ((l[start-1] == '(' && l[end] == ')') || (l[start-1] == '<' && l[end] == '>')) {
				before := strings.TrimRight(l[:start-1], " \t")
				if before != "" {
					mark := len(w.buf)
					w.buf = append(w.buf, before...)
					from := lastLink
					if item && lineStart > from {
						from = lineStart
					}
					if a, b := anchor(w.buf, from, from == paraStart || item); b > a {
						w.d.Links = append(w.d.Links, doc.Link{Anchor: string(w.buf[a:b]), URL: target, Start: a, End: b})
						lastLink = b
						l = l[end+1:]
						continue
					}
					w.buf = w.buf[:mark] // no anchor text: keep the URL as a bare link
				}
			}
			w.buf = append(w.buf, l[:start]...)
			a := len(w.buf)
			w.buf = append(w.buf, raw...)
			w.d.Links = append(w.d.Links, doc.Link{Anchor: raw, URL: target, Start: a, End: len(w.buf)})
			lastLink = len(w.buf)
			l = l[end:]
		}
	}
}

// trimURLEnd drops trailing punctuation from a URL match, keeping a closing
// parenthesis only when the URL opened one.
func trimURLEnd(s string, start, end int) int {
	for end > start {
		c := s[end-1]
		switch {
		case strings.IndexByte(".,;:!?'\"*", c) >= 0:
			end--
		case c == ')' && strings.Count(s[start:end], "(") < strings.Count(s[start:end], ")"):
			end--
		default:
			return end
		}
	}
	return end
}

// stopwords end a sentence before a "(url)" or "<url>" that has no anchor
// text of its own ("the videos are at <url>").
var stopwords = map[string]bool{
	"at": true, "on": true, "in": true, "to": true, "see": true, "here": true, "from": true, "via": true,
	"is": true, "are": true, "of": true, "the": true, "and": true, "or": true, "by": true, "under": true,
	"available": true, "online": true, "link": true, "url": true, "website": false,
}

// connectors may stand inside a capitalised name ("Museum of Modern Art").
var connectors = map[string]bool{
	"of": true, "the": true, "and": true, "de": true, "van": true, "von": true, "der": true, "for": true,
	"la": true, "le": true, "du": true, "da": true, "di": true, "&": true, "-": true, "in": true, "on": true,
}

// anchor picks the text a "(url)" refers to: the end of buf back to from.
// When whole is set (a list item, or the start of a paragraph), a segment of
// a few words is anchored whole; otherwise the trailing run of capitalised
// words, else the last word unless it is a stop word (then there is no
// anchor and the URL stays in the text as a bare link).
func anchor(buf []byte, from int, whole bool) (int, int) {
	end := len(buf)
	seg := string(buf[from:end])
	item := false
	if m := listMarker.FindStringIndex(seg); m != nil {
		from += m[1]
		seg = seg[m[1]:]
		item = true
	}
	if strings.TrimSpace(seg) == "" {
		return end, end
	}
	words := strings.Fields(seg)
	if whole && (item && len(words) <= 12 || len(words) <= 4) && !strings.ContainsAny(seg, ".,;:!?()") {
		return from + strings.Index(seg, words[0]), end
	}
	// walk back over words
	pos := end
	last, capRun := -1, -1
	for k := len(words) - 1; k >= 0 && len(words)-k <= 8; k-- {
		wd := words[k]
		ws := strings.LastIndex(string(buf[from:pos]), wd) + from
		if k < len(words)-1 && strings.ContainsAny(wd[len(wd)-1:], ".,;:!?)") || wd[0] == '(' {
			break
		}
		if last < 0 {
			last = ws
		}
		r, _ := utf8.DecodeRuneInString(wd)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			capRun = ws
		} else if !connectors[strings.ToLower(wd)] {
			break
		}
		pos = ws
	}
	if capRun >= 0 {
		return capRun, end
	}
	if last >= 0 && !stopwords[strings.ToLower(words[len(words)-1])] {
		return last, end
	}
	return end, end
}
