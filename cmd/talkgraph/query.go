package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
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
			keep := newDeduper()
			if paths {
				keep = nil
			}
			qctx, stopWatch := watchMemory(cmd.Context(), uint64(maxMem)<<20)
			res, err := runQueryKeep(qctx, st.QuadStore(), lang, src, ask, timeout, keep)
			stopWatch()
			if merr := memoryError(qctx); merr != nil {
				return merr
			}
			if err != nil {
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

var prefixedIRI = regexp.MustCompile(`<([a-z]+):([^>\s/][^>\s]*)>`)

// expandPrefixes rewrites <schema:name> into the full IRI for known prefixes.
func expandPrefixes(src string) string {
	pre := vocab.Prefixes()
	return prefixedIRI.ReplaceAllStringFunc(src, func(m string) string {
		sub := prefixedIRI.FindStringSubmatch(m)
		if ns, ok := pre[sub[1]]; ok {
			return "<" + ns + sub[2] + ">"
		}
		return m
	})
}

// ErrQueryTimeout is returned when a query does not finish in time.
var ErrQueryTimeout = errors.New("query timed out")

// runQuery runs one query in a fresh session (Cayley sessions break when
// reused after an iterator is closed) and collects every result. Cayley
// returns partial results silently when its context expires, so the context
// is checked after iterating and a timeout is reported as an error.
// Equal results (one node reached by several paths) are returned once;
// limit (0: none) counts the results returned.
func runQuery(ctx context.Context, qs graph.QuadStore, lang, src string, limit int, timeout time.Duration) ([]any, error) {
	return runQueryKeep(ctx, qs, lang, src, limit, timeout, newDeduper())
}

// runQueryKeep is runQuery returning the results keep accepts (all if keep
// is nil); limit (0: none) counts the results kept.
func runQueryKeep(ctx context.Context, qs graph.QuadStore, lang, src string, limit int, timeout time.Duration, keep func(any) bool) ([]any, error) {
	src = expandPrefixes(src)
	prefix := ""
	if lang == "gizmo" {
		var b strings.Builder
		pre := vocab.Prefixes()
		keys := make([]string, 0, len(pre))
		for k := range pre {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "g.addNamespace(%q, %q);", k, pre[k])
		}
		// on the user's first line, so that error line numbers are theirs
		prefix = b.String()
		src = prefix + src
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	sess := query.NewSession(qs, lang)
	if sess == nil {
		return nil, fmt.Errorf("unknown query language %q", lang)
	}
	type result struct {
		out []any
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer guardQuery(func(err error) { done <- result{err: err} })
		opts := query.Options{Collation: query.JSON}
		if keep == nil {
			opts.Limit = limit // without deduplication the engine itself stops at the limit
		}
		it, err := sess.Execute(ctx, src, opts)
		if err != nil {
			done <- result{err: err}
			return
		}
		defer it.Close()
		out := []any{}
		raw := 0
		for it.Next(ctx) {
			r := it.Result()
			raw++
			if keep != nil && limit > 0 && raw > limit*1000+10000 {
				break // a script that keeps emitting the same results stops here too
			}
			if keep == nil || keep(r) {
				out = append(out, r)
				if limit > 0 && len(out) >= limit {
					break // a script that keeps emitting stops here
				}
			}
		}
		if err := it.Err(); err != nil {
			done <- result{err: err}
			return
		}
		done <- result{out: out}
	}()
	select {
	case r := <-done:
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("%w after %s: narrow the query or raise --timeout", ErrQueryTimeout, timeout)
		}
		if r.err != nil {
			if ctx.Err() == context.DeadlineExceeded {
				return nil, fmt.Errorf("%w after %s", ErrQueryTimeout, timeout)
			}
			return nil, fmt.Errorf("%s query: %s", lang, userPositions(r.err.Error(), len(prefix)))
		}
		return r.out, nil
	case <-ctx.Done():
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("%w after %s: narrow the query or raise --timeout", ErrQueryTimeout, timeout)
		}
		return nil, ctx.Err()
	}
}

// firstLinePos finds positions on line 1 in goja's messages ("Line 1:58",
// "<eval>:1:58").
var firstLinePos = regexp.MustCompile(`(Line 1:|<eval>:1:)(\d+)`)

// userPositions takes the namespace prefix added to the user's first line
// out of the columns an error message gives for that line.
func userPositions(msg string, prefix int) string {
	if prefix == 0 {
		return msg
	}
	return firstLinePos.ReplaceAllStringFunc(msg, func(m string) string {
		sub := firstLinePos.FindStringSubmatch(m)
		col, err := strconv.Atoi(sub[2])
		if err != nil || col <= prefix {
			return m
		}
		return sub[1] + strconv.Itoa(col-prefix)
	})
}

// newDeduper returns a filter that keeps the first of equal results (equal
// as JSON: the same node with the same tags).
func newDeduper() func(any) bool {
	seen := map[string]bool{}
	return func(r any) bool {
		b, err := json.Marshal(r)
		if err != nil {
			return true
		}
		if seen[string(b)] {
			return false
		}
		seen[string(b)] = true
		return true
	}
}
