package main

import (
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func (a *app) statsCmd() *cobra.Command {
	var maxPosts int
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count entities per class and quads per post",
		Long: `Print how many entities of each class the graph holds, and how many quads
each post and schedule contributed (largest first).`,
		Example: `  talkgraph stats
  talkgraph stats --posts 0   # every post and schedule`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			defer a.bufferStdout(&err)()
			ctx := cmd.Context()
			st, err := a.open(ctx, true)
			if err != nil {
				return err
			}
			defer st.Close()
			qs := st.QuadStore()
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "class\tentities\t")
			var indexed [][]quad.Value // members of each class, from the store's edge index
			if st.Indexed(vocab.Type, true) {
				var classes []quad.Value
				for _, c := range vocab.Classes() {
					classes = append(classes, c.IRI())
				}
				if indexed, err = st.Neighbors(ctx, classes, vocab.Type, true); err != nil {
					return fmt.Errorf("count entities: %w", err)
				}
			}
			for i, c := range vocab.Classes() {
				var n int64
				if indexed != nil {
					n = int64(len(indexed[i]))
				} else if n, err = cayley.StartPath(qs, c.IRI()).In(vocab.Type).Unique().Iterate(ctx).Count(); err != nil {
					return fmt.Errorf("count %s: %w", c, err)
				}
				if ctx.Err() != nil {
					return ctx.Err()
				}
				fmt.Fprintf(tw, "%s\t%d\t\n", c, n)
			}
			tw.Flush()
			docs, err := st.Docs(ctx)
			if err != nil {
				return err
			}
			sort.Slice(docs, func(i, j int) bool {
				if docs[i].Quads != docs[j].Quads {
					return docs[i].Quads > docs[j].Quads
				}
				return docs[i].Source < docs[j].Source
			})
			total, posts, scheds := 0, 0, 0
			for _, d := range docs {
				total += d.Quads
				if d.Kind == "schedule" {
					scheds++
				} else {
					posts++
				}
			}
			fmt.Fprintf(a.stdout, "\n%s, %s, %s\n\n", plural(posts, "post", "posts"), plural(scheds, "schedule", "schedules"), plural(total, "quad", "quads"))
			tw = tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "quads\tkind\tsource")
			for i, d := range docs {
				if maxPosts > 0 && i == maxPosts {
					fmt.Fprintf(tw, "…\t\t(%d more; --posts 0 lists all)\n", len(docs)-maxPosts)
					break
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\n", d.Quads, termSafe(d.Kind), termSafe(d.Source))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().IntVar(&maxPosts, "posts", 50, "list at most this many posts and schedules (0: all)")
	return cmd
}
