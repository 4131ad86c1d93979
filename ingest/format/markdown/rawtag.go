package markdown

import (
	"bytes"
	"html"
)

// rawTag handles one inline raw HTML node: a tag, a closing tag, a comment
// or a processing instruction. A single well-formed tag is read here;
// anything else goes to w.html.
func (w *walker) rawTag(raw []byte) {
	if len(raw) < 3 || raw[0] != '<' || raw[len(raw)-1] != '>' {
		w.html(raw)
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
		w.html(raw)
		return
	}
	name := bytes.ToLower(raw[i:j])
	if end {
		w.endTag(name)
		return
	}
	var attrs tagAttrs
	selfClosing, ok := parseAttrs(raw[j:len(raw)-1], &attrs)
	if !ok {
		w.html(raw)
		return
	}
	w.startTag(name, &attrs, selfClosing)
}

// parseAttrs reads the attributes of a tag (the bytes between its name and
// its closing '>') into attrs, the first of two equal keys winning. ok is
// false for anything it does not understand.
func parseAttrs(s []byte, attrs *tagAttrs) (selfClosing, ok bool) {
	i := 0
	for {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if i >= len(s) {
			return selfClosing, true
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
			return false, false
		}
		key := s[k:i]
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		var val []byte
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpaceByte(s[i]) {
				i++
			}
			if i >= len(s) {
				return false, false
			}
			if q := s[i]; q == '"' || q == '\'' {
				e := bytes.IndexByte(s[i+1:], q)
				if e < 0 {
					return false, false
				}
				val = s[i+1 : i+1+e]
				i += e + 2
			} else {
				v := i
				for i < len(s) && !isSpaceByte(s[i]) {
					i++
				}
				val = s[v:i]
			}
		}
		if f, bit := attrs.slot(key); f != nil && attrs.seen&bit == 0 {
			attrs.seen |= bit
			*f = html.UnescapeString(string(val))
		}
	}
}

func isTagNameByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
}
