package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a command writing while a test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingRe = regexp.MustCompile(`serving on (http://\S+)/ `)

// startServe runs `talkgraph serve` with args until the test ends and
// returns its base URL and its stderr.
func startServe(t *testing.T, args ...string) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), nil, io.Discard, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	})
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingRe.FindStringSubmatch(stderr.String()); m != nil {
			return m[1], &stderr
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start: %s", stderr.String())
	return "", nil
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// waitFor polls url until its body contains want.
func waitFor(t *testing.T, url, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if code, body := fetch(t, url); code == 200 && strings.Contains(body, want) {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("%s never showed %q", url, want)
}

const watchedPost = `---
title: "Notes from FOSDEM 2020"
date: 2020-02-03
author: Ada Lindqvist
---
The morning started with Extending sudo in Python by Peter Czanik.
`

// TestServeWatch: --watch ingests on start and again when a file changes;
// pages show the new facts without a restart. While serve holds the store,
// another command gets "in use by" at once rather than hanging.
func TestServeWatch(t *testing.T) {
	dir := t.TempDir()
	posts := filepath.Join(dir, "posts")
	if err := os.Mkdir(posts, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(posts, "one.md"), []byte(watchedPost), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "db")
	base, stderr := startServe(t, "--db", db, "--watch", posts, "--watch-interval", "100ms")
	waitFor(t, base+"/api/search?q=lindqvist", "person/ada-lindqvist")
	waitFor(t, base+"/", "<p>1 post and") // cached until the store changes
	if code, body := fetch(t, base+"/api/search?q=hypatia"); code != 200 || strings.Contains(body, "hypatia-quarles") {
		t.Fatalf("before the change: %d %s", code, body)
	}
	second := strings.NewReplacer("Ada Lindqvist", "Hypatia Quarles", "Notes from", "More from").Replace(watchedPost)
	if err := os.WriteFile(filepath.Join(posts, "two.md"), []byte(second), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, base+"/api/search?q=hypatia", "person/hypatia-quarles")
	waitFor(t, base+"/", "<p>2 posts and") // the home page's cache was dropped too
	if !strings.Contains(stderr.String(), "watch: ingested") {
		t.Errorf("no watch report in %q", stderr.String())
	}
	// a deleted file takes its post with it
	if err := os.Remove(filepath.Join(posts, "one.md")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, base+"/", "<p>1 post and")
	if code, body := fetch(t, base+"/api/search?q=lindqvist"); code != 200 || strings.Contains(body, "ada-lindqvist") {
		t.Errorf("after removing one.md, its author is still found: %s", body)
	}
	if !strings.Contains(stderr.String(), "removed 1 post whose file is gone") {
		t.Errorf("no removal report in %q", stderr.String())
	}

	var out, errb bytes.Buffer
	start := time.Now()
	code := run(context.Background(), []string{"--db", db, "stats"}, nil, &out, &errb)
	if code == 0 || !strings.Contains(errb.String(), "in use by pid") {
		t.Errorf("stats while serving: exit %d, %q", code, errb.String())
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("stats waited %v for the lock", took)
	}
}

func TestServeAddr(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve", "--addr", "0.0.0.0:7801"}, 2, "add --public"},
		{[]string{"serve", "--addr", "192.0.2.1:7801"}, 2, "add --public"},
		{[]string{"serve", "--addr", "nonsense"}, 2, "HOST:PORT"},
	} {
		var errb bytes.Buffer
		if code := run(context.Background(), tt.args, nil, io.Discard, &errb); code != tt.code || !strings.Contains(errb.String(), tt.msg) {
			t.Errorf("%v: exit %d %q, want %d %q", tt.args, code, errb.String(), tt.code, tt.msg)
		}
	}
	for _, h := range []string{"127.0.0.1", "localhost", "[::1]", "127.3.4.5"} {
		if !loopback(strings.Trim(h, "[]")) {
			t.Errorf("%s is loopback", h)
		}
	}
}

// TestServePublicWarns: --public on a non-loopback address serves and
// warns; other commands can read the store while it serves.
func TestServePublicWarns(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"--db", db, "-q", "ingest", filepath.Join("..", "..", "examples", "schedules")}, nil, io.Discard, &errb); code != 0 {
		t.Fatalf("ingest: %s", errb.String())
	}
	base, stderr := startServe(t, "--db", db, "--addr", "0.0.0.0:0", "--public")
	if !strings.Contains(stderr.String(), "warning: serving on 0.0.0.0:0, reachable from other computers") {
		t.Errorf("no warning: %q", stderr.String())
	}
	if code, _ := fetch(t, base+"/"); code != 200 {
		t.Errorf("GET / = %d", code)
	}
	// serving without --watch holds the store read-only: readers run beside
	// it, a writer is told at once
	var out bytes.Buffer
	errb.Reset()
	if code := run(context.Background(), []string{"--db", db, "stats"}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "Talk") {
		t.Errorf("stats beside serve: exit %d %s", code, errb.String())
	}
	errb.Reset()
	if code := run(context.Background(), []string{"--db", db, "ingest", filepath.Join("..", "..", "examples", "posts")}, nil, &out, &errb); code == 0 || !strings.Contains(errb.String(), "in use by") {
		t.Errorf("ingest beside serve: exit %d %q", code, errb.String())
	}
}
