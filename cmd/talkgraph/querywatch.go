package main

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/spf13/cobra"
)

// DefaultQueryMemory is the default --max-memory of a query, in MB.
const DefaultQueryMemory = 512

// ErrQueryMemory is the cause of a query stopped for using too much memory.
var ErrQueryMemory = errors.New("query stopped: it used more memory than --max-memory")

// heapBytes is the memory held by live and not yet swept heap objects.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watchMemory returns a context that ends, with cause ErrQueryMemory, once
// the heap has grown more than limit bytes above what it held at the
// start; it samples the heap every millisecond (a script that doubles a
// string reaches gigabytes within a few dozen doublings, each one slower
// than the sampling). Cancelling ctx's query interrupts the Gizmo
// runtime (Cayley passes the context of Next on to goja). stop ends the
// watch. limit 0 watches nothing.
func watchMemory(ctx context.Context, limit uint64) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	if limit == 0 {
		return ctx, func() { cancel(nil) }
	}
	base := heapBytes()
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				if h := heapBytes(); h > base && h-base > limit {
					cancel(fmt.Errorf("%w (%d MB): narrow the query or raise --max-memory", ErrQueryMemory, limit>>20))
					return
				}
			}
		}
	}()
	return ctx, func() { close(done); cancel(nil) }
}

// memoryError is the error for a query the watchdog stopped, or nil.
func memoryError(ctx context.Context) error {
	if err := context.Cause(ctx); errors.Is(err, ErrQueryMemory) {
		debug.FreeOSMemory()
		return err
	}
	return nil
}

// guardQuery turns a panic or memory fault while a query reads the store
// (a damaged Bolt page) into an error; call it deferred, first thing in
// the goroutine that runs the query.
func guardQuery(fail func(error)) {
	if r := recover(); r != nil {
		fail(fmt.Errorf("query failed reading the store (is it damaged? run 'talkgraph check'): %v", r))
	}
}

// checkQueryFlags validates --timeout and --max-memory: a negative value is
// a usage error, and --timeout 0 (no time limit) must be asked for
// explicitly and is confirmed on stderr.
func checkQueryFlags(cmd *cobra.Command, a *app, timeout time.Duration, maxMem int64) error {
	switch {
	case timeout < 0:
		return usagef("--timeout must be positive, or 0 for no time limit")
	case maxMem < 0:
		return usagef("--max-memory must be positive, or 0 for no memory limit")
	}
	if timeout == 0 && cmd.Flags().Changed("timeout") {
		a.logf("talkgraph: query: no time limit (--timeout 0); Ctrl-C stops it\n")
	}
	if maxMem == 0 && cmd.Flags().Changed("max-memory") {
		a.logf("talkgraph: query: no memory limit (--max-memory 0)\n")
	}
	return nil
}
