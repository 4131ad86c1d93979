package markdown

import (
	"strings"
	"unicode/utf8"
)

// decodeSimpleTOML decodes the TOML front matter most blog engines write
// (Zola, Hugo) without the TOML library's reflection: lines of
// `key = "string"`, `key = 'string'`, `key = true|false`, arrays of such
// strings (on one line or several), `[table]` headers, comments and blank
// lines. ok is false for anything else (escapes, numbers, dates, dotted
// keys, inline tables, arrays of tables, a key given twice), which the
// caller then hands to the library; where ok, fields are what
// toml.Decode gives for src (TestSimpleTOMLSame).
func decodeSimpleTOML(src string) (fields map[string]any, ok bool) {
	if !utf8.ValidString(src) {
		return nil, false
	}
	root := map[string]any{}
	cur := root
	p := tomlScan{s: src}
	for {
		p.blanks(true)
		if p.i >= len(p.s) {
			return root, true
		}
		switch c := p.s[p.i]; {
		case c == '[':
			p.i++
			p.blanks(false)
			key, ok := p.bareKey()
			if !ok {
				return nil, false
			}
			p.blanks(false)
			if !p.take(']') || !p.lineEnd() {
				return nil, false
			}
			if _, dup := root[key]; dup {
				return nil, false
			}
			t := map[string]any{}
			root[key] = t
			cur = t
		default:
			key, ok := p.bareKey()
			if !ok {
				return nil, false
			}
			p.blanks(false)
			if !p.take('=') {
				return nil, false
			}
			p.blanks(false)
			v, ok := p.value()
			if !ok || !p.lineEnd() {
				return nil, false
			}
			if _, dup := cur[key]; dup {
				return nil, false
			}
			cur[key] = v
		}
	}
}

// tomlScan is the position of decodeSimpleTOML in its source.
type tomlScan struct {
	s string
	i int
}

// blanks skips spaces and tabs, and also newlines and comment lines when
// lines is set.
func (p *tomlScan) blanks(lines bool) {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t':
			p.i++
		case '\n':
			if !lines {
				return
			}
			p.i++
		case '#':
			if !lines {
				return
			}
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
		default:
			return
		}
	}
}

// take consumes c if it comes next.
func (p *tomlScan) take(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// lineEnd consumes trailing blanks and the end of the line (or of the
// source); a comment after a value is left to the library.
func (p *tomlScan) lineEnd() bool {
	p.blanks(false)
	if p.i >= len(p.s) {
		return true
	}
	return p.take('\n')
}

// bareKey reads a bare key: ASCII letters, digits, '_' and '-'.
func (p *tomlScan) bareKey() (string, bool) {
	j := p.i
	for j < len(p.s) {
		c := p.s[j]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			break
		}
		j++
	}
	if j == p.i {
		return "", false
	}
	k := p.s[p.i:j]
	p.i = j
	return k, true
}

// value reads a string, a boolean or an array of strings.
func (p *tomlScan) value() (any, bool) {
	if p.i >= len(p.s) {
		return nil, false
	}
	switch p.s[p.i] {
	case '"', '\'':
		return p.str()
	case '[':
		p.i++
		arr := []any{}
		for {
			p.blanks(true)
			if p.take(']') {
				return arr, true
			}
			if p.i >= len(p.s) || p.s[p.i] != '"' && p.s[p.i] != '\'' {
				return nil, false
			}
			v, ok := p.str()
			if !ok {
				return nil, false
			}
			arr = append(arr, v)
			p.blanks(true)
			if p.take(']') {
				return arr, true
			}
			if !p.take(',') {
				return nil, false
			}
		}
	}
	for _, w := range [...]string{"true", "false"} {
		if strings.HasPrefix(p.s[p.i:], w) {
			p.i += len(w)
			if p.i < len(p.s) && p.s[p.i] != ' ' && p.s[p.i] != '\t' && p.s[p.i] != '\n' && p.s[p.i] != ',' && p.s[p.i] != ']' {
				return nil, false
			}
			return w == "true", true
		}
	}
	return nil, false
}

// str reads a one-line basic string without escapes or a one-line literal
// string; multi-line (triple-quoted) strings are left to the library.
func (p *tomlScan) str() (string, bool) {
	q := p.s[p.i]
	if strings.HasPrefix(p.s[p.i:], string([]byte{q, q})) {
		return "", false // empty or multi-line: the library
	}
	j := p.i + 1
	for j < len(p.s) {
		c := p.s[j]
		if c == q {
			v := p.s[p.i+1 : j]
			p.i = j + 1
			return v, true
		}
		if c == '\\' && q == '"' || c < ' ' && c != '\t' || c == 0x7f {
			return "", false
		}
		j++
	}
	return "", false
}
