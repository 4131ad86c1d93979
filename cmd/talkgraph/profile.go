package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
)

// startProfiles starts the profiles the environment asks for, for
// developers measuring a whole run of the command: $TALKGRAPH_CPUPROFILE
// names a file for a CPU profile (sampled at 1 kHz: runs are short),
// $TALKGRAPH_TRACE one for an execution trace. The returned func stops
// them; it is a no-op when neither is set.
func startProfiles() func() {
	var stops []func()
	if p := os.Getenv("TALKGRAPH_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err != nil {
			fmt.Fprintf(os.Stderr, "talkgraph: cpu profile: %v\n", err)
		} else {
			runtime.SetCPUProfileRate(1000)
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
