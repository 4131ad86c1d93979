package turtle

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/export/nquads"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Options choose the syntax.
type Options struct {
	// TriG writes each named graph as "<label> { ... }" (quads of the
	// default graph first, outside any block). Without it the output is
	// Turtle: every triple once, whatever graphs state it.
	TriG bool
	// Base, if set, is the entity namespace written as the prefix "id:".
	Base string
}

// Stats counts what Write wrote.
type Stats struct {
	Triples int // statements written (in TriG, one per graph that states it)
	Graphs  int // named graphs written (TriG)
}

type stmt struct {
	s, p, o string // terms as written
}

// Write reads every quad of src and writes it to w. A quad that is not
// standard RDF stops the export with an error naming it (as nquads.Write).
func Write(ctx context.Context, w io.Writer, src export.Source, opts Options) (Stats, error) {
	pre := prefixes(opts.Base)
	graphs := map[string]map[stmt]bool{} // graph term ("" default) -> statements
	n := 0
	err := src.ForEach(ctx, func(q quad.Quad) error {
		n++
		st, err := export.StatementOf(q)
		if err != nil {
			return fmt.Errorf("turtle: quad %d: %w", n, err)
		}
		g := ""
		if opts.TriG && st.Graph.Kind != export.KindNone {
			g = string(nquads.AppendTerm(nil, st.Graph))
		}
		if graphs[g] == nil {
			graphs[g] = map[stmt]bool{}
		}
		graphs[g][stmt{term(st.Subject, pre), predicate(st.Predicate, pre), term(st.Object, pre)}] = true
		return nil
	})
	if err != nil {
		return Stats{}, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var stats Stats
	for _, p := range pre {
		fmt.Fprintf(bw, "@prefix %s: <%s> .\n", p.name, p.ns)
	}
	names := make([]string, 0, len(graphs))
	for g := range graphs {
		names = append(names, g)
	}
	sort.Strings(names) // "" (the default graph) first
	for _, g := range names {
		bw.WriteByte('\n')
		indent := ""
		if g != "" {
			fmt.Fprintf(bw, "%s {\n", g)
			indent = "  "
			stats.Graphs++
		}
		stats.Triples += writeStatements(bw, graphs[g], indent)
		if g != "" {
			bw.WriteString("}\n")
		}
		if err := ctx.Err(); err != nil {
			return stats, err
		}
	}
	if err := bw.Flush(); err != nil {
		return stats, fmt.Errorf("turtle: write: %w", err)
	}
	return stats, nil
}

// writeStatements writes a set of statements grouped by subject, then
// predicate: "s p o1, o2 ;\n    p2 o3 .".
func writeStatements(bw *bufio.Writer, set map[stmt]bool, indent string) int {
	sts := make([]stmt, 0, len(set))
	for s := range set {
		sts = append(sts, s)
	}
	sort.Slice(sts, func(i, j int) bool {
		a, b := sts[i], sts[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.p != b.p {
			if a.p == "a" || b.p == "a" {
				return a.p == "a" // rdf:type first
			}
			return a.p < b.p
		}
		return a.o < b.o
	})
	for i, st := range sts {
		switch {
		case i == 0 || st.s != sts[i-1].s:
			fmt.Fprintf(bw, "%s%s %s %s", indent, st.s, st.p, st.o)
		case st.p != sts[i-1].p:
			fmt.Fprintf(bw, " ;\n%s    %s %s", indent, st.p, st.o)
		default:
			fmt.Fprintf(bw, ",\n%s        %s", indent, st.o)
		}
		if i == len(sts)-1 || sts[i+1].s != st.s {
			bw.WriteString(" .\n")
		}
	}
	return len(sts)
}

type prefix struct{ name, ns string }

// prefixes are the contract's prefixes (and "id:" for the entity base),
// longest namespace first so the most specific one is used.
func prefixes(base string) []prefix {
	var out []prefix
	for name, ns := range vocab.Prefixes() {
		out = append(out, prefix{name, ns})
	}
	if base != "" {
		out = append(out, prefix{"id", base})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

func predicate(t export.Term, pre []prefix) string {
	if t.Kind == export.KindIRI && t.Value == string(vocab.Type) {
		return "a"
	}
	return term(t, pre)
}

func term(t export.Term, pre []prefix) string {
	switch t.Kind {
	case export.KindIRI:
		return iri(t.Value, pre)
	case export.KindLiteral:
		b := nquads.AppendLiteral(nil, t.Value)
		switch {
		case t.Lang != "":
			b = append(b, '@')
			b = append(b, t.Lang...)
		case t.Datatype != "":
			b = append(b, "^^"...)
			b = append(b, iri(t.Datatype, pre)...)
		}
		return string(b)
	}
	return string(nquads.AppendTerm(nil, t))
}

// iri writes a prefixed name when the IRI is in a known namespace and the
// rest is a plain local name; otherwise <iri>.
func iri(s string, pre []prefix) string {
	best := -1
	for i, p := range pre {
		if strings.HasPrefix(s, p.ns) && plainLocal(s[len(p.ns):]) && (best < 0 || len(p.ns) > len(pre[best].ns)) {
			best = i
		}
	}
	if best >= 0 {
		return pre[best].name + ":" + s[len(pre[best].ns):]
	}
	return "<" + s + ">"
}

// plainLocal reports whether s can be written as the local part of a
// prefixed name without escapes: ASCII letters, digits, '_' and '-', not
// starting with '-' (a conservative subset of Turtle's PN_LOCAL).
func plainLocal(s string) bool {
	if s == "" || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
