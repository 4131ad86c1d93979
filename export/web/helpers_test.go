package web

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/examples/queries"
	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/pipeline"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

var (
	exampleOnce  sync.Once
	exampleStore *store.Store
	exampleErr   error
)

// examplesStore is the README's example graph (examples/posts and
// examples/schedules) in a memory store, shared by the tests (read-only).
func examplesStore(t *testing.T) *store.Store {
	t.Helper()
	exampleOnce.Do(func() {
		ctx := context.Background()
		st, err := store.Open(ctx, store.Config{Backend: store.Memory})
		if err != nil {
			exampleErr = err
			return
		}
		gz, err := gazetteer.Default()
		if err != nil {
			exampleErr = err
			return
		}
		known, err := schedule.Known()
		if err != nil {
			exampleErr = err
			return
		}
		root := filepath.Join("..", "..", "examples")
		_, err = pipeline.Run(ctx, pipeline.Config{Store: st, Gazetteer: gz, Known: known},
			[]string{filepath.Join(root, "posts"), filepath.Join(root, "schedules")})
		exampleStore, exampleErr = st, err
	})
	if exampleErr != nil {
		t.Fatalf("examples store: %v", exampleErr)
	}
	return exampleStore
}

// testServer serves st with the shipped example queries.
func testServer(t *testing.T, st *store.Store, mod ...func(*Config)) (*Server, *httptest.Server) {
	t.Helper()
	cfg := Config{Store: st, QueryTimeout: 5 * time.Second}
	for _, q := range queries.All() {
		cfg.Examples = append(cfg.Examples, Example{Name: q.Title, Lang: q.Lang, Query: q.Text})
	}
	for _, m := range mod {
		m(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

type response struct {
	status int
	header http.Header
	body   string
}

// do sends one request; hdr is "Name: value" lines.
func do(t *testing.T, method, url, body string, hdr ...string) response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hdr {
		k, v, _ := strings.Cut(h, ": ")
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(res.Body); err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, b.String()}
}

func get(t *testing.T, url string, hdr ...string) response { return do(t, "GET", url, "", hdr...) }

// noTrace fails when a body looks like a Go stack trace or panic.
func noTrace(t *testing.T, what, body string) {
	t.Helper()
	for _, bad := range []string{"goroutine ", "panic(", ".go:", "runtime/debug"} {
		if strings.Contains(body, bad) {
			t.Errorf("%s: body shows %q:\n%.400s", what, bad, body)
		}
	}
}
