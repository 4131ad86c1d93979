package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/resolve"
)

// Per-file budget: a file's parse, extraction and resolution must finish
// within DefaultBudgetBase plus DefaultBudgetPerMB for each MB of it. The
// parsers are bounded by ingest/inputlimit and the extraction is linear, so
// a normal post takes a hundredth of its budget; the budget is the safety
// net for a shape no limit foresaw.
const (
	DefaultBudgetBase  = 10 * time.Second
	DefaultBudgetPerMB = time.Second
)

// ErrBudget is wrapped by the failure of a file that ran out of its budget.
var ErrBudget = errors.New("took longer than its per-file budget")

// budget is the time one input of size bytes may take.
func (c Config) budget(size int) time.Duration {
	base, perMB := c.BudgetBase, c.BudgetPerMB
	if base <= 0 {
		base = DefaultBudgetBase
	}
	if perMB <= 0 {
		perMB = DefaultBudgetPerMB
	}
	return base + time.Duration(float64(perMB)*float64(size)/1e6)
}

// within runs fn on its own goroutine and returns its result, or an error
// as soon as ctx ends or the budget runs out. fn gets a context that ends
// then too; code that cannot be interrupted keeps running in the
// background until it returns, and its result is dropped. name and size
// are for the error.
func within[T any](ctx context.Context, budget time.Duration, name string, fn func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel() // ends fn's context too, when it is abandoned
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if v := recover(); v != nil {
				r.err = fmt.Errorf("%s: internal error (please report this bug): %v", name, v)
			}
			done <- r
		}()
		r.v, r.err = fn(ctx)
	}()
	select {
	case r := <-done:
		if r.err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) && !errors.Is(r.err, ErrBudget) {
			return r.v, fmt.Errorf("%s: %w (%s): %w", name, ErrBudget, budget, r.err)
		}
		return r.v, r.err
	case <-ctx.Done():
		select {
		case r := <-done: // finished as the budget ran out: keep it
			return r.v, r.err
		default:
		}
		var zero T
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return zero, fmt.Errorf("%s: %w (%s); skipped, the rest is ingested", name, ErrBudget, budget)
		}
		return zero, ctx.Err()
	}
}

// contextPoster is a resolver that can be interrupted.
type contextPoster interface {
	PostContext(ctx context.Context, d *doc.Document, hash string) (store.Doc, error)
}

// resolvePost resolves one post, passing ctx on when the resolver accepts
// one (so that a budget or an interrupt stops it from inside).
func (r *runner) resolvePost(ctx context.Context, d *doc.Document, hash string, resolver func() (*resolve.Resolver, error)) (store.Doc, error) {
	res, err := resolver()
	if err != nil {
		return store.Doc{}, err
	}
	if pc, ok := any(res).(contextPoster); ok {
		return pc.PostContext(ctx, d, hash)
	}
	return res.Post(d, hash)
}
