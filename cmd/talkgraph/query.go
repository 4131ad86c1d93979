package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/talkgraph/talkgraph/graph/queryrun"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func (a *app) queryCmd() *cobra.Command {
	var (
		lang    string
		file    string
		timeout time.Duration
		limit   int
		paths   bool
		maxMem  int64
	)
	cmd := &cobra.Command{
		Use:   "query [--lang gizmo|graphql|mql] QUERY|-f FILE",
		Short: "Run a Gizmo, GraphQL or MQL query",
		Long: `Run a Gizmo (default), GraphQL or MQL query and print the results as JSON.

Short names work for IRIs written in angle brackets and in g.IRI():
  tg:      ` + vocab.NS + `
  schema:  ` + vocab.Schema + `
  rdf:, rdfs:, xsd:, dcterms:, prov:
so "<schema:name>" means <https://schema.org/name> and "<tg:Talk>" the Talk class.

Results are printed once each: a node reached by several paths is one result
(--all-paths keeps one result per path). Every result is printed unless
--limit N cuts them, which is then stated on stderr. A query that runs out of
--timeout is an error (exit status 1): a partial answer is never printed as if
it were complete. A Gizmo query must emit its results (end a path with .All(),
or g.Emit(...) a value such as a path's .Count()); one that emits nothing is
an error that says so.`,
		Example: `  # speakers of FOSDEM 2020
  talkgraph query 'g.V().Has("<rdf:type>", "<tg:Event>").Has("<schema:name>", "FOSDEM 2020")
      .In("<schema:superEvent>").In("<schema:superEvent>").Out("<schema:performer>").Out("<schema:name>").All()'
  talkgraph query 'g.Emit(g.V().Has("<rdf:type>", "<tg:Person>").Count())'
  talkgraph query -f examples/queries/talks-of-speaker.js
  talkgraph query --lang graphql '{ nodes(<schema:name>: "FOSDEM 2020") { id } }'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var src string
			switch {
			case file != "" && len(args) > 0:
				return usagef("give a query or -f FILE, not both")
			case file == "-":
				b, err := io.ReadAll(a.stdin)
				if err != nil {
					return fmt.Errorf("read query from stdin: %w", err)
				}
				src = string(b)
			case file != "":
				b, err := os.ReadFile(file)
				if err != nil {
					return fmt.Errorf("read query: %w", err)
				}
				src = string(b)
			case len(args) == 1:
				src = args[0]
			default:
				return usagef("no query: give one as an argument or with -f FILE")
			}
			if query.GetLanguage(lang) == nil {
				return usagef("unknown query language %q: use gizmo, graphql or mql", lang)
			}
			if err := checkQueryFlags(cmd, a, timeout, maxMem); err != nil {
				return err
			}
			st, err := a.open(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer st.Close()
			if limit < 0 {
				return usagef("--limit %d: give a number of results, or 0 for all", limit)
			}
			ask := 0
			if limit > 0 {
				ask = limit + 1 // one more tells whether the limit cut
			}
			res, err := queryrun.Run(cmd.Context(), st.QuadStore(), queryrun.Options{
				Lang: lang, Query: src, Limit: ask, Stop: true, Dedupe: !paths,
				Timeout: timeout, MaxMemory: uint64(maxMem) << 20,
			})
			switch {
			case errors.Is(err, queryrun.ErrMemory):
				return fmt.Errorf("query stopped: it used more memory than --max-memory (%d MB): narrow the query or raise --max-memory", maxMem)
			case errors.Is(err, queryrun.ErrTimeout):
				return fmt.Errorf("%w or raise --timeout", err)
			case err != nil:
				return err
			}
			if lang == "gizmo" && len(res) == 1 && res[0] == nil {
				return errors.New("the query emitted no results: end a path with .All(), or emit a value with g.Emit(...), e.g. g.Emit(g.V().Count())")
			}
			if limit > 0 && len(res) > limit {
				res = res[:limit]
				fmt.Fprintf(a.stderr, "talkgraph: showing the first %d results (--limit %d); there are more\n", limit, limit)
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(res)
		},
	}
	f := cmd.Flags()
	f.StringVar(&lang, "lang", "gizmo", "query language: gizmo, graphql or mql")
	f.StringVarP(&file, "file", "f", "", "read the query from FILE ('-' for stdin)")
	f.DurationVar(&timeout, "timeout", 30*time.Second, "give up after this long (an error, never a short answer)")
	f.IntVar(&limit, "limit", 0, "print at most this many results, saying so on stderr when there are more (0: all)")
	f.BoolVar(&paths, "all-paths", false, "print a result once per path that reaches it, not once")
	cmd.RegisterFlagCompletionFunc("lang", completeFixed("gizmo", "graphql", "mql"))
	f.Int64Var(&maxMem, "max-memory", DefaultQueryMemory, "stop a query whose memory grows by more than this many MB (0: no limit)")
	return cmd
}
