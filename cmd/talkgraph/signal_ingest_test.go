package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/ingest/badinput"
)

// TestInterruptIngestInExtraction: SIGINT while ingest extracts a large
// post (a few seconds of work) stops talkgraph within 1 s, exit status 130.
func TestInterruptIngestInExtraction(t *testing.T) {
	dir := t.TempDir()
	post := filepath.Join(dir, "oneline.md")
	if err := os.WriteFile(post, badinput.OneLine(2_000_000), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "--db", filepath.Join(dir, "s.db"), "ingest", post)
	cmd.Env = append(os.Environ(), "TALKGRAPH_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // parsed; extracting
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		took := time.Since(sent)
		var ee *exec.ExitError
		if err == nil {
			t.Skipf("the ingest finished within 1.5 s: nothing left to interrupt (%s)", stderr.String())
		}
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Errorf("%v (stderr %q), want exit status 130", err, stderr.String())
		}
		if took > time.Second {
			t.Errorf("stopped %v after SIGINT, want within 1 s", took)
		}
		t.Logf("stopped %v after SIGINT", took)
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("ingest did not stop")
	}
}
