package detect

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Format names. Post formats, schedule formats, then the names of inputs that
// cannot be parsed.
const (
	Markdown        = "markdown"         // Markdown, with YAML/TOML/JSON front matter or none
	PelicanMarkdown = "pelican-markdown" // Markdown after "Title: …" / "Date: …" header lines
	RST             = "rst"              // reStructuredText (Pelican field lists included)
	HTML            = "html"             // a whole HTML page
	Gemtext         = "gemtext"          // text/gemini
	PlainText       = "plaintext"        // plain text, optionally with a date/title header
	AsciiDoc        = "asciidoc"         // AsciiDoc (= Title, :attr: header, == sections)
	OrgMode         = "orgmode"          // Emacs Org-mode (#+TITLE:, * headings, [[url][text]])
	Textile         = "textile"          // Textile (h1. headings, "text":url links)
	Feed            = "feed"             // RSS 2.0 / RSS 1.0 / Atom feed or WordPress WXR export: several posts
	JSONPost        = "json-post"        // a JSON post object (Ghost, dev.to, WordPress REST) or a list of them
	PentabarfXML    = "pentabarf-xml"    // Pentabarf/frab/pretalx schedule.xml
	FrabJSON        = "frab-json"        // frab schedule.json
	PretalxJSON     = "pretalx-json"     // pretalx schedule.json (frab layout, rooms list)

	Binary  = "binary"   // NUL bytes, a known binary signature, or mostly control characters
	Empty   = "empty"    // nothing but white space
	NotUTF8 = "not-utf8" // text that is not valid UTF-8
	Unknown = "unknown"  // text in no supported format
)

// Result is what Detect found: a format name and a short reason a person can
// read ("YAML front matter", "<schedule> root element").
type Result struct {
	Format string
	Reason string
}

// Failed reports whether r names an input that cannot be parsed (binary,
// empty, not UTF-8, unknown).
func (r Result) Failed() bool {
	switch r.Format {
	case Binary, Empty, NotUTF8, Unknown:
		return true
	}
	return false
}

// IsSchedule reports whether r names a schedule format.
func (r Result) IsSchedule() bool {
	switch r.Format {
	case PentabarfXML, FrabJSON, PretalxJSON:
		return true
	}
	return false
}

// MultiPost reports whether r names a format that may hold several posts
// (a feed, a JSON list of posts).
func (r Result) MultiPost() bool {
	return r.Format == Feed || r.Format == JSONPost
}

// postExtensions are the extensions of files that may hold posts; with any
// other extension only structural evidence (front matter, an HTML or
// schedule root, a header block) makes a file a post.
var postExtensions = map[string]string{
	".md": Markdown, ".markdown": Markdown, ".mdown": Markdown, ".mkd": Markdown, ".mkdn": Markdown, ".mdx": Markdown,
	".rst": RST, ".rest": RST,
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
	".gmi": Gemtext, ".gemini": Gemtext,
	".txt": PlainText, ".text": PlainText,
	".adoc": AsciiDoc, ".asciidoc": AsciiDoc, ".org": OrgMode, ".textile": Textile,
	".xml": "", ".json": "",
}

// binarySignatures are magic numbers of common binary files.
var binarySignatures = []struct{ magic, name string }{
	{"%PDF-", "PDF document"},
	{"\x89PNG", "PNG image"},
	{"GIF8", "GIF image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x1f\x8b", "gzip data"},
	{"\x7fELF", "ELF executable"},
	{"BZh", "bzip2 data"},
	{"\xfd7zXZ", "xz data"},
	{"RIFF", "RIFF media"},
	{"wOFF", "WOFF font"},
	{"SQLite format 3", "SQLite database"},
}

// Detect names the format of data, read from name (a path, URL or "-").
// Content decides; the extension only breaks ties and keeps source code and
// configuration files out when the content holds no structural evidence.
func Detect(name string, data []byte) Result {
	if len(bytes.TrimSpace(data)) == 0 {
		return Result{Empty, "no content"}
	}
	for _, s := range binarySignatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return Result{Binary, s.name}
		}
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return Result{NotUTF8, "UTF-16 byte-order mark: convert the file to UTF-8"}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if r, bad := binaryContent(data); bad {
		return r
	}
	if !utf8.Valid(data) {
		// An XML schedule may declare a legacy encoding; its parser decodes it.
		if bytes.HasPrefix(data, []byte("<?xml")) {
			decl, _, _ := bytes.Cut(data, []byte("?>"))
			if bytes.Contains(bytes.ToLower(decl), []byte("encoding")) {
				if r, ok := detectMarkup(string(data)); ok && r.Format == PentabarfXML {
					r.Reason += ", encoding declared in the XML declaration"
					return r
				}
			}
		}
		return notUTF8(data)
	}
	ext := extension(name)
	text := strings.TrimLeft(viewString(data), " \t\r\n")
	if strings.TrimSpace(text) == "" {
		return Result{Empty, "no content but white space and a byte-order mark"}
	}
	switch text[0] {
	case '{', '[':
		if r, ok := detectJSON(text); ok {
			return r
		}
	case '<':
		if r, ok := detectMarkup(text); ok {
			return r
		}
	}
	if strings.HasPrefix(text, "#!") {
		return Result{Unknown, "a script (#! line)"}
	}
	if r, ok := frontMatter(text); ok {
		return r
	}
	return detectText(name, ext, text)
}

// isBinaryControl tells whether c is a control character that text files
// do not hold (binaryContent counts them).
func isBinaryControl(c byte) bool {
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b
}

// binaryContent looks at the first 8 kB for NUL bytes and control characters.
func binaryContent(data []byte) (Result, bool) {
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	if i := bytes.IndexByte(sample, 0); i >= 0 {
		return Result{Binary, fmt.Sprintf("NUL byte at offset %d", i)}, true
	}
	ctl := 0
	i := 0
	// eight bytes at a time: a word with no byte below 0x20 (most words
	// of text, a line break aside) holds no control character
	for ; i+8 <= len(sample); i += 8 {
		b := sample[i : i+8 : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		const low7, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
		if ^((w&low7)+0x6060606060606060|w)&highs == 0 {
			continue // the high bit of each byte is set unless it is below 0x20
		}
		for _, c := range b {
			if isBinaryControl(c) {
				ctl++
			}
		}
	}
	for _, c := range sample[i:] {
		if isBinaryControl(c) {
			ctl++
		}
	}
	if ctl*10 > len(sample) {
		return Result{Binary, fmt.Sprintf("%d control characters in the first %d bytes", ctl, len(sample))}, true
	}
	return Result{}, false
}

// notUTF8 says where the first invalid byte is and whether the text looks
// like a legacy single-byte encoding.
func notUTF8(data []byte) Result {
	off := 0
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	reason := fmt.Sprintf("invalid UTF-8 at byte %d (line %d)", off, line)
	if latin1Like(data) {
		reason += "; it looks like Windows-1252/Latin-1 text: convert it with iconv -f WINDOWS-1252 -t UTF-8"
	}
	return Result{NotUTF8, reason}
}

// latin1Like reports whether every high byte stands alone between ASCII
// bytes, as accented letters do in Windows-1252 or ISO-8859-1 prose.
func latin1Like(data []byte) bool {
	high := 0
	for i, c := range data {
		if c < 0x80 {
			continue
		}
		high++
		if i+1 < len(data) && data[i+1] >= 0x80 && high > 0 {
			// runs of high bytes are rare in Latin-1 prose
			if i+2 < len(data) && data[i+2] >= 0x80 {
				return false
			}
		}
	}
	return high > 0 && high*5 < len(data)
}

// extension is name's lower-case extension; URL paths are looked at without
// their query; numeric "extensions" (Rust-1.2) count as none.
func extension(name string) string {
	p := name
	// only a name that starts with "http:" or "https:" (in any case) can
	// parse as a URL of those schemes: other names skip url.Parse
	if isHTTPName(name) {
		if u, err := url.Parse(name); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			p = u.Path
		}
	}
	ext := strings.ToLower(path.Ext(p))
	if strings.Trim(ext, ".0123456789") == "" {
		return ""
	}
	return ext
}

// isHTTPName tells whether name starts with "http:" or "https:", ignoring
// case: the names url.Parse may give the scheme http or https.
func isHTTPName(name string) bool {
	return len(name) >= 5 && strings.EqualFold(name[:5], "http:") ||
		len(name) >= 6 && strings.EqualFold(name[:6], "https:")
}

// detectJSON recognises schedule JSON and JSON front matter.
func detectJSON(text string) (Result, bool) {
	dec := json.NewDecoder(strings.NewReader(text))
	var v any
	if err := dec.Decode(&v); err != nil {
		return Result{}, false // not JSON: maybe text that starts with a brace
	}
	rest := strings.TrimSpace(text[dec.InputOffset():])
	obj, isObj := v.(map[string]any)
	if rest != "" {
		if isObj {
			return Result{Markdown, "JSON front matter"}, true
		}
		return Result{}, false
	}
	if r, ok := jsonPosts(v, 0); ok {
		return r, true
	}
	if !isObj {
		return Result{Unknown, "JSON that is not an object and holds no post objects"}, true
	}
	sched, _ := obj["schedule"].(map[string]any)
	if sched == nil {
		return Result{Unknown, "JSON without a schedule object or post keys"}, true
	}
	conf, _ := sched["conference"].(map[string]any)
	if conf == nil {
		return Result{Unknown, "JSON schedule without a conference object"}, true
	}
	if gen, ok := obj["generator"].(map[string]any); ok {
		if n, _ := gen["name"].(string); strings.Contains(strings.ToLower(n), "pretalx") {
			return Result{PretalxJSON, "JSON schedule.conference, generator pretalx"}, true
		}
	}
	if _, ok := conf["rooms"].([]any); ok {
		return Result{PretalxJSON, "JSON schedule.conference with a rooms list (pretalx)"}, true
	}
	return Result{FrabJSON, "JSON schedule.conference (frab)"}, true
}

// htmlElements are element names that start an HTML page or fragment.
var htmlElements = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "link": true, "base": true,
	"div": true, "p": true, "article": true, "main": true, "section": true, "header": true, "nav": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "span": true, "a": true,
	"ul": true, "ol": true, "table": true, "script": true, "style": true, "img": true, "figure": true,
	"blockquote": true, "pre": true, "br": true, "hr": true, "em": true, "strong": true, "b": true, "i": true,
}

// detectMarkup recognises HTML pages and XML schedules by their first
// element, after any XML declaration, comments and doctype.
func detectMarkup(text string) (Result, bool) {
	s := text
	for i := 0; i < 50; i++ {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "<?"):
			end := strings.Index(s, "?>")
			if end < 0 {
				return Result{}, false
			}
			s = s[end+2:]
			continue
		case strings.HasPrefix(s, "<!--"):
			end := strings.Index(s, "-->")
			if end < 0 {
				return Result{}, false
			}
			s = s[end+3:]
			continue
		case len(s) >= 9 && strings.EqualFold(s[:9], "<!doctype"):
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return Result{}, false
			}
			if strings.Contains(strings.ToLower(s[:end]), "html") {
				return Result{HTML, "HTML doctype"}, true
			}
			s = s[end+1:]
			continue
		}
		break
	}
	if !strings.HasPrefix(s, "<") {
		return Result{}, false
	}
	end := 1
	for end < len(s) && end < 64 && (isNameByte(s[end])) {
		end++
	}
	elem := strings.ToLower(s[1:end])
	if i := strings.IndexByte(elem, ':'); i >= 0 {
		elem = elem[i+1:]
	}
	switch {
	case elem == "schedule":
		return Result{PentabarfXML, "<schedule> root element"}, true
	case elem == "rss":
		if strings.Contains(text, "wordpress.org/export/") {
			return Result{Feed, "<rss> root element with the WordPress export namespace (WXR)"}, true
		}
		return Result{Feed, "<rss> root element (RSS feed)"}, true
	case elem == "feed" && (strings.Contains(text, "www.w3.org/2005/Atom") || strings.Contains(text, "<entry")):
		return Result{Feed, "<feed> root element (Atom feed)"}, true
	case elem == "rdf" && strings.Contains(text, "purl.org/rss/1.0"):
		return Result{Feed, "<rdf:RDF> root element with the RSS 1.0 namespace"}, true
	case htmlElements[elem]:
		return Result{HTML, "<" + elem + "> element"}, true
	case elem == "":
		return Result{}, false
	}
	return Result{Unknown, "XML document with root <" + elem + ">, not a schedule"}, true
}

func isNameByte(c byte) bool {
	return c == '-' || c == '_' || c == ':' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// frontMatter recognises YAML (---) and TOML (+++) front matter fences.
func frontMatter(text string) (Result, bool) {
	for _, f := range []struct{ fence, kind string }{{"---", "YAML"}, {"+++", "TOML"}} {
		first, rest, ok := strings.Cut(text, "\n")
		if !ok || strings.TrimRight(first, " \t\r") != f.fence {
			continue
		}
		if len(rest) > 1<<16 {
			rest = rest[:1<<16]
		}
		for line := range strings.Lines(rest) {
			l := strings.TrimRight(line, " \t\r\n")
			if l == f.fence || (f.kind == "YAML" && l == "...") {
				return Result{Markdown, f.kind + " front matter"}, true
			}
		}
	}
	return Result{}, false
}

// titleKeys and bodyKeys are the keys that make a JSON object a post: a
// title and a body.
var (
	jsonTitleKeys = []string{"title", "headline", "name"}
	jsonBodyKeys  = []string{"body_markdown", "markdown", "content_markdown", "body_md", "md", "html", "body_html",
		"content_html", "rendered_html", "content", "body", "text", "plaintext", "content_text", "article", "post"}
	jsonWrapperKeys = []string{"posts", "articles", "items", "entries", "data", "results", "pages"}
)

// jsonPosts recognises a JSON post object, a list of them, or an object
// wrapping such a list (Ghost's export too).
func jsonPosts(v any, depth int) (Result, bool) {
	if depth > 3 {
		return Result{}, false
	}
	switch x := v.(type) {
	case map[string]any:
		if isJSONPost(x) {
			return Result{JSONPost, "JSON object with title and body keys (a post)"}, true
		}
		for _, k := range jsonWrapperKeys {
			switch w := x[k].(type) {
			case []any:
				if n := countPosts(w); n > 0 {
					return Result{JSONPost, fmt.Sprintf("JSON object with a %q list of %d post objects", k, n)}, true
				}
			case map[string]any:
				if r, ok := jsonPosts(w, depth+1); ok {
					return r, true
				}
			}
		}
		if db, ok := x["db"].([]any); ok && len(db) > 0 {
			if r, ok := jsonPosts(db[0], depth+1); ok {
				r.Reason = "Ghost export: " + r.Reason
				return r, true
			}
		}
	case []any:
		if n := countPosts(x); n > 0 {
			return Result{JSONPost, fmt.Sprintf("JSON list of %d post objects", n)}, true
		}
	}
	return Result{}, false
}

func countPosts(list []any) int {
	n := 0
	for _, e := range list {
		if m, ok := e.(map[string]any); ok && isJSONPost(m) {
			n++
		}
	}
	return n
}

// isJSONPost reports an object with a title and a body (a string, or
// WordPress REST's {"rendered": "..."}).
func isJSONPost(m map[string]any) bool {
	str := func(v any) bool {
		switch x := v.(type) {
		case string:
			return strings.TrimSpace(x) != ""
		case map[string]any:
			s, _ := x["rendered"].(string)
			return strings.TrimSpace(s) != ""
		}
		return false
	}
	title := false
	for _, k := range jsonTitleKeys {
		if str(m[k]) {
			title = true
			break
		}
	}
	if !title {
		return false
	}
	for _, k := range jsonBodyKeys {
		if str(m[k]) {
			return true
		}
	}
	return false
}

// MaybeSchedule tells from the first bytes of a file whether it can be a
// schedule: XML with a <schedule> element, or JSON with a "schedule" key.
// It never misses one (a false answer is final) and is much cheaper than
// Detect, so a caller can read only schedules whole.
func MaybeSchedule(head []byte) bool {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(h, []byte("<")):
		return bytes.Contains(bytes.ToLower(h), []byte("<schedule"))
	case bytes.HasPrefix(h, []byte("{")):
		return bytes.Contains(h, []byte(`"schedule"`))
	}
	return false
}

// viewString is data seen as a string without copying it (a post is
// megabytes at most, but Detect ran for every input and its copy was 4% of
// the bytes a parse and extraction allocate). Detect only reads it while it
// runs and data is not written meanwhile; nothing of it reaches the Result
// it returns, whose reasons are constants or built by concatenation and
// fmt.Sprintf, which copy (TestDetectKeepsNoView).
func viewString(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	return unsafe.String(&data[0], len(data))
}
