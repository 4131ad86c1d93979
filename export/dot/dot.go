package dot

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emicklei/dot"

	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/graph/vocab"
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

// edgeStyle is how one predicate is drawn; edges carry no label (the
// legend explains the styles), except predicates without a style.
type edgeStyle struct {
	pred, color, style string
	width              string
}

// edgeStyles lists the predicates in legend order.
var edgeStyles = []edgeStyle{
	{"performer", "#2471A3", "solid", "1.4"},
	{"superEvent", "#B9770E", "bold", "1.6"},
	{"affiliation", "#117A65", "dashed", "1.2"},
	{"author", "#1E8449", "solid", "1.2"},
	{"about", "#7D3C98", "dashed", "1"},
	{"mentions", "#A6ACAF", "dotted", "1"},
	{"codeRepository", "#229954", "dotted", "1.2"},
	{"location", "#6E2C00", "dashed", "1"},
	{"sameAs", "#5D6D7E", "dotted", "1"},
}

func edgeStyleOf(pred string) (edgeStyle, bool) {
	for _, e := range edgeStyles {
		if e.pred == pred {
			return e, true
		}
	}
	return edgeStyle{pred, "#566573", "solid", "1"}, false
}

// Fonts. DejaVu Sans is a font whose metrics the in-process Graphviz
// (export/svg, which has no font files) knows and that Graphviz's `dot`
// finds on most systems, so both lay out the same DOT with the same text
// widths; viewers without it get a similar fallback (export/svg names
// Verdana) fitted to the width by textLength.
const (
	fontName  = "DejaVu Sans"
	nodeFont  = "11"
	edgeFont  = "9"
	titleFont = "14"
)

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
	root.Attr("fontname", fontName)
	root.Attr("fontsize", titleFont)
	root.Attr("nodesep", "0.15")
	root.Attr("ranksep", "0.5")
	root.Attr("newrank", "true")
	if len(g.Clusters) > 0 {
		root.Attr("compound", "true")
	}
	title := opts.Title
	if g.Collapsed {
		title = strings.TrimSpace(title + " (one box per track; open a track for its talks and speakers)")
	}
	if title != "" {
		root.Attr("label", quoted(clean(title, 200)))
		root.Attr("labelloc", "t")
	}
	focus := map[string]bool{}
	for _, f := range g.Focus {
		focus[f] = true
	}
	link := func(n selectq.Node) string {
		if opts.Link == nil {
			return ""
		}
		if n.Count > 0 && n.Of != "" && strings.HasPrefix(n.IRI, selectq.GroupPrefix) {
			return opts.Link(n.Of)
		}
		return opts.Link(n.IRI)
	}
	clusters := map[string]*dot.Graph{}
	anchor := map[string]dot.Node{} // a node inside each cluster, for edges to the box
	for _, c := range g.Clusters {
		st := styleOf(c.Class)
		sub := root.Subgraph(c.IRI, dot.ClusterOption{})
		sub.Attr("label", quoted(clean(c.Name, maxLabel)))
		sub.Attr("tooltip", quoted(clean(c.IRI, 1000)))
		sub.Attr("style", "rounded,filled")
		sub.Attr("fillcolor", "#FEF9E7")
		sub.Attr("color", st.fill)
		sub.Attr("penwidth", "1.5")
		sub.Attr("fontname", fontName)
		sub.Attr("fontsize", nodeFont)
		sub.Attr("labeljust", "l")
		if u := link(c); u != "" {
			sub.Attr("URL", quoted(u))
			sub.Attr("target", "_top")
		}
		clusters[c.IRI] = sub
	}
	var column map[string]int
	var columns [][]selectq.Node
	if g.Collapsed {
		column, columns = gridColumns(g)
	}
	present := map[string]bool{}
	nodes := map[string]dot.Node{}
	for _, n := range g.Nodes {
		st := styleOf(n.Class)
		present[st.class] = true
		parent := root
		if sub := clusters[n.Cluster]; sub != nil {
			parent = sub
			if c, ok := column[n.IRI]; ok {
				parent = sameRank(sub, fmt.Sprintf("column %03d", c))
			}
		}
		dn := parent.Node(n.IRI)
		if n.Note != "" {
			dn.Attr("label", quotedLines(clean(n.Name, maxLabel), clean(n.Note, maxLabel)))
		} else {
			dn.Attr("label", quoted(clean(n.Name, maxLabel)))
		}
		dn.Attr("tooltip", quoted(clean(n.IRI, 1000)))
		dn.Attr("shape", st.shape)
		style := st.extra + "filled"
		if n.Count > 0 {
			style += ",bold"
		}
		dn.Attr("style", style)
		dn.Attr("fillcolor", st.fill)
		dn.Attr("fontname", fontName)
		dn.Attr("fontsize", nodeFont)
		dn.Attr("margin", "0.08,0.04")
		if focus[n.IRI] {
			dn.Attr("penwidth", "3")
		}
		if u := link(n); u != "" {
			dn.Attr("URL", quoted(u))
			dn.Attr("target", "_top")
		}
		nodes[n.IRI] = dn
		if _, ok := anchor[n.Cluster]; n.Cluster != "" && !ok {
			anchor[n.Cluster] = dn
		}
	}
	usedEdges := map[string]bool{}
	endpoint := func(iri string) (dot.Node, string, bool) {
		if n, ok := nodes[iri]; ok {
			return n, "", true
		}
		if a, ok := anchor[iri]; ok {
			return a, clusters[iri].GetID(), true
		}
		return dot.Node{}, "", false
	}
	addEdge := func(e selectq.Edge) error {
		from, ltail, ok1 := endpoint(e.From)
		to, lhead, ok2 := endpoint(e.To)
		if !ok1 || !ok2 {
			return fmt.Errorf("dot: edge %s -%s-> %s: endpoint not among the nodes", e.From, e.PredicateName(), e.To)
		}
		es, known := edgeStyleOf(e.PredicateName())
		usedEdges[es.pred] = known
		de := root.Edge(from, to)
		if !known {
			de.Attr("label", quoted(clean(e.PredicateName(), maxLabel)))
			de.Attr("fontname", fontName)
			de.Attr("fontsize", edgeFont)
			de.Attr("fontcolor", es.color)
		}
		de.Attr("color", es.color)
		de.Attr("style", es.style)
		de.Attr("penwidth", es.width)
		de.Attr("arrowsize", "0.7")
		de.Attr("tooltip", quoted(clean(e.PredicateName(), maxLabel)))
		if ltail != "" {
			de.Attr("ltail", ltail)
		}
		if lhead != "" {
			de.Attr("lhead", lhead)
		}
		return nil
	}
	for _, e := range g.Edges {
		if err := addEdge(e); err != nil {
			return nil, err
		}
	}
	grid(root, columns, nodes)
	for _, c := range g.Clusters {
		if up, ok := g.Up[c.IRI]; ok && nodes[up].ID() != "" {
			if err := addEdge(selectq.Edge{From: c.IRI, To: up, Predicate: string(vocab.SuperEvent)}); err != nil {
				return nil, err
			}
		}
	}
	if len(g.Clusters) > 0 {
		present["Track"] = true
	}
	legend(root, present, usedEdges)
	if _, err := io.WriteString(w, root.String()); err != nil {
		return nil, fmt.Errorf("dot: write: %w", err)
	}
	if n := len(g.Nodes); n > limit {
		return &Warning{Nodes: n, Limit: limit}, nil
	}
	return nil, nil
}

// gridColumns splits the nodes of each box into columns of about equal
// height, in name order, so a collapsed edition's tracks read like a table
// instead of one tall column.
func gridColumns(g *selectq.Graph) (map[string]int, [][]selectq.Node) {
	byCluster := map[string][]selectq.Node{}
	var boxes []string
	for _, n := range g.Nodes {
		if n.Cluster != "" {
			if byCluster[n.Cluster] == nil {
				boxes = append(boxes, n.Cluster)
			}
			byCluster[n.Cluster] = append(byCluster[n.Cluster], n)
		}
	}
	slices.Sort(boxes)
	column := map[string]int{}
	var columns [][]selectq.Node
	for _, b := range boxes {
		ns := byCluster[b]
		slices.SortStableFunc(ns, func(a, b selectq.Node) int { return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
		rows := int(math.Ceil(math.Sqrt(float64(len(ns)) * 1.5)))
		for start := 0; start < len(ns); start += rows {
			col := ns[start:min(start+rows, len(ns))]
			for _, n := range col {
				column[n.IRI] = len(columns)
			}
			columns = append(columns, col)
		}
	}
	return column, columns
}

// sameRank returns the subgraph of parent holding nodes of one rank.
func sameRank(parent *dot.Graph, name string) *dot.Graph {
	sub := parent.Subgraph(name)
	sub.Attr("rank", "same")
	return sub
}

// grid keeps each column in order (flat invisible edges; with rankdir=LR a
// flat edge's head is drawn above its tail) and each column after the one
// before (invisible edges row by row).
func grid(root *dot.Graph, columns [][]selectq.Node, nodes map[string]dot.Node) {
	for c, col := range columns {
		for i, n := range col {
			if i > 0 {
				root.Edge(nodes[n.IRI], nodes[col[i-1].IRI]).Attr("style", "invis")
			}
			if c+1 < len(columns) && i < len(columns[c+1]) && len(columns[c+1]) <= len(col) {
				root.Edge(nodes[n.IRI], nodes[columns[c+1][i].IRI]).Attr("style", "invis")
			}
		}
	}
}

// legend adds a cluster with one sample node per class present and one
// sample line per edge type drawn.
func legend(root *dot.Graph, present map[string]bool, edges map[string]bool) {
	if len(present) == 0 {
		return
	}
	lg := root.Subgraph("Legend", dot.ClusterOption{})
	lg.Attr("label", quoted("Legend"))
	lg.Attr("style", "rounded")
	lg.Attr("color", "#AAB7B8")
	lg.Attr("fontname", fontName)
	lg.Attr("fontsize", nodeFont)
	classes := sameRank(lg, "legend classes") // with rankdir=LR: a column
	for _, st := range append(styles, unknownStyle) {
		if !present[st.class] {
			continue
		}
		n := classes.Node("legend:" + st.class)
		n.Attr("label", quoted(st.class))
		n.Attr("shape", st.shape)
		n.Attr("style", st.extra+"filled")
		n.Attr("fillcolor", st.fill)
		n.Attr("fontname", fontName)
		n.Attr("fontsize", "10")
	}
	froms, tos := sameRank(lg, "legend edges 1"), sameRank(lg, "legend edges 2")
	for _, es := range edgeStyles {
		if _, ok := edges[es.pred]; !ok {
			continue
		}
		a := froms.Node("legend:edge:" + es.pred)
		a.Attr("label", quoted(""))
		a.Attr("shape", "point")
		a.Attr("width", "0.06")
		a.Attr("color", es.color)
		b := tos.Node("legend:edge:" + es.pred + ":name")
		b.Attr("label", quoted(es.pred))
		b.Attr("shape", "plaintext")
		b.Attr("fontname", fontName)
		b.Attr("fontsize", "10")
		b.Attr("fontcolor", es.color)
		b.Attr("margin", "0.02,0")
		b.Attr("height", "0.2")
		e := lg.Edge(a, b)
		e.Attr("color", es.color)
		e.Attr("style", es.style)
		e.Attr("penwidth", es.width)
		e.Attr("arrowsize", "0.6")
	}
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

// quotedLines returns the lines as one DOT quoted string, each escaped as
// quoted does and joined by Graphviz's centred line break.
func quotedLines(lines ...string) dot.Literal {
	parts := make([]string, len(lines))
	for i, l := range lines {
		q := string(quoted(l))
		parts[i] = q[1 : len(q)-1]
	}
	return dot.Literal(`"` + strings.Join(parts, `\n`) + `"`)
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
