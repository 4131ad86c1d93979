package markdown

import (
	"errors"
	"fmt"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/yuin/goldmark/ast"
	"strings"
	"sync"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/inputlimit"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textfix"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Format names set on Document.Format, by kind of front matter.
const (
	FormatPlain   = "markdown"
	FormatYAML    = "markdown-yaml"
	FormatTOML    = "markdown-toml"
	FormatJSON    = "markdown-json"
	FormatPelican = "markdown-pelican"
)

// goldmarkParser is built once: a goldmark parser holds no per-document
// state and is safe for concurrent use.
var goldmarkParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(
		extension.Table, extension.Strikethrough,
	)).Parser()
})

// Parse parses one Markdown post read from source (a path or URL, used in
// errors and for the title/date fallbacks). Broken front matter is an error
// naming source and, where known, the line. The Document it returns passes
// Check.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	s, view := normalise(data)
	fm, err := splitFrontMatter(s)
	if err != nil && view {
		// an error may keep parts of its input: read a copy
		fm, err = splitFrontMatter(strings.Clone(s))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: parse front matter: %w", source, err)
	}
	if view {
		// the Document keeps field values: none may share data's bytes
		fm.fields = cloneFields(fm.fields)
	}
	d := &doc.Document{Source: source, Format: FormatPlain}
	if fm.kind != "" {
		d.Format = "markdown-" + fm.kind
		if fm.kind == "yaml" {
			jekyllLists(fm.fields)
		}
		metadata.Apply(d, fm.fields, fx)
	}

	body := tailBytes(data, textfix.StripTemplateTags(fm.body))
	if err := checkLimits(body); err != nil {
		var le *inputlimit.LimitError
		if errors.As(err, &le) && le.Line > 0 {
			le.Line += fm.line - 1
		}
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	root := goldmarkParser().Parse(text.NewReader(body))
	w := &walker{src: body, b: textbuild.New(fx, d, len(body))}
	w.blocks(root, 0)
	w.closeHTML()
	d.Text = w.b.Text()
	textbuild.LinkBareURLs(d)

	if d.Title == "" && len(d.Sections) > 0 {
		// The first heading is the title when it opens the post or is the
		// only top-level one.
		first := d.Sections[0]
		if w.firstKind == kindHeading || first.Level == 1 {
			d.Title = metadata.CleanTitle(first.Heading)
		}
	}
	metadata.FillDefaults(d)
	if err := d.Check(); err != nil {
		return nil, fmt.Errorf("%s: internal error: %w", source, err)
	}
	return d, nil
}

var kindHeading = ast.KindHeading

// tailBytes is s as bytes: the end of data when data ends with s (a body
// that normalising, the front matter and template tags left as it was),
// else a copy. Neither goldmark nor the walker writes into the body, so
// sharing data's bytes is safe; the capacity is cut so that no append can
// reach past them.
func tailBytes(data []byte, s string) []byte {
	if n := len(data); len(s) <= n && string(data[n-len(s):]) == s {
		return data[n-len(s) : n : n]
	}
	return []byte(s)
}

// checkLimits refuses bodies on which goldmark (or the HTML parser reading
// their inline HTML) would take super-linear time; the line numbers it
// reports count from the body's first line.
func checkLimits(body []byte) error {
	if err := inputlimit.Markdown(body, inputlimit.ListMarkers, inputlimit.BracketDepth); err != nil {
		return err
	}
	return inputlimit.HTML(body, inputlimit.HTMLDepth)
}
