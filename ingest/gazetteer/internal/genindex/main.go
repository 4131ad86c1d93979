// Command genindex writes ingest/gazetteer/data/first.idx, the first-token
// index of the embedded entry files (gazetteer.EncodeDefaultIndex), so
// that Default builds the matcher a token at a time. It is run by
// `go generate ./ingest/gazetteer`, after internal/gen has written the
// entry files: the index is compiled in with the files it indexes, so run
// it twice when they change (the first run's binary still embeds the old
// files; TestIndexIsGenerated tells).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/talkgraph/talkgraph/ingest/gazetteer"
)

func main() {
	out := flag.String("out", "data/first.idx", "file to write")
	flag.Parse()
	b, err := gazetteer.EncodeDefaultIndex()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genindex:", err)
		os.Exit(1)
	}
	fmt.Printf("genindex: %d bytes -> %s\n", len(b), *out)
}
