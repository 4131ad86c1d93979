package metadata

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

var (
	leadingDate = regexp.MustCompile(`^(?:19|20)\d{2}[-_.]\d{2}[-_.]\d{2}[-_.]?`)
	dashes      = regexp.MustCompile(`[-_+.\s]+`)
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
	if stem == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(stem)
	return string(unicode.ToUpper(r)) + stem[n:]
}
