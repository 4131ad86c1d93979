package bench

import (
	"context"
	"fmt"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/pipeline"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// Ingest runs the pipeline in-process over paths into st, configured as
// `talkgraph ingest` configures it (shipped schedules, default gazetteer,
// default base IRI, no aliases).
func Ingest(ctx context.Context, st *store.Store, paths []string) (*pipeline.Report, error) {
	gz, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	known, err := schedule.Known()
	if err != nil {
		return nil, fmt.Errorf("load shipped schedules: %w", err)
	}
	cfg := pipeline.Config{Store: st, Minter: vocab.Minter{}, Gazetteer: gz, Known: known}
	return pipeline.Run(ctx, cfg, paths)
}
