package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestReadOnlyUser: a user who can read the store but not write it runs
// the read-only commands; an ingest says "permission denied", not
// "damaged". (Needs root, to run the command as nobody.)
func TestReadOnlyUser(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to run a command as another user")
	}
	nobody, err := user.Lookup("nobody")
	if err != nil {
		t.Skip("no user nobody:", err)
	}
	uid, _ := strconv.Atoi(nobody.Uid)
	gid, _ := strconv.Atoi(nobody.Gid)
	dir := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), dir} { // t.TempDir's folders are 0700
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// the test binary, where nobody can run it
	bin := filepath.Join(dir, "talkgraph")
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	src.Close()
	dst.Close()
	db := filepath.Join(dir, "s.db")
	post := filepath.Join(dir, "p.md")
	os.WriteFile(post, []byte("---\ntitle: FOSDEM notes\ndate: 2020-02-02\n---\nNotes from FOSDEM 2020 in Brussels.\n"), 0o644)
	var errb bytes.Buffer
	if code := run(t.Context(), []string{"--db", db, "-q", "ingest", post}, nil, &errb, &errb); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	// readable by all, writable by root alone
	filepath.Walk(db, func(p string, fi os.FileInfo, err error) error {
		if err == nil {
			if fi.IsDir() {
				os.Chmod(p, 0o755)
			} else {
				os.Chmod(p, 0o644)
			}
		}
		return nil
	})
	as := func(args ...string) (string, error) {
		cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
		cmd.Env = append(os.Environ(), "TALKGRAPH_RUN_MAIN=1", "HOME="+dir)
		cmd.Dir = dir
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	for _, args := range [][]string{{"stats"}, {"query", "g.V().All()"}, {"events"}} {
		if out, err := as(args...); err != nil {
			t.Errorf("%v as nobody: %v\n%s", args, err, out)
		}
	}
	out, err := as("ingest", post)
	if err == nil {
		t.Fatalf("ingest as nobody into root's store succeeded:\n%s", out)
	}
	t.Logf("ingest as nobody: %s", strings.TrimSpace(out))
	if !strings.Contains(out, "permission denied") || strings.Contains(out, "damaged") {
		t.Errorf("ingest as nobody: %q, want permission denied (not damaged)", out)
	}
}
