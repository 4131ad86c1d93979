// Package svg renders DOT source (from export/dot) to SVG in-process with
// github.com/goccy/go-graphviz (Graphviz compiled to WebAssembly), so no
// system Graphviz is needed. The first render in a process costs about
// 0.5 s (the module is compiled once, on first use, and cached per user
// under os.UserCacheDir()/go-graphviz; see third_party/go-graphviz).
package svg
