package metadata

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// field roles: what a metadata key means.
type role int

const (
	roleMeta role = iota
	roleTitle
	roleAltTitle
	roleDate
	roleLateDate
	roleAuthor
	roleTag
	roleCategory
	roleKeyword
	roleLanguage
	roleURL
	roleLayout
	roleNested // a table whose fields are read with the same rules
	roleIgnore
)

// roles maps lower-case field names to their role.
var roles = map[string]role{
	"title": roleTitle, "headline": roleAltTitle, "name": roleMeta,
	"date": roleDate, "published": roleDate, "pubdate": roleDate, "publishdate": roleDate,
	"published_at": roleDate, "publishedat": roleDate, "published_date": roleDate, "publish_date": roleDate,
	"created": roleDate, "created_at": roleDate, "datepublished": roleDate, "date_published": roleDate,
	"posted": roleDate, "posted_at": roleDate, "dc.date": roleDate,
	"updated": roleLateDate, "lastmod": roleLateDate, "modified": roleLateDate, "updated_at": roleLateDate,
	"last_modified": roleLateDate, "datemodified": roleLateDate, "modified_at": roleLateDate,
	"author": roleAuthor, "authors": roleAuthor, "by": roleAuthor, "creator": roleAuthor,
	"creators": roleAuthor, "dc.creator": roleAuthor, "speaker": roleMeta,
	"tags": roleTag, "tag": roleTag, "topics": roleTag, "labels": roleTag,
	"categories": roleCategory, "category": roleCategory,
	"keywords": roleKeyword, "keyword": roleKeyword, "metatags": roleKeyword, "meta_keywords": roleKeyword,
	"lang": roleLanguage, "language": roleLanguage, "locale": roleLanguage, "inlanguage": roleLanguage,
	"url": roleURL, "permalink": roleURL, "canonical": roleURL, "canonical_url": roleURL,
	"canonicalurl": roleURL, "canonical-url": roleURL, "original_url": roleURL, "link": roleURL,
	"layout": roleLayout, "template": roleLayout, "type": roleMeta,
	"taxonomies": roleNested, "extra": roleNested, "params": roleNested,
	"draft": roleIgnore, "hidden": roleIgnore, "comments": roleIgnore, "sharing": roleIgnore,
}

// engineCategories are category values that name the blog engine or the
// kind of page rather than a subject; they are not kept as tags.
var engineCategories = map[string]bool{
	"jekyll": true, "hugo": true, "pelican": true, "octopress": true, "nikola": true, "zola": true,
	"lume": true, "blogger": true, "wordpress": true, "post": true, "posts": true, "blog": true,
	"uncategorized": true, "uncategorised": true, "general": true, "misc": true, "default": true,
	"page": true, "pages": true, "article": true, "articles": true,
}

// maxDepth bounds how deep nested tables are read.
const maxDepth = 4

// collected holds the values found, by role, before they are placed on the
// Document, so that precedence does not depend on map iteration order.
type collected struct {
	title, altTitle     string
	date, lateDate      string
	authors, tags, cats []string
	keywords            []string
	lang, url, layout   string
	meta                map[string]string
}

// Apply maps metadata fields (front matter, header lines, field lists) onto
// d. Keys are matched case-insensitively:
//
//   - title (else headline) -> Title, whitespace normalised;
//   - date, published, pubdate, created, ... -> Date; updated/lastmod only
//     when no publication date is given;
//   - author, authors, by (a string, a list, or a map with a name) -> Authors;
//   - tags, tag, topics -> Tags, then categories/category (without engine
//     words such as "jekyll" or "post" or the layout name);
//     taxonomies/extra/params tables are read with the same rules;
//   - keywords, metatags -> Keywords; lists or comma-separated strings;
//   - lang, language, locale -> Language;
//   - url, permalink, canonical -> URL, only when absolute (http/https);
//   - every other scalar -> Meta[lower-case key] (nested keys dotted).
//
// Booleans (published: true, draft: false) are ignored. Values already set
// on d (Title, Date, URL, Language) are kept; lists are appended without
// duplicates. Every string goes through fx.Clean; fx may be nil.
func Apply(d *doc.Document, fields map[string]any, fx *textfix.Fixer) {
	if d == nil || len(fields) == 0 {
		return
	}
	c := &collected{meta: map[string]string{}}
	c.walk("", fields, fx, 0)

	if d.Title == "" {
		t := c.title
		if t == "" {
			t = c.altTitle
		}
		d.Title = CleanTitle(t)
	}
	if d.Date == "" {
		d.Date = c.date
		if d.Date == "" {
			d.Date = c.lateDate
		}
	}
	d.Authors = appendUnique(d.Authors, c.authors...)
	d.Tags = appendUnique(d.Tags, c.tags...)
	for _, cat := range c.cats {
		l := strings.ToLower(cat)
		if engineCategories[l] || (c.layout != "" && l == strings.ToLower(c.layout)) {
			continue
		}
		d.Tags = appendUnique(d.Tags, cat)
	}
	d.Keywords = appendUnique(d.Keywords, c.keywords...)
	if d.Language == "" {
		d.Language = c.lang
	}
	if d.URL == "" {
		d.URL = c.url
	}
	if c.layout != "" {
		c.meta["layout"] = c.layout
	}
	if len(c.meta) > 0 && d.Meta == nil {
		d.Meta = map[string]string{}
	}
	for k, v := range c.meta {
		if _, ok := d.Meta[k]; !ok {
			d.Meta[k] = v
		}
	}
}

// walk reads one table in sorted key order.
func (c *collected) walk(prefix string, fields map[string]any, fx *textfix.Fixer, depth int) {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c.field(prefix, strings.ToLower(strings.TrimSpace(k)), fields[k], fx, depth)
	}
}

func (c *collected) field(prefix, key string, v any, fx *textfix.Fixer, depth int) {
	if key == "" || v == nil {
		return
	}
	r, known := roles[key]
	if !known {
		r = roleMeta
	}
	switch r {
	case roleIgnore:
		return
	case roleNested:
		if m := asMap(v); m != nil && depth < maxDepth {
			c.walk(prefix+key+".", m, fx, depth+1)
			return
		}
		r = roleMeta
	}
	if _, ok := v.(bool); ok {
		return // published: true, draft: false, showToc: false
	}
	switch r {
	case roleTitle:
		if c.title == "" {
			c.title = clean(scalar(v), fx)
		}
	case roleAltTitle:
		if c.altTitle == "" {
			c.altTitle = clean(scalar(v), fx)
		}
	case roleDate, roleLateDate:
		ds := dateOf(v)
		if ds == "" {
			if s := scalar(v); s != "" {
				c.meta[prefix+key] = clean(s, fx)
			}
			return
		}
		switch {
		case r == roleDate && c.date == "":
			c.date = ds
		case r == roleLateDate:
			if c.lateDate == "" {
				c.lateDate = ds
			}
			c.meta[prefix+key] = ds
		default:
			c.meta[prefix+key] = ds
		}
	case roleAuthor:
		c.authors = appendUnique(c.authors, authorsOf(v, key, fx, 0)...)
	case roleTag:
		c.tags = appendUnique(c.tags, listOf(v, fx)...)
	case roleCategory:
		c.cats = appendUnique(c.cats, listOf(v, fx)...)
	case roleKeyword:
		c.keywords = appendUnique(c.keywords, listOf(v, fx)...)
	case roleLanguage:
		if c.lang == "" {
			c.lang = language(scalar(v))
		}
	case roleURL:
		s := strings.TrimSpace(scalar(v))
		if c.url == "" && isAbsURL(s) {
			c.url = s
		} else if s != "" {
			c.meta[prefix+key] = s
		}
	case roleLayout:
		if c.layout == "" {
			c.layout = clean(scalar(v), fx)
		}
	default:
		if m := asMap(v); m != nil {
			if depth < maxDepth {
				c.walk(prefix+key+".", m, fx, depth+1)
			}
			return
		}
		if l, ok := v.([]any); ok {
			if parts := listOf(l, fx); len(parts) > 0 {
				c.meta[prefix+key] = strings.Join(parts, ", ")
			}
			return
		}
		if s := clean(scalar(v), fx); s != "" {
			c.meta[prefix+key] = s
		}
	}
}

// CleanTitle normalises a title's whitespace: every Unicode space (hair
// space, no-break space, tab, newline) becomes one ASCII space, runs are
// collapsed and the ends trimmed.
func CleanTitle(s string) string {
	return normSpace(s)
}

func normSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func clean(s string, fx *textfix.Fixer) string {
	if fx != nil {
		s = fx.Clean(s)
	} else {
		s = textfix.Entities(s)
	}
	return strings.TrimSpace(s)
}

// scalar renders a scalar value as text ("" for lists and tables).
func scalar(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case time.Time:
		return x.Format("2006-01-02")
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case uint64:
		return strconv.FormatUint(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case fmt.Stringer:
		return x.String()
	case []any, map[string]any, bool, nil:
		return ""
	}
	return fmt.Sprint(v)
}

// dateOf reads a date from a string, a time.Time or a TOML local date.
func dateOf(v any) string {
	switch x := v.(type) {
	case time.Time:
		if x.IsZero() {
			return ""
		}
		return Date(x.Format("2006-01-02"))
	case string:
		return Date(x)
	case fmt.Stringer:
		return Date(x.String())
	}
	return ""
}

func asMap(v any) map[string]any {
	switch m := v.(type) {
	case map[string]any:
		return m
	case map[any]any:
		out := make(map[string]any, len(m))
		for k, x := range m {
			out[fmt.Sprint(k)] = x
		}
		return out
	}
	return nil
}

// listOf reads a list of names: a list, or a string separated by commas
// (or semicolons).
func listOf(v any, fx *textfix.Fixer) []string {
	var out []string
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if _, isList := e.([]any); isList {
				continue
			}
			if m := asMap(e); m != nil {
				if n := nameOf(m, fx); n != "" {
					out = append(out, n)
				}
				continue
			}
			if s := clean(scalar(e), fx); s != "" {
				out = appendUnique(out, s)
			}
		}
	case []string:
		for _, e := range x {
			if s := clean(e, fx); s != "" {
				out = appendUnique(out, s)
			}
		}
	case map[string]any, map[any]any:
		return nil
	default:
		out = appendUnique(out, splitList(clean(scalar(v), fx))...)
	}
	return out
}

// splitList splits "a, b; c" into its trimmed non-empty parts; a string
// without separators is one item.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		p = strings.Trim(strings.TrimSpace(p), `"'`)
		p = strings.TrimSpace(p)
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// authorsOf reads author names from a string, list, or table with a name.
func authorsOf(v any, key string, fx *textfix.Fixer, depth int) []string {
	if depth > maxDepth {
		return nil
	}
	switch x := v.(type) {
	case []any:
		if depth > 0 {
			return nil
		}
		var out []string
		for _, e := range x {
			out = appendUnique(out, authorsOf(e, key, fx, depth+1)...)
		}
		return out
	case []string:
		var out []string
		for _, e := range x {
			out = appendUnique(out, authorsOf(e, key, fx, depth+1)...)
		}
		return out
	case bool, nil:
		return nil
	}
	if m := asMap(v); m != nil {
		if n := nameOf(m, fx); n != "" {
			return []string{n}
		}
		return nil
	}
	s := normSpace(clean(scalar(v), fx))
	if s == "" {
		return nil
	}
	// "A, B" and "A; B" list several authors; "A and B" too when each side
	// looks like a name of its own.
	parts := splitList(s)
	var out []string
	for _, p := range parts {
		for _, q := range splitAnd(p) {
			out = appendUnique(out, strings.TrimPrefix(strings.TrimSpace(q), "@"))
		}
	}
	return out
}

func splitAnd(s string) []string {
	for _, sep := range []string{" and ", " & "} {
		if i := strings.Index(s, sep); i > 0 {
			a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
			if a != "" && b != "" {
				return append([]string{a}, splitAnd(b)...)
			}
		}
	}
	return []string{s}
}

// nameOf picks the name of a person/tag table: name, display_name, title,
// username, handle, login, id.
func nameOf(m map[string]any, fx *textfix.Fixer) string {
	for _, k := range []string{"name", "display_name", "displayname", "fullname", "full_name", "title", "username", "handle", "login", "id"} {
		for mk, v := range m {
			if strings.EqualFold(mk, k) {
				if s := normSpace(clean(scalar(v), fx)); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

func language(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 35 {
		return ""
	}
	s = strings.ReplaceAll(s, "_", "-")
	if i := strings.IndexByte(s, '.'); i > 0 { // en_US.UTF-8
		s = s[:i]
	}
	return s
}

func isAbsURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("https://") && !strings.ContainsAny(s, " \t\n")
}

// appendUnique appends the values not yet in list (compared exactly).
func appendUnique(list []string, vals ...string) []string {
outer:
	for _, v := range vals {
		if v == "" {
			continue
		}
		for _, e := range list {
			if e == v {
				continue outer
			}
		}
		list = append(list, v)
	}
	return list
}
