package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/export"

	"github.com/talkgraph/talkgraph/export/dot"
	"github.com/talkgraph/talkgraph/export/jsonld"
	"github.com/talkgraph/talkgraph/export/nquads"
	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/export/svg"
	"github.com/talkgraph/talkgraph/export/turtle"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

func (a *app) exportCmd() *cobra.Command {
	var (
		format, out string
		sel, title  selectq.Options
		classes     string
	)
	cmd := &cobra.Command{
		Use:   "export --format nquads|jsonld|turtle|trig|dot|svg [-o FILE] [--focus NAME|IRI --depth N] [--class A,B] [--event NAME]",
		Short: "Write the graph (or part of it) as N-Quads, JSON-LD, Turtle, TriG, a DOT diagram or an SVG picture",
		Long: `Write the graph.

  nquads  every quad with its graph label (the post or schedule it came from)
  jsonld  the same dataset as JSON-LD with a context; named graphs preserved
  turtle  the triples as Turtle (graph labels dropped, each triple once)
  trig    the dataset as TriG: one block per post or schedule graph
  dot     a Graphviz diagram: shape and colour per class, names as labels,
          predicates on the edges, a legend
  svg     the diagram rendered in-process (no Graphviz needed)

Selection (every format): --focus an entity by name (part of one is enough)
or IRI with its neighbourhood up to --depth hops (a person: their talks,
tracks, editions, co-speakers and affiliations); --class keeps only nodes of
those classes; --event keeps one edition with its tracks, talks and
speakers (--with-posts adds the posts about it). The RDF formats then write
the quads about the selected nodes (with their graph labels), leaving out
links to entities outside it.

Diagrams draw tracks as boxes around their talks and speakers, and the posts
next to a focus as one node ("mentioned in 7 posts") unless --with-posts.
Above --max-nodes (300) an edition draws each track as one node with its
counts, and a neighbourhood is drawn at a smaller depth.`,
		Example: `  talkgraph export --format nquads -o graph.nq
  talkgraph export --format turtle --event "FOSDEM 2023" -o fosdem2023.ttl
  talkgraph export --format trig --focus "Peter Czanik" --depth 1
  talkgraph export --format svg --event "FOSDEM 2020" -o fosdem2020.svg
  talkgraph export --format dot --focus "Peter Czanik" --depth 2 -o peter.dot
  talkgraph export --format svg --class Person,Talk,Track -o people.svg`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if classes != "" {
				for _, c := range strings.Split(classes, ",") {
					sel.Classes = append(sel.Classes, strings.TrimSpace(c))
				}
			}
			selected := sel.Focus != "" || sel.Event != "" || len(sel.Classes) > 0
			switch format {
			case "nquads", "jsonld", "turtle", "trig", "dot", "svg":
			case "":
				return usagef("--format is required: %s", strings.Join(exportFormats, ", "))
			default:
				return usagef("unknown format %q: use %s", format, strings.Join(exportFormats, ", "))
			}
			if _, err := selectq.Quads(ctx, export.SliceSource(nil), selectq.Options{Classes: sel.Classes}); errors.Is(err, selectq.ErrUnknownClass) {
				return usageError{err}
			}
			st, err := a.open(ctx, true)
			if err != nil {
				return err
			}
			defer st.Close()
			// names are found as every command finds them (partial, ranked,
			// ties listed); the selection then starts from the IRI
			if sel.Focus != "" {
				m, err := a.resolveName(ctx, st, sel.Focus, "")
				if err != nil {
					return fmt.Errorf("--focus: %w", err)
				}
				sel.Focus = string(m.IRI)
				title.Focus = m.Name
			}
			if sel.Event != "" {
				m, err := a.resolveName(ctx, st, sel.Event, vocab.Event)
				if err != nil {
					return fmt.Errorf("--event: %w", err)
				}
				sel.Event = string(m.IRI)
				title.Event = m.Name
			}
			title.Depth, title.Classes = sel.Depth, sel.Classes
			var src export.Source = st
			if selected && format != "dot" && format != "svg" {
				if src, err = selectq.Quads(ctx, st, sel); err != nil {
					return err
				}
			}

			var w io.Writer = a.stdout
			var file *os.File
			if out != "" && out != "-" {
				file, err = os.Create(out)
				if err != nil {
					return err
				}
				defer file.Close()
				w = file
			}
			bw := bufio.NewWriterSize(w, 1<<16)
			var wrote string
			switch format {
			case "nquads":
				n, err := nquads.Write(ctx, bw, src)
				if err != nil {
					return err
				}
				wrote = plural(n, "quad", "quads") + " as N-Quads"
			case "jsonld":
				c := &countingSource{src: src, graphs: map[quad.Value]bool{}}
				if err := jsonld.Write(ctx, bw, c); err != nil {
					return err
				}
				wrote = fmt.Sprintf("%s in %s as JSON-LD", plural(c.quads, "quad", "quads"), plural(len(c.graphs), "graph", "graphs"))
			case "turtle", "trig":
				stats, err := turtle.Write(ctx, bw, src, turtle.Options{TriG: format == "trig"})
				if err != nil {
					return err
				}
				if format == "trig" {
					wrote = fmt.Sprintf("%s in %s as TriG", plural(stats.Triples, "statement", "statements"), plural(stats.Graphs, "graph", "graphs"))
				} else {
					wrote = plural(stats.Triples, "triple", "triples") + " as Turtle"
				}
			case "dot", "svg":
				g, err := selectq.Select(ctx, st, sel)
				if err != nil {
					return err
				}
				wrote = fmt.Sprintf("a diagram of %s and %s", plural(len(g.Nodes), "node", "nodes"), plural(len(g.Edges), "edge", "edges"))
				if format == "svg" {
					wrote += " as SVG"
				} else {
					wrote += " as DOT"
				}
				var buf bytes.Buffer
				warn, err := dot.Write(&buf, g, dot.Options{Title: diagramTitle(title)})
				if err != nil {
					return err
				}
				if warn != nil {
					fmt.Fprintf(a.stderr, "talkgraph: warning: %s\n", warn.String())
				}
				if format == "dot" {
					_, err = bw.Write(buf.Bytes())
				} else {
					err = svg.Render(ctx, buf.Bytes(), bw)
				}
				if err != nil {
					return err
				}
			}
			if err := bw.Flush(); err != nil {
				return err
			}
			if file != nil {
				if err := file.Close(); err != nil {
					return err
				}
				wrote += " to " + out
			}
			a.logf("exported %s\n", wrote)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "", strings.Join(exportFormats, ", ")+" (required)")
	f.StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	f.StringVar(&sel.Focus, "focus", "", "only this entity (name or IRI) and its neighbourhood")
	f.IntVar(&sel.Depth, "depth", 2, "hops around --focus")
	f.StringVar(&classes, "class", "", "only nodes of these classes, e.g. Person,Talk")
	f.StringVar(&sel.Event, "event", "", `only one edition, e.g. "FOSDEM 2020"`)
	f.BoolVar(&sel.WithPosts, "with-posts", false, "draw posts and their mentions (default: left out of editions, one grouped node next to a focus)")
	f.IntVar(&sel.MaxNodes, "max-nodes", 300, "diagram: node budget; above it an edition draws one node per track and a focus a smaller depth")
	cmd.RegisterFlagCompletionFunc("format", completeFixed(exportFormats...))
	cmd.RegisterFlagCompletionFunc("class", completeClasses)
	cmd.RegisterFlagCompletionFunc("event", a.completeNames(vocab.Event))
	cmd.RegisterFlagCompletionFunc("focus", a.completeNames(""))
	return cmd
}

// diagramTitle names what a diagram shows.
func diagramTitle(sel selectq.Options) string {
	var parts []string
	if sel.Event != "" {
		parts = append(parts, sel.Event)
	}
	if sel.Focus != "" {
		parts = append(parts, fmt.Sprintf("around %s (depth %d)", sel.Focus, sel.Depth))
	}
	if len(sel.Classes) > 0 {
		parts = append(parts, strings.Join(sel.Classes, ", "))
	}
	if len(parts) == 0 {
		return "talkgraph"
	}
	return strings.Join(parts, " — ")
}

// exportFormats are the values of export --format.
var exportFormats = []string{"nquads", "jsonld", "turtle", "trig", "dot", "svg"}

// countingSource counts the quads and graphs an exporter read.
type countingSource struct {
	src    export.Source
	quads  int
	graphs map[quad.Value]bool
}

func (c *countingSource) ForEach(ctx context.Context, fn func(quad.Quad) error) error {
	return c.src.ForEach(ctx, func(q quad.Quad) error {
		c.quads++
		if q.Label != nil {
			c.graphs[q.Label] = true
		}
		return fn(q)
	})
}
