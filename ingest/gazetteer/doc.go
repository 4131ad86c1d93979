// Package gazetteer is talkgraph's own vocabulary of Technologies,
// Organizations and Places, and a fast matcher that finds their mentions in
// prose. The data files under data/ are generated reproducibly by
// internal/gen from public lists (see SOURCES.md) and embedded.
package gazetteer

//go:generate go run ./internal/gen -shared ../../../shared/data/gazetteer -out data
