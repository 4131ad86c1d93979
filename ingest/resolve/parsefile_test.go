package resolve

import (
	"context"
	"sync"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/parse"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// testParser is the pipeline's parser, built once (it is safe for
// concurrent use).
var testParser = sync.OnceValue(parse.New)

// parseFile parses one post for the tests with the pipeline's parser.
func parseFile(name string, data []byte) (*doc.Document, error) {
	pd, err := testParser().Parse(context.Background(), source.Input{Name: name, Data: data, Explicit: true})
	if err != nil {
		return nil, err
	}
	return pd.Doc, nil
}
