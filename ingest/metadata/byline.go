package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// bylineLines is how many non-empty lines at the top of a post's Text are
// searched for a byline, and bylineBytes how far into the Text.
const (
	bylineLines = 8
	bylineBytes = 2000
)

// bylineVerbs may open a byline: "Posted on …", "Written by …".
var bylineVerbs = []string{"posted", "published", "written", "authored"}

// nameParticles are lower-case words allowed inside a person's name.
var nameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"le": true, "la": true, "del": true, "dos": true, "das": true, "ter": true, "bin": true, "al": true,
}

// notNames are capitalised words that start sentences, not names.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "my": true, "our": true, "far": true,
	"way": true, "now": true, "then": true, "default": true, "design": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "admin": true, "me": true, "us": true, "all": true, "some": true, "in": true, "on": true,
}

// Byline fills d.Authors and d.Date, when they are empty, from a byline in
// the first lines of d.Text: "Posted on 2015-02-03 by Lee Wong", "By Jane
// Doe, February 4, 2019", "Written by X on DATE", "— X, 4 Feb 2019", or a
// line holding only a date among the first three. Values already set are
// kept.
func Byline(d *doc.Document) {
	if d == nil || (len(d.Authors) > 0 && d.Date != "") {
		return
	}
	text := d.Text
	if len(text) > bylineBytes {
		text = text[:bylineBytes]
	}
	n := 0
	for line := range strings.Lines(text) {
		l := strings.TrimSpace(line)
		if l == "" {
			continue
		}
		n++
		if n > bylineLines {
			break
		}
		author, date := ParseByline(l)
		if author == "" && date == "" && n <= 3 && bareDate(l) {
			date = Date(l)
		}
		if author == "" && date == "" {
			continue
		}
		if len(d.Authors) == 0 && author != "" {
			d.Authors = []string{author}
		}
		if d.Date == "" && date != "" {
			d.Date = date
		}
		if len(d.Authors) > 0 && d.Date != "" {
			return
		}
		if author != "" {
			return // the byline found; a later line is not part of it
		}
	}
}

// bareDate reports a short line holding a date and little else.
func bareDate(l string) bool {
	return len(l) <= 40 && len(strings.Fields(l)) <= 6 && Date(l) != ""
}

// ParseByline reads one byline line and returns the author and the date
// (YYYY-MM-DD) it names; both are "" when the line is not a byline. "By the
// way…" and "Posted in Events" are not bylines.
func ParseByline(line string) (author, date string) {
	l := strings.TrimSpace(line)
	if l == "" || utf8.RuneCountInString(l) > 120 {
		return "", ""
	}
	dashed := false
	for _, dash := range []string{"—", "–", "--", "-", "~"} {
		if strings.HasPrefix(l, dash) {
			l = strings.TrimSpace(l[len(dash):])
			dashed = true
			break
		}
	}
	low := asciiLower(l)
	verb := false
	for _, v := range bylineVerbs {
		if strings.HasPrefix(low, v+" ") || strings.HasPrefix(low, v+":") {
			l = strings.TrimLeft(l[len(v):], ": ")
			low = asciiLower(l)
			verb = true
			break
		}
	}
	switch {
	case strings.HasPrefix(low, "by "):
		name, rest := splitName(strings.TrimSpace(l[3:]))
		if !isName(name) {
			return "", ""
		}
		if rest == "" {
			return name, ""
		}
		if dt := restDate(rest); dt != "" {
			return name, dt
		}
		return "", ""
	case strings.HasPrefix(low, "on ") && verb:
		l = strings.TrimSpace(l[3:])
		low = asciiLower(l)
		fallthrough
	case verb:
		datePart, namePart := l, ""
		if i := strings.Index(low, " by "); i >= 0 {
			datePart, namePart = l[:i], strings.TrimSpace(l[i+4:])
		}
		dt := shortDate(datePart)
		if dt == "" {
			return "", ""
		}
		if namePart != "" {
			name, rest := splitName(namePart)
			if isName(name) && rest == "" {
				return name, dt
			}
		}
		return "", dt
	case strings.HasPrefix(low, "author:"):
		name, rest := splitName(strings.TrimSpace(l[len("author:"):]))
		if isName(name) {
			return name, restDate(rest)
		}
		return "", ""
	case dashed:
		// "— Jane Doe, 4 Feb 2019"
		name, rest := splitName(l)
		if !isName(name) || rest == "" {
			return "", ""
		}
		if dt := restDate(rest); dt != "" {
			return name, dt
		}
	}
	return "", ""
}

// splitName cuts s after the name: at a comma, " on ", " - ", " | ", " · ",
// " — " or " in ". rest has the separator removed.
func splitName(s string) (name, rest string) {
	cut := len(s)
	sepLen := 0
	for _, sep := range []string{",", " on ", " - ", " | ", " · ", " — ", " – ", " • ", " at ", " in ", " ("} {
		if i := strings.Index(asciiLower(s), sep); i >= 0 && i < cut {
			cut, sepLen = i, len(sep)
		}
	}
	name = strings.TrimSpace(s[:cut])
	name = strings.TrimRight(name, ".:;")
	if cut < len(s) {
		rest = strings.TrimSpace(s[cut+sepLen:])
		rest = strings.TrimSuffix(rest, ")")
	}
	return name, rest
}

// restDate is the date in what follows a name: "February 4, 2019", "on
// 2019-02-04", "4 Feb 2019 at 10:00".
func restDate(rest string) string {
	rest = strings.TrimSpace(rest)
	if l := asciiLower(rest); strings.HasPrefix(l, "on ") {
		rest = rest[3:]
	}
	return shortDate(rest)
}

// shortDate reads a date from a short piece of text.
func shortDate(s string) string {
	s = strings.TrimSpace(strings.TrimRight(s, ".,;:"))
	if s == "" || utf8.RuneCountInString(s) > 48 || len(strings.Fields(s)) > 8 {
		return ""
	}
	return Date(s)
}

// isName reports whether s looks like a person's name or handle: one to
// five words, each capitalised (particles such as "van" aside), no digits
// except in a handle ("@jdoe42").
func isName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return false
	}
	if strings.HasPrefix(s, "@") {
		h := s[1:]
		return h != "" && !strings.ContainsAny(h, " \t") && utf8.RuneCountInString(h) <= 40
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	if notNames[asciiLower(words[0])] {
		return false
	}
	capital := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if nameParticles[w] && i > 0 && i < len(words)-1 {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’') {
				return false
			}
		}
		capital++
	}
	return capital > 0
}

// asciiLower lower-cases ASCII letters only, so that byte offsets in the
// result are offsets in s (strings.ToLower may change lengths).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
