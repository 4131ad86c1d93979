package textile

import (
	"strings"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/internal/inline"
	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/talkgraph/talkgraph/ingest/textfix"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Format is the name Parse sets on the documents it returns.
const Format = "textile"

var (
	// block signature: "h2(class#id){style}[en]<. text", "bq.. text".
	blockSig = lazyre.New(`^(h[1-6]|p|bq|bc|pre|fn\d+|notextile|###)((?:\([^)\n]*\)|\{[^}\n]*\}|\[[^\]\n]*\]|[<>=()])*)\.(\.?)(?:\s+(.*)|$)`)
	// list item: "* x", "## x", "- term := definition".
	listItem = lazyre.New(`^([*#]+)(?:\([^)]*\)|\{[^}]*\})*\s+(.*)$`)
	defItem  = lazyre.New(`^-\s+(.*?)\s*:=\s*(.*)$`)
	// link alias definition: "[fosdem]https://fosdem.org/".
	aliasDef = lazyre.New(`^\[([^\]\s]+)\]((?:https?|ftp|mailto):\S+|/\S*)$`)
	// table row: "|_. a |b|"; cell attribute prefix "_. ", "/2. ".
	cellAttr = lazyre.New(`^(?:[_<>=^~]|\\\d+|/\d+|\([^)]*\)|\{[^}]*\})*\.\s`)
	// ["text":url] bracketed link.
	bracketLink = lazyre.New(`\["([^"\n]+)":([^\]\s]+)\]`)
	// "text(title)":url link, or "text":alias.
	quotedLink = lazyre.New(`"([^"\n]+)":((?:https?|ftp|mailto):[^\s<>"]*[^\s<>".,;:!?)]|/[^\s<>"]*[^\s<>".,;:!?)]|[A-Za-z0-9_-]+)`)
	// !src(alt)! image, optionally linked: !src!:url.
	imageRE = lazyre.New(`!([<>=]|\([^)\n]*\)|\{[^}\n]*\})*([^\s!()]+)(?:\(([^)\n]*)\))?!(?::(\S+))?`)
	// "[1]" footnote reference.
	footnoteRef = lazyre.New(`\[\d+\]`)
)

// linkURL trims trailing punctuation from a link target, as Textile does.
func linkURL(u string) (target, rest string) {
	end := len(u)
	for end > 0 && strings.ContainsRune(".,;:!?'\"", rune(u[end-1])) {
		end--
	}
	if end > 0 && u[end-1] == ')' && strings.Count(u[:end], "(") < strings.Count(u[:end], ")") {
		end--
	}
	return u[:end], u[end:]
}

// linkTitle removes a "(title)" suffix from link text.
func linkTitle(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i > 0 {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// parser holds one parse's state (the rules need the link aliases).
type parser struct {
	b       *textbuild.Builder
	w       *inline.Writer
	aliases map[string]string
}

// rules builds the inline rules, which resolve link aliases.
func (p *parser) rules() []inline.Rule {
	resolve := func(u string) string {
		if a, ok := p.aliases[u]; ok {
			return a
		}
		return u
	}
	return []inline.Rule{
		{RE: bracketLink.Re(), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: linkTitle(m[1]), URL: resolve(m[2])}
		}},
		{RE: quotedLink.Re(), Piece: func(m []string) inline.Piece {
			u, _ := linkURL(m[2])
			if !strings.Contains(u, ":") && !strings.HasPrefix(u, "/") {
				if a, ok := p.aliases[u]; ok {
					return inline.Piece{Text: linkTitle(m[1]), URL: a}
				}
				return inline.Piece{Text: m[0], Raw: true}
			}
			return inline.Piece{Text: linkTitle(m[1]), URL: u}
		}},
		{RE: imageRE.Re(), Piece: func(m []string) inline.Piece {
			return inline.Piece{Text: m[3], URL: m[2], Image: true}
		}},
		{RE: footnoteRef.Re(), Piece: func(m []string) inline.Piece { return inline.Piece{} }},
	}
}

// Parse reads a Textile post. source is its path or URL (used for the date
// and title fallbacks); fx repairs mojibake and may be nil.
func Parse(source string, data []byte, fx *textfix.Fixer) (*doc.Document, error) {
	if fx == nil {
		fx = textfix.New()
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	d := &doc.Document{Source: source, Format: Format}
	p := &parser{b: textbuild.New(fx, d, len(s)), aliases: map[string]string{}}
	p.w = inline.New(p.rules(), "**", "__", "??", "*", "_", "@", "%", "+", "^", "~")
	lines := strings.Split(s, "\n")
	for _, l := range lines {
		if m := aliasDef.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			p.aliases[m[1]] = m[2]
		}
	}
	p.body(lines)
	d.Text = p.b.Text()
	textbuild.LinkBareURLs(d)
	if len(d.Sections) > 0 && (d.Sections[0].Level == 1 || d.Sections[0].Start == 0) {
		d.Title = metadata.CleanTitle(d.Sections[0].Heading)
	}
	metadata.FillDefaults(d)
	return d, nil
}

// body reads the blocks.
func (p *parser) body(lines []string) {
	b := p.b
	kind := "p"       // current block kind
	extended := false // an extended block (bc..) runs until the next signature
	para := false
	var heading *textbuild.Span
	level := 0
	endBlock := func() {
		if heading != nil {
			b.Heading(heading, level)
			heading = nil
		}
		if para {
			b.Separate(textbuild.SepPara)
		}
		para = false
	}
	for _, raw := range lines {
		l := strings.TrimRight(raw, " \t")
		t := strings.TrimSpace(l)
		if m := blockSig.FindStringSubmatch(l); m != nil {
			endBlock()
			kind, extended = m[1], m[3] == "."
			b.Separate(textbuild.SepPara)
			text := m[4]
			switch {
			case kind[0] == 'h':
				level = int(kind[1] - '0')
				heading = b.Open()
				p.w.Write(b, text)
				para = true
			case kind == "###":
				kind = "comment"
			case kind == "bc" || kind == "pre" || kind == "notextile":
				b.Write(b.Repair(text))
				para = text != ""
			default:
				if text != "" {
					p.w.Write(b, text)
					para = true
				}
			}
			continue
		}
		if t == "" {
			if extended && (kind == "bc" || kind == "pre") {
				b.Separate(textbuild.SepPara)
				continue
			}
			endBlock()
			if !extended {
				kind = "p"
			}
			continue
		}
		if kind == "comment" {
			continue
		}
		if kind == "bc" || kind == "pre" || kind == "notextile" {
			b.Separate(textbuild.SepLine)
			b.Write(b.Repair(l))
			para = true
			continue
		}
		if heading != nil {
			b.Separate(textbuild.SepSpace)
			p.w.Write(b, t)
			continue
		}
		switch {
		case aliasDef.MatchString(t):
			// link alias definition, not text
		case listItem.MatchString(t):
			m := listItem.FindStringSubmatch(t)
			b.Separate(textbuild.SepLine)
			p.w.Write(b, m[2])
			para = true
		case defItem.MatchString(t):
			m := defItem.FindStringSubmatch(t)
			b.Separate(textbuild.SepLine)
			p.w.Write(b, m[1])
			b.Write(":")
			b.Separate(textbuild.SepSpace)
			p.w.Write(b, m[2])
			para = true
		case strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && len(t) > 1:
			b.Separate(textbuild.SepLine)
			for k, c := range strings.Split(t[1:len(t)-1], "|") {
				if k > 0 {
					b.Separate(textbuild.SepCell)
				}
				p.w.Write(b, cellAttr.ReplaceAllString(strings.TrimSpace(c)+" ", ""))
			}
			para = true
		default:
			if para {
				b.Separate(textbuild.SepSpace) // a line break inside a paragraph
			}
			p.w.Write(b, t)
			para = true
		}
	}
	endBlock()
}
