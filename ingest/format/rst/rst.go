package rst

import (
	"fmt"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/talkgraph/talkgraph/internal/lazyre"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// Format names set on Document.Format.
const (
	FormatPlain   = "rst"
	FormatPelican = "pelican-rst"
	FormatNikola  = "nikola-rst"
)

// maxDepth bounds the nesting of block quotes, lists and directives.
const maxDepth = 40

var (
	fieldLine     = lazyre.New(`^:((?:[^:\\]|\\.)+):(?:\s+(.*))?$`)
	nikolaLine    = lazyre.New(`^\.\.\s+([A-Za-z][A-Za-z0-9_-]*):(?:\s+(.*))?$`)
	directiveLine = lazyre.New(`^\.\.\s+(?:\|[^|]+\|\s+)?([A-Za-z0-9][A-Za-z0-9_:+.-]*?)::(?:\s+(.*))?$`)
	targetLine    = lazyre.New("^\\.\\.\\s+_(`[^`]+`|[^:]+(?:\\\\:[^:]*)*):(?:\\s+(.*))?$")
	anonTarget    = lazyre.New(`^(?:\.\.\s+__:|__)(?:\s+(.*))?$`)
	footnoteLine  = lazyre.New(`^\.\.\s+\[([^\]]+)\](?:\s+(.*))?$`)
	enumMarker    = lazyre.New(`^(?:\(?(?:\d+|#|[A-Za-z]|[ivxlcdmIVXLCDM]+)[.)])(?:\s+|$)`)
	simpleTable   = lazyre.New(`^=+(?:\s+=+)+\s*$`)
)

// Parse parses one reStructuredText post read from source (a path or URL,
// used in errors and for the title/date fallbacks). The Document it returns
// passes Check; Parse fails only on internal errors.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	d := &doc.Document{Source: source, Format: FormatPlain}
	p := &parser{
		fx:      fx,
		d:       d,
		b:       textbuild.New(fx, d, len(data)),
		targets: map[string]string{},
		fields:  map[string]any{},
	}
	lines := splitLines(data)
	p.collectTargets(lines)
	p.blocks(lines, 0)
	d.Text = p.b.Text()
	textbuild.LinkBareURLs(d)

	switch {
	case p.nikola:
		d.Format = FormatNikola
	case p.pelican:
		d.Format = FormatPelican
	}
	metadata.Apply(d, p.fields, fx)
	if d.Title == "" {
		d.Title = metadata.CleanTitle(p.title)
	}
	metadata.FillDefaults(d)
	if err := d.Check(); err != nil {
		return nil, fmt.Errorf("%s: internal error: %w", source, err)
	}
	return d, nil
}

// parser holds the state of one parse.
type parser struct {
	fx      *textfix.Fixer
	d       *doc.Document
	b       *textbuild.Builder
	targets map[string]string // normalised reference name -> URL or "name_" (indirect)
	anon    []string          // anonymous targets in order
	anonUse int
	styles  []string       // section adornment styles, in order of appearance
	title   string         // first section title
	fields  map[string]any // metadata from field lists and Nikola comments
	started bool           // the body has begun (a paragraph, list, ... was seen)
	pelican bool
	nikola  bool
}

// splitLines normalises line ends, expands tabs and drops a BOM.
func splitLines(data []byte) []string {
	s := string(data)
	s = strings.TrimPrefix(s, "\ufeff")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.IndexByte(l, '\t') >= 0 {
			l = expandTabs(l)
		}
		lines[i] = strings.TrimRight(l, " \f\v")
	}
	return lines
}

func expandTabs(l string) string {
	var sb strings.Builder
	col := 0
	for _, r := range l {
		if r == '\t' {
			n := 8 - col%8
			sb.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		sb.WriteRune(r)
		col++
	}
	return sb.String()
}

func indentOf(l string) int {
	return len(l) - len(strings.TrimLeft(l, " "))
}

// adornChars are the characters section adornments and transitions use.
const adornChars = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// isAdornment reports whether l is a line of one repeated punctuation
// character, at least 3 long (4 for a transition is checked by callers).
func isAdornment(l string) bool {
	if len(l) < 3 || strings.IndexByte(adornChars, l[0]) < 0 {
		return false
	}
	for i := 1; i < len(l); i++ {
		if l[i] != l[0] {
			return false
		}
	}
	return true
}

// isUnderline reports whether u can underline the title t: one repeated
// punctuation character, at least as long as the title or 4 characters.
func isUnderline(u, t string) bool {
	if u == "" || strings.IndexByte(adornChars, u[0]) < 0 || strings.Count(u, u[:1]) != len(u) {
		return false
	}
	return len(u) >= min(4, utf8.RuneCountInString(strings.TrimSpace(t)))
}

// block extends from lines[start] over following lines indented by at least
// minIndent or blank; it returns the end index (trailing blanks excluded).
func indentedEnd(lines []string, start, minIndent int) int {
	end := start
	for i := start; i < len(lines); i++ {
		if lines[i] == "" {
			continue
		}
		if indentOf(lines[i]) < minIndent {
			break
		}
		end = i + 1
	}
	return end
}

// dedent removes n columns (or all leading spaces, if fewer) from lines.
func dedent(lines []string, n int) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		k := indentOf(l)
		if k > n {
			k = n
		}
		out[i] = l[k:]
	}
	return out
}

// minIndent is the smallest indentation of the non-blank lines.
func minIndent(lines []string) int {
	m := -1
	for _, l := range lines {
		if l == "" {
			continue
		}
		if k := indentOf(l); m < 0 || k < m {
			m = k
		}
	}
	if m < 0 {
		return 0
	}
	return m
}

// blocks parses a sequence of body elements.
func (p *parser) blocks(lines []string, depth int) {
	if depth > maxDepth {
		p.plain(lines)
		return
	}
	b := p.b
	n := len(lines)
	for i := 0; i < n; {
		l := lines[i]
		if l == "" {
			i++
			continue
		}
		if indentOf(l) > 0 {
			// block quote (or stray indentation)
			end := indentedEnd(lines, i, 1)
			sub := lines[i:end]
			b.Separate(textbuild.SepPara)
			sp := b.Open()
			p.blocks(dedent(sub, minIndent(sub)), depth+1)
			b.Mark(sp, doc.MarkQuote)
			b.Separate(textbuild.SepPara)
			i = end
			continue
		}
		// section title with overline
		if isAdornment(l) && i+2 < n && lines[i+1] != "" && lines[i+2] != "" && lines[i+2][0] == l[0] &&
			isAdornment(lines[i+2]) && !isAdornment(strings.TrimSpace(lines[i+1])) {
			p.section(strings.TrimSpace(lines[i+1]), "o"+l[:1])
			i += 3
			continue
		}
		// section title with underline
		if i+1 < n && !isAdornment(l) && isUnderline(lines[i+1], l) {
			p.section(strings.TrimSpace(l), "u"+lines[i+1][:1])
			i += 2
			continue
		}
		// transition
		if isAdornment(l) && len(l) >= 4 {
			b.Separate(textbuild.SepPara)
			i++
			continue
		}
		switch {
		case strings.HasPrefix(l, ".. ") || l == "..":
			i = p.explicit(lines, i, depth)
		case strings.HasPrefix(l, "__ ") || l == "__":
			i = indentedEnd(lines, i+1, 1) // anonymous target, collected already
			if i == 0 {
				i = n
			}
		case l[0] == ':' && fieldLine.MatchString(l):
			i = p.fieldList(lines, i, depth)
		case isBullet(l):
			i = p.list(lines, i, depth, bulletWidth(l))
		case enumMarker.MatchString(l) && p.enumListAt(lines, i):
			i = p.list(lines, i, depth, len(enumMarker.FindString(l)))
		case strings.HasPrefix(l, "| ") || l == "|":
			i = p.lineBlock(lines, i)
		case strings.HasPrefix(l, "+-") || strings.HasPrefix(l, "+="):
			i = p.gridTable(lines, i)
		case simpleTable.MatchString(l):
			i = p.simpleTable(lines, i)
		case strings.HasPrefix(l, ">>>"):
			for i < n && lines[i] != "" {
				i++
			}
		default:
			i = p.paragraph(lines, i, depth)
		}
	}
}

// plain writes lines as text without further parsing (past maxDepth).
func (p *parser) plain(lines []string) {
	for _, l := range lines {
		p.b.Separate(textbuild.SepLine)
		p.b.Write(p.b.Clean(strings.TrimSpace(l)))
	}
}

// section writes a section title and records it.
func (p *parser) section(title, style string) {
	level := 0
	for k, s := range p.styles {
		if s == style {
			level = k + 1
		}
	}
	if level == 0 {
		p.styles = append(p.styles, style)
		level = len(p.styles)
	}
	b := p.b
	b.Separate(textbuild.SepPara)
	sp := b.Open()
	p.inline(title)
	s, e := b.Close(sp)
	if e > s {
		p.d.Sections = append(p.d.Sections, doc.Section{Heading: b.Text()[s:e], Level: level, Start: s})
		if p.title == "" {
			p.title = b.Text()[s:e]
		}
	}
	b.Separate(textbuild.SepPara)
}

// paragraph reads a paragraph, a definition list item, or a paragraph
// introducing a literal block.
func (p *parser) paragraph(lines []string, i, depth int) int {
	n := len(lines)
	start := i
	for i < n && lines[i] != "" && indentOf(lines[i]) == 0 {
		if i > start && isAdornment(lines[i]) && len(lines[i]) >= 4 {
			break
		}
		i++
	}
	para := lines[start:i]
	p.started = true
	b := p.b
	// definition list item: a term line followed by indented lines
	if i < n && lines[i] != "" && indentOf(lines[i]) > 0 {
		if len(para) > 1 {
			p.writePara(para[:len(para)-1])
		}
		b.Separate(textbuild.SepPara)
		term := para[len(para)-1]
		if k := strings.Index(term, " : "); k > 0 { // term : classifier
			term = term[:k]
		}
		p.inline(term)
		b.Separate(textbuild.SepLine)
		end := indentedEnd(lines, i, 1)
		sub := lines[i:end]
		p.blocks(dedent(sub, minIndent(sub)), depth+1)
		b.Separate(textbuild.SepPara)
		return end
	}
	literal := false
	last := para[len(para)-1]
	if strings.HasSuffix(last, "::") {
		literal = true
		switch {
		case strings.TrimSpace(last) == "::":
			para = para[:len(para)-1]
		case strings.HasSuffix(last, " ::"):
			para = append(para[:len(para)-1:len(para)-1], strings.TrimSuffix(last, " ::"))
		default:
			para = append(para[:len(para)-1:len(para)-1], strings.TrimSuffix(last, ":"))
		}
	}
	p.writePara(para)
	if literal {
		// skip the literal block: indented lines, or quoted lines after blanks
		j := i
		for j < n && lines[j] == "" {
			j++
		}
		if j < n && indentOf(lines[j]) > 0 {
			return indentedEnd(lines, j, 1)
		}
		if j < n && j > i && strings.IndexByte(adornChars, lines[j][0]) >= 0 {
			q := lines[j][0]
			for j < n && lines[j] != "" && lines[j][0] == q {
				j++
			}
			return j
		}
	}
	return i
}

// writePara writes lines as one paragraph.
func (p *parser) writePara(lines []string) {
	if len(lines) == 0 {
		return
	}
	p.b.Separate(textbuild.SepPara)
	p.inline(strings.Join(trimAll(lines), " "))
	p.b.Separate(textbuild.SepPara)
}

func trimAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(l)
	}
	return out
}

// isBullet reports whether l starts a bullet list item.
func isBullet(l string) bool {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "‣ ", "⁃ "} {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	return l == "-" || l == "*" || l == "+"
}

func bulletWidth(l string) int {
	_, n := utf8.DecodeRuneInString(l)
	w := n
	for w < len(l) && l[w] == ' ' {
		w++
	}
	return w
}

// enumListAt checks that an enumerated marker really starts a list: the
// item's text must not be empty prose like "A. Smith" continuing on the
// next unindented line.
func (p *parser) enumListAt(lines []string, i int) bool {
	if i+1 >= len(lines) || lines[i+1] == "" || indentOf(lines[i+1]) > 0 {
		return true
	}
	return enumMarker.MatchString(lines[i+1]) || isBullet(lines[i+1])
}

// list reads consecutive list items of the same kind starting at i.
func (p *parser) list(lines []string, i, depth, width int) int {
	n := len(lines)
	b := p.b
	p.started = true
	b.Separate(textbuild.SepPara)
	for i < n {
		l := lines[i]
		var w int
		switch {
		case l == "":
			i++
			continue
		case indentOf(l) > 0:
			b.Separate(textbuild.SepPara)
			return i
		case isBullet(l):
			w = bulletWidth(l)
		case enumMarker.MatchString(l):
			w = len(enumMarker.FindString(l))
		default:
			b.Separate(textbuild.SepPara)
			return i
		}
		if w > len(l) {
			w = len(l)
		}
		// item: first line after the marker, then lines indented >= 1
		end := indentedEnd(lines, i+1, 1)
		if end < i+1 {
			end = i + 1
		}
		item := make([]string, 0, end-i)
		item = append(item, l[w:])
		rest := lines[i+1 : end]
		item = append(item, dedent(rest, minIndent(rest))...)
		b.Separate(textbuild.SepLine)
		p.itemBlocks(item, depth+1)
		b.Separate(textbuild.SepLine)
		i = end
	}
	b.Separate(textbuild.SepPara)
	return i
}

// itemBlocks parses a list item's content: its first paragraph stays on
// the item's line, anything after it follows as blocks.
func (p *parser) itemBlocks(item []string, depth int) {
	k := 0
	for k < len(item) && item[k] != "" && indentOf(item[k]) == 0 && !isBullet(item[k]) && !(k > 0 && isAdornment(item[k])) {
		k++
	}
	if k > 0 && !strings.HasSuffix(item[k-1], "::") && (k == len(item) || item[k] == "") {
		sp := p.b.Open()
		p.inline(strings.Join(trimAll(item[:k]), " "))
		p.b.Mark(sp, doc.MarkListItem)
		item = item[k:]
	}
	if len(item) > 0 {
		p.blocks(item, depth)
	}
}

// lineBlock reads "| " lines: each is a line of its own.
func (p *parser) lineBlock(lines []string, i int) int {
	p.started = true
	b := p.b
	b.Separate(textbuild.SepPara)
	for i < len(lines) && lines[i] != "" {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "| ") || l == "|":
			b.Separate(textbuild.SepLine)
			p.inline(strings.TrimSpace(strings.TrimPrefix(l, "|")))
		default: // continuation line
			b.Separate(textbuild.SepSpace)
			p.inline(strings.TrimSpace(l))
		}
		i++
	}
	b.Separate(textbuild.SepPara)
	return i
}

// gridTable reads a grid table: each row line's cells joined with " | ".
func (p *parser) gridTable(lines []string, i int) int {
	p.started = true
	b := p.b
	b.Separate(textbuild.SepPara)
	for i < len(lines) && lines[i] != "" && (lines[i][0] == '+' || lines[i][0] == '|') {
		l := lines[i]
		i++
		if l[0] == '+' {
			continue
		}
		b.Separate(textbuild.SepLine)
		first := true
		for _, cell := range strings.Split(strings.Trim(l, "|"), "|") {
			cell = strings.TrimSpace(cell)
			if cell == "" {
				continue
			}
			if !first {
				b.Separate(textbuild.SepCell)
			}
			first = false
			p.inline(cell)
		}
	}
	b.Separate(textbuild.SepPara)
	return i
}

// simpleTable reads a simple table: border lines skipped, rows as lines with
// cells split at the border's column gaps.
func (p *parser) simpleTable(lines []string, i int) int {
	p.started = true
	b := p.b
	b.Separate(textbuild.SepPara)
	border := lines[i]
	var cols [][2]int
	for k := 0; k < len(border); {
		if border[k] == '=' {
			s := k
			for k < len(border) && border[k] == '=' {
				k++
			}
			cols = append(cols, [2]int{s, k})
			continue
		}
		k++
	}
	borders := 0
	for i < len(lines) {
		l := lines[i]
		if simpleTable.MatchString(l) || (strings.Trim(l, "- ") == "" && l != "") {
			if simpleTable.MatchString(l) {
				borders++
			}
			i++
			if borders >= 3 || (borders == 2 && (i >= len(lines) || lines[i] == "")) {
				break
			}
			continue
		}
		if l == "" {
			i++
			continue
		}
		b.Separate(textbuild.SepLine)
		for c, col := range cols {
			s, e := col[0], col[1]
			if c == len(cols)-1 {
				e = len(l)
			}
			if s >= len(l) {
				break
			}
			if e > len(l) {
				e = len(l)
			}
			if !utf8.ValidString(l[s:e]) { // a cell boundary inside a character
				p.inline(strings.TrimSpace(l[s:]))
				break
			}
			if cell := strings.TrimSpace(l[s:e]); cell != "" {
				if c > 0 {
					b.Separate(textbuild.SepCell)
				}
				p.inline(cell)
			}
		}
		i++
	}
	b.Separate(textbuild.SepPara)
	return i
}

// fieldList reads a field list. Before the body starts it is metadata
// (Pelican); later it is text, one "name: value" line per field.
func (p *parser) fieldList(lines []string, i, depth int) int {
	b := p.b
	meta := !p.started
	if !meta {
		b.Separate(textbuild.SepPara)
	}
	for i < len(lines) {
		m := fieldLine.FindStringSubmatch(lines[i])
		if m == nil {
			break
		}
		name := strings.ReplaceAll(m[1], `\:`, ":")
		end := indentedEnd(lines, i+1, 1)
		if end < i+1 {
			end = i + 1
		}
		parts := []string{strings.TrimSpace(m[2])}
		for _, c := range lines[i+1 : end] {
			if c = strings.TrimSpace(c); c != "" {
				parts = append(parts, c)
			}
		}
		value := strings.TrimSpace(strings.Join(parts, " "))
		if meta {
			p.pelican = true
			if _, dup := p.fields[name]; !dup {
				p.fields[name] = value
			}
		} else {
			b.Separate(textbuild.SepLine)
			p.inline(name + ": " + value)
		}
		i = end
		for i < len(lines) && lines[i] == "" && i+1 < len(lines) && fieldLine.MatchString(lines[i+1]) && meta {
			i++
		}
	}
	if !meta {
		b.Separate(textbuild.SepPara)
	}
	return i
}

// explicit reads an explicit markup block starting with "..": a directive,
// a hyperlink target, a footnote, a substitution definition, Nikola
// metadata or a comment.
func (p *parser) explicit(lines []string, i, depth int) int {
	l := lines[i]
	end := indentedEnd(lines, i+1, 1)
	if end < i+1 {
		end = i + 1
	}
	body := lines[i+1 : end]
	switch {
	case targetLine.MatchString(l), anonTarget.MatchString(l):
		return end // collected beforehand
	case strings.HasPrefix(l, ".. |"):
		return end // substitution definition
	}
	if m := directiveLine.FindStringSubmatch(l); m != nil {
		p.directive(strings.ToLower(m[1]), strings.TrimSpace(m[2]), body, depth)
		return end
	}
	if m := footnoteLine.FindStringSubmatch(l); m != nil {
		content := append([]string{m[2]}, dedent(body, minIndent(body))...)
		p.b.Separate(textbuild.SepPara)
		p.blocks(content, depth+1)
		p.b.Separate(textbuild.SepPara)
		return end
	}
	if m := nikolaLine.FindStringSubmatch(l); m != nil && !p.started {
		p.nikola = true
		key := strings.ToLower(m[1])
		if _, dup := p.fields[key]; !dup {
			p.fields[key] = strings.TrimSpace(m[2])
		}
		return end
	}
	// A comment; an empty ".." followed by a blank line ends it.
	return end
}

// proseDirectives keep their content as text.
var proseDirectives = map[string]bool{
	"note": true, "warning": true, "tip": true, "hint": true, "important": true, "attention": true,
	"caution": true, "danger": true, "error": true, "admonition": true, "seealso": true, "topic": true,
	"sidebar": true, "epigraph": true, "highlights": true, "pull-quote": true, "container": true,
	"compound": true, "rubric": true, "table": true, "list-table": true, "versionadded": true,
	"versionchanged": true, "deprecated": true, "centered": true, "line-block": true, "parsed-literal": false,
	"class": true, "div": true, "tabs": true, "tab": true, "only": true,
}

// titledDirectives take a title as their argument.
var titledDirectives = map[string]bool{
	"admonition": true, "topic": true, "sidebar": true, "rubric": true, "table": true, "list-table": true,
	"tab": true, "container": false,
}

// directive handles one directive with its argument line and indented body.
func (p *parser) directive(name, arg string, body []string, depth int) {
	body = dedent(body, minIndent(body))
	// options: ":key: value" lines at the start of the body
	opts := map[string]string{}
	k := 0
	for k < len(body) {
		m := fieldLine.FindStringSubmatch(body[k])
		if m == nil {
			break
		}
		opts[strings.ToLower(m[1])] = strings.TrimSpace(m[2])
		k++
	}
	// argument continued on lines before the options/content
	content := body[k:]
	b := p.b
	switch name {
	case "image", "figure", "thumbnail":
		src := strings.Join(strings.Fields(arg), "")
		alt := opts["alt"]
		b.Image(b.Clean(alt), src)
		if name == "figure" {
			// caption: the first paragraph of the content
			j := 0
			for j < len(content) && content[j] == "" {
				j++
			}
			e := j
			for e < len(content) && content[e] != "" {
				e++
			}
			if e > j {
				b.Separate(textbuild.SepLine)
				sp := b.Open()
				p.inline(strings.Join(trimAll(content[j:e]), " "))
				s, en := b.Close(sp)
				if en > s {
					p.d.Alts = append(p.d.Alts, doc.Span{Text: b.Text()[s:en], Start: s, End: en})
				}
				b.Separate(textbuild.SepLine)
				p.blocks(content[e:], depth+1)
			}
		}
		b.Separate(textbuild.SepLine)
	default:
		if !proseDirectives[name] {
			return // code-block, code, raw, include, math, youtube, ...: dropped
		}
		p.started = true
		b.Separate(textbuild.SepPara)
		switch {
		case arg == "" || name == "only" || name == "class":
		case titledDirectives[name]:
			p.inline(arg) // a title of its own
			b.Separate(textbuild.SepLine)
		default:
			// the argument is the start of the first paragraph
			if k == 0 {
				content = append([]string{arg}, content...)
			} else {
				content = append([]string{arg, ""}, content...)
			}
		}
		p.blocks(content, depth+1)
		b.Separate(textbuild.SepPara)
	}
}

// collectTargets records every hyperlink target (named, chained, indirect
// and anonymous) before the body is read, so references can come first.
func (p *parser) collectTargets(lines []string) {
	var pending []string // chained targets waiting for a URL
	for i := 0; i < len(lines); i++ {
		l := strings.TrimLeft(lines[i], " ")
		if !strings.HasPrefix(l, ".. _") && !strings.HasPrefix(l, "__ ") && !strings.HasPrefix(l, ".. __:") {
			continue
		}
		ind := indentOf(lines[i])
		// continuation lines of the URL
		url := ""
		var name string
		anon := false
		if m := anonTarget.FindStringSubmatch(l); m != nil {
			anon = true
			url = m[1]
		} else if m := targetLine.FindStringSubmatch(l); m != nil {
			name = strings.Trim(m[1], "`")
			url = m[2]
		} else {
			continue
		}
		for i+1 < len(lines) && lines[i+1] != "" && indentOf(lines[i+1]) > ind {
			i++
			url += strings.TrimSpace(lines[i])
		}
		url = strings.Join(strings.Fields(url), "")
		if anon {
			p.anon = append(p.anon, url)
			continue
		}
		key := refName(name)
		if url == "" {
			pending = append(pending, key)
			continue
		}
		if strings.HasPrefix(url, "`") && strings.HasSuffix(url, "`_") {
			url = strings.Trim(url, "`_") + "_"
		}
		if _, dup := p.targets[key]; !dup {
			p.targets[key] = url
		}
		for _, k := range pending {
			if _, dup := p.targets[k]; !dup {
				p.targets[k] = url
			}
		}
		pending = pending[:0]
	}
}

// refName normalises a reference name: case-folded, whitespace collapsed.
func refName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, `\`, "")), " "))
}

// resolve finds the URL of a named reference, following indirect targets.
func (p *parser) resolve(name string) string {
	key := refName(name)
	for hops := 0; hops < 10; hops++ {
		u, ok := p.targets[key]
		if !ok {
			return ""
		}
		if strings.HasSuffix(u, "_") && !strings.HasSuffix(u, `\_`) && !strings.Contains(u, "/") {
			key = refName(strings.TrimSuffix(u, "_"))
			continue
		}
		return strings.ReplaceAll(u, `\_`, "_")
	}
	return ""
}

// nextAnon returns the next anonymous target's URL.
func (p *parser) nextAnon() string {
	if p.anonUse >= len(p.anon) {
		return ""
	}
	u := p.anon[p.anonUse]
	p.anonUse++
	if strings.HasSuffix(u, "_") && !strings.Contains(u, "/") {
		return p.resolve(strings.TrimSuffix(u, "_"))
	}
	return u
}
