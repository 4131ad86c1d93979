package jsonld

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// node holds one subject's properties within one graph.
type node struct {
	id    export.Term
	props map[string][]export.Term // predicate IRI -> objects (deduplicated)
	seen  map[key]struct{}
}

type key struct {
	pred string
	obj  export.Term
}

type graph struct {
	name  export.Term // KindNone for the default graph
	nodes map[export.Term]*node
}

// Write reads every quad of src and writes the dataset to w as JSON-LD.
// The whole dataset is held in memory while grouping by graph and subject.
// A quad that is not standard RDF stops the export with an error naming it
// (wrapping export.ErrBadIRI, ErrBadLang or ErrBadTerm).
func Write(ctx context.Context, w io.Writer, src export.Source) error {
	graphs := map[export.Term]*graph{}
	n := 0
	err := src.ForEach(ctx, func(q quad.Quad) error {
		n++
		if n&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		st, err := export.StatementOf(q)
		if err != nil {
			return fmt.Errorf("jsonld: quad %d: %w", n, err)
		}
		g := graphs[st.Graph]
		if g == nil {
			g = &graph{name: st.Graph, nodes: map[export.Term]*node{}}
			graphs[st.Graph] = g
		}
		nd := g.nodes[st.Subject]
		if nd == nil {
			nd = &node{id: st.Subject, props: map[string][]export.Term{}, seen: map[key]struct{}{}}
			g.nodes[st.Subject] = nd
		}
		k := key{st.Predicate.Value, st.Object}
		if _, dup := nd.seen[k]; !dup {
			nd.seen[k] = struct{}{}
			nd.props[k.pred] = append(nd.props[k.pred], st.Object)
		}
		return nil
	})
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	e := newEncoder(bw)
	e.document(sortedGraphs(graphs))
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("jsonld: write: %w", err)
	}
	return nil
}

func termCmp(a, b export.Term) int {
	return cmp.Or(cmp.Compare(a.Kind, b.Kind), strings.Compare(a.Value, b.Value),
		strings.Compare(a.Datatype, b.Datatype), strings.Compare(a.Lang, b.Lang))
}

func sortedGraphs(m map[export.Term]*graph) []*graph {
	out := make([]*graph, 0, len(m))
	for _, g := range m {
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b *graph) int { return termCmp(a.name, b.name) })
	return out
}

// encoder writes the JSON text; it compacts IRIs with the context prefixes.
type encoder struct {
	w        *bufio.Writer
	prefixes []prefix
}

type prefix struct{ name, ns string }

func newEncoder(w *bufio.Writer) *encoder {
	e := &encoder{w: w}
	for name, ns := range vocab.Prefixes() {
		e.prefixes = append(e.prefixes, prefix{name, ns})
	}
	slices.SortFunc(e.prefixes, func(a, b prefix) int { return strings.Compare(a.name, b.name) })
	return e
}

// compact returns iri as prefix:local when a context prefix covers it and
// the local part is a plain name (so every JSON-LD processor expands it back).
func (e *encoder) compact(iri string) string {
	for _, p := range e.prefixes {
		if local, ok := strings.CutPrefix(iri, p.ns); ok && plainLocal(local) {
			return p.name + ":" + local
		}
	}
	return iri
}

func plainLocal(s string) bool {
	if s == "" || strings.HasPrefix(s, "//") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' && i > 0 && i < len(s)-1) {
			return false
		}
	}
	return true
}

func (e *encoder) document(graphs []*graph) {
	e.w.WriteString("{\n  \"@context\": {")
	for i, p := range e.prefixes {
		if i > 0 {
			e.w.WriteByte(',')
		}
		e.w.WriteString("\n    ")
		e.str(p.name)
		e.w.WriteString(": ")
		e.str(p.ns)
	}
	e.w.WriteString("\n  },\n  \"@graph\": [")
	first := true
	for _, g := range graphs {
		if g.name.Kind == export.KindNone {
			for _, nd := range sortedNodes(g) {
				e.sep(&first, "\n    ")
				e.node(nd, "    ")
			}
			continue
		}
		e.sep(&first, "\n    ")
		e.w.WriteString("{\n      \"@id\": ")
		e.str(id(g.name))
		e.w.WriteString(",\n      \"@graph\": [")
		inner := true
		for _, nd := range sortedNodes(g) {
			e.sep(&inner, "\n        ")
			e.node(nd, "        ")
		}
		e.w.WriteString("\n      ]\n    }")
	}
	if !first {
		e.w.WriteString("\n  ")
	}
	e.w.WriteString("]\n}\n")
}

func (e *encoder) sep(first *bool, indent string) {
	if !*first {
		e.w.WriteByte(',')
	}
	*first = false
	e.w.WriteString(indent)
}

func sortedNodes(g *graph) []*node {
	out := make([]*node, 0, len(g.nodes))
	for _, nd := range g.nodes {
		out = append(out, nd)
	}
	slices.SortFunc(out, func(a, b *node) int { return termCmp(a.id, b.id) })
	return out
}

func id(t export.Term) string {
	if t.Kind == export.KindBlank {
		return "_:" + t.Value
	}
	return t.Value
}

const rdfType = vocab.RDF + "type"

func (e *encoder) node(nd *node, indent string) {
	e.w.WriteString("{\n")
	e.w.WriteString(indent)
	e.w.WriteString("  \"@id\": ")
	e.str(id(nd.id))
	preds := make([]string, 0, len(nd.props))
	for p := range nd.props {
		preds = append(preds, p)
	}
	slices.Sort(preds)
	// rdf:type with IRI or blank objects becomes @type; literal types stay a property.
	var types, literalTypes []export.Term
	for _, o := range nd.props[rdfType] {
		if o.Kind == export.KindLiteral {
			literalTypes = append(literalTypes, o)
		} else {
			types = append(types, o)
		}
	}
	if len(types) > 0 {
		slices.SortFunc(types, termCmp)
		e.w.WriteString(",\n" + indent + "  \"@type\": [")
		for i, t := range types {
			if i > 0 {
				e.w.WriteString(", ")
			}
			if t.Kind == export.KindIRI {
				e.str(e.compact(t.Value))
			} else {
				e.str(id(t))
			}
		}
		e.w.WriteByte(']')
	}
	for _, p := range preds {
		objs := nd.props[p]
		if p == rdfType {
			if objs = literalTypes; len(objs) == 0 {
				continue
			}
		}
		objs = slices.Clone(objs)
		slices.SortFunc(objs, termCmp)
		e.w.WriteString(",\n" + indent + "  ")
		e.str(e.compact(p))
		e.w.WriteString(": [")
		for i, o := range objs {
			if i > 0 {
				e.w.WriteString(", ")
			}
			e.value(o)
		}
		e.w.WriteByte(']')
	}
	e.w.WriteString("\n" + indent + "}")
}

// value writes an object: {"@id": ...} for IRIs and blank nodes, a value
// object with @type or @language for literals (lexical form kept as a string).
func (e *encoder) value(t export.Term) {
	switch t.Kind {
	case export.KindIRI, export.KindBlank:
		e.w.WriteString(`{"@id": `)
		e.str(id(t))
	default:
		e.w.WriteString(`{"@value": `)
		e.str(t.Value)
		if t.Lang != "" {
			e.w.WriteString(`, "@language": `)
			e.str(t.Lang)
		} else if t.Datatype != "" {
			e.w.WriteString(`, "@type": `)
			e.str(e.compact(t.Datatype))
		}
	}
	e.w.WriteByte('}')
}

// str writes s as a JSON string; invalid UTF-8 becomes U+FFFD.
func (e *encoder) str(s string) {
	const hex = "0123456789abcdef"
	w := e.w
	w.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				w.WriteString(s[start:i])
				w.WriteString("\ufffd")
				i++
				start = i
				continue
			}
			i += size
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			i++
			continue
		}
		w.WriteString(s[start:i])
		switch c {
		case '"', '\\':
			w.WriteByte('\\')
			w.WriteByte(c)
		case '\n':
			w.WriteString(`\n`)
		case '\r':
			w.WriteString(`\r`)
		case '\t':
			w.WriteString(`\t`)
		default:
			w.WriteString(`\u00`)
			w.WriteByte(hex[c>>4])
			w.WriteByte(hex[c&15])
		}
		i++
		start = i
	}
	w.WriteString(s[start:])
	w.WriteByte('"')
}
