package inputlimit

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/net/html/atom"
)

// Limits on input shapes. Real posts stay far below each: the deepest
// HTML in the regression corpus nests 30 elements, Markdown lists 6.
const (
	// HTMLDepth is the deepest nesting of HTML elements accepted.
	HTMLDepth = 256
	// ListMarkers is the most list or block-quote markers accepted at the
	// start of one Markdown line ("- - - x" nests three lists).
	ListMarkers = 32
	// BracketDepth is the deepest nesting of "[" accepted in one Markdown
	// paragraph.
	BracketDepth = 256
	// FrontMatterDepth is the deepest nesting of tables, arrays or
	// mappings accepted in front matter.
	FrontMatterDepth = 32
	// Links is the most links accepted in one post.
	Links = 20000
)

// ErrLimit is wrapped by every *LimitError.
var ErrLimit = errors.New("over a parser limit")

// LimitError says which limit an input exceeds.
type LimitError struct {
	What string // "nested HTML elements", "list markers on one line", …
	Got  int    // how many were found (at least Max+1; the scan may stop there)
	Max  int    // the limit
	Line int    // 1-based line where the limit was passed (0: not known)
}

func (e *LimitError) Error() string {
	at := ""
	if e.Line > 0 {
		at = fmt.Sprintf(" at line %d", e.Line)
	}
	return fmt.Sprintf("more than %d %s%s (limit %d): refused, since parsing it would take too long", e.Max, e.What, at, e.Max)
}

// Unwrap returns ErrLimit.
func (e *LimitError) Unwrap() error { return ErrLimit }

func lineAt(data []byte, off int) int {
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// void elements have no end tag; optional-end elements are closed
// implicitly by the HTML parser, so neither deepens the tree for long.
var noDepth = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Keygen: true,
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true, atom.Optgroup: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Rt: true, atom.Rp: true, atom.Colgroup: true, atom.Html: true, atom.Head: true, atom.Body: true,
}

// rawText elements hold text up to their end tag, not markup.
var rawText = map[atom.Atom]string{
	atom.Script: "</script", atom.Style: "</style", atom.Textarea: "</textarea", atom.Title: "</title",
	atom.Xmp: "</xmp", atom.Plaintext: "\x00never", atom.Noembed: "</noembed", atom.Noframes: "</noframes",
}

// HTML checks the nesting depth of the HTML elements in data (a page, a
// fragment, or Markdown with inline HTML): start tags of known HTML
// elements minus their end tags, not counting void elements and elements
// whose end tag is optional. Text such as "vector<int>" names no HTML
// element and is not counted.
func HTML(data []byte, max int) error {
	depth := 0
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		if i >= len(data) {
			break
		}
		if bytes.HasPrefix(data[i:], []byte("!--")) {
			k := bytes.Index(data[i+3:], []byte("-->"))
			if k < 0 {
				break
			}
			i += 3 + k + 3
			continue
		}
		closing := data[i] == '/'
		s := i
		if closing {
			s++
		}
		e := s
		for e < len(data) && e-s < 16 && isNameByte(data[e]) {
			e++
		}
		if e == s || e-s >= 16 {
			continue
		}
		var name [16]byte // e-s < 16: lower-cased here, bytes.ToLower would allocate
		for k := s; k < e; k++ {
			c := data[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			name[k-s] = c
		}
		a := atom.Lookup(name[:e-s])
		if a == 0 {
			continue
		}
		gt := bytes.IndexByte(data[e:], '>')
		if gt < 0 {
			break
		}
		end := e + gt
		i = end + 1
		if closing {
			if !noDepth[a] && depth > 0 {
				depth--
			}
			continue
		}
		if stop, ok := rawText[a]; ok {
			k := indexFold(data[i:], stop)
			if k < 0 {
				break
			}
			i += k
			continue
		}
		if noDepth[a] || data[end-1] == '/' {
			continue
		}
		depth++
		if depth > max {
			return &LimitError{What: "nested HTML elements", Got: depth, Max: max, Line: lineAt(data, s)}
		}
	}
	return nil
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// indexFold finds the ASCII string s in b, ignoring case.
func indexFold(b []byte, s string) int {
	first := s[0]
	for i := 0; i+len(s) <= len(b); {
		j := bytes.IndexByte(b[i:], first)
		if j < 0 {
			return -1
		}
		i += j
		if i+len(s) <= len(b) && bytes.EqualFold(b[i:i+len(s)], []byte(s)) {
			return i
		}
		i++
	}
	return -1
}

// Markdown checks the shapes that make Markdown parsers slow: the list and
// block-quote markers opening one line, and the nesting of "[" within a
// paragraph (a blank line ends it). A line of markers alone ("- - -",
// "* * *") is a thematic break and not counted.
func Markdown(data []byte, maxMarkers, maxBrackets int) error {
	line := 1
	depth := 0
	for pos := 0; pos < len(data); line++ {
		end := bytes.IndexByte(data[pos:], '\n')
		var l []byte
		if end < 0 {
			l, pos = data[pos:], len(data)
		} else {
			l, pos = data[pos:pos+end], pos+end+1
		}
		if len(bytes.TrimSpace(l)) == 0 {
			depth = 0
			continue
		}
		if n, _ := countMarkers(l, maxMarkers+1); n > maxMarkers && !thematicBreak(l) {
			return &LimitError{What: "list or quote markers on one line", Got: n, Max: maxMarkers, Line: line}
		}
		// only brackets change the depth: skip to the first (most lines have none)
		first := bytes.IndexByte(l, '[')
		if k := bytes.IndexByte(l, ']'); k >= 0 && (first < 0 || k < first) {
			first = k
		}
		if first < 0 {
			continue
		}
		for _, c := range l[first:] {
			switch c {
			case '[':
				depth++
				if depth > maxBrackets {
					return &LimitError{What: `nested "[" in one paragraph`, Got: depth, Max: maxBrackets, Line: line}
				}
			case ']':
				if depth > 0 {
					depth--
				}
			}
		}
	}
	return nil
}

// thematicBreak reports whether l is only "-", "*" or "_" and blanks.
func thematicBreak(l []byte) bool {
	return len(bytes.Trim(l, "-*_ \t")) == 0
}

// countMarkers counts the container markers ("-", "*", "+", ">", "1." or
// "1)" each followed by a space) opening l, stopping after stop; it returns
// the count and the rest of the line.
func countMarkers(l []byte, stop int) (int, []byte) {
	n := 0
	i := 0
	for n < stop {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			break
		}
		switch c := l[i]; {
		case c == '>':
			i++
		case c == '-' || c == '*' || c == '+':
			if i+1 < len(l) && l[i+1] != ' ' && l[i+1] != '\t' {
				return n, l[i:]
			}
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j >= len(l) || (l[j] != '.' && l[j] != ')') || (j+1 < len(l) && l[j+1] != ' ' && l[j+1] != '\t') {
				return n, l[i:]
			}
			i = j + 1
		default:
			return n, l[i:]
		}
		n++
	}
	return n, l[min(i, len(l)):]
}

// Nesting checks the nesting of "{" and "[" in structured text (TOML,
// YAML flow collections, JSON), skipping quoted strings and # comments
// (outside strings), and of indentation levels in YAML block collections
// (yaml true).
func Nesting(src []byte, max int, yaml bool) error {
	depth := 0
	line := 1
	var indents []int // YAML: the indentation of each open block level
	startOfLine := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		if startOfLine && yaml {
			startOfLine = false
			j := i
			for j < len(src) && src[j] == ' ' {
				j++
			}
			if j < len(src) && src[j] != '\n' && src[j] != '#' {
				ind := j - i
				for len(indents) > 0 && indents[len(indents)-1] >= ind {
					indents = indents[:len(indents)-1]
				}
				indents = append(indents, ind)
				if len(indents) > max {
					return &LimitError{What: "nested levels of indentation in front matter", Got: len(indents), Max: max, Line: line}
				}
			}
		}
		switch c {
		case '\n':
			line++
			startOfLine = true
		case '"', '\'':
			// skip the string (no string spans lines in flow context we care about)
			for i++; i < len(src) && src[i] != c && src[i] != '\n'; i++ {
				if src[i] == '\\' && c == '"' {
					i++
				}
			}
			if i < len(src) && src[i] == '\n' {
				line++
				startOfLine = true
			}
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			if i < len(src) {
				line++
				startOfLine = true
			}
		case '{', '[':
			depth++
			if depth > max {
				return &LimitError{What: "nested tables, arrays or mappings in front matter", Got: depth, Max: max, Line: line}
			}
		case '}', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	return nil
}

// LinkCount checks the number of links of a post.
func LinkCount(n, max int) error {
	if n > max {
		return &LimitError{What: "links in one post", Got: n, Max: max}
	}
	return nil
}

// URLs checks, before parsing, the number of absolute URLs ("://") in a
// post's bytes: each becomes a link, so a post with more than max of them
// is refused without being parsed (LinkCount checks the parsed links).
func URLs(data []byte, max int) error {
	if n := bytes.Count(data, []byte("://")); n > max {
		return &LimitError{What: "links in one post", Got: n, Max: max}
	}
	return nil
}
