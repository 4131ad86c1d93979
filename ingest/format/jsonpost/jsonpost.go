package jsonpost

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/format/htmlpage"
	"github.com/talkgraph/talkgraph/ingest/format/markdown"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// Format is the name Parse sets on the documents it returns.
const Format = "json-post"

// ErrNoPosts is wrapped by the error for JSON that holds no post object.
var ErrNoPosts = errors.New("JSON holds no post object")

// Body keys, by kind, in order of preference.
var (
	markdownKeys = []string{"body_markdown", "markdown", "content_markdown", "body_md", "md"}
	htmlKeys     = []string{"html", "body_html", "content_html", "rendered_html"}
	mixedKeys    = []string{"content", "body", "text", "plaintext", "content_text", "article", "post"}
)

// titleKeys name a post's title.
var titleKeys = []string{"title", "headline", "name"}

// dropKeys are never metadata: bodies, editor documents, comments.
var dropKeys = map[string]bool{
	"mobiledoc": true, "lexical": true, "comments": true, "excerpt": true, "custom_excerpt": true,
	"_links": true, "guid": true, "reading_time": true, "comments_count": true,
	"positive_reactions_count": true, "public_reactions_count": true, "page_views_count": true,
	"cover_image": true, "social_image": true, "feature_image": true, "og_image": true, "twitter_image": true,
	"profile_image": true, "id": true, "uuid": true, "comment_id": true,
}

// wrapperKeys hold a list of posts.
var wrapperKeys = []string{"posts", "articles", "items", "entries", "data", "results", "pages"}

// IsPost reports whether obj looks like a post: a title and a body.
func IsPost(obj map[string]any) bool {
	hasTitle := false
	for _, k := range titleKeys {
		if s := str(obj[k]); s != "" {
			hasTitle = true
			break
		}
	}
	if !hasTitle {
		return false
	}
	for _, group := range [][]string{markdownKeys, htmlKeys, mixedKeys} {
		for _, k := range group {
			if str(obj[k]) != "" {
				return true
			}
		}
	}
	return false
}

// Posts finds the post objects in a decoded JSON value, and whether they
// came from a list (so that each gets an index in its Source).
func Posts(v any) ([]map[string]any, bool) {
	switch x := v.(type) {
	case map[string]any:
		if IsPost(x) {
			return []map[string]any{x}, false
		}
		for _, k := range wrapperKeys {
			if posts, _ := Posts(x[k]); len(posts) > 0 {
				return posts, true
			}
		}
		// Ghost export: {"db": [{"data": {"posts": [...]}}]}
		if db, ok := x["db"].([]any); ok && len(db) > 0 {
			return Posts(db[0])
		}
	case []any:
		var out []map[string]any
		for _, e := range x {
			if m, ok := e.(map[string]any); ok && IsPost(m) {
				out = append(out, m)
			}
		}
		return out, true
	}
	return nil, false
}

// Parse returns the first post (see ParseAll); it has the signature every
// post parser shares.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	docs, err := ParseAll(source, data, fx)
	if err != nil {
		return nil, err
	}
	return docs[0], nil
}

// ParseAll reads a JSON post object, an array of post objects, or an object
// wrapping such an array, and returns one Document per post. A single
// object's Document has Source = source; posts from a list have source +
// "#" + their 1-based index. JSON without a post gives an error wrapping
// ErrNoPosts. fx repairs mojibake and may be nil.
func ParseAll(source string, data []byte, fx *textfix.Fixer) ([]*doc.Document, error) {
	if fx == nil {
		fx = textfix.New()
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("%s: parse JSON: %w", source, err)
	}
	posts, list := Posts(v)
	if len(posts) == 0 {
		return nil, fmt.Errorf("%s: %w", source, ErrNoPosts)
	}
	docs := make([]*doc.Document, 0, len(posts))
	for i, p := range posts {
		src := source
		if list {
			src = fmt.Sprintf("%s#%d", source, i+1)
		}
		d, err := post(src, p, fx)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// post builds the Document of one post object.
func post(source string, obj map[string]any, fx *textfix.Fixer) (*doc.Document, error) {
	fields := map[string]any{}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := obj[k]
		lk := strings.ToLower(k)
		if dropKeys[lk] || isBodyKey(lk) {
			continue
		}
		switch lk {
		case "author", "authors", "tags", "categories", "category", "tag":
			// WordPress REST gives numeric ids here: they name nothing
			if v = withoutNumbers(v); v == nil {
				continue
			}
		}
		switch x := v.(type) {
		case map[string]any:
			if r, ok := x["rendered"]; ok { // WordPress REST: {"title": {"rendered": "..."}}
				v = r
			}
		case json.Number:
			v = x.String()
		}
		switch lk {
		case "user", "primary_author", "owner", "creator_user":
			if _, ok := obj["author"]; !ok {
				lk = "author"
			}
		case "tag_list", "primary_tag", "hashtags":
			lk = "tags"
			if old, ok := fields["tags"]; ok {
				v = merge(old, v)
			}
		case "canonical_url", "url", "link", "permalink":
			// metadata maps these to URL
		}
		if lk == "tags" || lk == "categories" {
			if old, ok := fields[lk]; ok && k != lk {
				v = merge(old, v)
			}
		}
		fields[lk] = v
	}
	if _, ok := fields["title"]; !ok {
		if n, ok := fields["name"].(string); ok {
			fields["title"] = n
			delete(fields, "name")
		}
	}
	for _, k := range []string{"published_at", "published", "date", "pubdate", "date_published", "publishdate"} {
		if _, ok := fields[k]; ok {
			delete(fields, "created_at")
			delete(fields, "created")
			break
		}
	}
	if t, ok := fields["title"].(string); ok && strings.ContainsAny(t, "<&") {
		fields["title"] = htmlpage.Fragment("", "", t, fx).Text
	}
	d := &doc.Document{Source: source, Format: Format}
	metadata.Apply(d, fields, fx)

	body, kind := bodyOf(obj)
	var b *doc.Document
	switch kind {
	case "html":
		b = htmlpage.Fragment(source, d.URL, body, fx)
	default:
		var err error
		b, err = markdown.Parse("", []byte(body), fx)
		if err != nil {
			return nil, fmt.Errorf("%s: Markdown body: %w", source, err)
		}
		// front matter inside the body fills what the object left empty
		if d.Title == "" {
			d.Title = b.Title
		}
		if d.Date == "" {
			d.Date = b.Date
		}
		if len(d.Authors) == 0 {
			d.Authors = b.Authors
		}
		if len(d.Tags) == 0 {
			d.Tags = b.Tags
		}
	}
	d.Text, d.Sections, d.Links, d.Alts, d.Marks = b.Text, b.Sections, b.Links, b.Alts, b.Marks
	if kind == "html" {
		textbuild.LinkBareURLs(d)
	}
	if d.Title == "" && len(d.Sections) > 0 {
		d.Title = metadata.CleanTitle(d.Sections[0].Heading)
	}
	return d, nil
}

// bodyOf picks the post's body and says whether it is "html" or "markdown".
func bodyOf(obj map[string]any) (string, string) {
	get := func(k string) string {
		for ok, v := range obj {
			if strings.EqualFold(ok, k) {
				if m, isMap := v.(map[string]any); isMap {
					v = m["rendered"]
				}
				return str(v)
			}
		}
		return ""
	}
	for _, k := range markdownKeys {
		if s := get(k); s != "" {
			return s, "markdown"
		}
	}
	for _, k := range htmlKeys {
		if s := get(k); s != "" {
			return s, "html"
		}
	}
	for _, k := range mixedKeys {
		if s := get(k); s != "" {
			if looksHTML(s) {
				return s, "html"
			}
			return s, "markdown"
		}
	}
	return "", "markdown"
}

// looksHTML reports text that is HTML rather than Markdown: block tags.
func looksHTML(s string) bool {
	l := strings.ToLower(s)
	for _, tag := range []string{"<p>", "<p ", "</p>", "<div", "<br", "<h1", "<h2", "<h3", "<ul>", "<li>", "<a href", "<figure", "<img "} {
		if strings.Contains(l, tag) {
			return true
		}
	}
	return false
}

func isBodyKey(k string) bool {
	for _, group := range [][]string{markdownKeys, htmlKeys, mixedKeys} {
		for _, b := range group {
			if k == b {
				return true
			}
		}
	}
	return false
}

// str returns a string value, or the "rendered" string of an object.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if r, ok := x["rendered"].(string); ok {
			return strings.TrimSpace(r)
		}
	}
	return ""
}

// merge joins two tag values into one list.
func merge(a, b any) []any {
	var out []any
	for _, v := range []any{a, b} {
		switch x := v.(type) {
		case []any:
			out = append(out, x...)
		case string:
			for _, p := range strings.Split(x, ",") {
				if p = strings.TrimSpace(p); p != "" {
					out = append(out, p)
				}
			}
		case map[string]any:
			out = append(out, x)
		}
	}
	return out
}

// withoutNumbers drops numeric ids from a name or list of names; nil when
// nothing is left.
func withoutNumbers(v any) any {
	switch x := v.(type) {
	case json.Number, float64:
		return nil
	case []any:
		var out []any
		for _, e := range x {
			if withoutNumbers(e) != nil {
				out = append(out, e)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	return v
}
