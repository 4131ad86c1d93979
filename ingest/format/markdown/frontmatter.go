package markdown

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unsafe"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"

	"github.com/talkgraph/talkgraph/ingest/inputlimit"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Limits on front matter, against hostile input.
const (
	// MaxFrontMatter is the largest front matter accepted, in bytes.
	MaxFrontMatter = 1 << 20
	// MaxAnchors is the largest number of YAML anchors plus aliases accepted.
	MaxAnchors = 100
)

// Front matter errors; the errors Parse returns wrap them.
var (
	ErrFrontMatter   = errors.New("broken front matter")
	ErrTooLarge      = errors.New("front matter larger than 1 MB")
	ErrAliases       = errors.New("too many YAML anchors/aliases")
	ErrUnterminated  = errors.New("front matter not terminated")
	errNotAMapping   = errors.New("front matter is not a mapping of fields")
	lineNumberInErr  = lazyre.New(`line (\d+)`)
	pelicanLine      = lazyre.New(`^([A-Za-z][A-Za-z0-9_ .-]{0,40}):(?:[ \t]+(.*)|[ \t]*)$`)
	yamlKeyLine      = lazyre.New(`^[A-Za-z_][A-Za-z0-9_ -]*:`)
	pelicanKnownKeys = map[string]bool{
		"title": true, "date": true, "tags": true, "tag": true, "category": true, "categories": true,
		"author": true, "authors": true, "slug": true, "summary": true, "modified": true, "lang": true,
		"language": true, "status": true, "keywords": true, "save_as": true, "url": true, "subtitle": true,
		"description": true, "template": true, "translation": true, "base header level": true,
	}
)

// frontMatter is the metadata block found at the top of a post.
type frontMatter struct {
	kind   string         // "yaml", "toml", "json", "pelican" or ""
	fields map[string]any // decoded fields (nil if none)
	body   string         // the rest of the document
	line   int            // 1-based line of the body's first line in the file
}

// splitFrontMatter finds and decodes the front matter of s.
func splitFrontMatter(s string) (frontMatter, error) {
	switch {
	case strings.HasPrefix(s, "---"):
		return fenced(s, "---", "yaml")
	case strings.HasPrefix(s, "+++"):
		return fenced(s, "+++", "toml")
	case strings.HasPrefix(s, "{"):
		if fm, ok, err := jsonFront(s); ok || err != nil {
			return fm, err
		}
	}
	if fm, ok := pelicanFront(s); ok {
		return fm, nil
	}
	return frontMatter{body: s, line: 1}, nil
}

// fenced reads front matter between two fence lines ("---" or "+++"; YAML
// may also end with "...").
func fenced(s, fence, kind string) (frontMatter, error) {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 || strings.TrimSpace(s[:nl]) != fence {
		// "----" or "--- text": a rule or plain text, not front matter.
		return frontMatter{body: s, line: 1}, nil
	}
	rest := s[nl+1:]
	pos, line := 0, 2
	for pos <= len(rest) {
		end := strings.IndexByte(rest[pos:], '\n')
		var l string
		next := len(rest) + 1
		if end < 0 {
			l = rest[pos:]
		} else {
			l = rest[pos : pos+end]
			next = pos + end + 1
		}
		t := strings.TrimRight(l, " \t\r")
		if t == fence || (kind == "yaml" && t == "...") {
			if pos > MaxFrontMatter {
				return frontMatter{}, ErrTooLarge
			}
			fields, err := decode(kind, rest[:pos])
			if err != nil {
				return frontMatter{}, shiftLines(err, 1)
			}
			body := ""
			if next <= len(rest) {
				body = rest[next:]
			}
			return frontMatter{kind: kind, fields: fields, body: body, line: line + 1}, nil
		}
		if pos > MaxFrontMatter {
			return frontMatter{}, ErrTooLarge
		}
		pos = next
		line++
	}
	// No closing fence: front matter if it starts like one, else a rule.
	first := strings.TrimSpace(firstLine(rest))
	if (kind == "yaml" && yamlKeyLine.MatchString(first)) || (kind == "toml" && strings.Contains(first, "=")) {
		return frontMatter{}, fmt.Errorf("%w: no closing %q", ErrUnterminated, fence)
	}
	return frontMatter{body: s, line: 1}, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// decode decodes YAML or TOML front matter into fields. Error messages
// name the line within the front matter; the caller shifts them.
func decode(kind, src string) (map[string]any, error) {
	if strings.TrimSpace(src) == "" {
		return nil, nil
	}
	// yaml.v3 and BurntSushi/toml take super-linear time and memory on
	// deeply nested values: refuse those first.
	if err := inputlimit.Nesting([]byte(src), inputlimit.FrontMatterDepth, kind == "yaml"); err != nil {
		return nil, err
	}
	var v any
	switch kind {
	case "yaml":
		var n yaml.Node
		if err := yaml.Unmarshal([]byte(src), &n); err != nil {
			return nil, err
		}
		if c := countAnchors(&n, 0); c > MaxAnchors {
			return nil, fmt.Errorf("%w (%d, at most %d)", ErrAliases, c, MaxAnchors)
		}
		if err := n.Decode(&v); err != nil {
			return nil, err
		}
	case "toml":
		if m, ok := decodeSimpleTOML(src); ok {
			return m, nil
		}
		m := map[string]any{}
		if _, err := toml.Decode(src, &m); err != nil {
			return nil, err
		}
		return m, nil
	}
	switch m := v.(type) {
	case nil:
		return nil, nil
	case map[string]any:
		return m, nil
	case map[any]any:
		out := make(map[string]any, len(m))
		for k, x := range m {
			out[fmt.Sprint(k)] = x
		}
		return out, nil
	}
	return nil, errNotAMapping
}

// countAnchors counts anchors and aliases in a YAML node tree without
// following aliases.
func countAnchors(n *yaml.Node, depth int) int {
	if n == nil || depth > 10000 {
		return 0
	}
	c := 0
	if n.Anchor != "" {
		c++
	}
	if n.Kind == yaml.AliasNode {
		return c + 1
	}
	for _, ch := range n.Content {
		c += countAnchors(ch, depth+1)
		if c > MaxAnchors {
			return c
		}
	}
	return c
}

// shiftedError is a decoder's error with its line numbers made lines of
// the file.
type shiftedError struct {
	msg string
	err error
}

func (e *shiftedError) Error() string { return e.msg }
func (e *shiftedError) Unwrap() error { return e.err }

// shiftLines rewrites "line N" in a decoder's message to a line of the file.
func shiftLines(err error, offset int) error {
	msg := lineNumberInErr.ReplaceAllStringFunc(err.Error(), func(m string) string {
		n, convErr := strconv.Atoi(m[len("line "):])
		if convErr != nil {
			return m
		}
		return "line " + strconv.Itoa(n+offset)
	})
	return &shiftedError{msg: msg, err: err}
}

// jsonFront reads Hugo's JSON front matter: an object at the very start.
// ok is false when s does not start with a JSON object.
func jsonFront(s string) (frontMatter, bool, error) {
	t := strings.TrimLeft(s[1:], " \t\r\n")
	if !strings.HasPrefix(t, `"`) && !strings.HasPrefix(t, "}") {
		return frontMatter{}, false, nil
	}
	in := s
	if len(in) > MaxFrontMatter+1 {
		in = in[:MaxFrontMatter+1]
	}
	dec := json.NewDecoder(strings.NewReader(in))
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		if len(in) > MaxFrontMatter {
			return frontMatter{}, true, ErrTooLarge
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return frontMatter{}, true, fmt.Errorf("line %d: %w", 1+strings.Count(in[:min(int(se.Offset), len(in))], "\n"), err)
		}
		return frontMatter{}, true, err
	}
	off := int(dec.InputOffset())
	body := s[off:]
	return frontMatter{kind: "json", fields: m, body: body, line: 1 + strings.Count(s[:off], "\n")}, true, nil
}

// pelicanFront reads Pelican / MultiMarkdown header lines: "Key: value"
// lines at the top, indented continuation lines, ended by a blank line.
// It is metadata only when at least one key is a known metadata key.
func pelicanFront(s string) (frontMatter, bool) {
	fields := map[string]any{}
	known := false
	last := ""
	pos, line := 0, 1
	for pos < len(s) {
		end := strings.IndexByte(s[pos:], '\n')
		next := len(s)
		l := s[pos:]
		if end >= 0 {
			l = s[pos : pos+end]
			next = pos + end + 1
		}
		l = strings.TrimRight(l, " \t\r")
		if l == "" {
			if len(fields) == 0 {
				return frontMatter{}, false
			}
			break
		}
		if pos > MaxFrontMatter {
			return frontMatter{}, false
		}
		if m := pelicanLine.FindStringSubmatch(l); m != nil && l[0] != ' ' && l[0] != '\t' {
			key := strings.ToLower(strings.TrimSpace(m[1]))
			if strings.Contains(m[1], "  ") || strings.HasPrefix(m[2], "//") {
				return frontMatter{}, false // "http: //..." or prose
			}
			if pelicanKnownKeys[key] {
				known = true
			}
			if prev, ok := fields[key].(string); ok && prev != "" {
				fields[key] = prev + ", " + strings.TrimSpace(m[2])
			} else {
				fields[key] = strings.TrimSpace(m[2])
			}
			last = key
		} else if last != "" && (l[0] == ' ' || l[0] == '\t') {
			prev, _ := fields[last].(string)
			fields[last] = strings.TrimSpace(prev + " " + strings.TrimSpace(l))
		} else {
			return frontMatter{}, false
		}
		pos = next
		line++
	}
	if !known {
		return frontMatter{}, false
	}
	body := ""
	if pos < len(s) {
		body = s[pos:]
	}
	return frontMatter{kind: "pelican", fields: fields, body: body, line: line}, true
}

// jekyllLists splits YAML tags/categories given as one string on
// whitespace, as Jekyll does, unless the string has commas.
func jekyllLists(fields map[string]any) {
	for k, v := range fields {
		lk := strings.ToLower(k)
		if lk != "tags" && lk != "categories" {
			continue
		}
		if s, ok := v.(string); ok && !strings.ContainsAny(s, ",;") {
			var l []any
			for _, f := range strings.Fields(s) {
				l = append(l, f)
			}
			fields[k] = l
		}
	}
}

var bom = []byte("\xef\xbb\xbf")

// normalise drops a byte-order mark and turns CRLF / CR line ends into LF.
// When it changes nothing else it returns data's bytes seen as a string,
// without a copy, and view true: Parse reads the post only while it runs
// and data is not written meanwhile, and what it keeps of the front matter
// it copies (cloneFields); the body it gives goldmark shares data's bytes
// anyway (tailBytes). A copy of every post was 3% of the bytes a parse and
// extraction allocate.
func normalise(data []byte) (s string, view bool) {
	data = bytes.TrimPrefix(data, bom)
	if bytes.IndexByte(data, '\r') < 0 {
		if len(data) == 0 {
			return "", false
		}
		return unsafe.String(&data[0], len(data)), true
	}
	s = strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), false
}

// cloneFields copies front matter fields decoded from a view of the input
// (normalise), so that no string of them shares the input's bytes: keys and
// strings, in maps and lists at any depth. Other values (numbers, times,
// booleans) hold no input bytes.
func cloneFields(fields map[string]any) map[string]any {
	if fields == nil {
		return nil
	}
	out := make(map[string]any, len(fields))
	for k, v := range fields {
		out[strings.Clone(k)] = cloneValue(v)
	}
	return out
}

func cloneValue(v any) any {
	switch v := v.(type) {
	case string:
		return strings.Clone(v)
	case map[string]any:
		return cloneFields(v)
	case map[any]any:
		out := make(map[any]any, len(v))
		for k, e := range v {
			out[cloneValue(k)] = cloneValue(e)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = cloneValue(e)
		}
		return out
	case []string:
		out := make([]string, len(v))
		for i, e := range v {
			out[i] = strings.Clone(e)
		}
		return out
	case []map[string]any:
		out := make([]map[string]any, len(v))
		for i, e := range v {
			out[i] = cloneFields(e)
		}
		return out
	}
	return v
}
