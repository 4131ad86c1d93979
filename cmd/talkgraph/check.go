package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/store"
)

func (a *app) checkCmd() *cobra.Command {
	var repair bool
	cmd := &cobra.Command{
		Use:   "check [--repair]",
		Short: "Verify the store: files, checksums, and Cayley against the manifest",
		Long: `Verify the store: on Bolt, read both files page by page; verify every post's
recorded quads against their checksum; compare the quads Cayley holds under
each post's label with the quads the manifest records for it. Every post that
differs is listed; the exit status is then 1.

--repair rewrites the posts that differ in Cayley from the manifest (rebuilding
Cayley's store from the manifest if that is not enough), deletes Cayley quads
of no known post, and marks posts whose own record is damaged so that the next
ingest of their source replaces them. It also finishes a write that a crash
interrupted.`,
		Example: `  talkgraph check
  talkgraph check --repair`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.open(ctx, !repair)
			if err != nil {
				return err
			}
			defer st.Close()
			rep, err := st.Check(ctx, store.CheckOptions{Repair: repair})
			if err != nil {
				return err
			}
			for _, p := range rep.Problems {
				src := ""
				if p.Source != "" {
					src = " (" + termSafe(p.Source) + ")"
				}
				fmt.Fprintf(a.stdout, "%s%s: %s\n", termSafe(p.Label.String()), src, p.Reason)
			}
			if rep.Foreign > 0 {
				fmt.Fprintf(a.stdout, "%d quads in Cayley belong to no stored post\n", rep.Foreign)
			}
			fmt.Fprintf(a.stdout, "checked %d posts and schedules, %d quads in the manifest, %d in Cayley: ", rep.Docs, rep.Quads, rep.CayleyQuads)
			switch {
			case rep.OK():
				fmt.Fprintln(a.stdout, "OK")
			case !repair:
				fmt.Fprintf(a.stdout, "%d differ; run 'talkgraph check --repair'\n", len(rep.Problems))
				a.exit = 1
			default:
				fmt.Fprintf(a.stdout, "%d differed: %d rewritten from the manifest", len(rep.Problems), rep.Repaired)
				if rep.Rebuilt {
					fmt.Fprint(a.stdout, " (Cayley's store rebuilt)")
				}
				if rep.ForeignFixed > 0 {
					fmt.Fprintf(a.stdout, ", %d foreign quads deleted", rep.ForeignFixed)
				}
				if rep.MarkedStale > 0 {
					fmt.Fprintf(a.stdout, ", %d with a damaged record marked for re-ingest: ingest their sources again", rep.MarkedStale)
					a.exit = 1
				}
				fmt.Fprintln(a.stdout)
			}
			if rep.NoChecksum > 0 && !repair {
				fmt.Fprintf(a.stdout, "%d posts were stored before checksums were kept; 'check --repair' records them\n", rep.NoChecksum)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&repair, "repair", false, "rewrite what differs from the manifest, and finish an interrupted write")
	return cmd
}
