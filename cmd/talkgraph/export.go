package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/export/dot"
	"github.com/talkgraph/talkgraph/export/jsonld"
	"github.com/talkgraph/talkgraph/export/nquads"
	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/export/svg"
)

func (a *app) exportCmd() *cobra.Command {
	var (
		format, out string
		sel         selectq.Options
		classes     string
	)
	cmd := &cobra.Command{
		Use:   "export --format nquads|jsonld|dot|svg [-o FILE] [--focus NAME|IRI --depth N] [--class A,B] [--event NAME]",
		Short: "Write the graph as N-Quads, JSON-LD, a DOT diagram or an SVG picture",
		Long: `Write the graph.

  nquads  every quad with its graph label (the post or schedule it came from)
  jsonld  the same dataset as JSON-LD with a context; named graphs preserved
  dot     a Graphviz diagram: shape and colour per class, names as labels,
          predicates on the edges, a legend
  svg     the diagram rendered in-process (no Graphviz needed)

Selection (dot and svg): --focus an entity by name or IRI with its
neighbourhood up to --depth hops (a person: their talks, tracks, editions,
co-speakers and affiliations); --class keeps only nodes of those classes;
--event keeps one edition: tracks drawn as boxes around their talks and
speakers. Posts are one grouped node ("mentioned in 7 posts") unless
--with-posts. Above --max-nodes (300) an edition draws each track as one
node with its counts, and a neighbourhood is drawn at a smaller depth.`,
		Example: `  talkgraph export --format nquads -o graph.nq
  talkgraph export --format svg --event "FOSDEM 2019" -o fosdem2019.svg
  talkgraph export --format dot --focus "Marcin Sobczyk" --depth 2 | dot -Tpng > marcin.png
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
			case "nquads", "jsonld":
				if selected {
					return usagef("--focus, --class and --event select diagrams; %s exports the whole dataset", format)
				}
			case "dot", "svg":
			case "":
				return usagef("--format is required: nquads, jsonld, dot or svg")
			default:
				return usagef("unknown format %q: use nquads, jsonld, dot or svg", format)
			}
			st, err := a.open(ctx, true)
			if err != nil {
				return err
			}
			defer st.Close()

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
			switch format {
			case "nquads":
				n, err := nquads.Write(ctx, bw, st)
				if err != nil {
					return err
				}
				a.logf("exported %d quads\n", n)
			case "jsonld":
				if err := jsonld.Write(ctx, bw, st); err != nil {
					return err
				}
			case "dot", "svg":
				g, err := selectq.Select(ctx, st, sel)
				if err != nil {
					return err
				}
				var buf bytes.Buffer
				warn, err := dot.Write(&buf, g, dot.Options{Title: diagramTitle(sel)})
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
				return file.Close()
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "", "nquads, jsonld, dot or svg (required)")
	f.StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	f.StringVar(&sel.Focus, "focus", "", "diagram: centre on this entity (name or IRI)")
	f.IntVar(&sel.Depth, "depth", 2, "diagram: hops around --focus")
	f.StringVar(&classes, "class", "", "diagram: only these classes, e.g. Person,Talk")
	f.StringVar(&sel.Event, "event", "", `diagram: one edition, e.g. "FOSDEM 2019"`)
	f.BoolVar(&sel.WithPosts, "with-posts", false, "diagram: draw posts and their mentions (default: left out of editions, one grouped node next to a focus)")
	f.IntVar(&sel.MaxNodes, "max-nodes", 300, "diagram: node budget; above it an edition draws one node per track and a focus a smaller depth")
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
