package main

import (
	"time"

	"github.com/spf13/cobra"
)

// DefaultQueryMemory is the default --max-memory of a query, in MB.
const DefaultQueryMemory = 512

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
