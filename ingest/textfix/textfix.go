package textfix

import (
	"github.com/talkgraph/talkgraph/internal/lazyre"
	"html"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Fixer holds the reverse tables of the legacy code pages. Make one with New
// and reuse it; it is safe for concurrent use (read-only after New).
type Fixer struct {
	tables []map[rune]byte
}

// New builds a Fixer for Windows-1252 and Mac Roman.
func New() *Fixer {
	f := &Fixer{}
	for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.Macintosh} {
		t := make(map[rune]byte, 256)
		for b := 0x80; b < 0x100; b++ {
			r := cm.DecodeByte(byte(b))
			if r != utf8.RuneError {
				t[r] = byte(b)
			}
		}
		// Bytes undefined in the code page often survive as C1 controls.
		for b := 0x80; b < 0xA0; b++ {
			if _, ok := t[rune(b)]; !ok {
				t[rune(b)] = byte(b)
			}
		}
		f.tables = append(f.tables, t)
	}
	return f
}

// Mojibake repairs runs of non-ASCII characters that are UTF-8 bytes decoded
// with a legacy code page. A run is replaced only when re-encoding it gives
// valid UTF-8 that is shorter, so correct text ("Gülçin", "ü") is left alone.
func (f *Fixer) Mojibake(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
		}
		b.WriteString(f.fixRun(s[i:j]))
		i = j
	}
	return b.String()
}

// fixRun tries each code page on a run of non-ASCII characters. Where the whole
// run does not re-encode, it retries on the longest prefix that does.
func (f *Fixer) fixRun(run string) string {
	for _, t := range f.tables {
		if out, ok := reencode(run, t); ok {
			return out
		}
	}
	// Mixed run: repair greedily piece by piece.
	var b strings.Builder
	rest := run
	for rest != "" {
		fixed := false
		for _, t := range f.tables {
			// longest prefix of whole runes that re-encodes to valid UTF-8,
			// among the first maxPiece runes: trying every prefix of a long
			// run made this cubic in the run's length
			for end := prefixRunes(rest, maxPiece); end > 0; {
				if out, ok := reencode(rest[:end], t); ok {
					b.WriteString(out)
					rest = rest[end:]
					fixed = true
					break
				}
				_, n := utf8.DecodeLastRuneInString(rest[:end])
				end -= n
			}
			if fixed {
				break
			}
		}
		if !fixed {
			_, n := utf8.DecodeRuneInString(rest)
			b.WriteString(rest[:n])
			rest = rest[n:]
		}
	}
	return b.String()
}

// maxPiece bounds, in runes, a piece of a mixed run that fixRun repairs
// at once; one mojibake character spans at most four.
const maxPiece = 64

// prefixRunes is the byte length of the first n runes of s (all of s if
// shorter).
func prefixRunes(s string, n int) int {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

func reencode(run string, t map[rune]byte) (string, bool) {
	buf := make([]byte, 0, len(run))
	for _, r := range run {
		c, ok := t[r]
		if !ok {
			return "", false
		}
		buf = append(buf, c)
	}
	if !utf8.Valid(buf) || len(buf) < 2 {
		return "", false
	}
	out := string(buf)
	if utf8.RuneCountInString(out) >= utf8.RuneCountInString(run) {
		return "", false
	}
	return out, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StripTemplateTags removes template tags and shortcodes, keeping the text
// between paired tags: Hugo shortcodes {{< x >}} and {{% x %}}, Liquid/Jinja
// tags {% x %} and output {{ x }}, comments {# x #}. A tag is at most 1000
// characters long (500 for {{ x }}); the nearest closing delimiter ends it.
// It is one pass over s with no tables. A shortcode that links somewhere
// ({{< figure link="URL" title="T" >}}, {{< scene title="T" link="URL" >}})
// becomes the Markdown link [T](URL) instead: the link is part of what the
// post says.
func StripTemplateTags(s string) string {
	if !strings.Contains(s, "{{") && !strings.Contains(s, "{%") && !strings.Contains(s, "{#") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 0; i < len(s)-1; {
		if s[i] != '{' {
			i++
			continue
		}
		end := templateTagEnd(s, i)
		if end < 0 {
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(shortcodeLink(s[i:end]))
		last, i = end, end
	}
	b.WriteString(s[last:])
	return b.String()
}

// shortcodeAttr is one key="value" (or key='value') attribute of a shortcode.
var shortcodeAttr = lazyre.New(`([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// shortcodeLink returns the Markdown link an opening Hugo shortcode tag
// states with a link, url or href attribute (its anchor the title or
// caption attribute, else the URL), or "" for any other tag.
func shortcodeLink(tag string) string {
	if !strings.HasPrefix(tag, "{{<") && !strings.HasPrefix(tag, "{{%") {
		return ""
	}
	if strings.HasPrefix(strings.TrimSpace(tag[3:]), "/") {
		return ""
	}
	var url, title string
	for _, m := range shortcodeAttr.FindAllStringSubmatch(tag, -1) {
		v := strings.TrimSpace(m[2] + m[3])
		switch strings.ToLower(m[1]) {
		case "link", "url", "href":
			if url == "" && (strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://")) && !strings.ContainsAny(v, " ()<>") {
				url = v
			}
		case "title", "caption":
			if title == "" {
				title = v
			}
		}
	}
	if url == "" {
		return ""
	}
	if title == "" {
		title = url
	}
	title = strings.NewReplacer("\\", "\\\\", "[", "\\[", "]", "\\]", "\n", " ").Replace(title)
	return "[" + title + "](" + url + ")"
}

// templateTagEnd returns the end of the template tag that starts at s[i]
// ('{'), or -1. The forms are tried in order, as alternatives of a regular
// expression would be: {{< or {{% closed by >}} or %}}; {% closed by %}; {{
// closed by }}; {# closed by #}.
func templateTagEnd(s string, i int) int {
	if strings.HasPrefix(s[i:], "{{<") || strings.HasPrefix(s[i:], "{{%") {
		if e := closeWithin(s, i+3, 1000, func(j int) int {
			if (s[j] == '%' || s[j] == '>') && strings.HasPrefix(s[j+1:], "}}") {
				return j + 3
			}
			return -1
		}); e >= 0 {
			return e
		}
	}
	switch {
	case strings.HasPrefix(s[i:], "{%"):
		return closeWithin(s, i+2, 1000, closer(s, "%}"))
	case strings.HasPrefix(s[i:], "{{"):
		return closeWithin(s, i+2, 500, closer(s, "}}"))
	case strings.HasPrefix(s[i:], "{#"):
		return closeWithin(s, i+2, 1000, closer(s, "#}"))
	}
	return -1
}

// closer returns a test for the delimiter d at a position of s: the end of
// the delimiter there, or -1.
func closer(s, d string) func(int) int {
	return func(j int) int {
		if strings.HasPrefix(s[j:], d) {
			return j + len(d)
		}
		return -1
	}
}

// closeWithin finds the first position j from `from` on, at most limit
// characters later, where at(j) returns a delimiter end; it returns that end
// or -1.
func closeWithin(s string, from, limit int, at func(int) int) int {
	j := from
	for n := 0; j < len(s); n++ {
		if e := at(j); e >= 0 {
			return e
		}
		if n == limit {
			break
		}
		_, sz := utf8.DecodeRuneInString(s[j:])
		j += sz
	}
	return -1
}

// Entities decodes HTML character references ("&amp;", "&#8217;", "&eacute;").
func Entities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return html.UnescapeString(s)
}

// Clean applies Mojibake and Entities: what every piece of post text (titles,
// names, body) goes through.
func (f *Fixer) Clean(s string) string {
	return Entities(f.Mojibake(s))
}
