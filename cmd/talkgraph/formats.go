package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/ingest/parse"
)

func (a *app) formatsCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "formats",
		Short:   "List the input formats talkgraph reads and how it recognises them",
		Example: "  talkgraph formats",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "format\tdescription\tdetected by")
			for _, f := range parse.Formats() {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", f.Name, f.Description, f.Detection)
			}
			return tw.Flush()
		},
	}
}
