package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// app holds the flags and streams shared by every command.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	db, backend    string
	base           string
	schema         string
	quiet          bool
	exit           int // status set by a command that ran but partly failed
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{stdin: stdin, stdout: stdout, stderr: stderr}
}

// usageError marks errors in the command line itself (exit status 2).
type usageError struct{ error }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

func (a *app) report(err error) int {
	fmt.Fprintf(a.stderr, "talkgraph: %v\n", err)
	var u usageError
	if errors.As(err, &u) || strings.HasPrefix(err.Error(), "unknown command") {
		return 2
	}
	return 1
}

// usageErrors makes every flag and argument error of cmd and its
// subcommands a usageError (exit status 2).
func usageErrors(cmd *cobra.Command) {
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	if args := cmd.Args; args != nil {
		cmd.Args = func(c *cobra.Command, a []string) error {
			if err := args(c, a); err != nil {
				return usageError{fmt.Errorf("%s: %w (see 'talkgraph help %s')", c.CommandPath(), err, c.Name())}
			}
			return nil
		}
	}
	for _, c := range cmd.Commands() {
		usageErrors(c)
	}
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "talkgraph",
		Short: "Turn conference write-ups and schedules into a knowledge graph",
		Long: `talkgraph reads blog posts about conferences (Markdown, reStructuredText, HTML,
Gemtext, plain text) and official schedules (Pentabarf/frab XML, frab/pretalx JSON),
extracts people, talks, events, tracks, projects, technologies, organizations and
places, and stores them as RDF quads in Cayley, labelled with the post they came
from. Query the graph, draw it, and export it as N-Quads or JSON-LD.

The store is an embedded Bolt database at ./talkgraph.db unless --db or
$TALKGRAPH_DB says otherwise; --backend postgres takes a postgres:// URL.`,
		Example: `  talkgraph ingest examples/
  talkgraph stats
  talkgraph query 'g.V().Has("<rdf:type>", "<tg:Person>").Out("<schema:name>").All()'
  talkgraph explain "Marcin Sobczyk"
  talkgraph export --format svg --event "FOSDEM 2019" -o fosdem2019.svg`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       "version",
		// every command checks --base once, before it reads anything
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			_, _, err := a.baseIRI()
			return err
		},
	}
	root.SetVersionTemplate(versionText())
	pf := root.PersistentFlags()
	pf.StringVar(&a.db, "db", "", "store location: a directory for bolt (default ./talkgraph.db or $TALKGRAPH_DB), a postgres:// URL for postgres")
	pf.StringVar(&a.backend, "backend", "", "store backend: bolt, memory or postgres (default bolt, or $TALKGRAPH_BACKEND)")
	pf.StringVar(&a.schema, "schema", "", "postgres: the schema holding talkgraph's tables (default talkgraph, or $TALKGRAPH_SCHEMA)")
	pf.StringVar(&a.base, "base", "", "base IRI of entities (default "+vocab.DefaultBase+" or $TALKGRAPH_BASE)")
	pf.BoolVarP(&a.quiet, "quiet", "q", false, "print no progress or summary")
	root.AddCommand(a.ingestCmd(), a.exportCmd(), a.queryCmd(), a.statsCmd(), a.removeCmd(),
		a.explainCmd(), a.speakersCmd(), a.talksCmd(), a.formatsCmd(), a.compactCmd(), a.serveCmd(),
		a.eventsCmd(), a.tracksCmd(), a.postsCmd(), a.searchCmd(), a.versionCmd())
	root.RegisterFlagCompletionFunc("backend", completeFixed("bolt", "memory", "postgres"))
	usageErrors(root)
	return root
}

func (a *app) storeConfig(readOnly bool) (store.Config, error) {
	backend := a.backend
	if backend == "" {
		backend = os.Getenv("TALKGRAPH_BACKEND")
	}
	if backend == "" {
		backend = "bolt"
	}
	db := a.db
	if db == "" {
		db = os.Getenv("TALKGRAPH_DB")
	}
	switch backend {
	case "bolt":
		if db == "" {
			db = "talkgraph.db"
		}
	case "memory":
	case "postgres":
		if !strings.HasPrefix(db, "postgres://") && !strings.HasPrefix(db, "postgresql://") {
			return store.Config{}, usagef("--backend postgres needs --db postgres://user@host/dbname (got %q)", db)
		}
	default:
		return store.Config{}, usagef("unknown backend %q: use bolt, memory or postgres", backend)
	}
	schema := a.schema
	if schema == "" {
		schema = os.Getenv("TALKGRAPH_SCHEMA")
	}
	if schema != "" && backend != "postgres" {
		return store.Config{}, usagef("--schema is for --backend postgres")
	}
	return store.Config{Backend: backend, DB: db, ReadOnly: readOnly, Schema: schema}, nil
}

func (a *app) open(ctx context.Context, readOnly bool) (*store.Store, error) {
	cfg, err := a.storeConfig(readOnly)
	if err != nil {
		return nil, err
	}
	if readOnly && cfg.Backend == "bolt" {
		if _, err := os.Stat(cfg.DB); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run 'talkgraph ingest PATH...' first, or name one with --db", cfg.DB)
		}
	}
	return store.Open(ctx, cfg)
}

func (a *app) logf(format string, args ...any) {
	if !a.quiet {
		fmt.Fprintf(a.stderr, format, args...)
	}
}
