package resolve

import (
	"context"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/parse"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// parseFile parses one post for the tests with the pipeline's parser.
func parseFile(name string, data []byte) (*doc.Document, error) {
	pd, err := parse.New().Parse(context.Background(), source.Input{Name: name, Data: data, Explicit: true})
	if err != nil {
		return nil, err
	}
	return pd.Doc, nil
}
