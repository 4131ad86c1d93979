package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// execute runs the command with memory faults turned into panics
// (debug.SetPanicOnFault: Cayley reads its Bolt file through a memory
// mapping, and a damaged page can point outside it) and a panic into an
// error that says what to do, instead of a crash with a stack trace.
// Goroutines a command starts to read the store guard themselves.
func execute(ctx context.Context, root *cobra.Command) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error reading the store (is it damaged? run 'talkgraph check'): %v", r)
		}
	}()
	return root.ExecuteContext(ctx)
}
