package htmlpage

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/inputlimit"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// Fragment turns an HTML fragment (the content of a feed item, a JSON post's
// "html" field) into the body of a doc.Document: Text, Sections, Links and
// Alts, with the same rules as a whole page's content. No page metadata is
// read. Relative links are resolved against base when it is an absolute
// http(s) URL ("" keeps them as written). The Document has Source set to
// source and Format to "html"; fx repairs mojibake and may be nil.
func Fragment(source, base, fragment string, fx *textfix.Fixer) *doc.Document {
	if fx == nil {
		fx = textfix.New()
	}
	d := &doc.Document{Source: source, Format: Format}
	p := &page{fx: fx, source: source, meta: map[string][]string{}}
	if u, err := url.Parse(strings.TrimSpace(base)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		p.base = u
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	var nodes []*html.Node
	var err error
	if inputlimit.HTML([]byte(fragment), inputlimit.HTMLDepth) != nil {
		// Too deeply nested to parse in linear time: keep its text only,
		// read with the (linear) tokenizer.
		nodes = []*html.Node{{Type: html.TextNode, Data: fragmentText(fragment)}}
	} else {
		nodes, err = html.ParseFragment(strings.NewReader(fragment), ctx)
	}
	if err != nil {
		// The tokenizer does not fail on bad markup; only a reader error
		// gets here. Keep the fragment as text.
		nodes = []*html.Node{{Type: html.TextNode, Data: fragment}}
	}
	w := &writer{p: p, d: d}
	for _, n := range nodes {
		w.node(n, 1)
	}
	d.Text = w.b.String()
	return d
}

// fragmentText is the text of an HTML fragment, tags dropped, each block
// of text on its own line.
func fragmentText(fragment string) string {
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(b.String())
		case html.TextToken:
			if t := strings.TrimSpace(string(z.Text())); t != "" {
				b.WriteString(t)
				b.WriteByte('\n')
			}
		}
	}
}
