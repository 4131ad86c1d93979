// Command genwords writes the gazetteer's English word list in the form
// the package reads in place (data/words.txt): the lower-case entries of
// internal/build/words.txt.gz (SCOWL size 35, see SOURCES.md), sorted
// byte-wise, one per line, each line ended by '\n'. It runs from
// `go generate ./ingest/gazetteer`; a test of the package fails when the
// file is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/talkgraph/talkgraph/ingest/gazetteer/internal/wordlist"
)

func main() {
	in := flag.String("in", "internal/build/words.txt.gz", "the compressed word list")
	out := flag.String("out", "data/words.txt", "the file to write")
	flag.Parse()
	gz, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
	text, err := wordlist.Text(gz)
	if err != nil {
		fmt.Fprintf(os.Stderr, "genwords: %s: %v\n", *in, err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
}
