package textfix

import (
	"html"
	"regexp"
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

var (
	// Hugo shortcodes {{< x >}} {{% x %}}, Liquid/Jinja tags {% x %} and output {{ x }}, comments {# x #}.
	templateTag = regexp.MustCompile(`\{\{[<%][\s\S]{0,1000}?[%>]\}\}|\{%[\s\S]{0,1000}?%\}|\{\{[\s\S]{0,500}?\}\}|\{#[\s\S]{0,1000}?#\}`)
)

// StripTemplateTags removes template tags and shortcodes, keeping the text
// between paired tags.
func StripTemplateTags(s string) string {
	if !strings.Contains(s, "{{") && !strings.Contains(s, "{%") && !strings.Contains(s, "{#") {
		return s
	}
	return templateTag.ReplaceAllString(s, "")
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
