package queryrun

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// heapBytes is the memory held by live and not yet swept heap objects.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// overCap reports whether a query whose heap has grown by grown bytes, the
// last sample having added jump of them, is to stop under a cap of limit
// bytes. One step of a script can allocate far more than the cap leaves:
// goja's string concatenation (s += s) allocates the new string twice over
// (a byte slice, then its copy as a string), and an array's concat builds
// the new values and their slice, so a doubling value's next step adds
// about twice what its last one did, and a sample can fall inside a step
// and see only part of it. Waiting for the heap to pass the cap would let
// that step take it to 2.5 times the cap, so the watchdog stops the query
// once a step three times the last would pass it (TestMemoryBombPeak
// measures the peaks).
func overCap(grown, jump, limit uint64) bool {
	return grown > limit || grown+3*jump > limit
}

// watchMemory returns a context that ends, with cause ErrMemory, once the
// heap has grown more than limit bytes above what it held at the start,
// or would with one more step as large as the last (see overCap); it
// samples the heap every millisecond. Cancelling the query's context
// interrupts the Gizmo runtime (Cayley passes the context of Next on to
// goja). stop ends the watch. limit 0 watches nothing.
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
		var last uint64
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				var grown, jump uint64
				if h := heapBytes(); h > base {
					grown = h - base
				}
				if grown > last {
					jump = grown - last
				}
				last = grown
				if overCap(grown, jump, limit) {
					cancel(fmt.Errorf("%w (%d MB)", ErrMemory, limit>>20))
					return
				}
			}
		}
	}()
	return ctx, func() { close(done); cancel(nil) }
}

// memoryError is the error for a query the watchdog stopped, or nil.
func memoryError(ctx context.Context) error {
	if err := context.Cause(ctx); errors.Is(err, ErrMemory) {
		debug.FreeOSMemory()
		return err
	}
	return nil
}
