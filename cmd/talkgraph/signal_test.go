package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptExitStatus: Ctrl-C (SIGINT) stops a command, which exits
// with status 130; SIGTERM gives 143, within 1 s of the signal.
func TestInterruptExitStatus(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "s.db")
	post := filepath.Join(dir, "p.md")
	if err := os.WriteFile(post, []byte("# FOSDEM 2020\n\nNotes from FOSDEM 2020.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"--db", db, "-q", "ingest", post}, nil, &errb, &errb); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	for _, tc := range []struct {
		sig  syscall.Signal
		want int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		cmd := exec.Command(os.Args[0], "--db", db, "query", "--timeout", "1m", "while (true) {}")
		cmd.Env = append(os.Environ(), "TALKGRAPH_RUN_MAIN=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(1500 * time.Millisecond) // the query is running
		sent := time.Now()
		if err := cmd.Process.Signal(tc.sig); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if took := time.Since(sent); took > time.Second {
				t.Errorf("%v: stopped %v after the signal, want within 1 s", tc.sig, took)
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.want {
				t.Errorf("%v: %v (stderr %q), want exit status %d", tc.sig, err, stderr.String(), tc.want)
			}
			if strings.Contains(stderr.String(), "panic") {
				t.Errorf("%v: %s", tc.sig, stderr.String())
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v: the command did not stop", tc.sig)
		}
	}
}
