package schedule

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/textfix"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// blockTags are the HTML elements that end a line of plain text.
var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true, "hr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true,
	"table": true, "blockquote": true, "pre": true, "dd": true, "dt": true, "section": true,
}

// PlainText turns an HTML fragment (a schedule abstract) into plain text:
// tags removed, block elements ending lines, script and style content
// dropped, character references decoded, white space collapsed.
func PlainText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' || i+1 >= len(s) || !isTagStart(s[i+1]) {
			b.WriteByte(c)
			i++
			continue
		}
		if strings.HasPrefix(s[i:], "<!--") {
			end := strings.Index(s[i+4:], "-->")
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			b.WriteString(s[i:])
			break
		}
		closing := s[i+1] == '/'
		name := tagName(s[i+1 : i+end])
		i += end + 1
		if blockTags[name] {
			b.WriteByte('\n')
		}
		if !closing && (name == "script" || name == "style") {
			close := strings.Index(strings.ToLower(s[i:]), "</"+name)
			if close < 0 {
				break
			}
			i += close
		}
	}
	return tidy(textfix.Entities(b.String()))
}

func isTagStart(c byte) bool {
	return c == '/' || c == '!' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

func tagName(t string) string {
	t = strings.TrimPrefix(t, "/")
	end := strings.IndexFunc(t, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r)) })
	if end >= 0 {
		t = t[:end]
	}
	return strings.ToLower(t)
}

// tidy collapses runs of spaces inside lines, trims lines and drops empty ones.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// clean makes a one-line field (title, name) valid UTF-8 with decoded
// entities and single spaces.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.ContainsRune(s, '&') {
		s = textfix.Entities(s)
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsControl(r) && r != 0)
	}), " ")
}

// PersonSlug derives FOSDEM's speaker slug from a name: accents folded,
// lower case, '.' read as a space, characters other than ASCII letters,
// digits, '-' and '_' dropped, runs of spaces turned into '_'
// ("Giovanni Maruzzelli (gmaruzz)" -> "giovanni_maruzzelli_gmaruzz",
// "Marc-André Lemburg" -> "marc-andre_lemburg"). It matches the slugs that
// FOSDEM's own schedule export lists. Names without Latin letters give "".
func PersonSlug(name string) string {
	f := strings.ReplaceAll(vocab.Fold(name), ".", " ")
	var b strings.Builder
	space := false
	for _, r := range f {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			if space && b.Len() > 0 {
				b.WriteByte('_')
			}
			space = false
			b.WriteRune(r)
		case unicode.IsSpace(r):
			space = true
		}
	}
	return strings.Trim(b.String(), "_-")
}

// TrackSlug derives FOSDEM's track slug from a track name: accents folded,
// lower case, every run of other characters turned into '_'
// ("Real Time Communications" -> "real_time_communications"). It is also
// used for the talk slugs of the early schedules that have none.
func TrackSlug(name string) string {
	f := vocab.Fold(name)
	var b strings.Builder
	sep := false
	for _, r := range f {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		sep = true
	}
	return b.String()
}

// norm folds s and keeps words of letters and digits separated by single
// spaces: the form names and titles are compared in.
func norm(s string) string {
	if isASCII(s) {
		return normASCII(s)
	}
	f := vocab.Fold(s)
	var b strings.Builder
	sep := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte(' ')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' {
			continue // "O'Donoghue" and "ODonoghue" agree
		}
		sep = true
	}
	return b.String()
}

// normASCII is norm of an ASCII s: s itself when it is so already (lower
// case letters and digits, words joined by single spaces), else built with
// one allocation.
func normASCII(s string) string {
	if isNormASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if sep && b.Len() > 0 {
				b.WriteByte(' ')
			}
			sep = false
			b.WriteByte(c)
			continue
		}
		if c == '\'' {
			continue // "O'Donoghue" and "ODonoghue" agree
		}
		sep = true
	}
	return b.String()
}

// isNormASCII tells whether norm leaves the ASCII s as it is.
func isNormASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ' && s[i+1] != ' ':
		default:
			return false
		}
	}
	return true
}

// compact is norm without spaces ("Real Time Comms" -> "realtimecomms").
func compact(s string) string { return strings.ReplaceAll(norm(s), " ", "") }

var (
	yearRe    = lazyre.New(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)
	dateRe    = lazyre.New(`^[0-9]{4}-[0-9]{2}-[0-9]{2}`)
	timeRe    = lazyre.New(`^[0-9]{1,2}:[0-9]{2}`)
	dateTimeR = lazyre.New(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?$`)
)

// lastYear returns the last four-digit year (1900-2099) in s, and s without it.
func lastYear(s string) (year, rest string) {
	locs := yearRe.FindAllStringSubmatchIndex(s, -1)
	if len(locs) == 0 {
		return "", s
	}
	l := locs[len(locs)-1]
	return s[l[2]:l[3]], s[:l[2]] + s[l[3]:]
}

// isoDate returns the YYYY-MM-DD prefix of s, or "".
func isoDate(s string) string {
	m := dateRe.FindString(strings.TrimSpace(s))
	if m == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", m); err != nil {
		return ""
	}
	return m
}

// hhmm returns s as HH:MM, or "".
func hhmm(s string) string {
	m := timeRe.FindString(strings.TrimSpace(s))
	if m == "" {
		return ""
	}
	if len(m) == 4 {
		m = "0" + m
	}
	if m[0] > '2' || (m[0] == '2' && m[1] > '3') || m[3] > '5' {
		return ""
	}
	return m
}

// deriveEdition fills Series and Year from the title, the acronym and the
// start date: "FOSDEM 2019" -> FOSDEM, 2019; acronym "camp2019" -> camp, 2019.
func deriveEdition(c *Conference) {
	trim := func(s string) string {
		return strings.TrimFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '-' || r == '_'
		})
	}
	year, rest := lastYear(c.Title)
	series := trim(strings.Join(strings.Fields(rest), " "))
	ay, arest := lastYear(c.Acronym)
	if year == "" {
		year = ay
	}
	if series == "" {
		series = trim(arest)
	}
	if year == "" && len(c.Start) >= 4 {
		year = c.Start[:4]
	}
	if series == "" {
		series = "Conference"
	}
	c.Series, c.Year = series, year
}

// validURL reports whether s is an absolute http(s) URL usable as an IRI.
func validURL(s string) bool {
	if !(strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) || !utf8.ValidString(s) {
		return false
	}
	return !strings.ContainsAny(s, " \t\r\n<>\"{}|\\^`")
}

// lastSegment returns the last non-empty path segment of a URL.
func lastSegment(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	u = strings.TrimRight(u, "/")
	if i := strings.LastIndexByte(u, '/'); i >= 0 && !strings.HasSuffix(u[:i], "/") {
		return u[i+1:]
	}
	return ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
