package htmlpage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/inputlimit"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// Format is the name Parse sets on the documents it returns.
const Format = "html"

// maxDepth bounds the recursion over the element tree; the HTML parser
// itself nests at most 512 elements deep.
const maxDepth = 600

// Parse reads a whole HTML page. source is the path or URL it came from;
// when it is an http(s) URL, relative links are resolved against it (or
// against the page's <base href>). fx repairs mojibake; it may be nil.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	// x/net/html walks its stack of open elements at every tag: refuse
	// nesting that would make that quadratic.
	if err := inputlimit.HTML(data, inputlimit.HTMLDepth); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: parse HTML: %w", source, err)
	}
	if fx == nil {
		fx = textfix.New()
	}
	p := &page{fx: fx, source: source, meta: map[string][]string{}}
	if u, err := url.Parse(source); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		p.base, p.sourceURL = u, true
	}
	p.scan(root, 0)

	d := &doc.Document{Source: source, Format: Format}
	content := p.contentRoot()
	if content != nil {
		w := &writer{p: p, d: d}
		w.children(content, 0)
		d.Text = w.b.String()
	}
	p.metadata(d)
	if d.Title == "" && len(d.Sections) > 0 {
		d.Title = metadata.CleanTitle(d.Sections[0].Heading)
	}
	if d.Date == "" {
		d.Date = metadata.DateFromName(source)
	}
	if d.URL == "" && p.sourceURL {
		d.URL = source
	}
	return d, nil
}

// page holds what a first pass over the whole tree found.
type page struct {
	fx        *textfix.Fixer
	source    string
	base      *url.URL // for resolving links (nil: keep them as written)
	sourceURL bool     // source is an http(s) URL

	lang      string
	title     string              // <title>
	meta      map[string][]string // lower-case name/property/itemprop -> contents in order
	canonical string
	ldObjects []map[string]any // JSON-LD objects (flattened @graph)
	h1        []*html.Node     // h1 and h2 elements, for telling a title from a site name
	dateTexts []string         // text of elements whose class marks a publication date
	titleH1   string           // text of an h1 (or headline) whose class says it is the title
	times     []*html.Node
	authorEls []*html.Node // rel=author, .author, itemprop=author
	tagEls    []*html.Node // rel=tag
	articles  []*html.Node
	mains     []*html.Node
	bodies    []*html.Node // itemprop=articleBody and post-content containers
	body      *html.Node
}

// scan records metadata elements and candidate content roots.
func (p *page) scan(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			if l := attr(n, "lang"); l != "" && p.lang == "" {
				p.lang = l
			}
		case atom.Title:
			if p.title == "" && !inSVG(n) {
				p.title = p.clean(textOf(n))
			}
		case atom.Base:
			if h := attr(n, "href"); h != "" {
				p.base = p.resolveURL(h)
			}
		case atom.Meta:
			content := attr(n, "content")
			for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
					p.meta[key] = append(p.meta[key], p.clean(content))
				}
			}
		case atom.Link:
			rel := strings.ToLower(attr(n, "rel"))
			if hasToken(rel, "canonical") && p.canonical == "" {
				p.canonical = attr(n, "href")
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				p.jsonLD(textOf(n))
			}
			return
		case atom.Style, atom.Template, atom.Noscript:
			return
		case atom.H2:
			if len(p.h1) < 20 {
				p.h1 = append(p.h1, n)
			}
		case atom.H1:
			p.h1 = append(p.h1, n)
			if p.titleH1 == "" && classHas(n, "title", "headline") {
				p.titleH1 = p.clean(textOf(n))
			}
		case atom.Time:
			p.times = append(p.times, n)
		case atom.Article:
			p.articles = append(p.articles, n)
		case atom.Main:
			p.mains = append(p.mains, n)
		case atom.Body:
			p.body = n
		}
		if strings.EqualFold(attr(n, "role"), "main") && n.DataAtom != atom.Main {
			p.mains = append(p.mains, n)
		}
		rel := strings.ToLower(attr(n, "rel"))
		ip := strings.ToLower(attr(n, "itemprop"))
		switch {
		case ip == "articlebody" || classHasExact(n, contentClasses):
			p.bodies = append(p.bodies, n)
		case hasToken(rel, "author") || ip == "author" || classHasExact(n, authorClasses):
			p.authorEls = append(p.authorEls, n)
		case hasToken(rel, "tag") && n.DataAtom == atom.A:
			p.tagEls = append(p.tagEls, n)
		case ip == "headline" && p.titleH1 == "" && n.DataAtom != atom.Meta:
			p.titleH1 = p.clean(textOf(n))
		case n.DataAtom != atom.Time && n.DataAtom != atom.Meta && classHasExact(n, dateClasses) && len(p.dateTexts) < 5:
			if t := attr(n, "title"); t != "" {
				p.dateTexts = append(p.dateTexts, t) // hAtom <abbr class="published" title="...">
			}
			p.dateTexts = append(p.dateTexts, textOf(n))
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c, depth+1)
	}
}

// contentClasses are class names of the element holding a post's body in
// common blog engines (WordPress, Blogger, Ghost, Jekyll/Hugo themes).
var contentClasses = map[string]bool{
	"entry-content": true, "post-content": true, "post-body": true, "article-content": true,
	"article-body": true, "blog-post": true, "post-entry": true, "postbody": true, "story-body": true,
	"e-content": true, "gh-content": true, "markdown-body": true, "post__content": true,
}

// dateClasses are class names of elements showing the publication date.
var dateClasses = map[string]bool{
	"date-header": true, "published": true, "post-date": true, "entry-date": true, "dt-published": true,
	"post-timestamp": true, "article-date": true, "post-meta-date": true, "posted-on": true,
}

// authorClasses are class names of author bylines.
var authorClasses = map[string]bool{
	"author": true, "p-author": true, "byline-author": true, "post-author": true, "entry-author": true,
	"author-name": true, "fn": false,
}

// contentRoot picks the element whose text is the post: itemprop=articleBody
// or a known content class, else the largest <article>, else <main>, else
// <body>.
func (p *page) contentRoot() *html.Node {
	for _, set := range [][]*html.Node{p.bodies, p.articles, p.mains} {
		if n := largest(set); n != nil && textLen(n, 0) > 0 {
			return n
		}
	}
	return p.body
}

func largest(nodes []*html.Node) *html.Node {
	var best *html.Node
	bestLen := -1
	for _, n := range nodes {
		if l := textLen(n, 0); l > bestLen {
			best, bestLen = n, l
		}
	}
	return best
}

// textLen is the number of non-space bytes of text under n, outside
// scripts and styles.
func textLen(n *html.Node, depth int) int {
	if depth > maxDepth {
		return 0
	}
	switch n.Type {
	case html.TextNode:
		c := 0
		for i := 0; i < len(n.Data); i++ {
			if n.Data[i] > ' ' {
				c++
			}
		}
		return c
	case html.ElementNode:
		if skipAlways[n.DataAtom] {
			return 0
		}
	}
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t += textLen(c, depth+1)
	}
	return t
}

// jsonLD records the objects of one JSON-LD script, flattening @graph.
func (p *page) jsonLD(s string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return
	}
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			p.ldObjects = append(p.ldObjects, x)
			if g, ok := x["@graph"]; ok {
				walk(g, depth+1)
			}
		}
	}
	walk(v, 0)
}

// articleLD is the first JSON-LD object typed as an article or posting.
func (p *page) articleLD() map[string]any {
	for _, o := range p.ldObjects {
		for _, t := range ldTypes(o) {
			if strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report" {
				return o
			}
		}
	}
	return nil
}

func ldTypes(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// siteNames are the names the page gives its site, to strip from <title>.
func (p *page) siteNames() []string {
	names := append([]string{}, p.meta["og:site_name"]...)
	names = append(names, p.meta["application-name"]...)
	for _, o := range p.ldObjects {
		for _, t := range ldTypes(o) {
			if t == "WebSite" || t == "Organization" || t == "Blog" {
				if n, ok := o["name"].(string); ok {
					names = append(names, p.clean(n))
				}
			}
		}
		if pub, ok := o["publisher"].(map[string]any); ok {
			if n, ok := pub["name"].(string); ok {
				names = append(names, p.clean(n))
			}
		}
	}
	if p.base != nil {
		host := strings.TrimPrefix(p.base.Hostname(), "www.")
		names = append(names, host)
	}
	return names
}

// metadata fills d's metadata fields through metadata.Apply, so that
// values are normalised exactly as front matter is.
func (p *page) metadata(d *doc.Document) {
	art := p.articleLD()
	fields := map[string]any{}
	first := func(keys ...string) string {
		for _, k := range keys {
			for _, v := range p.meta[k] {
				if v = strings.TrimSpace(v); v != "" {
					return v
				}
			}
		}
		return ""
	}

	// Title.
	title := first("og:title", "twitter:title", "dc.title")
	if title == "" {
		title = p.titleH1
	}
	if title == "" && art != nil {
		title, _ = art["headline"].(string)
		title = p.clean(title)
	}
	if title == "" {
		title = p.title
	}
	var h1s []string
	for _, h := range p.h1 {
		h1s = append(h1s, p.clean(textOf(h)))
	}
	fields["title"] = stripSiteName(title, p.siteNames(), h1s)

	// Date.
	date := first("article:published_time", "datepublished", "og:published_time")
	if date == "" && art != nil {
		date, _ = art["datePublished"].(string)
	}
	if date == "" {
		date = p.timeDate()
	}
	for _, t := range p.dateTexts {
		if date != "" {
			break
		}
		date = metadata.Date(t)
	}
	if date == "" {
		date = first("date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "pubdate",
			"publish-date", "publish_date", "article.published", "sailthru.date", "parsely-pub-date", "citation_date")
	}
	if ds := metadata.Date(date); ds != "" {
		fields["date"] = ds
	}
	if m := first("article:modified_time", "datemodified", "og:updated_time"); m != "" {
		fields["modified"] = m
	}

	// Authors.
	var authors []any
	for _, a := range p.meta["author"] {
		if !looksLikeURL(a) {
			authors = append(authors, a)
		}
	}
	if len(authors) == 0 && art != nil {
		authors = append(authors, ldNames(art["author"], p)...)
	}
	if len(authors) == 0 {
		for _, a := range p.meta["article:author"] {
			if !looksLikeURL(a) {
				authors = append(authors, a)
			}
		}
	}
	if len(authors) == 0 {
		for _, n := range p.authorEls {
			if a := byline(p.clean(authorText(n))); a != "" {
				authors = append(authors, a)
				break
			}
		}
	}
	if len(authors) > 0 {
		fields["authors"] = authors
	}

	// Tags and keywords.
	var tags []any
	for _, t := range p.meta["article:tag"] {
		tags = append(tags, t)
	}
	for _, n := range p.tagEls {
		if t := p.clean(textOf(n)); t != "" && utf8.RuneCountInString(t) < 60 {
			tags = append(tags, t)
		}
	}
	if len(tags) > 0 {
		fields["tags"] = tags
	}
	if s := first("article:section"); s != "" {
		fields["category"] = s
	}
	if k := first("keywords", "news_keywords"); k != "" {
		fields["keywords"] = k
	} else if art != nil && art["keywords"] != nil {
		fields["keywords"] = art["keywords"]
	}

	// Language, URL, description, site.
	lang := p.lang
	if lang == "" {
		lang = first("content-language", "og:locale", "dc.language")
	}
	if lang == "" && art != nil {
		lang, _ = art["inLanguage"].(string)
	}
	if lang != "" {
		fields["lang"] = lang
	}
	if p.canonical != "" {
		if u := p.resolveURL(p.canonical); u != nil {
			fields["url"] = u.String()
		}
	} else if u := first("og:url"); u != "" {
		fields["url"] = u
	}
	if s := first("description", "og:description", "twitter:description"); s != "" {
		fields["description"] = s
	}
	if s := first("og:site_name"); s != "" {
		fields["site_name"] = s
	}
	if s := first("generator"); s != "" {
		fields["generator"] = s
	}
	metadata.Apply(d, fields, p.fx)
}

// timeDate is the datetime of the first <time> marked as the publication
// date, else of the first <time> with a datetime attribute.
func (p *page) timeDate() string {
	for _, t := range p.times {
		if dt := attr(t, "datetime"); dt != "" && (strings.EqualFold(attr(t, "itemprop"), "datePublished") ||
			classHas(t, "published", "dt-published", "post-date", "entry-date", "date") || hasToken(strings.ToLower(attr(t, "pubdate")), "pubdate")) {
			return dt
		}
	}
	for _, t := range p.times {
		if dt := attr(t, "datetime"); dt != "" {
			return dt
		}
		if ds := metadata.Date(textOf(t)); ds != "" {
			return ds
		}
	}
	return ""
}

// ldNames reads schema.org author values: a name, a Person object, or a list.
func ldNames(v any, p *page) []any {
	switch x := v.(type) {
	case string:
		if !looksLikeURL(x) {
			return []any{p.clean(x)}
		}
	case map[string]any:
		if n, ok := x["name"].(string); ok && n != "" {
			return []any{p.clean(n)}
		}
	case []any:
		var out []any
		for _, e := range x {
			out = append(out, ldNames(e, p)...)
		}
		return out
	}
	return nil
}

// authorText is the name inside an author element: its itemprop=name or .fn
// descendant if it has one, else all its text.
func authorText(n *html.Node) string {
	var found *html.Node
	var find func(c *html.Node, depth int)
	find = func(c *html.Node, depth int) {
		if found != nil || depth > 20 {
			return
		}
		if c.Type == html.ElementNode && (strings.EqualFold(attr(c, "itemprop"), "name") || classHas(c, "fn", "p-name")) {
			found = c
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			find(k, depth+1)
		}
	}
	find(n, 0)
	if found != nil {
		return textOf(found)
	}
	return textOf(n)
}

// byline strips "By", "Posted by", "Written by" from an author element's
// text and refuses text too long to be a name.
func byline(s string) string {
	s = metadata.CleanTitle(s)
	l := strings.ToLower(s)
	for _, pre := range []string{"posted by ", "written by ", "published by ", "by ", "author: ", "author "} {
		if strings.HasPrefix(l, pre) {
			s = strings.TrimSpace(s[len(pre):])
			break
		}
	}
	if s == "" || utf8.RuneCountInString(s) > 60 || len(strings.Fields(s)) > 6 {
		return ""
	}
	return s
}

// titleSeparators separate a page title from the site name in <title>.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " » ", " · ", " : ", " || "}

// stripSiteName removes the site name from a <title>-style title: a known
// site name at either end; else an h1 the title starts with; else the last
// " | " segment when the rest is longer.
func stripSiteName(title string, sites, h1s []string) string {
	title = metadata.CleanTitle(title)
	for _, site := range sites {
		site = metadata.CleanTitle(site)
		if site == "" || strings.EqualFold(site, title) {
			continue
		}
		for _, sep := range titleSeparators {
			if len(title) > len(site)+len(sep) {
				if strings.HasSuffix(strings.ToLower(title), strings.ToLower(sep+site)) {
					return strings.TrimSpace(title[:len(title)-len(sep+site)])
				}
				if strings.HasPrefix(strings.ToLower(title), strings.ToLower(site+sep)) {
					return strings.TrimSpace(title[len(site+sep):])
				}
			}
		}
	}
	for _, h := range h1s {
		h = metadata.CleanTitle(h)
		if h == "" || h == title || !strings.HasPrefix(title, h) {
			continue
		}
		rest := title[len(h):]
		for _, sep := range titleSeparators {
			if strings.HasPrefix(rest, sep) {
				return h
			}
		}
	}
	for _, sep := range []string{" | ", " || ", " :: ", " » "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if len(head) > len(tail) && !strings.Contains(head, sep) {
				return strings.TrimSpace(head)
			}
		}
	}
	return title
}

// resolveURL resolves ref against the page's base; nil when ref is not a URL.
func (p *page) resolveURL(ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	u, err := url.Parse(ref)
	if err != nil {
		return nil
	}
	if p.base != nil {
		return p.base.ResolveReference(u)
	}
	return u
}

// clean repairs mojibake (entities are already decoded by the HTML parser)
// and normalises white space.
func (p *page) clean(s string) string {
	return strings.TrimSpace(p.fx.Mojibake(s))
}

func looksLikeURL(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "//")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if f == tok {
			return true
		}
	}
	return false
}

// classHas reports whether a class name of n contains one of the words as a
// hyphen- or underscore-separated part ("entry-title" has "title").
func classHas(n *html.Node, words ...string) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		for _, part := range strings.FieldsFunc(c, func(r rune) bool { return r == '-' || r == '_' }) {
			for _, w := range words {
				if part == w {
					return true
				}
			}
		}
	}
	return false
}

// classHasExact reports whether a class name of n is in set.
func classHasExact(n *html.Node, set map[string]bool) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if set[c] {
			return true
		}
	}
	return false
}

// textOf is the text under n, white space collapsed, scripts and styles left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			return
		case html.ElementNode:
			if c != n && skipAlways[c.DataAtom] {
				return
			}
			if blockBreak[c.DataAtom] > 0 || c.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k, depth+1)
		}
	}
	walk(n, 0)
	return strings.Join(strings.Fields(b.String()), " ")
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Namespace == "svg" {
			return true
		}
	}
	return false
}
