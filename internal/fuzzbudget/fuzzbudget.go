// Package fuzzbudget gives fuzz targets a time and allocation budget per
// input, so that the fuzzer finds hangs and memory blow-ups, not only
// panics: a target calls
//
//	defer fuzzbudget.Start(t, len(data))()
//
// first thing in its body. An input that runs longer than its budget, or
// allocates more, crashes the fuzz worker with a message naming the
// budget (from a watchdog goroutine, since the body may never return),
// and the fuzzer saves the input as a failing case.
package fuzzbudget

import (
	"fmt"
	"os"
	"runtime/metrics"
	"testing"
	"time"
)

// Budgets: a base plus a part per input byte. Fuzz inputs are small, so
// these are far above what a linear parser needs, and far below a hang.
const (
	BaseTime    = 2 * time.Second
	TimePerByte = 2 * time.Microsecond
	BaseAlloc   = 256 << 20
	AllocPerB   = 2000
)

func allocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// Start begins the budget of one input of n bytes; the function it returns
// ends it (and fails t if the input allocated over its budget).
func Start(t testing.TB, n int) func() {
	t.Helper()
	limit := BaseTime + time.Duration(n)*TimePerByte
	maxAlloc := uint64(BaseAlloc) + uint64(n)*AllocPerB
	a0 := allocated()
	done := make(chan struct{})
	start := time.Now()
	go func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if el := time.Since(start); el > limit {
					over(t, fmt.Sprintf("input of %d bytes ran %v, over its time budget of %v (a hang or super-linear work)", n, el.Round(time.Millisecond), limit))
					return
				}
				if a := allocated() - a0; a > 4*maxAlloc {
					over(t, fmt.Sprintf("input of %d bytes allocated %d MB and counting, over its budget of %d MB", n, a>>20, maxAlloc>>20))
					return
				}
			}
		}
	}()
	return func() {
		close(done)
		if a := allocated() - a0; a > maxAlloc {
			t.Fatalf("input of %d bytes allocated %d MB, over its budget of %d MB", n, a>>20, maxAlloc>>20)
		}
	}
}

// over ends the process: the body is still running and cannot be
// stopped. The fuzzer treats the dead worker as a crash and keeps the
// input.
func over(t testing.TB, msg string) {
	fmt.Fprintf(os.Stderr, "--- FAIL: %s: %s\n", t.Name(), msg)
	panic("fuzzbudget: " + msg)
}
