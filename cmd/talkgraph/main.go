// Command talkgraph turns conference write-ups and official schedules into a
// knowledge graph stored in Cayley, queries it, draws it and exports it.
//
// Run "talkgraph help" for the commands.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// tuneGC trades memory for speed within a bound: the collector runs a
// quarter as often as Go's default (extraction allocates many short-lived
// strings), but a soft limit makes it collect sooner as the heap nears 192 MiB,
// so a million-quad ingest stays under 400 MB. GOGC and GOMEMLIMIT in the
// environment take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(192 << 20)
	}
}

// run executes one command line and returns the process exit status:
// 0 success, 1 failure (including any input that failed to ingest), 2 usage.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	root := app.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := execute(ctx, root); err != nil {
		return app.report(err)
	}
	return app.exit
}
