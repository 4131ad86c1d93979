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

// watchMemory returns a context that ends, with cause ErrMemory, once the
// heap has grown more than limit bytes above what it held at the start;
// it samples the heap every millisecond (a script that doubles a string
// reaches gigabytes within a few dozen doublings, each one slower than the
// sampling). Cancelling the query's context interrupts the Gizmo runtime
// (Cayley passes the context of Next on to goja). stop ends the watch.
// limit 0 watches nothing.
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
