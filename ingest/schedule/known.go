package schedule

import (
	_ "embed"
	"fmt"
)

//go:generate go run ./internal/genknown -out known.idx

// knownIndex is the encoded Index of the FOSDEM schedules 2007-2026 (see
// KNOWN_SOURCES.md), written by internal/genknown. It is never modified.
//
//go:embed known.idx
var knownIndex []byte

// Known decodes the Index of every FOSDEM schedule shipped with talkgraph
// (2007-2026). Each call returns a fresh Index the caller may extend.
func Known() (*Index, error) {
	ix, err := DecodeIndex(knownIndex)
	if err != nil {
		return nil, fmt.Errorf("known.idx: %w", err)
	}
	return ix, nil
}
