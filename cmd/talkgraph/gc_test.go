package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestTuneGC: the collector first runs at firstGCPercent, then at
// gcPercent from the first collection on, under the memory limit.
func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	oldPercent := debug.SetGCPercent(100)
	oldLimit := debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	})
	tuneGC()
	if got := debug.SetMemoryLimit(-1); got != 224<<20 {
		t.Errorf("memory limit %d, want %d", got, 224<<20)
	}
	// read the setting back (SetGCPercent returns the previous one)
	percent := func() int {
		p := debug.SetGCPercent(firstGCPercent)
		debug.SetGCPercent(p)
		return p
	}
	if p := percent(); p != firstGCPercent && p != gcPercent {
		t.Fatalf("GOGC %d after tuneGC, want %d (or %d once collected)", p, firstGCPercent, gcPercent)
	}
	deadline := time.Now().Add(10 * time.Second)
	for percent() != gcPercent {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC still %d after collections, want %d", percent(), gcPercent)
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// TestTuneGCEnvironment: GOGC in the environment is left alone.
func TestTuneGCEnvironment(t *testing.T) {
	t.Setenv("GOGC", "150")
	t.Setenv("GOMEMLIMIT", "1GiB")
	oldPercent := debug.SetGCPercent(150)
	oldLimit := debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	})
	tuneGC()
	runtime.GC()
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	if p := debug.SetGCPercent(oldPercent); p != 150 {
		t.Errorf("GOGC %d, want the environment's 150", p)
	}
	if l := debug.SetMemoryLimit(math.MaxInt64); l != math.MaxInt64 {
		t.Errorf("memory limit %d, want the one set before (the environment's)", l)
	}
}
