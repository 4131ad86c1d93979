// Package gazetteer is talkgraph's own vocabulary of Technologies,
// Organizations and Places, and a fast matcher that finds their mentions in
// prose, plus a list of given names (first names of official speakers) that
// tells a person's name from a capitalised phrase. The data files under
// data/ are generated reproducibly by internal/gen from public lists (see
// SOURCES.md) and embedded.
package gazetteer

//go:generate go run ./internal/gen -shared ../../../shared/data/gazetteer -out data
//go:generate go run ./internal/gengiven -out data/givenfold.txt
