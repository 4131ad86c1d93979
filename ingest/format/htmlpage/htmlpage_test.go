package htmlpage

import (
	"flag"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/internal/parsertest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func TestGolden(t *testing.T) {
	parsertest.Golden(t, "testdata/*.input", Parse, Format, *update)
}

func FuzzParse(f *testing.F) {
	parsertest.Fuzz(f, "testdata/*.input", Parse)
}
