package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// collect walks paths and returns every input, failing the test on a walk error.
func collect(t *testing.T, paths []string, opts Options) []Input {
	t.Helper()
	var got []Input
	err := Walk(context.Background(), paths, opts, func(in Input) error {
		got = append(got, in)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return got
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWalkTree(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "b.md"), "b")
	write(t, filepath.Join(root, "a.txt"), "a")
	write(t, filepath.Join(root, "sub", "c.rst"), "c")
	write(t, filepath.Join(root, "sub", "logo.png"), "\x89PNG")
	write(t, filepath.Join(root, ".git", "HEAD"), "ref")
	write(t, filepath.Join(root, ".hidden.md"), "h")
	write(t, filepath.Join(root, "sub", "deeper", "d.gmi"), "d")
	// a symlink loop: sub/deeper/up -> root
	if err := os.Symlink(root, filepath.Join(root, "sub", "deeper", "up")); err != nil {
		t.Fatal(err)
	}
	// a symlink to a file is followed
	if err := os.Symlink(filepath.Join(root, "a.txt"), filepath.Join(root, "sub", "link.txt")); err != nil {
		t.Fatal(err)
	}
	// a dangling symlink is reported
	if err := os.Symlink(filepath.Join(root, "nowhere"), filepath.Join(root, "sub", "zz-dangling.md")); err != nil {
		t.Fatal(err)
	}

	got := collect(t, []string{root}, Options{})
	var names []string
	for _, in := range got {
		rel, _ := filepath.Rel(root, in.Name)
		if in.Err != nil {
			rel += " ERR"
		}
		if in.Explicit {
			rel += " EXPLICIT"
		}
		names = append(names, rel)
	}
	want := []string{"a.txt", "b.md", "sub/c.rst", "sub/deeper/d.gmi", "sub/link.txt", "sub/zz-dangling.md ERR"}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("walk order:\n got %v\nwant %v", names, want)
	}
	if string(got[0].Data) != "a" {
		t.Errorf("a.txt data = %q", got[0].Data)
	}
}

func TestWalkExplicit(t *testing.T) {
	root := t.TempDir()
	hidden := filepath.Join(root, ".draft.md")
	write(t, hidden, "draft")
	img := filepath.Join(root, "x.png")
	write(t, img, "png")
	got := collect(t, []string{hidden, img, filepath.Join(root, "missing.md")}, Options{})
	if len(got) != 3 {
		t.Fatalf("got %d inputs, want 3", len(got))
	}
	for _, in := range got[:2] {
		if in.Err != nil || !in.Explicit {
			t.Errorf("%s: explicit file not read: %+v", in.Name, in)
		}
	}
	if got[2].Err == nil || !strings.Contains(got[2].Err.Error(), "missing.md") {
		t.Errorf("missing file: err = %v", got[2].Err)
	}
}

func TestWalkOversized(t *testing.T) {
	root := t.TempDir()
	big := filepath.Join(root, "big.md")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// sparse: no disk blocks are written
	if err := f.Truncate(31_200_000); err != nil {
		t.Fatal(err)
	}
	f.Close()
	write(t, filepath.Join(root, "small.md"), "ok")
	got := collect(t, []string{root}, Options{})
	if len(got) != 2 {
		t.Fatalf("got %d inputs", len(got))
	}
	if got[0].Err == nil || !errors.Is(got[0].Err, ErrTooLarge) {
		t.Fatalf("big file: err = %v", got[0].Err)
	}
	if want := "is 31.2 MB, over the 20 MB limit"; !strings.Contains(got[0].Err.Error(), want) {
		t.Errorf("message %q lacks %q", got[0].Err, want)
	}
	if got[0].Data != nil {
		t.Errorf("big file was read")
	}
	if got[1].Err != nil {
		t.Errorf("small file: %v", got[1].Err)
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	root := t.TempDir()
	p := filepath.Join(root, "secret.md")
	write(t, p, "x")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	got := collect(t, []string{root}, Options{})
	if len(got) != 1 || got[0].Err == nil || !strings.Contains(got[0].Err.Error(), "secret.md") {
		t.Fatalf("unreadable: %+v", got)
	}
}

func TestWalkPathUnderFile(t *testing.T) {
	// An explicit path that cannot be opened (a file under a regular file) is reported.
	root := t.TempDir()
	p := filepath.Join(root, "file.md")
	write(t, p, "x")
	got := collect(t, []string{filepath.Join(p, "child.md")}, Options{})
	if len(got) != 1 || got[0].Err == nil {
		t.Fatalf("got %+v", got)
	}
}

func TestWalkStdin(t *testing.T) {
	got := collect(t, []string{"-"}, Options{Stdin: strings.NewReader("# hello\n")})
	if len(got) != 1 || got[0].Name != "-" || string(got[0].Data) != "# hello\n" || !got[0].Explicit {
		t.Fatalf("stdin: %+v", got)
	}
	got = collect(t, []string{"-"}, Options{Stdin: strings.NewReader(strings.Repeat("x", 200)), MaxBytes: 100})
	if !errors.Is(got[0].Err, ErrTooLarge) {
		t.Errorf("stdin over limit: %v", got[0].Err)
	}
	got = collect(t, []string{"-"}, Options{})
	if got[0].Err == nil {
		t.Errorf("no stdin: want error")
	}
}

func TestWalkURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/post.html", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != UserAgent {
			http.Error(w, "bad agent "+r.Header.Get("User-Agent"), http.StatusForbidden)
			return
		}
		fmt.Fprint(w, "<html><title>x</title></html>")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000")
		w.Write(make([]byte, 5000))
	})
	mux.HandleFunc("/bigchunked", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 50; i++ {
			w.Write(make([]byte, 100))
			w.(http.Flusher).Flush()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	opts := Options{HTTPClient: srv.Client(), Timeout: 300 * time.Millisecond, MaxBytes: 1000}
	tests := []struct {
		path    string
		wantErr string // "" for success
	}{
		{"/post.html", ""},
		{"/missing", "404 Not Found"},
		{"/slow", "no answer within 300ms"},
		{"/big", "over the 0.001 MB limit"},
		{"/bigchunked", "over the 0.001 MB limit"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u := srv.URL + tt.path
			got := collect(t, []string{u}, opts)
			if len(got) != 1 {
				t.Fatalf("got %d inputs", len(got))
			}
			in := got[0]
			if tt.wantErr == "" {
				if in.Err != nil || !strings.Contains(string(in.Data), "<title>") {
					t.Fatalf("fetch: %+v", in)
				}
				return
			}
			if in.Err == nil {
				t.Fatalf("want error %q", tt.wantErr)
			}
			if !strings.Contains(in.Err.Error(), tt.wantErr) || !strings.Contains(in.Err.Error(), u) {
				t.Errorf("error %q should name %s and say %q", in.Err, u, tt.wantErr)
			}
		})
	}
}

func TestWalkCancel(t *testing.T) {
	root := t.TempDir()
	for i := 0; i < 5; i++ {
		write(t, filepath.Join(root, fmt.Sprintf("%d.md", i)), "x")
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Walk(ctx, []string{root}, Options{}, func(in Input) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 2 {
		t.Errorf("cancel: err=%v after %d inputs", err, n)
	}
	stop := errors.New("stop")
	err = Walk(context.Background(), []string{root}, Options{}, func(in Input) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("callback error not returned: %v", err)
	}
}

func TestFormatMB(t *testing.T) {
	for n, want := range map[int64]string{20_000_000: "20 MB", 31_234_567: "31.2 MB", 512: "0.00051 MB", 1000: "0.001 MB", 160_000: "0.2 MB"} {
		if got := FormatMB(n); got != want {
			t.Errorf("FormatMB(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestBinaryExtension(t *testing.T) {
	for name, want := range map[string]bool{"a.PNG": true, "x.tar.gz": true, "post.md": false, "s.json": false, "style.css": false, "README": false} {
		if got := BinaryExtension(name); got != want {
			t.Errorf("BinaryExtension(%q) = %v", name, got)
		}
	}
}

func TestWalkSkipsStore(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"post.md":                    "# Post\n",
		"talkgraph.db/manifest.bolt": "bolt",
		"talkgraph.db/talkgraph.pid": "123\n",
		"notes/talkgraph.pid":        "not a store: no manifest beside it\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	err := Walk(context.Background(), []string{dir}, Options{}, func(in Input) error {
		rel, _ := filepath.Rel(dir, in.Name)
		got = append(got, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"notes/talkgraph.pid", "post.md"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("walked %v, want %v", got, want)
	}
}

func TestWalkPeek(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 5000)
	for name, body := range map[string]string{"long.md": long, "short.md": "tiny"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		file    string
		partial bool
		size    int
	}{
		{"long.md", true, 100},
		{"short.md", false, 4},
	}
	got := map[string]Input{}
	err := Walk(context.Background(), []string{dir}, Options{Peek: 100}, func(in Input) error {
		got[filepath.Base(in.Name)] = in
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		in := got[tt.file]
		if in.Partial != tt.partial || len(in.Data) != tt.size || in.Err != nil {
			t.Errorf("%s: partial %v, %d bytes, err %v; want partial %v, %d bytes", tt.file, in.Partial, len(in.Data), in.Err, tt.partial, tt.size)
		}
	}
	full := ReadFile(filepath.Join(dir, "long.md"), false, Options{Peek: 100})
	if full.Partial || len(full.Data) != len(long) || full.Err != nil {
		t.Errorf("ReadFile: partial %v, %d bytes, err %v", full.Partial, len(full.Data), full.Err)
	}
	if in := ReadFile(filepath.Join(dir, "missing.md"), true, Options{}); in.Err == nil {
		t.Error("ReadFile of a missing file: no error")
	}
}

// TestWalkSymlinkedSibling: a directory reached first through a symbolic
// link (listed before it) is walked once, under the link's name, whether
// its real path comes from resolving the link or from its parent's.
func TestWalkSymlinkedSibling(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "real", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "real", "deep", "p.md"), []byte("# P\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "real"), filepath.Join(root, "alias")); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := Walk(context.Background(), []string{root}, Options{}, func(in Input) error {
		rel, _ := filepath.Rel(root, in.Name)
		got = append(got, filepath.ToSlash(rel))
		return in.Err
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"alias/deep/p.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("walked %q, want %q", got, want)
	}
}
