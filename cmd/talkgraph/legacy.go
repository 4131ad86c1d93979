package main

import (
	"context"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// legacyDocs finds the docs a store holds under a path as it was once
// spelled (before posts were named by their stable name): a relative or
// absolute path, of a file that exists, whose stable name differs. It
// returns label -> stable name (with a feed's "#N" kept).
func legacyDocs(ctx context.Context, st *store.Store, n source.Namer) (map[quad.IRI]string, error) {
	docs, err := st.Docs(ctx)
	if err != nil {
		return nil, err
	}
	out := map[quad.IRI]string{}
	for _, d := range docs {
		src, frag := d.Source, ""
		if i := strings.LastIndexByte(src, '#'); i > 0 {
			src, frag = src[:i], src[i:]
		}
		if src == "" || src == "-" || strings.Contains(src, "://") || strings.HasPrefix(src, "stdin:") {
			continue
		}
		if !n.Exists(src) { // a listing of the directory, not a stat per post
			continue
		}
		if name := n.Name(src); name != src {
			out[d.Label] = name + frag
		}
	}
	return out, nil
}

// dropLegacy removes the docs legacyDocs found whose file this ingest has
// stored under its stable name, so one file never stays two posts. It
// returns how many it removed.
func dropLegacy(ctx context.Context, st *store.Store, legacy map[quad.IRI]string) (int, error) {
	var labels []quad.IRI
	for label, name := range legacy {
		if d, ok := st.FindDoc(name); ok && d.Source == name && d.Label != label {
			labels = append(labels, label)
		}
	}
	if len(labels) == 0 {
		return 0, nil
	}
	return st.Remove(ctx, labels...)
}
