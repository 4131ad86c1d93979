package metadata

import (
	"net/url"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

var (
	leadingDate = lazyre.New(`^(?:19|20)\d{2}[-_.]\d{2}[-_.]\d{2}[-_.]?`)
	dashes      = lazyre.New(`[-_+.\s]+`)
)

// pathFields are Meta keys whose value may carry a dated path.
var pathFields = []string{"path", "slug", "permalink", "url", "save_as", "link", "aliases"}

// FillDefaults completes what the metadata left empty: Date from a dated
// path in Meta (path, slug, permalink, url) or in d.Source, and Title from
// the file name (see TitleFromName).
func FillDefaults(d *doc.Document) {
	if d == nil {
		return
	}
	if d.Date == "" {
		for _, k := range pathFields {
			if v, ok := d.Meta[k]; ok {
				if dt := DateFromName(v); dt != "" {
					d.Date = dt
					break
				}
			}
		}
	}
	if d.Date == "" {
		d.Date = DateFromName(sourcePath(d.Source))
	}
	if d.Title == "" {
		d.Title = TitleFromName(d.Source)
	}
	if d.Title == "" && len(d.Sections) > 0 {
		d.Title = CleanTitle(d.Sections[0].Heading)
	}
	if d.Title == "" {
		d.Title = firstLine(d.Text)
	}
}

// firstLine is the text's first paragraph when it reads like a title: one
// line of 2 to 12 words, starting with a capital or a digit, not ending like
// a sentence.
func firstLine(text string) string {
	para, _, _ := strings.Cut(strings.TrimSpace(text), "\n\n")
	if strings.Contains(para, "\n") {
		return ""
	}
	line := CleanTitle(para)
	words := len(strings.Fields(line))
	if words < 2 || words > 12 || utf8.RuneCountInString(line) > 90 {
		return ""
	}
	if strings.ContainsAny(line[len(line)-1:], ".:;,!?") {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return line
}

// meaningless reports whether a file-name stem holds no word: only numbers
// and hashes ("000 2e5dd42e0fd52141", "12345"), as exports and crawls name files.
func meaningless(stem string) bool {
	for _, tok := range strings.Fields(stem) {
		digits, hex, other := 0, 0, 0
		for _, r := range tok {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F'):
				hex++
			default:
				other++
			}
		}
		if other > 0 || (digits == 0 && hex >= 3) {
			return false // a word
		}
	}
	return true
}

// sourcePath is the path part of a URL, or the source itself.
func sourcePath(source string) string {
	if strings.Contains(source, "://") {
		if u, err := url.Parse(source); err == nil {
			return u.Path
		}
	}
	return source
}

// TitleFromName makes a title from a file name or URL: the stem without
// extension and leading date, dashes and underscores as spaces, first letter
// upper-cased ("2015-02-04-cfgmgmt-camp.md" -> "Cfgmgmt camp"). An index
// file takes its folder's name. Standard input ("-") and "" give "".
func TitleFromName(name string) string {
	p := strings.TrimRight(strings.ReplaceAll(sourcePath(name), `\`, "/"), "/")
	if p == "" || p == "-" || p == "." {
		return ""
	}
	base := path.Base(p)
	stem := base
	if i := strings.IndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	if l := strings.ToLower(stem); l == "index" || l == "_index" || l == "readme" {
		if dir := path.Dir(p); dir != "." && dir != "/" {
			return TitleFromName(dir)
		}
	}
	if stem == "" {
		stem = base
	}
	stem = leadingDate.ReplaceAllString(stem, "")
	stem = strings.TrimSpace(dashes.ReplaceAllString(stem, " "))
	if stem == "" || meaningless(stem) {
		return ""
	}
	r, n := utf8.DecodeRuneInString(stem)
	return string(unicode.ToUpper(r)) + stem[n:]
}
