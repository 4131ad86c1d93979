package markdown

import (
	"bytes"

	"golang.org/x/net/html"
)

// htmlScanner splits a piece of raw HTML into the tokens the walker acts
// on (text, start, self-closing and end tags), the way the tokenizer of
// golang.org/x/net/html does, without its 4 KB buffer per use and without
// copying the attributes nobody reads. It is a port of that tokenizer's
// data state for the common case: scan refuses (ok false) input it would
// not read exactly the same way, which then goes to the tokenizer. The
// walker keeps one and reuses its slices from block to block.
type htmlScanner struct {
	toks  []htmlToken
	attrs []htmlAttr
	name  []byte // the lower-cased tag name handed out by lowerName
}

// htmlToken is one token of the scanned input: a text (s:e is the raw
// text), or a tag (s:e is its name as written, attrs[a0:a1] its
// attributes).
type htmlToken struct {
	kind   html.TokenType
	s, e   int
	a0, a1 int
}

// htmlAttr is one attribute of a start tag: key ks:ke, value vs:ve, both
// as written (the value unquoted).
type htmlAttr struct{ ks, ke, vs, ve int }

// scan tokenizes s into sc.toks. Comments, doctypes and processing
// instructions are skipped, as the walker ignores them; input ending
// inside a tag or a comment ends the tokens there, as the tokenizer's
// error token does. ok is false when s holds a carriage return (the
// tokenizer rewrites newlines), a start tag of an element whose content is
// raw text (script, style, title, textarea, …), or a character reference
// in an attribute value (decoded by rules the html package does not
// export): the caller then uses the tokenizer.
func (sc *htmlScanner) scan(s []byte) (ok bool) {
	sc.toks, sc.attrs = sc.toks[:0], sc.attrs[:0]
	if bytes.IndexByte(s, '\r') >= 0 {
		return false
	}
	n := len(s)
	i := 0
	for i < n {
		// text up to the next '<' that opens markup; any other '<' is text
		j := i
		for {
			k := bytes.IndexByte(s[j:], '<')
			if k < 0 || j+k+1 >= n {
				j = n
				break
			}
			j += k
			if c := s[j+1]; isLetter(c) || c == '/' || c == '!' || c == '?' {
				break
			}
			j++
		}
		if j > i {
			sc.toks = append(sc.toks, htmlToken{kind: html.TextToken, s: i, e: j})
		}
		if j >= n {
			return true
		}
		var end int
		switch c := s[j+1]; {
		case isLetter(c):
			a0 := len(sc.attrs)
			nameEnd, e := sc.readTag(s, j+2, true)
			if e < 0 {
				sc.attrs = sc.attrs[:a0]
				return true
			}
			if rawTextElement(s[j+1 : nameEnd]) {
				return false
			}
			for _, a := range sc.attrs[a0:] {
				if bytes.IndexByte(s[a.vs:a.ve], '&') >= 0 {
					return false
				}
			}
			kind := html.StartTagToken
			if s[e-2] == '/' {
				kind = html.SelfClosingTagToken
			}
			sc.toks = append(sc.toks, htmlToken{kind: kind, s: j + 1, e: nameEnd, a0: a0, a1: len(sc.attrs)})
			end = e
		case c == '/':
			if j+2 >= n {
				// "</" at the very end is text
				sc.toks = append(sc.toks, htmlToken{kind: html.TextToken, s: j, e: n})
				return true
			}
			switch c2 := s[j+2]; {
			case c2 == '>':
				end = j + 3 // "</>" is no token at all
			case isLetter(c2):
				nameEnd, e := sc.readTag(s, j+3, false)
				if e < 0 {
					return true
				}
				sc.toks = append(sc.toks, htmlToken{kind: html.EndTagToken, s: j + 2, e: nameEnd})
				end = e
			default:
				end = closeAngle(s, j+2) // a bogus comment
			}
		case c == '!':
			if j+3 >= n {
				return true // comment up to the end
			}
			if s[j+2] == '-' && s[j+3] == '-' {
				end = commentEnd(s, j+4)
			} else {
				end = closeAngle(s, j+2) // doctype or bogus comment
			}
		default: // '?': a processing instruction, read as a bogus comment
			end = closeAngle(s, j+1)
		}
		if end < 0 {
			return true
		}
		i = end
	}
	return true
}

// readTag reads a tag whose name's first byte is s[p-1], reading on from
// s[p], as the tokenizer's
// readTag does; with save, the attributes with a non-empty key are
// appended to sc.attrs. It returns the end of the name and the offset just
// past the closing '>', or end < 0 when s ends inside the tag.
func (sc *htmlScanner) readTag(s []byte, p int, save bool) (nameEnd, end int) {
	n := len(s)
	if nameEnd, p = scanWord(s, p, true); p < 0 {
		return 0, -1
	}
	if p = skipHTMLSpace(s, p); p >= n {
		return 0, -1
	}
	for {
		if p >= n {
			return 0, -1
		}
		if s[p] == '>' {
			return nameEnd, p + 1
		}
		// the key: up to white space, '/', '>' or a '=' that is not its
		// first byte
		ks := p
		for {
			if p >= n {
				return 0, -1
			}
			c := s[p]
			p++
			if c == '=' && ks+1 == p {
				continue
			}
			if c == '=' || isHTMLSpace(c) || c == '/' || c == '>' {
				p--
				break
			}
		}
		ke := p
		vs, ve := p, p
		if p = skipHTMLSpace(s, p); p >= n {
			return 0, -1
		}
		c := s[p]
		p++
		switch {
		case c == '/':
		case c != '=':
			p--
		default:
			if p = skipHTMLSpace(s, p); p >= n {
				return 0, -1
			}
			q := s[p]
			p++
			switch q {
			case '>':
				p--
			case '"', '\'':
				k := bytes.IndexByte(s[p:], q)
				if k < 0 {
					return 0, -1
				}
				vs, ve = p, p+k
				p += k + 1
			default:
				vs = p - 1
				if ve, p = scanWord(s, p, false); p < 0 {
					return 0, -1
				}
			}
		}
		if save && ks != ke {
			sc.attrs = append(sc.attrs, htmlAttr{ks: ks, ke: ke, vs: vs, ve: ve})
		}
		if p = skipHTMLSpace(s, p); p >= n {
			return 0, -1
		}
	}
}

// commentEnd is the offset just past the comment whose data starts at
// s[p] (after "<!--"), by the tokenizer's rules ("-->", "--!>", and "<!-->"
// or "<!--->" as empty comments), or -1 when s ends inside it.
func commentEnd(s []byte, p int) int {
	dashes := 0
	beginning := true
	for p < len(s) {
		c := s[p]
		p++
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return p
			}
		case '!':
			if dashes >= 2 {
				if p >= len(s) {
					return -1
				}
				c = s[p]
				p++
				if c == '>' {
					return p
				}
				if c == '-' {
					dashes = 1
					beginning = false
					continue
				}
			}
		}
		dashes = 0
		beginning = false
	}
	return -1
}

// scanWord reads a tag name or an unquoted attribute value from s[p]: up
// to white space (consumed) or '>' (and with slash '/'), not consumed. It
// returns where the word ends and where reading goes on, or next < 0 when
// s ends first.
func scanWord(s []byte, p int, slash bool) (end, next int) {
	for ; p < len(s); p++ {
		c := s[p]
		if isHTMLSpace(c) {
			return p, p + 1
		}
		if c == '>' || slash && c == '/' {
			return p, p
		}
	}
	return 0, -1
}

// closeAngle is the offset just past the first '>' at or after s[p], or -1.
func closeAngle(s []byte, p int) int {
	if k := bytes.IndexByte(s[p:], '>'); k >= 0 {
		return p + k + 1
	}
	return -1
}

// skipHTMLSpace skips the white space the tokenizer skips in a tag.
func skipHTMLSpace(s []byte, p int) int {
	for p < len(s) && isHTMLSpace(s[p]) {
		p++
	}
	return p
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// rawTextElement reports whether name (as written) names an element whose
// content the tokenizer reads as raw text, up to its end tag.
func rawTextElement(name []byte) bool {
	var low [9]byte
	if len(name) < 3 || len(name) > len(low) {
		return false
	}
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	switch string(low[:len(name)]) {
	case "iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp":
		return true
	}
	return false
}

// asciiLowerIs reports whether key lower-cased (ASCII only, as the
// tokenizer does) is want (lower case).
func asciiLowerIs(key []byte, want string) bool {
	if len(key) != len(want) {
		return false
	}
	for i, c := range key {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != want[i] {
			return false
		}
	}
	return true
}

// lowerName is the name of tag t lower-cased (ASCII only, as the tokenizer
// does), valid until the next call.
func (sc *htmlScanner) lowerName(s []byte, t htmlToken) []byte {
	name := s[t.s:t.e]
	upper := false
	for _, c := range name {
		if 'A' <= c && c <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return name
	}
	sc.name = append(sc.name[:0], name...)
	for i, c := range sc.name {
		if 'A' <= c && c <= 'Z' {
			sc.name[i] = c + 'a' - 'A'
		}
	}
	return sc.name
}
