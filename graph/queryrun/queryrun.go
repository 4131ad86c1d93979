package queryrun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Languages are the query languages, in the order a console offers them.
var Languages = []string{"gizmo", "graphql", "mql"}

// Errors, wrapped with detail.
var (
	// ErrTimeout: the query did not finish within Options.Timeout.
	ErrTimeout = errors.New("query timed out")
	// ErrLanguage: Options.Lang is not a query language.
	ErrLanguage = errors.New("unknown query language")
	// ErrTooMany: the query has more results than Options.Limit.
	ErrTooMany = errors.New("too many results")
	// ErrClosed: there is no store to query (it was closed).
	ErrClosed = errors.New("the store is closed")
	// ErrMemory: the query's memory grew past Options.MaxMemory.
	ErrMemory = errors.New("query stopped: it used more memory than its cap")
)

// Options describe one query.
type Options struct {
	Lang  string // gizmo (default), graphql or mql
	Query string // the source
	// Limit bounds the results (0: no limit): more than Limit is
	// ErrTooMany, or, with Stop, the query stops after Limit results and
	// returns them (a script that keeps emitting stops there).
	Limit int
	Stop  bool
	// Dedupe returns equal results (one node reached by several paths,
	// equal as JSON) once; Limit then counts distinct results.
	Dedupe bool
	// Timeout bounds the run (0: only ctx bounds it).
	Timeout time.Duration
	// MaxMemory stops a query whose heap grows by more than this many
	// bytes, with ErrMemory (0: no cap).
	MaxMemory uint64
}

var prefixedIRI = lazyre.New(`<([a-z]+):([^<>\s/][^<>\s]*)>`)

// ExpandPrefixes rewrites <schema:name> into the full IRI for known prefixes.
func ExpandPrefixes(src string) string {
	pre := vocab.Prefixes()
	return prefixedIRI.ReplaceAllStringFunc(src, func(m string) string {
		sub := prefixedIRI.FindStringSubmatch(m)
		if ns, ok := pre[sub[1]]; ok {
			return "<" + ns + sub[2] + ">"
		}
		return m
	})
}

// Run runs the query in a fresh session (Cayley sessions break when reused
// after an iterator closes) and returns its results. Cayley returns
// partial results silently when its context ends, so the deadline is
// checked after iterating and reported as ErrTimeout; a Gizmo script that
// loops forever is interrupted, and so is one that grows past MaxMemory.
// A panic or memory fault while the query reads the store (a damaged
// page) is an error.
func Run(ctx context.Context, qs graph.QuadStore, o Options) ([]any, error) {
	if qs == nil { // a closed store: Cayley would panic in its own goroutine
		return nil, ErrClosed
	}
	lang := o.Lang
	if lang == "" {
		lang = "gizmo"
	}
	if query.GetLanguage(lang) == nil {
		return nil, fmt.Errorf("%w %q: use gizmo, graphql or mql", ErrLanguage, lang)
	}
	src := ExpandPrefixes(o.Query)
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
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	ctx, stopWatch := watchMemory(ctx, o.MaxMemory)
	defer stopWatch()
	out, err := run(ctx, qs, lang, src, o)
	if merr := memoryError(ctx); merr != nil {
		return nil, merr
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, fmt.Errorf("%w after %s: narrow the query", ErrTimeout, o.Timeout)
	}
	switch {
	case err == nil:
		return out, nil
	case errors.Is(err, ErrTooMany), errors.Is(err, context.Canceled):
		return nil, err
	default:
		return nil, fmt.Errorf("%s query: %s", lang, userPositions(err.Error(), len(prefix)))
	}
}

// run iterates the query in a goroutine of its own, so that a script
// ignoring its context cannot hold the caller past ctx.
func run(ctx context.Context, qs graph.QuadStore, lang, src string, o Options) ([]any, error) {
	type result struct {
		out []any
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("failed reading the store (is it damaged? run 'talkgraph check'): %v", r)}
			}
		}()
		var keep func(any) bool
		opts := query.Options{Collation: query.JSON}
		if o.Dedupe {
			keep = newDeduper()
		} else if o.Stop {
			opts.Limit = o.Limit // the engine itself stops at the limit
		}
		it, err := query.NewSession(qs, lang).Execute(ctx, src, opts)
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
			if keep != nil && o.Stop && o.Limit > 0 && raw > o.Limit*1000+10000 {
				break // a script that keeps emitting the same results stops too
			}
			if keep != nil && !keep(r) {
				continue
			}
			if o.Limit > 0 && len(out) == o.Limit {
				done <- result{err: fmt.Errorf("%w: more than %d", ErrTooMany, o.Limit)}
				return
			}
			out = append(out, r)
			if o.Stop && len(out) == o.Limit {
				break // a script that keeps emitting stops here
			}
		}
		done <- result{out: out, err: it.Err()}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// firstLinePos finds positions on line 1 in goja's messages ("Line 1:58",
// "<eval>:1:58").
var firstLinePos = lazyre.New(`(Line 1:|<eval>:1:)(\d+)`)

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
