package rst

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
)

var ()

// inline writes one paragraph's text, reducing inline markup to text and
// recording hyperlinks.
func (p *parser) inline(s string) {
	in := &inlineScan{p: p, s: s}
	in.run()
}

type inlineScan struct {
	p     *parser
	s     string
	plain int // start of pending plain text
	// positions from which a search for a closing marker already failed
	noClose map[string]int
}

// flush writes pending plain text up to i.
func (in *inlineScan) flush(i int) {
	if i > in.plain {
		in.text(in.s[in.plain:i])
	}
	in.plain = i
}

// text writes a piece of text, unescaping backslashes.
func (in *inlineScan) text(t string) {
	if strings.IndexByte(t, '\\') >= 0 {
		t = unescape(t)
	}
	b := in.p.b
	b.Write(b.Clean(t))
}

func unescape(t string) string {
	var sb strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '\\' && i+1 < len(t) {
			i++
			if t[i] == ' ' {
				continue
			}
		}
		sb.WriteByte(t[i])
	}
	return sb.String()
}

// startOK applies the inline markup start-string rule at i.
func startOK(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || strings.ContainsRune(`'"([{<-/:‘“’«¡¿‐‑‒–— `, r) || unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Pd, r)
}

// endOK applies the end-string rule: what follows position j.
func endOK(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsSpace(r) || strings.ContainsRune(`'")]}>-/:.,;!?\’”»‐‑‒–— `, r) || unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Pf, r) || unicode.Is(unicode.Pd, r) || unicode.Is(unicode.Po, r)
}

// findClose finds the closing marker for content starting at from: the
// marker must follow a non-space and satisfy the end-string rule.
func (in *inlineScan) findClose(marker string, from int) int {
	if f, ok := in.noClose[marker]; ok && f <= from {
		return -1
	}
	s := in.s
	for k := from; k < len(s); {
		j := strings.Index(s[k:], marker)
		if j < 0 {
			break
		}
		j += k
		if j > from && s[j-1] != ' ' && s[j-1] != '\\' {
			after := j + len(marker)
			if marker == "`" {
				// the close may be followed by _ / __ / :role:
				switch {
				case strings.HasPrefix(s[after:], "__"):
					after += 2
				case strings.HasPrefix(s[after:], "_"):
					after++
				case roleOf(s[after:]) != "":
					after += len(roleOf(s[after:]))
				}
			}
			if endOK(s, after) {
				return j
			}
		}
		k = j + 1
	}
	if in.noClose == nil {
		in.noClose = map[string]int{}
	}
	in.noClose[marker] = from
	return -1
}

func (in *inlineScan) run() {
	s := in.s
	b := in.p.b
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i += 2
			continue
		case c == '`' && startOK(s, i):
			if strings.HasPrefix(s[i:], "``") {
				if i+2 < len(s) && s[i+2] != ' ' {
					if j := in.findClose("``", i+2); j >= 0 {
						in.flush(i)
						b.Write(b.Clean(collapse(s[i+2 : j])))
						i = j + 2
						in.plain = i
						continue
					}
				}
				i += 2
				continue
			}
			if i+1 < len(s) && s[i+1] != ' ' {
				if j := in.findClose("`", i+1); j >= 0 {
					in.flush(i)
					i = in.interpreted(s[i+1:j], j+1, "")
					in.plain = i
					continue
				}
			}
		case c == ':' && startOK(s, i):
			if m := roleOf(s[i:]); m != "" && i+len(m) < len(s) && s[i+len(m)] == '`' {
				k := i + len(m)
				if j := in.findClose("`", k+1); j >= 0 && j > k+1 {
					in.flush(i)
					i = in.interpreted(s[k+1:j], j+1, strings.Trim(m, ":"))
					in.plain = i
					continue
				}
			}
		case c == '*' && startOK(s, i):
			marker := "*"
			if strings.HasPrefix(s[i:], "**") {
				marker = "**"
			}
			k := i + len(marker)
			if k < len(s) && s[k] != ' ' && s[k] != '*' {
				if j := in.findClose(marker, k); j >= 0 {
					in.flush(i)
					sp := b.Open()
					in.text(s[k:j])
					if marker == "**" {
						b.Mark(sp, doc.MarkStrong)
					} else {
						b.Mark(sp, doc.MarkEmphasis)
					}
					i = j + len(marker)
					in.plain = i
					continue
				}
			}
			i += len(marker)
			continue
		case c == '|' && startOK(s, i) && i+1 < len(s) && s[i+1] != ' ':
			if j := in.findClose("|", i+1); j >= 0 {
				in.flush(i)
				in.text(s[i+1 : j])
				i = j + 1
				// |sub|_ and |sub|__ references: no URL known, drop the marker
				if strings.HasPrefix(s[i:], "__") {
					i += 2
				} else if strings.HasPrefix(s[i:], "_") {
					i++
				}
				in.plain = i
				continue
			}
		case c == '[' && startOK(s, i):
			// footnote / citation reference [1]_ [#]_ [#x]_ [*]_ [CIT]_
			if j := strings.IndexByte(s[i:], ']'); j > 1 && j < 60 && strings.HasPrefix(s[i+j:], "]_") && endOK(s, i+j+2) &&
				!strings.ContainsAny(s[i+1:i+j], " \t[") {
				in.flush(i)
				i += j + 2
				in.plain = i
				continue
			}
		case isWordStart(c) && (i == 0 || !textbuild.IsWordByte(s[i-1])) && startOK(s, i):
			// simple reference name: word_ or word__
			m := simpleRef(s[i:])
			if m != "" && strings.HasSuffix(m, "_") && endOK(s, i+len(m)) {
				anon := strings.HasSuffix(m, "__")
				name := strings.TrimRight(m, "_")
				if len(name) == len(m)-1 || anon {
					url := ""
					if anon {
						url = in.p.nextAnon()
					} else {
						url = in.p.resolve(name)
					}
					if url != "" {
						in.flush(i)
						sp := b.Open()
						in.text(name)
						b.Link(sp, url, false)
						i += len(m)
						in.plain = i
						continue
					}
				}
			}
			// skip the rest of the word
			j := i + 1
			for j < len(s) && textbuild.IsWordByte(s[j]) {
				j++
			}
			i = j
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	in.flush(len(s))
}

// interpreted handles `content` followed at after by an optional _, __ or
// :role:, with role the prefix role if any. It returns where scanning goes
// on.
func (in *inlineScan) interpreted(content string, after int, role string) int {
	s := in.s
	p := in.p
	b := p.b
	ref := ""
	switch {
	case strings.HasPrefix(s[after:], "__"):
		ref = "__"
		after += 2
	case strings.HasPrefix(s[after:], "_"):
		ref = "_"
		after++
	default:
		if m := roleOf(s[after:]); m != "" && role == "" {
			role = strings.Trim(m, ":")
			after += len(m)
		}
	}
	content = collapse(content)
	if ref == "" {
		// roles: :ref:`title <label>`, :doc:`x`, :code:`x`, :abbr:`A (B)`
		if a, _, ok := embedded(content); ok && a != "" {
			content = a
		}
		switch role {
		case "math", "raw", "raw-html", "raw-latex":
			return after
		}
		in.text(content)
		return after
	}
	var anchor, url string
	if a, t, ok := embedded(content); ok {
		anchor = a
		target := strings.Join(strings.Fields(t), "")
		if strings.HasSuffix(target, "_") && !strings.HasSuffix(target, `\_`) && !strings.Contains(target, "/") {
			url = p.resolve(strings.TrimSuffix(target, "_"))
		} else {
			url = strings.ReplaceAll(target, `\_`, "_")
			if anchor != "" && ref == "_" {
				if _, dup := p.targets[refName(anchor)]; !dup {
					p.targets[refName(anchor)] = url
				}
			}
		}
		if anchor == "" {
			anchor = target
		}
	} else {
		anchor = content
		if ref == "__" {
			url = p.nextAnon()
		} else {
			url = p.resolve(content)
		}
	}
	if url == "" {
		in.text(anchor)
		return after
	}
	sp := b.Open()
	in.text(anchor)
	b.Link(sp, url, false)
	return after
}

// collapse turns runs of whitespace into one space.
func collapse(s string) string {
	if !strings.ContainsAny(s, "\n\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func isWordStart(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// simpleRef returns the simple reference name with its "_" or "__" suffix
// at the start of s (word_, multi-word.name__), or "".
func simpleRef(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if isWordStart(c) {
			i++
			continue
		}
		if (c == '-' || c == '_' || c == '.' || c == '+' || c == ':') && i > 0 && i+1 < len(s) && isWordStart(s[i+1]) {
			i++
			continue
		}
		break
	}
	if i == 0 || i >= len(s) || s[i] != '_' {
		return ""
	}
	if i+1 < len(s) && s[i+1] == '_' {
		return s[:i+2]
	}
	return s[:i+1]
}

// roleOf returns the role marker (":name:" or ":domain:name:") at the start
// of s, or "".
func roleOf(s string) string {
	if len(s) < 3 || s[0] != ':' {
		return ""
	}
	parts := 0
	i := 1
	for parts < 2 {
		j := i
		for j < len(s) && (isWordStart(s[j]) || s[j] == '_' || s[j] == '.' || s[j] == '+' || s[j] == '-') {
			j++
		}
		if j == i || j >= len(s) || s[j] != ':' {
			break
		}
		parts++
		i = j + 1
		if i < len(s) && s[i] == '`' {
			return s[:i]
		}
	}
	if parts == 0 {
		return ""
	}
	return s[:i]
}

// embedded splits "text <target>" into its text and target.
func embedded(content string) (text, target string, ok bool) {
	if !strings.HasSuffix(content, ">") {
		return "", "", false
	}
	lt := strings.LastIndexByte(content, '<')
	if lt < 0 || lt+2 > len(content)-1 {
		return "", "", false
	}
	target = content[lt+1 : len(content)-1]
	if strings.IndexByte(target, '>') >= 0 {
		return "", "", false
	}
	return strings.TrimSpace(content[:lt]), target, true
}
