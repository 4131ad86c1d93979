package queryrun

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"

	"github.com/talkgraph/talkgraph/graph/vocab"
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
)

// Options describe one query.
type Options struct {
	Lang    string        // gizmo (default), graphql or mql
	Query   string        // the source
	Limit   int           // more results than this is ErrTooMany; 0: no limit
	Timeout time.Duration // 0: only ctx bounds it
}

var prefixedIRI = regexp.MustCompile(`<([a-z]+):([^>\s/][^>\s]*)>`)

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
// after an iterator closes) and returns every result. Cayley returns
// partial results silently when its context ends, so the deadline is
// checked after iterating and reported as ErrTimeout; a Gizmo script that
// loops forever is interrupted.
func Run(ctx context.Context, qs graph.QuadStore, o Options) ([]any, error) {
	lang := o.Lang
	if lang == "" {
		lang = "gizmo"
	}
	if query.GetLanguage(lang) == nil {
		return nil, fmt.Errorf("%w %q: use gizmo, graphql or mql", ErrLanguage, lang)
	}
	src := ExpandPrefixes(o.Query)
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
		src = b.String() + src // one line: the user's line numbers stay right
	}
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	timedOut := func() error {
		return fmt.Errorf("%w after %s: narrow the query", ErrTimeout, o.Timeout)
	}
	sess := query.NewSession(qs, lang)
	type result struct {
		out []any
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("%s query failed: %v", lang, r)}
			}
		}()
		it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: 0})
		if err != nil {
			done <- result{err: err}
			return
		}
		defer it.Close()
		out := []any{}
		for it.Next(ctx) {
			if o.Limit > 0 && len(out) == o.Limit {
				done <- result{err: fmt.Errorf("%w: more than %d", ErrTooMany, o.Limit)}
				return
			}
			out = append(out, it.Result())
		}
		done <- result{out: out, err: it.Err()}
	}()
	select {
	case r := <-done:
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, timedOut()
		}
		if r.err != nil {
			if errors.Is(r.err, ErrTooMany) {
				return nil, r.err
			}
			return nil, fmt.Errorf("%s query: %w", lang, r.err)
		}
		return r.out, ctx.Err()
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, timedOut()
		}
		return nil, ctx.Err()
	}
}
