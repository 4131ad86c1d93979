package feed

import (
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/format/htmlpage"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// Format names set on the documents: the feed dialect they came from.
const (
	FormatRSS  = "feed-rss"
	FormatAtom = "feed-atom"
	FormatWXR  = "feed-wxr"
)

// ErrNoPosts is wrapped by the error for a feed without any post.
var ErrNoPosts = errors.New("feed holds no posts")

// Namespace fragments matched against element namespaces.
const (
	nsContent = "purl.org/rss/1.0/modules/content"
	nsDC      = "purl.org/dc/elements"
	nsWP      = "wordpress.org/export"
	nsAtom    = "www.w3.org/2005/Atom"
)

// skipTypes are WXR post types that are not posts.
var skipTypes = map[string]bool{
	"attachment": true, "nav_menu_item": true, "revision": true, "custom_css": true,
	"customize_changeset": true, "oembed_cache": true, "wp_block": true, "wp_template": true,
	"wp_template_part": true, "wp_global_styles": true, "wp_navigation": true, "user_request": true,
}

// skipStatus are WXR statuses of posts that were never published.
var skipStatus = map[string]bool{"draft": true, "auto-draft": true, "trash": true, "inherit": true}

// Parse returns the first post of a feed (see ParseAll); it has the
// signature every post parser shares.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	docs, err := ParseAll(source, data, fx)
	if err != nil {
		return nil, err
	}
	return docs[0], nil
}

// ParseAll reads an RSS, Atom or WXR document and returns one Document per
// post, in feed order. Each Document's Source is source + "#" + its 1-based
// position among the posts, its URL the item's link. A feed without posts
// gives an error wrapping ErrNoPosts. fx repairs mojibake and may be nil.
func ParseAll(source string, data []byte, fx *textfix.Fixer) ([]*doc.Document, error) {
	if fx == nil {
		fx = textfix.New()
	}
	root, err := parseTree(data)
	if err != nil {
		return nil, fmt.Errorf("%s: parse feed XML: %w", source, err)
	}
	var docs []*doc.Document
	switch root.local {
	case "rss", "RDF":
		docs = rss(source, root, fx)
	case "feed":
		docs = atom(source, root, fx)
	default:
		return nil, fmt.Errorf("%s: root element <%s> is not rss or feed: %w", source, root.local, ErrNoPosts)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: %w", source, ErrNoPosts)
	}
	return docs, nil
}

// rss reads RSS 2.0, RSS 1.0 and WXR items.
func rss(source string, root *node, fx *textfix.Fixer) []*doc.Document {
	channel := root.child("", "channel")
	if channel == nil {
		channel = root
	}
	items := channel.children("", "item")
	if root.local == "RDF" {
		items = append(items, root.children("", "item")...)
	}
	wxr := false
	displayNames := map[string]string{}
	for _, a := range channel.children(nsWP, "author") {
		wxr = true
		login, name := a.textOf(nsWP, "author_login"), a.textOf(nsWP, "author_display_name")
		if login != "" && name != "" {
			displayNames[login] = name
		}
	}
	if !wxr {
		for _, it := range items {
			if it.child(nsWP, "post_type") != nil || it.child(nsWP, "post_id") != nil {
				wxr = true
				break
			}
		}
	}
	format := FormatRSS
	if wxr {
		format = FormatWXR
	}
	lang := channel.textOf("", "language")
	feedTitle := channel.textOf("", "title")
	var docs []*doc.Document
	for _, it := range items {
		if wxr {
			if skipTypes[strings.ToLower(it.textOf(nsWP, "post_type"))] || skipStatus[strings.ToLower(it.textOf(nsWP, "status"))] {
				continue
			}
		}
		src := fmt.Sprintf("%s#%d", source, len(docs)+1)
		link := ""
		for _, l := range it.children("", "link") {
			if t := strings.TrimSpace(l.text.String()); t != "" {
				link = t
				break
			}
		}
		if link == "" {
			if g := it.child("", "guid"); g != nil && !strings.EqualFold(g.attr("isPermaLink"), "false") {
				link = strings.TrimSpace(g.text.String())
			}
		}
		if link == "" {
			for _, l := range it.children(nsAtom, "link") {
				if r := l.attr("rel"); r == "" || r == "alternate" {
					link = strings.TrimSpace(l.attr("href"))
					break
				}
			}
		}
		content := it.textOf(nsContent, "encoded")
		if content == "" {
			content = it.textOf("", "description")
		}
		if wxr && !strings.Contains(content, "<p") && strings.Contains(content, "\n\n") {
			// WordPress stores paragraphs as blank lines (wpautop)
			content = "<p>" + strings.ReplaceAll(content, "\n\n", "</p><p>") + "</p>"
		}
		d := htmlpage.Fragment(src, link, content, fx)
		d.Format = format
		fields := map[string]any{"title": plainTitle(it.textOf("", "title"), fx)}
		for _, k := range []struct{ space, local string }{{nsWP, "post_date"}, {"", "pubDate"}, {nsDC, "date"}, {nsWP, "post_date_gmt"}} {
			if v := it.textOf(k.space, k.local); v != "" && metadata.Date(v) != "" {
				fields["date"] = v
				break
			}
		}
		var authors []any
		for _, c := range it.children(nsDC, "creator") {
			name := strings.TrimSpace(c.text.String())
			if dn, ok := displayNames[name]; ok {
				name = dn
			}
			if name != "" {
				authors = append(authors, name)
			}
		}
		for _, c := range it.children("", "author") {
			if c.space != "" && !strings.Contains(c.space, nsAtom) {
				continue
			}
			if name := rssAuthor(c); name != "" {
				authors = append(authors, name)
			}
		}
		if len(authors) > 0 {
			fields["authors"] = authors
		}
		var tags, cats []any
		for _, c := range it.children("", "category") {
			v := strings.TrimSpace(c.text.String())
			if v == "" {
				v = c.attr("term")
			}
			if v == "" {
				continue
			}
			if c.attr("domain") == "post_tag" {
				tags = append(tags, v)
			} else {
				cats = append(cats, v)
			}
		}
		if len(tags) > 0 {
			fields["tags"] = tags
		}
		if len(cats) > 0 {
			fields["categories"] = cats
		}
		if lang != "" {
			fields["language"] = lang
		}
		if feedTitle != "" {
			fields["feed"] = plainTitle(feedTitle, fx)
		}
		if g := it.textOf("", "guid"); g != "" && g != link {
			fields["guid"] = g
		}
		finish(d, link, fields, fx)
		docs = append(docs, d)
	}
	return docs
}

// rssAuthor reads an RSS <author> ("mail@example.org (Jane Doe)") or an
// Atom-style author with a name child.
func rssAuthor(n *node) string {
	if name := n.textOf("", "name"); name != "" {
		return name
	}
	s := strings.TrimSpace(n.text.String())
	if i := strings.Index(s, "("); i >= 0 && strings.HasSuffix(s, ")") {
		return strings.TrimSpace(s[i+1 : len(s)-1])
	}
	if strings.Contains(s, "@") && !strings.Contains(s, " ") {
		return "" // a bare e-mail address names no one
	}
	return s
}

// atom reads Atom entries.
func atom(source string, root *node, fx *textfix.Fixer) []*doc.Document {
	var feedAuthors []any
	for _, a := range root.children("", "author") {
		if n := a.textOf("", "name"); n != "" {
			feedAuthors = append(feedAuthors, n)
		}
	}
	lang := root.attr("lang")
	feedTitle := plainTitle(root.textOf("", "title"), fx)
	var docs []*doc.Document
	for _, e := range root.children("", "entry") {
		src := fmt.Sprintf("%s#%d", source, len(docs)+1)
		link := ""
		for _, l := range e.children("", "link") {
			rel := l.attr("rel")
			if rel == "" || rel == "alternate" {
				link = strings.TrimSpace(l.attr("href"))
				break
			}
		}
		body := e.child("", "content")
		if body == nil || strings.TrimSpace(body.text.String()+body.inner) == "" {
			body = e.child("", "summary")
		}
		content := ""
		if body != nil {
			switch strings.ToLower(body.attr("type")) {
			case "xhtml":
				content = body.inner
			case "html", "text/html":
				content = body.text.String()
			default:
				content = "<p>" + strings.ReplaceAll(html.EscapeString(body.text.String()), "\n\n", "</p><p>") + "</p>"
			}
		}
		d := htmlpage.Fragment(src, link, content, fx)
		d.Format = FormatAtom
		titleText := e.textOf("", "title")
		fields := map[string]any{"title": plainTitle(titleText, fx)}
		for _, k := range []string{"published", "issued", "created", "updated", "modified"} {
			if v := e.textOf("", k); v != "" && metadata.Date(v) != "" {
				fields["date"] = v
				break
			}
		}
		var authors []any
		for _, a := range e.children("", "author") {
			if n := a.textOf("", "name"); n != "" {
				authors = append(authors, n)
			}
		}
		if len(authors) == 0 {
			authors = feedAuthors
		}
		if len(authors) > 0 {
			fields["authors"] = authors
		}
		var cats []any
		for _, c := range e.children("", "category") {
			v := c.attr("label")
			if v == "" {
				v = c.attr("term")
			}
			if v != "" {
				cats = append(cats, v)
			}
		}
		if len(cats) > 0 {
			fields["tags"] = cats
		}
		if l := e.attr("lang"); l != "" {
			fields["language"] = l
		} else if lang != "" {
			fields["language"] = lang
		}
		if feedTitle != "" {
			fields["feed"] = feedTitle
		}
		finish(d, link, fields, fx)
		docs = append(docs, d)
	}
	return docs
}

// plainTitle removes markup from a title that may hold HTML.
func plainTitle(s string, fx *textfix.Fixer) string {
	if strings.ContainsAny(s, "<&") {
		s = htmlpage.Fragment("", "", s, fx).Text
	}
	return metadata.CleanTitle(s)
}

// finish applies the item's metadata and links bare URLs.
func finish(d *doc.Document, link string, fields map[string]any, fx *textfix.Fixer) {
	if link != "" && (strings.HasPrefix(link, "http://") || strings.HasPrefix(link, "https://")) {
		d.URL = link
	}
	metadata.Apply(d, fields, fx)
	textbuild.LinkBareURLs(d)
	if d.Title == "" && len(d.Sections) > 0 {
		d.Title = metadata.CleanTitle(d.Sections[0].Heading)
	}
}
