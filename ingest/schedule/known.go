package schedule

import (
	_ "embed"
	"fmt"
)

//go:generate go run ./internal/genknown -out known.idx

// knownIndex is the encoded Index of the FOSDEM schedules 2007-2026 (see
// KNOWN_SOURCES.md) in the raw form (rawindex.go), written by
// internal/genknown. A string, so that the decoded index's strings are
// substrings of it, not copies.
//
//go:embed known.idx
var knownIndex string

// Known returns the Index of every FOSDEM schedule shipped with talkgraph
// (2007-2026). Each call returns a fresh Index the caller may extend. Its
// editions are decoded when first looked up (TestKnown decodes them all).
func Known() (*Index, error) {
	ix, err := decodeRaw(knownIndex, false)
	if err != nil {
		return nil, fmt.Errorf("known.idx: %w", err)
	}
	return ix, nil
}
