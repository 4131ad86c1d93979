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
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"syscall"
)

func main() {
	tuneGC()
	stop := startProfiles()
	code := mainCode(os.Args[1:])
	stop()
	os.Exit(code)
}

// mainCode runs one command line with the process's streams. Ctrl-C
// (SIGINT) or SIGTERM cancels the command, which stops cleanly; the exit
// status is then 128 + the signal's number (130 for Ctrl-C, 143 for
// SIGTERM). A second signal ends the process at once.
func mainCode(args []string) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	var got atomic.Int32
	go func() {
		select {
		case s := <-sigs:
			if n, ok := s.(syscall.Signal); ok {
				got.Store(int32(n))
			}
			signal.Stop(sigs)
			cancel()
		case <-ctx.Done():
		}
	}()
	code := run(ctx, args, os.Stdin, os.Stdout, os.Stderr)
	if n := got.Load(); n != 0 {
		return 128 + int(n)
	}
	return code
}

// tuneGC trades memory for speed within a bound: the collector runs a
// quarter as often as Go's default (extraction allocates many short-lived
// strings), but a soft limit makes it collect sooner as the heap nears 224 MiB,
// so a million-quad ingest stays under 400 MB (the live heap is ~85 MB: at
// 192 MiB the collector ran ~230 times, ~11 s of CPU). The first collection
// waits for a heap of 48 MiB (Go's first one comes at 4 MiB times GOGC/100,
// 16 MiB at 400): a short command (a re-ingest with one post changed
// allocates ~25 MB) then never collects, and from the first collection on
// GOGC is 400. GOGC and GOMEMLIMIT in the environment take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(firstGCPercent)
		afterFirstGC(func() { debug.SetGCPercent(gcPercent) })
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(224 << 20)
	}
}

// gcPercent is the GOGC talkgraph runs with; firstGCPercent is the one
// until the first collection, which puts it at 48 MiB (4 MiB times
// firstGCPercent/100).
const (
	gcPercent      = 400
	firstGCPercent = 1200
)

// afterFirstGC calls f (on the finalizer goroutine) once the collector
// has run once: an object nothing points to is finalized after the first
// collection that finds it unreachable.
func afterFirstGC(f func()) {
	type sentinel struct{ _ [16]byte } // not tiny-allocated: finalized alone
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) { f() })
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
