package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const lockDirEnv = "TALKGRAPH_STORE_LOCK_DIR"

// TestLockChild holds a store open until its stdin closes.
func TestLockChild(t *testing.T) {
	dir := os.Getenv(lockDirEnv)
	if dir == "" {
		t.Skip("helper for TestLockOtherProcess")
	}
	s, err := Open(context.Background(), Config{DB: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fmt.Println("ready")
	bufio.NewReader(os.Stdin).ReadString('\n')
}

func TestLockSameProcess(t *testing.T) {
	for _, b := range backends(t) {
		if b.name == "memory" {
			continue
		}
		t.Run(b.name, func(t *testing.T) {
			cfg := b.open(t)
			s := mustOpen(t, cfg)
			_ = s
			start := time.Now()
			_, err := Open(context.Background(), cfg) // default LockTimeout: 1s
			took := time.Since(start)
			if !errors.Is(err, ErrLocked) {
				t.Fatalf("second Open: %v, want ErrLocked", err)
			}
			if pid := fmt.Sprintf("pid %d", os.Getpid()); !strings.Contains(err.Error(), pid) {
				t.Errorf("error %q does not name the holder (%s)", err, pid)
			}
			if b.name == "bolt" && !strings.Contains(err.Error(), cfg.DB) {
				t.Errorf("error %q does not name the store", err)
			}
			if took > 2*time.Second {
				t.Errorf("second Open took %v", took)
			}
			if b.name == "bolt" {
				if _, err := os.Stat(filepath.Join(cfg.DB, pidFile)); err != nil {
					t.Errorf("failed Open removed the holder's pid file: %v", err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s2, err := Open(context.Background(), cfg)
			if err != nil {
				t.Fatalf("Open after Close: %v", err)
			}
			s2.Close()
		})
	}
}

func TestLockOtherProcess(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), lockDirEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "ready\n" {
		t.Fatalf("child: %q %v", line, err)
	}
	start := time.Now()
	_, err = Open(context.Background(), Config{DB: dir, LockTimeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while child holds the store: %v", err)
	}
	if want := fmt.Sprintf("pid %d", cmd.Process.Pid); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), dir) {
		t.Errorf("error %q does not name %s and the store", err, want)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Open took %v", took)
	}
	// A killed holder leaves a stale pid file; the lock itself is gone.
	cmd.Process.Kill()
	cmd.Wait()
	stdin.Close()
	s, err := Open(context.Background(), Config{DB: dir})
	if err != nil {
		t.Fatalf("Open after holder died: %v", err)
	}
	s.Close()
}
