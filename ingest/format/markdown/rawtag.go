package markdown

import (
	"bytes"
	"html"
)

// rawTag handles one inline raw HTML node: a tag, a closing tag, a comment
// or a processing instruction. Tags are read here without the HTML
// tokenizer, which allocates a 4 KB buffer per use; anything that is not a
// single well-formed tag goes to the tokenizer.
func (w *walker) rawTag(raw []byte) {
	if len(raw) < 3 || raw[0] != '<' || raw[len(raw)-1] != '>' {
		w.html(string(raw))
		return
	}
	if raw[1] == '!' || raw[1] == '?' {
		return // comment, CDATA, declaration, processing instruction
	}
	end := raw[1] == '/'
	i := 1
	if end {
		i = 2
	}
	j := i
	for j < len(raw) && isTagNameByte(raw[j]) {
		j++
	}
	if j == i || bytes.IndexByte(raw[1:], '<') >= 0 {
		w.html(string(raw))
		return
	}
	name := bytes.ToLower(raw[i:j])
	if end {
		w.endTag(name)
		return
	}
	attrs, selfClosing, ok := parseAttrs(raw[j : len(raw)-1])
	if !ok {
		w.html(string(raw))
		return
	}
	w.startTag(name, attrs, selfClosing)
}

// parseAttrs reads the attributes of a tag (the bytes between its name and
// its closing '>'). ok is false for anything it does not understand.
func parseAttrs(s []byte) (attrs map[string]string, selfClosing, ok bool) {
	i := 0
	for {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i >= len(s) {
			return attrs, selfClosing, true
		}
		if s[i] == '/' {
			selfClosing = true
			i++
			continue
		}
		k := i
		for i < len(s) && !isSpaceByte(s[i]) && s[i] != '=' && s[i] != '/' && s[i] != '"' && s[i] != '\'' {
			i++
		}
		if i == k {
			return nil, false, false
		}
		key := string(bytes.ToLower(s[k:i]))
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		val := ""
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpaceByte(s[i]) {
				i++
			}
			if i >= len(s) {
				return nil, false, false
			}
			if q := s[i]; q == '"' || q == '\'' {
				e := bytes.IndexByte(s[i+1:], q)
				if e < 0 {
					return nil, false, false
				}
				val = string(s[i+1 : i+1+e])
				i += e + 2
			} else {
				v := i
				for i < len(s) && !isSpaceByte(s[i]) {
					i++
				}
				val = string(s[v:i])
			}
		}
		if attrs == nil {
			attrs = map[string]string{}
		}
		if _, dup := attrs[key]; !dup {
			attrs[key] = html.UnescapeString(val)
		}
	}
}

func isTagNameByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
}
