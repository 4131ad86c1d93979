// Command gengiven writes the gazetteer's given names in the form the
// package reads in place (data/givenfold.txt): data/givennames.tsv as
// DecodeGivenNames decodes it (keys folded, the last of duplicate keys
// kept), a "key\tcount" line per name, sorted byte-wise by key. It runs
// from `go generate ./ingest/gazetteer` after the data is generated; a
// test of the package fails when the file is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/gazetteer/internal/givenlist"
)

func main() {
	in := flag.String("in", gazetteer.GivenNamesFile, "the given-names file")
	out := flag.String("out", "data/givenfold.txt", "the file to write")
	flag.Parse()
	data, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gengiven:", err)
		os.Exit(1)
	}
	given, err := gazetteer.DecodeGivenNames(string(data))
	if err != nil {
		fmt.Fprintf(os.Stderr, "gengiven: %s: %v\n", *in, err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, []byte(givenlist.Text(given)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gengiven:", err)
		os.Exit(1)
	}
}
