// Package queries embeds the example queries of this folder (Gizmo *.js,
// GraphQL *.graphql, MQL *.mql) so that `talkgraph serve` can offer them in
// its query console. Each query's first comment line is its title.
package queries

import (
	"embed"
	"io/fs"
	"path"
	"strings"
)

//go:embed *.js *.graphql *.mql
var files embed.FS

// Query is one example.
type Query struct {
	File  string // file name, e.g. talks-of-speaker.js
	Title string // the first comment line
	Lang  string // gizmo, graphql or mql
	Text  string
}

// All returns the examples: Gizmo first, then GraphQL and MQL, each by file name.
func All() []Query {
	var out []Query
	for _, ext := range []struct{ glob, lang, comment string }{{"*.js", "gizmo", "//"}, {"*.graphql", "graphql", "#"}, {"*.mql", "mql", ""}} {
		names, _ := fs.Glob(files, ext.glob)
		for _, n := range names {
			b, err := files.ReadFile(n)
			if err != nil {
				continue
			}
			text := string(b)
			title := strings.TrimSuffix(n, path.Ext(n))
			if ext.comment != "" {
				first, _, _ := strings.Cut(text, "\n")
				if t, ok := strings.CutPrefix(first, ext.comment); ok {
					title = strings.TrimSpace(t)
				}
			}
			out = append(out, Query{File: n, Title: title, Lang: ext.lang, Text: text})
		}
	}
	return out
}
