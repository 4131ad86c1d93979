package source

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	sock := filepath.Join(dir, "sock.md")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	tests := []struct{ path, kind string }{
		{fifo, "named pipe"},
		{sock, "socket"},
		{"/dev/zero", "character device"},
		{"/dev/null", "character device"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			done := make(chan Input, 1)
			go func() {
				Walk(context.Background(), []string{tt.path}, Options{}, func(in Input) error { done <- in; return nil })
			}()
			select {
			case in := <-done:
				if !errors.Is(in.Err, ErrNotRegular) || !strings.Contains(in.Err.Error(), tt.kind) || !strings.HasPrefix(in.Err.Error(), tt.path) {
					t.Fatalf("got %v, want the %s refused", in.Err, tt.kind)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("blocked (opened the special file?)")
			}
		})
	}
	// ReadFile (pass 2 of a peeking walk) refuses them too, without blocking.
	in := ReadFile(fifo, true, Options{})
	if !errors.Is(in.Err, ErrNotRegular) {
		t.Fatalf("ReadFile: %v", in.Err)
	}
	// A FIFO swapped in after the Stat is not waited for: openRegular uses
	// O_NONBLOCK and checks what it opened.
	if _, err := openRegular(fifo); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("openRegular: %v", err)
	}
	// Found in a walk, they are skipped silently.
	var names []string
	Walk(context.Background(), []string{dir}, Options{}, func(in Input) error { names = append(names, in.Name); return nil })
	if len(names) != 0 {
		t.Fatalf("walk read %v", names)
	}
	_ = os.Remove(fifo)
}
