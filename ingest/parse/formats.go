package parse

import "github.com/talkgraph/talkgraph/ingest/detect"

// FormatInfo describes one supported input format for people: what it is,
// how it is recognised, and a short example.
type FormatInfo struct {
	Name        string // format name as detected ("markdown", "pentabarf-xml", ...)
	Kind        Kind   // post or schedule
	Description string
	Detection   string // how the content is recognised
	Example     string // the first lines of a typical file
}

// Formats lists the supported formats, posts first, in a fixed order.
func Formats() []FormatInfo {
	return []FormatInfo{
		{
			Name: detect.Markdown, Kind: Post,
			Description: "Markdown post (Jekyll, Hugo, Zola, Eleventy...), with YAML, TOML or JSON front matter or none",
			Detection:   "a --- or +++ fence on the first line with a closing fence, a JSON object followed by text, or Markdown syntax ([text](url) links, # headings, ``` fences); .md as tie-breaker",
			Example:     "---\ntitle: \"FOSDEM 2019 recap\"\ndate: 2019-02-05\ntags: [fosdem]\n---\n\nMy notes from [FOSDEM](https://fosdem.org/2019/).",
		},
		{
			Name: detect.PelicanMarkdown, Kind: Post,
			Description: "Pelican Markdown post: \"Key: value\" metadata lines, a blank line, then Markdown",
			Detection:   "a first block of Key: value lines including Title: or Date:, with a Markdown extension or Markdown syntax in the body",
			Example:     "Title: FOSDEM 2019 recap\nDate: 2019-02-05 10:20\nTags: fosdem, python\n\nMy notes from [FOSDEM](https://fosdem.org/2019/).",
		},
		{
			Name: detect.RST, Kind: Post,
			Description: "reStructuredText post (Pelican, Nikola, Sphinx blogs) with :field: metadata",
			Detection:   "title over/underlines, :field: lists, .. directives and `text <url>`_ links outweighing Markdown syntax; .rst as tie-breaker",
			Example:     "FOSDEM 2017 review\n##################\n\n:date: 2017-02-09\n:tags: fosdem\n\nMy third `FOSDEM <https://fosdem.org/2017/>`_ is over.",
		},
		{
			Name: detect.HTML, Kind: Post,
			Description: "a whole HTML page: metadata from Open Graph, article:*, meta and JSON-LD; text from <article>/<main>",
			Detection:   "<!doctype html> or an HTML element (<html>, <head>, <body>, <div>, ...) first",
			Example:     "<!doctype html>\n<html lang=\"en\"><head><title>FOSDEM 2019 recap | My blog</title>\n<meta property=\"article:published_time\" content=\"2019-02-05\">\n</head><body><article><h1>FOSDEM 2019 recap</h1><p>...</p></article></body></html>",
		},
		{
			Name: detect.Gemtext, Kind: Post,
			Description: "Gemini text (gemlog post): # headings, => link lines, * lists, ``` blocks",
			Detection:   "=> link lines and no Markdown links or reStructuredText markup; .gmi as tie-breaker",
			Example:     "# FOSDEM 2021 from my couch\n2021-02-08\n\n=> https://fosdem.org/2021/ FOSDEM 2021\n* Lightning talks",
		},
		{
			Name: detect.PlainText, Kind: Post,
			Description: "plain-text export (Blogger and similar): a date line and a title line, or Title:/Date: lines, then the body; bare URLs and \"text (url)\" become links",
			Detection:   "a first block of a date line and a title line, or of Title:/Date: lines with no markup in the body; else any text in no other format (except source code, data and licence files, which are read only when named explicitly)",
			Example:     "Wednesday, February 4, 2015\nFOSDEM 2015\n\nI went to FOSDEM (https://fosdem.org/2015/) this weekend.",
		},
		{
			Name: detect.AsciiDoc, Kind: Post,
			Description: "AsciiDoc post (Asciidoctor, Antora, Hugo): = Title, author and revision lines, :attr: header (:date:, :author:, :tags:), == sections, url[text] and link:url[text] links, image::src[alt]",
			Detection:   "a \"= Title\" line, == sections, :attr: entries, url[text]/link:/image:: macros and [source] block attributes outweighing Markdown and reStructuredText; .adoc/.asciidoc as tie-breaker",
			Example:     "= FOSDEM 2019 recap\nJane Doe <jane@example.org>\nv1.0, 2019-02-05\n:tags: fosdem, rust\n\nMy notes from https://fosdem.org/2019/[FOSDEM].\n\n== Saturday\n\nThe link:https://www.rust-lang.org/[Rust] devroom.",
		},
		{
			Name: detect.OrgMode, Kind: Post,
			Description: "Emacs Org-mode post (org-static-blog, ox-hugo): #+TITLE:, #+DATE:, #+AUTHOR:, #+FILETAGS: keywords, * headings, [[url][text]] links, #+BEGIN_SRC blocks",
			Detection:   "#+KEYWORD: lines, #+BEGIN_ blocks, :PROPERTIES: drawers and [[url][text]] links outweighing Markdown and reStructuredText; .org as tie-breaker",
			Example:     "#+TITLE: FOSDEM 2018 recap\n#+DATE: <2018-02-05 Mon>\n#+AUTHOR: Lee Wong\n#+FILETAGS: :fosdem:\n\n* Saturday\nMy notes from [[https://fosdem.org/2018/][FOSDEM]].",
		},
		{
			Name: detect.Textile, Kind: Post,
			Description: "Textile post (Textpattern, Redmine, old Jekyll blogs): h1.-h6. headings, p./bq./bc. blocks, \"text\":url links, !image(alt)! images",
			Detection:   "h1./p./bq./bc. block signatures, \"text\":url links and !image! images outweighing Markdown; .textile as tie-breaker",
			Example:     "h1. FOSDEM 2012 recap\n\np. My notes from \"FOSDEM\":https://fosdem.org/2012/ and the \"MySQL devroom\":https://fosdem.org/2012/schedule/.",
		},
		{
			Name: detect.Feed, Kind: Post,
			Description: "a feed or blog export holding several posts: RSS 2.0, RSS 1.0, Atom, WordPress export (WXR); one post per item (Source \"file#N\", URL the item link), HTML content read like a page",
			Detection:   "an XML document whose root is <rss>, an Atom <feed>, or an RSS 1.0 <rdf:RDF>",
			Example:     "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>My blog</title>\n<item><title>FOSDEM 2019 recap</title><link>https://blog.example.org/fosdem-2019</link><pubDate>Tue, 05 Feb 2019 10:00:00 +0000</pubDate>\n<description>&lt;p&gt;My notes from &lt;a href=\"https://fosdem.org/2019/\"&gt;FOSDEM&lt;/a&gt;.&lt;/p&gt;</description></item></channel></rss>",
		},
		{
			Name: detect.JSONPost, Kind: Post,
			Description: "a JSON post object (Ghost, dev.to, WordPress REST, Hugo data) or a list of them: title, date/published_at, author(s), tags, and an HTML (html, content) or Markdown (body_markdown, markdown) body; a list gives one post per object (Source \"file#N\")",
			Detection:   "a JSON object with a title and a body key, a list of such objects, or an object wrapping the list (posts, items, Ghost's db[0].data.posts)",
			Example:     "{\"title\": \"FOSDEM 2019 recap\", \"published_at\": \"2019-02-05T10:00:00Z\", \"authors\": [{\"name\": \"Jane Doe\"}], \"tags\": [\"fosdem\"],\n \"html\": \"<p>My notes from <a href=\\\"https://fosdem.org/2019/\\\">FOSDEM</a>.</p>\"}",
		},
		{
			Name: detect.PentabarfXML, Kind: Schedule,
			Description: "conference schedule XML (Pentabarf, frab, pretalx schedule.xml; all FOSDEM editions)",
			Detection:   "an XML document whose root element is <schedule>",
			Example:     "<?xml version=\"1.0\"?>\n<schedule>\n  <conference><title>FOSDEM 2019</title></conference>\n  <day index=\"1\" date=\"2019-02-02\"></day>\n</schedule>",
		},
		{
			Name: detect.FrabJSON, Kind: Schedule,
			Description: "frab schedule.json (c3voc schedule JSON schema)",
			Detection:   "a JSON object with schedule.conference, without pretalx markers",
			Example:     "{\"schedule\": {\"version\": \"1.0\", \"conference\": {\"acronym\": \"camp2019\", \"title\": \"Chaos Communication Camp 2019\", \"days\": []}}}",
		},
		{
			Name: detect.PretalxJSON, Kind: Schedule,
			Description: "pretalx schedule.json (frab layout with a conference.rooms list)",
			Detection:   "a JSON object with schedule.conference and a conference.rooms list or a pretalx generator",
			Example:     "{\"schedule\": {\"conference\": {\"acronym\": \"democon\", \"rooms\": [{\"name\": \"Gray Room\"}], \"days\": []}}}",
		},
	}
}
