package fuzzbudget

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestWithinBudget(t *testing.T) {
	stop := Start(t, 100)
	time.Sleep(10 * time.Millisecond)
	_ = make([]byte, 1<<20)
	stop()
}

// TestOverrunCrashes runs a body that hangs in a child process: it must
// die with the budget's message instead of running on.
func TestOverrunCrashes(t *testing.T) {
	if os.Getenv("FUZZBUDGET_CHILD") != "" {
		defer Start(t, 0)()
		select {} // hangs
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestOverrunCrashes$")
	cmd.Env = append(os.Environ(), "FUZZBUDGET_CHILD=1")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "over its time budget") {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if took := time.Since(start); took > BaseTime+3*time.Second {
		t.Errorf("child died after %v", took)
	}
}
