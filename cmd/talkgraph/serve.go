package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/examples/queries"
	"github.com/talkgraph/talkgraph/export/web"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/pipeline"
	"github.com/talkgraph/talkgraph/ingest/resolve"
	"github.com/talkgraph/talkgraph/ingest/schedule"
	"github.com/talkgraph/talkgraph/ingest/source"
)

func (a *app) serveCmd() *cobra.Command {
	var (
		addr         string
		public       bool
		watch        []string
		interval     time.Duration
		queryTimeout time.Duration
		maxQueries   int
	)
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT] [--public] [--watch PATH...]",
		Short: "Serve the graph in a browser and as linked data",
		Long: `Serve the graph over HTTP, read-only: a home page with counts and editions,
name search, a page for every entity at its IRI's path (an IRI under the base
https://w3id.org/talkgraph/id/ is served at /id/...), diagrams, and a query
console. Entity URLs answer Accept: application/n-quads or application/ld+json
with the entity's quads, labelled with the post or schedule stating each.

Routes: /  /search?q=  /api/search?q=  /id/...  /entity?iri=
/diagram.svg?focus=IRI&depth=N (&class=A,B &event=IRI &with-posts=1)
/query  /api/query?lang=gizmo|graphql|mql&q=... (GET or POST; timeout=S)

The address is 127.0.0.1:7800 unless --addr says otherwise; an address other
computers can reach needs --public. --watch PATH ingests the posts under PATH
on start and again whenever a file there changes; pages show the new facts.

While it serves, the store is held: other talkgraph commands on it get
"store is in use by pid N" within a second (stop serve, or use --watch to
ingest through it).`,
		Example: `  talkgraph serve
  talkgraph serve --watch content/posts        # like hugo server: re-ingest on change
  talkgraph serve --addr 0.0.0.0:8080 --public
  curl -H 'Accept: application/n-quads' http://127.0.0.1:7800/id/person/peter-czanik`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if err := checkAddr(addr, public); err != nil {
				return err
			}
			if public {
				fmt.Fprintf(a.stderr, "talkgraph: warning: serving on %s, reachable from other computers; every page, diagram and query is open to them\n", addr)
			}
			var cfg pipeline.Config
			if len(watch) > 0 {
				var err error
				if cfg, err = a.pipelineConfig(); err != nil {
					return err
				}
			}
			st, err := a.open(ctx, len(watch) == 0)
			if err != nil {
				return err
			}
			defer st.Close()
			var examples []web.Example
			for _, q := range queries.All() {
				examples = append(examples, web.Example{Name: q.Title, Lang: q.Lang, Query: q.Text})
			}
			srv, err := web.New(web.Config{
				Store: st, Base: a.minter().Base, QueryTimeout: queryTimeout, MaxQueries: maxQueries,
				Examples: examples, Log: log.New(a.stderr, "talkgraph serve: ", log.LstdFlags),
				RDF: rdfWriters(),
			})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			hs := srv.HTTPServer(addr)
			ctx, stop := context.WithCancel(ctx)
			defer stop()
			done := make(chan error, 1)
			go func() { done <- hs.Serve(ln) }()
			a.logf("serving on http://%s/ (Ctrl-C stops)\n", ln.Addr())
			if len(watch) > 0 {
				cfg.Store = st
				go a.watchLoop(ctx, cfg, watch, interval, srv.Changed)
			}
			select {
			case err := <-done:
				return err
			case <-ctx.Done():
			}
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:7800", "listen on HOST:PORT")
	f.BoolVar(&public, "public", false, "allow an address other computers can reach")
	f.StringArrayVar(&watch, "watch", nil, "ingest PATH on start and whenever a file under it changes (repeatable)")
	f.DurationVar(&interval, "watch-interval", time.Second, "how often --watch looks for changes")
	f.DurationVar(&queryTimeout, "query-timeout", 10*time.Second, "longest a query may run (a request's timeout= may lower it)")
	f.IntVar(&maxQueries, "max-queries", 0, "queries and diagram renders at once (default: the number of CPUs)")
	return cmd
}

// checkAddr refuses an address outside loopback unless public is set.
func checkAddr(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("--addr %q: %v (want HOST:PORT, e.g. 127.0.0.1:7800)", addr, err)
	}
	if loopback(host) || public {
		return nil
	}
	return usagef("--addr %s is reachable from other computers: add --public if you mean it", addr)
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// pipelineConfig is the ingest configuration of --watch (as ingest's defaults).
func (a *app) pipelineConfig() (pipeline.Config, error) {
	cfg := pipeline.Config{Minter: a.minter()}
	if path := os.Getenv("TALKGRAPH_ALIASES"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("aliases: %w", err)
		}
		al, err := resolve.LoadAliases(path)
		if err != nil {
			return cfg, err
		}
		sum := sha256.Sum256(data)
		cfg.Aliases, cfg.AliasesHash = al, hex.EncodeToString(sum[:8])
	}
	gz, err := gazetteer.Default()
	if err != nil {
		return cfg, fmt.Errorf("load gazetteer: %w", err)
	}
	cfg.Gazetteer = gz
	known, err := schedule.Known()
	if err != nil {
		return cfg, fmt.Errorf("load shipped schedules: %w", err)
	}
	cfg.Known = known
	cfg.Source = source.Options{MaxBytes: 20 << 20, Timeout: 30 * time.Second}
	return cfg, nil
}

// watchLoop ingests paths now and again whenever a file under them
// changes (size, time or set of files, polled every interval), then calls
// changed.
func (a *app) watchLoop(ctx context.Context, cfg pipeline.Config, paths []string, interval time.Duration, changed func()) {
	var last string
	for {
		snap := snapshot(paths)
		if snap != last {
			start := time.Now()
			rep, err := pipeline.Run(ctx, cfg, paths)
			if ctx.Err() != nil {
				return
			}
			if rep != nil {
				for _, f := range rep.Failures {
					fmt.Fprintf(a.stderr, "talkgraph: %s\n", f.Error())
				}
				a.logf("watch: ingested %d posts and %d schedules in %s: %d added, %d replaced, %d unchanged; +%d -%d quads\n",
					rep.Posts, rep.Schedules, time.Since(start).Round(time.Millisecond), rep.Added, rep.Replaced, rep.Unchanged, rep.QuadsAdded, rep.QuadsDeleted)
			}
			if err != nil {
				fmt.Fprintf(a.stderr, "talkgraph: watch: %v\n", err)
			}
			changed()
			last = snap
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

// snapshot fingerprints the files under paths: name, size and time of each.
func snapshot(paths []string) string {
	h := sha256.New()
	for _, p := range paths {
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(h, "%s error\n", path)
				return nil
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if info, err := d.Info(); err == nil && !d.IsDir() {
				fmt.Fprintf(h, "%s %d %d\n", path, info.Size(), info.ModTime().UnixNano())
			}
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// rdfWriters are the RDF syntaxes served beside N-Quads and JSON-LD.
func rdfWriters() map[string]web.RDFWriter { return nil }
