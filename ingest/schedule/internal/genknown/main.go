// Command genknown builds ingest/schedule/known.idx, the embedded Index of
// the FOSDEM schedules shipped in shared/data/schedules. It is run by
// `go generate ./ingest/schedule`.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/talkgraph/talkgraph/ingest/schedule"
)

func main() {
	dir := flag.String("dir", "", "directory of fosdem-*.xml (default: ../shared/data/schedules beside the repository root)")
	out := flag.String("out", "", "file to write (default: ingest/schedule/known.idx in the repository)")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genknown:", err)
		os.Exit(1)
	}
}

// repoRoot walks up from the working directory to the directory with go.mod.
func repoRoot() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		p := filepath.Dir(d)
		if p == d {
			return "", errors.New("no go.mod above the working directory")
		}
		d = p
	}
}

func run(dir, out string) error {
	if dir == "" || out == "" {
		root, err := repoRoot()
		if err != nil {
			return err
		}
		if dir == "" {
			dir = filepath.Join(root, "..", "shared", "data", "schedules")
		}
		if out == "" {
			out = filepath.Join(root, "ingest", "schedule", "known.idx")
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "fosdem-*.xml"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no fosdem-*.xml files", dir)
	}
	sort.Strings(files)
	ix := schedule.NewIndex()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		s, err := schedule.ParseXML(filepath.Base(f), b)
		if err != nil {
			return err
		}
		ix.Add(s)
	}
	b, err := ix.EncodeRaw()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("genknown: %d editions from %d files, %d bytes -> %s\n", len(ix.Editions()), len(files), len(b), out)
	return nil
}
