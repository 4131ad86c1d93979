package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Store is what the server reads: the talkgraph store.
type Store = *store.Store

// Example is a query shown in the console.
type Example struct {
	Name, Lang, Query string
}

// Config configures a Server. Store is required.
type Config struct {
	Store Store
	// Base is the base of entity IRIs (vocab.DefaultBase if empty); an
	// entity <Base>rest is served at /id/rest.
	Base string
	// QueryTimeout bounds a query (default 10s); a request's timeout
	// parameter may only lower it.
	QueryTimeout time.Duration
	// MaxQueries is how many queries and diagram renders run at once
	// (default GOMAXPROCS); more get 503.
	MaxQueries int
	// QueryMemory stops a query whose heap grows by more than this many
	// bytes (default 512 MB), as `talkgraph query --max-memory` does.
	QueryMemory uint64
	// Examples are shown in the query console.
	Examples []Example
	// Log receives errors (never shown to clients); nil discards them.
	Log *log.Logger
	// RDF writes an entity's quads in a format other than N-Quads and
	// JSON-LD, by media type (e.g. "text/turtle"); may be nil.
	RDF map[string]RDFWriter
}

// Server is the HTTP handler. Create it with New.
type Server struct {
	cfg   Config
	base  string
	tmpl  *template.Template
	mux   *http.ServeMux
	slots chan struct{}

	gen   atomic.Uint64 // bumped by Changed
	mu    sync.Mutex
	cache map[string]cached // per-generation cache (home data, diagram model)
}

type cached struct {
	gen uint64
	val any
}

// New returns a Server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 10 * time.Second
	}
	if cfg.QueryMemory == 0 {
		cfg.QueryMemory = 512 << 20
	}
	if cfg.MaxQueries <= 0 {
		cfg.MaxQueries = runtime.GOMAXPROCS(0)
	}
	if cfg.Log == nil {
		cfg.Log = log.New(discard{}, "", 0)
	}
	s := &Server{cfg: cfg, base: normBase(cfg.Base), slots: make(chan struct{}, cfg.MaxQueries), cache: map[string]cached{}}
	t, err := template.New("").Funcs(s.funcs()).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	s.tmpl = t
	s.routes()
	return s, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// Changed tells the server the store changed (after an ingest): cached
// pages and diagrams are dropped.
func (s *Server) Changed() { s.gen.Add(1) }

// Warm computes what the first requests would wait for (the home page's
// counts, the diagram model) for the current store; call it after start and
// after Changed, in the background.
func (s *Server) Warm(ctx context.Context) error {
	if _, err := s.homeData(ctx); err != nil {
		return err
	}
	_, err := s.model(ctx)
	return err
}

// cachedValue returns the value cached under key for the current
// generation, computing it with fn when missing or stale.
func (s *Server) cachedValue(key string, fn func() (any, error)) (any, error) {
	gen := s.gen.Load()
	s.mu.Lock()
	c, ok := s.cache[key]
	s.mu.Unlock()
	if ok && c.gen == gen {
		return c.val, nil
	}
	v, err := fn()
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if len(s.cache) > 512 {
		clear(s.cache)
	}
	s.cache[key] = cached{gen, v}
	s.mu.Unlock()
	return v, nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("/{$}", s.home)
	m.HandleFunc("/search", s.searchPage)
	m.HandleFunc("/api/search", s.searchAPI)
	m.HandleFunc("/id/", s.entity)
	m.HandleFunc("/entity", s.entity)
	m.HandleFunc("/diagram.svg", s.diagram)
	m.HandleFunc("/query", s.queryPage)
	m.HandleFunc("/api/query", s.queryAPI)
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("/static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "no such page: "+r.URL.Path)
	})
	s.mux = m
}

// Limits of one request.
const (
	maxBody      = 1 << 20 // POST /api/query
	maxQueryLen  = 64 << 10
	maxURL       = 8 << 10
	pageDeadline = 30 * time.Second
)

// csp allows only this origin's scripts, styles and images: no inline
// script or style (Graphviz's SVG uses presentation attributes only).
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// ServeHTTP applies the method rule, the security headers, the request
// limits and the panic guard, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.cfg.Log.Printf("panic serving %s %s: %v", r.Method, r.URL.Path, v)
			s.fail(w, r, http.StatusInternalServerError, "internal error")
		}
	}()
	switch {
	case r.Method == http.MethodGet || r.Method == http.MethodHead:
	case r.Method == http.MethodPost && r.URL.Path == "/api/query":
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	default:
		if r.URL.Path == "/api/query" {
			h.Set("Allow", "GET, HEAD, POST")
		} else {
			h.Set("Allow", "GET, HEAD")
		}
		s.fail(w, r, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed: this server is read-only")
		return
	}
	if len(r.URL.RawQuery)+len(r.URL.Path) > maxURL {
		s.fail(w, r, http.StatusRequestURITooLong, "request URL too long")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), pageDeadline)
	defer cancel()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// acquire takes a slot for a query or render, or reports false (the
// caller answers 503) when all are busy for a moment.
func (s *Server) acquire(ctx context.Context) (release func(), ok bool) {
	t := time.NewTimer(2 * time.Second)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return func() { <-s.slots }, true
	case <-t.C:
		return nil, false
	case <-ctx.Done():
		return nil, false
	}
}

// HTTPServer returns an http.Server for addr with header, read, write and
// idle timeouts and a header size limit.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      pageDeadline + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          s.cfg.Log,
	}
}

// wantsJSON reports whether the client asked for JSON errors.
func wantsJSON(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/api/") || strings.Contains(r.Header.Get("Accept"), "application/json")
}

// normBase is base as the Minter uses it: DefaultBase when empty, ending
// with '/' or '#'.
func normBase(base string) string {
	if base == "" {
		return vocab.DefaultBase
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		return base + "/"
	}
	return base
}

func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{"plural": func(n int, what string) string {
		if n == 1 {
			return "1 " + what
		}
		return strconv.Itoa(n) + " " + what + "s"
	}}
}
