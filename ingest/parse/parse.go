package parse

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/talkgraph/talkgraph/ingest/detect"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/format/asciidoc"
	"github.com/talkgraph/talkgraph/ingest/format/feed"
	"github.com/talkgraph/talkgraph/ingest/format/gemtext"
	"github.com/talkgraph/talkgraph/ingest/format/htmlpage"
	"github.com/talkgraph/talkgraph/ingest/format/jsonpost"
	"github.com/talkgraph/talkgraph/ingest/format/markdown"
	"github.com/talkgraph/talkgraph/ingest/format/orgmode"
	"github.com/talkgraph/talkgraph/ingest/format/plaintext"
	"github.com/talkgraph/talkgraph/ingest/format/rst"
	"github.com/talkgraph/talkgraph/ingest/format/textile"
	"github.com/talkgraph/talkgraph/ingest/inputlimit"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/schedule"
	"github.com/talkgraph/talkgraph/ingest/source"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// ErrNotSupported is wrapped by the error for an input in no supported
// format (binary, empty, unknown text). The pipeline skips such files
// silently in directory walks and reports them when named explicitly.
var ErrNotSupported = errors.New("not a supported post or schedule format")

// ErrNotUTF8 is wrapped by the error for text that is not valid UTF-8. It is
// always reported: the file is probably a post in a legacy encoding.
var ErrNotUTF8 = errors.New("not valid UTF-8")

// Kind says whether an input is a post or a schedule.
type Kind int

// Kinds of parsed input.
const (
	Post Kind = iota
	Schedule
)

// String names the kind.
func (k Kind) String() string {
	if k == Schedule {
		return "schedule"
	}
	return "post"
}

// Parsed is one parsed input: exactly one of Doc and Schedule is set.
//
// A post input may hold several posts (a feed, a blog export, a JSON list
// of posts): Docs holds every post of the input in order, and Doc is
// Docs[0]. Each post of such a container has Source = input name + "#" +
// its 1-based index ("export.xml#3") and URL = the item's link; a single
// post keeps the input name as Source. For a single-post input Docs is
// []*doc.Document{Doc}.
type Parsed struct {
	Kind     Kind
	Doc      *doc.Document
	Docs     []*doc.Document
	Schedule *schedule.Schedule
	Format   string // detected format name (see Formats)
	// Controls counts the control characters (NUL, ESC, BEL, …) found in
	// the posts' text and metadata and replaced by spaces.
	Controls int
}

// postParser is the signature every post format parser shares.
type postParser func(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error)

// multiParser is the signature of the parsers of inputs holding several
// posts.
type multiParser func(source string, data []byte, fx *textfix.Fixer) ([]*doc.Document, error)

// scheduleParser is the signature of the schedule parsers.
type scheduleParser func(source string, data []byte) (*schedule.Schedule, error)

// Parser detects formats and runs the parsers. Make one with New; it is
// safe for concurrent use.
type Parser struct {
	fx        *textfix.Fixer
	posts     map[string]postParser
	multi     map[string]multiParser // formats that may hold several posts
	schedules map[string]scheduleParser
}

// New builds a Parser with every supported format.
func New() *Parser {
	return &Parser{
		fx: textfix.New(),
		posts: map[string]postParser{
			detect.Markdown:        markdown.Parse,
			detect.PelicanMarkdown: markdown.Parse,
			detect.RST:             rst.Parse,
			detect.HTML:            htmlpage.Parse,
			detect.Gemtext:         gemtext.Parse,
			detect.PlainText:       plaintext.Parse,
			detect.AsciiDoc:        asciidoc.Parse,
			detect.OrgMode:         orgmode.Parse,
			detect.Textile:         textile.Parse,
			detect.Feed:            feed.Parse,
			detect.JSONPost:        jsonpost.Parse,
		},
		multi: map[string]multiParser{
			detect.Feed:     feed.ParseAll,
			detect.JSONPost: jsonpost.ParseAll,
		},
		schedules: map[string]scheduleParser{
			detect.PentabarfXML: schedule.ParseXML,
			detect.FrabJSON:     schedule.ParseJSON,
			detect.PretalxJSON:  schedule.ParseJSON,
		},
	}
}

// Parse detects in's format and parses it. A read failure recorded in
// in.Err is returned as is. Errors name the input; an input in no supported
// format gives an error wrapping ErrNotSupported, as does a feed or JSON
// file without posts. Text in no known format is read as plain text when
// the user named it (in.Explicit); in directory walks it is skipped. A
// panic inside a format parser is recovered and returned as an error
// naming the input.
//
// Every post gets the same fallbacks: Source and Format set, the title from
// the first heading, authors and date from a byline at the top of the text
// (metadata.Byline), the date from the file name (single posts only).
func (p *Parser) Parse(ctx context.Context, in source.Input) (*Parsed, error) {
	if in.Err != nil {
		return nil, in.Err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := detect.Detect(in.Name, in.Data)
	switch r.Format {
	case detect.NotUTF8:
		return nil, fmt.Errorf("%s: %w: %s", in.Name, ErrNotUTF8, r.Reason)
	case detect.Unknown:
		if !in.Explicit {
			return nil, fmt.Errorf("%s: %w (%s: %s)", in.Name, ErrNotSupported, r.Format, r.Reason)
		}
		// named by the user: read whatever text it is as plain text
		r = detect.Result{Format: detect.PlainText, Reason: "named explicitly; " + r.Reason}
	case detect.Binary, detect.Empty:
		return nil, fmt.Errorf("%s: %w (%s: %s)", in.Name, ErrNotSupported, r.Format, r.Reason)
	}
	_, isSchedule := p.schedules[r.Format]
	if _, isFeed := p.multi[r.Format]; !isSchedule && !isFeed {
		if err := inputlimit.URLs(in.Data, inputlimit.Links); err != nil {
			return nil, fmt.Errorf("%s: %w", in.Name, err)
		}
	}
	if sp, ok := p.schedules[r.Format]; ok {
		var s *schedule.Schedule
		err := guard(in.Name, func() (err error) {
			s, err = sp(in.Name, in.Data)
			return err
		})
		if err != nil {
			return nil, wrapName(in.Name, err)
		}
		if s.Source == "" {
			s.Source = in.Name
		}
		if s.Format == "" {
			s.Format = r.Format
		}
		return &Parsed{Kind: Schedule, Schedule: s, Format: r.Format}, nil
	}
	if mp, ok := p.multi[r.Format]; ok {
		var docs []*doc.Document
		err := guard(in.Name, func() (err error) {
			docs, err = mp(in.Name, in.Data, p.fx)
			return err
		})
		if errors.Is(err, feed.ErrNoPosts) || errors.Is(err, jsonpost.ErrNoPosts) {
			return nil, fmt.Errorf("%s: %w (%s: %v)", in.Name, ErrNotSupported, r.Format, err)
		}
		if err != nil {
			return nil, wrapName(in.Name, err)
		}
		controls := 0
		if len(docs) == 0 || docs[0] == nil {
			return nil, fmt.Errorf("%s: %s parser returned no document", in.Name, r.Format)
		}
		for i, d := range docs {
			if d == nil {
				return nil, fmt.Errorf("%s: %s parser returned no document for post %d", in.Name, r.Format, i+1)
			}
			finish(d, in.Name, r.Format, len(docs) == 1 && d.Source == in.Name)
			controls += cleanControls(d)
			if err := inputlimit.LinkCount(len(d.Links), inputlimit.Links); err != nil {
				return nil, fmt.Errorf("%s: %w", d.Source, err)
			}
			if err := d.Check(); err != nil {
				return nil, fmt.Errorf("%s: %s parser produced a broken document: %w", d.Source, r.Format, err)
			}
		}
		return &Parsed{Kind: Post, Doc: docs[0], Docs: docs, Format: r.Format, Controls: controls}, nil
	}
	pp, ok := p.posts[r.Format]
	if !ok {
		return nil, fmt.Errorf("%s: %w (no parser for %s)", in.Name, ErrNotSupported, r.Format)
	}
	var d *doc.Document
	err := guard(in.Name, func() (err error) {
		d, err = pp(in.Name, in.Data, p.fx)
		return err
	})
	if err != nil {
		return nil, wrapName(in.Name, err)
	}
	if d == nil {
		return nil, fmt.Errorf("%s: %s parser returned no document", in.Name, r.Format)
	}
	finish(d, in.Name, r.Format, true)
	controls := cleanControls(d)
	if err := inputlimit.LinkCount(len(d.Links), inputlimit.Links); err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	if err := d.Check(); err != nil {
		return nil, fmt.Errorf("%s: %s parser produced a broken document: %w", in.Name, r.Format, err)
	}
	return &Parsed{Kind: Post, Doc: d, Docs: []*doc.Document{d}, Format: r.Format, Controls: controls}, nil
}

// finish applies the fallbacks every post gets: Source and Format set, the
// title from the first heading, authors and date from a byline at the top
// of the text, and (when the post is the whole input, single) the date
// from the file name.
func finish(d *doc.Document, name, format string, single bool) {
	if d.Source == "" {
		d.Source = name
	}
	if d.Format == "" {
		d.Format = format
	}
	if d.Title == "" && len(d.Sections) > 0 {
		d.Title = metadata.CleanTitle(d.Sections[0].Heading)
	}
	if len(d.Authors) == 0 || d.Date == "" {
		metadata.Byline(d)
	}
	if d.Date == "" && single {
		d.Date = metadata.DateFromName(name)
	}
}

// guard runs f, turning a panic into an error naming the input.
func guard(name string, f func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%s: parser panic (please report this bug): %v\n%s", name, v, firstFrames(debug.Stack()))
		}
	}()
	return f()
}

// firstFrames keeps the top of a stack trace, enough to locate the bug.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 16 {
		lines = lines[:16]
	}
	return strings.Join(lines, "\n")
}

// wrapName prefixes err with name unless its message already starts with it.
func wrapName(name string, err error) error {
	if strings.HasPrefix(err.Error(), name) {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}
