package dot

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emicklei/dot"

	"github.com/talkgraph/talkgraph/export/selectq"
)

// Options tune the diagram; the zero value is fine.
type Options struct {
	Title     string // graph title shown at the top; none when empty
	MaxLabel  int    // node labels are cut to this many characters (plus "…"); 0 means 40
	WarnNodes int    // Write returns a Warning above this many nodes; 0 means 300
	// Link returns the URL a node links to (its page), "" for none; nil
	// links nothing.
	Link func(iri string) string
}

// Warning says a diagram is too large to read; the CLI prints it.
type Warning struct {
	Nodes, Limit int
}

// String is the message for the user.
func (w *Warning) String() string {
	return fmt.Sprintf("diagram has %d nodes (more than %d) and will be hard to read: narrow it with --focus NAME --depth N, --class A,B or --event \"NAME\"", w.Nodes, w.Limit)
}

// style is how one class is drawn.
type style struct {
	class, shape, fill, extra string
}

// styles lists the classes in legend order.
var styles = []style{
	{"Event", "doubleoctagon", "#F5B7B1", ""},
	{"Track", "folder", "#FAD7A0", ""},
	{"Talk", "box", "#F9E79F", "rounded,"},
	{"Person", "ellipse", "#AED6F1", ""},
	{"Organization", "house", "#A3E4D7", ""},
	{"Project", "component", "#A9DFBF", ""},
	{"Technology", "hexagon", "#D2B4DE", ""},
	{"Place", "invtriangle", "#D5DBDB", ""},
	{"Post", "note", "#FDFEFE", ""},
}

var unknownStyle = style{"Other", "ellipse", "#FFFFFF", "dashed,"}

func styleOf(class string) style {
	for _, s := range styles {
		if s.class == class {
			return s
		}
	}
	return unknownStyle
}

// Write writes g as DOT to w. It returns a non-nil *Warning when g has more
// nodes than opts.WarnNodes (the diagram is still written).
func Write(w io.Writer, g *selectq.Graph, opts Options) (*Warning, error) {
	if g == nil {
		g = &selectq.Graph{}
	}
	maxLabel := opts.MaxLabel
	if maxLabel <= 0 {
		maxLabel = 40
	}
	limit := opts.WarnNodes
	if limit <= 0 {
		limit = 300
	}
	root := dot.NewGraph(dot.Directed)
	root.ID("talkgraph")
	root.Attr("rankdir", "LR")
	root.Attr("fontname", "Helvetica")
	root.Attr("fontsize", "12")
	if opts.Title != "" {
		root.Attr("label", quoted(clean(opts.Title, 200)))
		root.Attr("labelloc", "t")
	}
	focus := map[string]bool{}
	for _, f := range g.Focus {
		focus[f] = true
	}
	present := map[string]bool{}
	nodes := map[string]dot.Node{}
	for _, n := range g.Nodes {
		st := styleOf(n.Class)
		present[st.class] = true
		dn := root.Node(n.IRI)
		dn.Attr("label", quoted(clean(n.Name, maxLabel)))
		dn.Attr("tooltip", quoted(clean(n.IRI, 1000)))
		dn.Attr("shape", st.shape)
		dn.Attr("style", st.extra+"filled")
		dn.Attr("fillcolor", st.fill)
		dn.Attr("fontname", "Helvetica")
		dn.Attr("fontsize", "11")
		if focus[n.IRI] {
			dn.Attr("penwidth", "3")
		}
		nodes[n.IRI] = dn
	}
	for _, e := range g.Edges {
		from, ok1 := nodes[e.From]
		to, ok2 := nodes[e.To]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("dot: edge %s -%s-> %s: endpoint not among the nodes", e.From, e.PredicateName(), e.To)
		}
		de := root.Edge(from, to)
		de.Attr("label", quoted(clean(e.PredicateName(), maxLabel)))
		de.Attr("fontname", "Helvetica")
		de.Attr("fontsize", "9")
		de.Attr("color", "#566573")
	}
	legend(root, present)
	if _, err := io.WriteString(w, root.String()); err != nil {
		return nil, fmt.Errorf("dot: write: %w", err)
	}
	if len(g.Nodes) > limit {
		return &Warning{Nodes: len(g.Nodes), Limit: limit}, nil
	}
	return nil, nil
}

// legend adds a cluster with one sample node per class present.
func legend(root *dot.Graph, present map[string]bool) {
	if len(present) == 0 {
		return
	}
	lg := root.Subgraph("Legend", dot.ClusterOption{})
	lg.Attr("label", quoted("Legend"))
	lg.Attr("style", "rounded")
	lg.Attr("color", "#AAB7B8")
	lg.Attr("fontname", "Helvetica")
	var sample []dot.Node
	for _, st := range append(styles, unknownStyle) {
		if !present[st.class] {
			continue
		}
		n := lg.Node("legend:" + st.class)
		n.Attr("label", quoted(st.class))
		n.Attr("shape", st.shape)
		n.Attr("style", st.extra+"filled")
		n.Attr("fillcolor", st.fill)
		n.Attr("fontname", "Helvetica")
		n.Attr("fontsize", "10")
		sample = append(sample, n)
	}
	// one rank: with rankdir=LR the legend is a vertical column
	lg.AddToSameRank("legend", sample...)
}

// clean makes s a one-line label: control characters and line breaks become
// spaces, runs of spaces collapse, invalid UTF-8 and invisible characters
// are dropped, and text longer than max runes is cut with "…".
func clean(s string, max int) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range strings.ToValidUTF8(s, "") {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = b.Len() > 0
			continue
		}
		if !unicode.IsPrint(r) {
			continue
		}
		if n >= max {
			b.WriteString("…")
			return b.String()
		}
		if space {
			b.WriteByte(' ')
			space = false
			n++
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// quoted returns s as a DOT quoted string. Backslashes are doubled so
// Graphviz's label escapes (\n, \l, \N, ...) cannot be triggered by names.
func quoted(s string) dot.Literal {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	b.WriteByte('"')
	return dot.Literal(b.String())
}
