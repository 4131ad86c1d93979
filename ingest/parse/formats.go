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
			Detection:   "a first block of a date line and a title line, or of Title:/Date: lines with no markup in the body; else no markup and a .txt extension",
			Example:     "Wednesday, February 4, 2015\nFOSDEM 2015\n\nI went to FOSDEM (https://fosdem.org/2015/) this weekend.",
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
