package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/inputlimit"
	"github.com/talkgraph/talkgraph/ingest/pipeline"
	"github.com/talkgraph/talkgraph/ingest/resolve"
	"github.com/talkgraph/talkgraph/ingest/schedule"
	"github.com/talkgraph/talkgraph/ingest/source"
)

func (a *app) ingestCmd() *cobra.Command {
	var (
		aliases  string
		noKnown  bool
		maxMB    int64
		fetchTO  time.Duration
		progress bool
		name     string
		exclude  []string
		verbose  bool
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read posts and schedules into the graph",
		Long: `Read posts and schedules into the graph.

PATH is a file, a directory (walked recursively), '-' for standard input, or
an http(s) URL. Formats are detected from content; the extension is only a
hint. Posts and schedules may be mixed: schedules are read first, so posts
resolve speakers, talks and tracks against them (FOSDEM 2007-2026 schedules
also ship with talkgraph).

Directory walks skip hidden files and folders (.git), binary files, project
documents (SOURCES.md, GUIDELINES.md, LICENSE*, ...), template folders
(layouts/, _includes/, templates/), files that are mostly code, and text no
reader recognises; -v lists each with its reason, --exclude GLOB skips more.
Files named on the command line are always read.

A file is one post however its path is spelled: it is named by its path
relative to its git working tree, or else to the store's directory, and its
IRI comes from that name. A post from '-' is named by --name, or by a hash
of its content.

Each post's facts are stored in a graph labelled with the post's IRI. An
unchanged post is skipped; a changed one replaces exactly its old facts.
A file that cannot be read or parsed is reported with its reason and the
others are still ingested; the exit status is then 1, as it is when no
input holds a post at all.`,
		Example: `  talkgraph ingest examples/posts examples/schedules
  talkgraph ingest -v --exclude 'drafts/*' examples/posts
  cat examples/posts/fosdem-2023-notes.gmi | talkgraph ingest - --name notes/fosdem-2023.gmi
  talkgraph --backend memory ingest examples/   # throwaway run`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			base, _, err := a.baseIRI()
			if err != nil {
				return err
			}
			if name != "" && !containsArg(args, "-") {
				return usagef("--name names the post read from standard input ('-'), which is not among the inputs")
			}
			// one namer for the legacy check and the walks: the directories
			// it resolves and lists serve both
			namer := a.namer()
			cfg := pipeline.Config{Minter: vocab.Minter{Base: base}, StdinName: name, Names: namer.Name}
			if aliases == "" {
				aliases = os.Getenv("TALKGRAPH_ALIASES")
			}
			if aliases != "" {
				data, err := os.ReadFile(aliases)
				if err != nil {
					return fmt.Errorf("aliases: %w", err)
				}
				if err := inputlimit.Nesting(data, inputlimit.FrontMatterDepth, true); err != nil {
					return fmt.Errorf("%s: %w", aliases, err)
				}
				al, err := resolve.LoadAliases(aliases)
				if err != nil {
					return err
				}
				sum := sha256.Sum256(data)
				cfg.Aliases, cfg.AliasesHash = al, hex.EncodeToString(sum[:8])
			}
			// loaded only if some post needs extracting
			// (the two are independent: decoded side by side, the first
			// changed post waits for the slower one only)
			cfg.Load = func() (*gazetteer.Gazetteer, *schedule.Index, error) {
				var known *schedule.Index
				var knownErr error
				done := make(chan struct{})
				go func() {
					defer close(done)
					if !noKnown {
						known, knownErr = schedule.Known()
					}
				}()
				gz, err := gazetteer.Default()
				<-done
				if err != nil {
					return nil, nil, fmt.Errorf("load gazetteer: %w", err)
				}
				if knownErr != nil {
					return nil, nil, fmt.Errorf("load shipped schedules: %w", knownErr)
				}
				return gz, known, nil
			}
			for _, g := range exclude {
				if _, err := path.Match(g, ""); err != nil {
					return usagef("--exclude %q: %v", g, err)
				}
			}
			cfg.Source = source.Options{Stdin: a.stdin, MaxBytes: maxMB * 1_000_000, Timeout: fetchTO, Exclude: exclude}
			switch {
			case a.quiet:
			case isTerminal(a.stderr):
				cfg.Progress = &barProgress{w: a.stderr}
			case progress:
				cfg.Progress = &lineProgress{w: a.stderr}
			}
			st, err := a.open(ctx, false)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := a.checkBase(ctx, st, base); err != nil {
				return err
			}
			cfg.Store = st
			// the docs stored under an older spelling of their file's path
			// are looked for beside the run (on another core), which
			// stores docs under stable names only; they are dropped after it
			type legacyFound struct {
				docs map[quad.IRI]string
				err  error
			}
			found := make(chan legacyFound, 1)
			go func() {
				docs, err := legacyDocs(ctx, st, namer)
				found <- legacyFound{docs, err}
			}()
			start := time.Now()
			rep, err := pipeline.Run(ctx, cfg, args)
			legacy := <-found
			if err == nil && legacy.err != nil {
				return legacy.err
			}
			if err == nil && len(legacy.docs) > 0 {
				n, lerr := dropLegacy(ctx, st, legacy.docs)
				if lerr != nil {
					return lerr
				}
				if n > 0 {
					a.logf("talkgraph: %s stored under an older spelling of the path now replaced by the file's stable name\n", plural(n, "post was", "posts were"))
				}
			}
			if rep != nil {
				for _, f := range rep.Warnings {
					fmt.Fprintf(a.stderr, "talkgraph: warning: %s\n", termSafe(f.Error()))
				}
				for _, f := range rep.Failures {
					fmt.Fprintf(a.stderr, "talkgraph: %s\n", termSafe(f.Error()))
				}
				if verbose {
					for _, s := range rep.SkippedFiles {
						fmt.Fprintf(a.stderr, "talkgraph: skipped %s: %s\n", s.Input, s.Reason)
					}
				}
				a.logf("ingested %s and %s (%s) in %s: %d added, %d replaced, %d unchanged, %d skipped; +%d -%d quads",
					plural(rep.Posts, "post", "posts"), plural(rep.Schedules, "schedule", "schedules"), formatMB(rep.Bytes),
					time.Since(start).Round(time.Millisecond),
					rep.Added, rep.Replaced, rep.Unchanged, rep.Skipped, rep.QuadsAdded, rep.QuadsDeleted)
				if len(rep.Failures) > 0 {
					a.logf("; %d failed", len(rep.Failures))
					a.exit = 1
				}
				a.logf("\n")
				if rep.Skipped > 0 && !verbose && err == nil {
					a.logf("(-v lists the skipped files and why)\n")
				}
				if rep.Posts == 0 && rep.Schedules == 0 && len(rep.Failures) == 0 && err == nil {
					fmt.Fprintf(a.stderr, "talkgraph: warning: no post or schedule found in %s\n", strings.Join(args, " "))
					a.exit = 1
				}
			}
			if errors.Is(err, context.Canceled) {
				return errors.New("interrupted: the posts already stored (counted as added above) are kept; run the same ingest again to finish (stored posts are skipped)")
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&aliases, "aliases", "", "identity corrections file applied on ingest (or $TALKGRAPH_ALIASES); see README")
	f.BoolVar(&noKnown, "no-shipped-schedules", false, "do not resolve against the FOSDEM schedules shipped with talkgraph")
	f.Int64Var(&maxMB, "max-size", 20, "refuse inputs larger than this many MB (1 MB = 1,000,000 bytes)")
	f.StringVar(&name, "name", "", "name of the post read from standard input ('-'); without it, the post is named by a hash of its content")
	f.StringArrayVar(&exclude, "exclude", nil, "skip files and folders matching this glob in directory walks (repeatable), e.g. 'drafts/*' or '*.txt'")
	f.BoolVarP(&verbose, "verbose", "v", false, "list every file a directory walk skipped, with the reason")
	f.DurationVar(&fetchTO, "fetch-timeout", 30*time.Second, "timeout for reading an http(s) URL")
	f.BoolVar(&progress, "progress", false, "print progress lines (once a second) when stderr is not a terminal; on a terminal a progress bar is always drawn")
	return cmd
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func containsArg(args []string, x string) bool {
	for _, a := range args {
		if a == x {
			return true
		}
	}
	return false
}

// formatMB writes a byte count in decimal megabytes, as every talkgraph
// message does: "0.1 MB", "31.2 MB", "0.027 MB".
func formatMB(n int64) string { return source.FormatMB(n) }
