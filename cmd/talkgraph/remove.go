package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/store"
)

func (a *app) removeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "remove POST...",
		Short: "Delete exactly the facts a post (or schedule) contributed",
		Long: `Delete exactly the quads a post or schedule wrote. POST is the file path or
URL it was ingested from (any spelling of the path: relative, absolute, from
another directory, through a symbolic link), the name 'stats' lists, or its
IRI. Entities other posts still mention stay.`,
		Example: `  talkgraph remove examples/posts/fosdem-2023-notes.gmi
  talkgraph remove "$PWD/examples/posts/fosdem-2023-notes.gmi"
  talkgraph remove https://w3id.org/talkgraph/id/post/examples--posts--fosdem-2023-notes-gmi`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.open(ctx, false)
			if err != nil {
				return err
			}
			defer st.Close()
			var labels []quad.IRI
			missing, quads, posts, scheds := 0, 0, 0, 0
			for _, ref := range args {
				found, err := a.findDocs(ctx, st, ref)
				if err != nil {
					return err
				}
				if len(found) == 0 {
					fmt.Fprintf(a.stderr, "talkgraph: %s: not in the store\n", ref)
					missing++
					continue
				}
				for _, d := range found {
					labels = append(labels, d.Label)
					quads += d.Quads
					if d.Kind == "schedule" {
						scheds++
					} else {
						posts++
					}
				}
			}
			if _, err := st.Remove(ctx, labels...); err != nil {
				return err
			}
			what := plural(posts, "post", "posts")
			if scheds > 0 {
				what += " and " + plural(scheds, "schedule", "schedules")
			}
			a.logf("removed %s (%s)\n", what, plural(quads, "quad", "quads"))
			if missing > 0 {
				a.exit = 1
			}
			return nil
		},
	}
}

// findDocs returns the doc a reference names (its source path or URL, or its
// IRI), or every post a multi-post file (a feed, a JSON array) contributed,
// whose sources are the file's name followed by "#N".
func (a *app) findDocs(ctx context.Context, st *store.Store, ref string) ([]store.DocInfo, error) {
	if name := a.docName(ref); name != ref {
		if d, ok := st.FindDoc(name); ok {
			return []store.DocInfo{d}, nil
		}
		if ds, err := a.feedDocs(ctx, st, name); err != nil || len(ds) > 0 {
			return ds, err
		}
	}
	if d, ok := st.FindDoc(ref); ok {
		return []store.DocInfo{d}, nil
	}
	return a.feedDocs(ctx, st, ref)
}

// feedDocs returns the posts a multi-post file named ref contributed.
func (a *app) feedDocs(ctx context.Context, st *store.Store, ref string) ([]store.DocInfo, error) {
	docs, err := st.Docs(ctx)
	if err != nil {
		return nil, err
	}
	clean := filepath.Clean(ref)
	var out []store.DocInfo
	for _, d := range docs {
		src := d.Source
		if i := strings.LastIndexByte(src, '#'); i > 0 && (src[:i] == ref || filepath.Clean(src[:i]) == clean) {
			out = append(out, d)
		}
	}
	return out, nil
}

func (a *app) compactCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "compact",
		Short: "Rebuild the store to reclaim space left by replaced and removed posts",
		Long: `Cayley keeps deleted quads as tombstones, so a Bolt store grows as posts are
re-ingested. compact rebuilds it from talkgraph's record of every post's quads
and swaps it in atomically.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.open(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.Compact(cmd.Context()); err != nil {
				return err
			}
			a.logf("compacted\n")
			return nil
		},
	}
}
