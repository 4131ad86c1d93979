package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"runtime/trace"
)

// startProfiles starts the profiles the environment asks for, for
// developers measuring a whole run of the command: $TALKGRAPH_CPUPROFILE
// names a file for a CPU profile, $TALKGRAPH_TRACE one for an execution
// trace. The returned func stops them; it is a no-op when neither is set.
//
// The CPU profile is sampled at pprof's 100 Hz: merge the profiles of
// several runs for a short command. It used to ask for 1 kHz with
// runtime.SetCPUProfileRate before pprof.StartCPUProfile, which made
// StartCPUProfile's own call print "cannot set cpu profile rate until
// previous profile has finished" and gave incomplete profiles: the
// kernel fires the per-thread CPU timers at most once a scheduler tick
// (250 Hz here), so each sample stood for ~4 ms but was counted as 1 ms,
// and a one-post ingest of ~40 ms of CPU showed ~10 ms of samples.
func startProfiles() func() {
	var stops []func()
	if p := os.Getenv("TALKGRAPH_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err != nil {
			fmt.Fprintf(os.Stderr, "talkgraph: cpu profile: %v\n", err)
		} else {
			if err := pprof.StartCPUProfile(f); err != nil {
				fmt.Fprintf(os.Stderr, "talkgraph: cpu profile: %v\n", err)
			}
			stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
		}
	}
	if p := os.Getenv("TALKGRAPH_TRACE"); p != "" {
		if f, err := os.Create(p); err != nil {
			fmt.Fprintf(os.Stderr, "talkgraph: trace: %v\n", err)
		} else {
			if err := trace.Start(f); err != nil {
				fmt.Fprintf(os.Stderr, "talkgraph: trace: %v\n", err)
			}
			stops = append(stops, func() { trace.Stop(); f.Close() })
		}
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}
