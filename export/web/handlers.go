package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/graph/lookup"
	"github.com/talkgraph/talkgraph/graph/queryrun"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// page is what every template gets.
type page struct {
	Title string
	Query string // the search box's text
	Data  any
}

// render writes template name as the page; errors are logged.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, name, p); err != nil {
		s.cfg.Log.Printf("render %s: %v", name, err)
		s.fail(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// apiError is the JSON body of an API error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// fail answers with an error page (or JSON for the API), never a trace.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "2")
	}
	if wantsJSON(r) {
		s.json(w, r, status, apiError{Error: msg, Status: status})
		return
	}
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, "error.html", page{Title: http.StatusText(status), Data: struct {
		Status int
		Msg    string
	}{status, msg}}); err != nil {
		http.Error(w, msg, status)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

func (s *Server) json(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		s.cfg.Log.Printf("json: %v", err)
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal error","status":500}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(append(b, '\n'))
	}
}

// internal logs err and answers 500 (503 when the request ran out of time).
func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil {
		s.fail(w, r, http.StatusServiceUnavailable, "the server took too long: try again")
		return
	}
	s.cfg.Log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	s.fail(w, r, http.StatusInternalServerError, "internal error")
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	h, err := s.homeData(r.Context())
	if err != nil {
		s.internal(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home.html", page{Title: "talkgraph", Data: h})
}

// hit is one search result.
type hit struct {
	IRI     string `json:"iri"`
	Name    string `json:"name"`
	Class   string `json:"class,omitempty"`
	Matched string `json:"matched"`
	Score   int    `json:"score"`
	Page    string `json:"page"`
}

// Result limits: search hits, and entities listed for a class.
const (
	maxHits = 50
	maxList = 500
)

// errBadRequest marks errors that are the client's (answered 400).
var errBadRequest = errors.New("bad request")

func (s *Server) search(r *http.Request) (string, []hit, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	class := vocab.Class(r.URL.Query().Get("class"))
	if class != "" && !slices.Contains(vocab.Classes(), class) {
		return q, nil, fmt.Errorf("%w: unknown class %q", errBadRequest, class)
	}
	if len(q) > 200 {
		q = q[:200]
	}
	out := []hit{}
	if q == "" && class != "" { // every entity of the class, by name
		es, err := lookup.ForStore(s.cfg.Store).OfClass(r.Context(), class)
		if err != nil {
			return q, nil, err
		}
		for i, e := range es {
			if i == maxList {
				break
			}
			out = append(out, hit{IRI: string(e.IRI), Name: e.Name, Class: string(class), Matched: e.Name, Page: s.pathOf(string(e.IRI))})
		}
		return q, out, nil
	}
	if q == "" {
		return "", nil, nil
	}
	ms, err := lookup.FindByName(r.Context(), s.cfg.Store, q, class)
	if err != nil {
		return q, nil, err
	}
	for i, m := range ms {
		if i == maxHits {
			break
		}
		out = append(out, hit{IRI: string(m.IRI), Name: m.Name, Class: string(m.Class()), Matched: m.Matched, Score: m.Score, Page: s.pathOf(string(m.IRI))})
	}
	return q, out, nil
}

type searchData struct {
	Class string
	Hits  []hit
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q, hits, err := s.search(r)
	if errors.Is(err, errBadRequest) {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "search.html", page{Title: "Search: " + q, Query: q, Data: searchData{r.URL.Query().Get("class"), hits}})
}

func (s *Server) searchAPI(w http.ResponseWriter, r *http.Request) {
	q, hits, err := s.search(r)
	if errors.Is(err, errBadRequest) {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if hits == nil {
		hits = []hit{}
	}
	s.json(w, r, http.StatusOK, struct {
		Query string `json:"query"`
		Hits  []hit  `json:"hits"`
	}{q, hits})
}

// entity serves /id/… and /entity?iri=…: HTML, or the entity's quads as RDF.
func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	var iri string
	if r.URL.Path == "/entity" {
		iri = strings.Trim(vocab.Expand(r.URL.Query().Get("iri")), "<>")
	} else {
		var err error
		if iri, err = s.iriOfPath(r.URL.EscapedPath()); err != nil {
			s.fail(w, r, http.StatusBadRequest, err.Error())
			return
		}
	}
	rd := s.reader()
	if iri == "" || !rd.exists(quad.IRI(iri)) {
		s.fail(w, r, http.StatusNotFound, "no entity <"+iri+"> in this graph")
		return
	}
	w.Header().Add("Vary", "Accept")
	typ := negotiate(r.Header.Get("Accept"), s.offers())
	if f := r.URL.Query().Get("format"); f != "" {
		if typ = formatParam[f]; typ == "" || (typ != typeHTML && s.rdfWriter(typ) == nil) {
			s.fail(w, r, http.StatusNotAcceptable, "unknown format "+strconv.Quote(f)+": use html, nquads, jsonld, trig or turtle")
			return
		}
	}
	switch typ {
	case "":
		s.fail(w, r, http.StatusNotAcceptable, "this URL is served as "+strings.Join(s.offers(), ", "))
		return
	case typeHTML:
		s.entityPage(w, r, rd, quad.IRI(iri))
		return
	}
	qq, err := rd.entityQuads(r.Context(), quad.IRI(iri))
	if err != nil {
		s.internal(w, r, err)
		return
	}
	slices.SortFunc(qq, func(a, b quad.Quad) int {
		return strings.Compare(quad.ToString(a.Label)+" "+tripleKey(a), quad.ToString(b.Label)+" "+tripleKey(b))
	})
	var buf bytes.Buffer
	if err := s.rdfWriter(typ)(r.Context(), &buf, export.SliceSource(qq)); err != nil {
		s.internal(w, r, err)
		return
	}
	ct := typ
	if typ != typeJSONLD && typ != typeTriG {
		ct += "; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// rdfLink is a link to the entity's RDF.
type rdfLink struct{ Label, Href string }

type entityPage struct {
	*entityView
	Path string
	RDF  []rdfLink
}

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request, rd *reader, iri quad.IRI) {
	ctx := r.Context()
	ev, err := rd.explain(ctx, iri)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	ev.Sections = rd.sections(ctx, iri, ev.Class)
	if ev.Class == string(vocab.Post) || strings.HasPrefix(string(iri), s.base+"schedule/") {
		if ev.States, err = rd.docStatements(ctx, iri); err != nil {
			s.internal(w, r, err)
			return
		}
	}
	ev.Diagram = s.entityDiagram(r, string(iri), ev.Class)
	path := s.pathOf(string(iri))
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	p := entityPage{entityView: ev, Path: path}
	p.RDF = []rdfLink{{"N-Quads", path + sep + "format=nquads"}, {"JSON-LD", path + sep + "format=jsonld"},
		{"TriG", path + sep + "format=trig"}, {"Turtle", path + sep + "format=turtle"}}
	title := ev.Name
	if ev.Class != "" {
		title += " (" + ev.Class + ")"
	}
	s.render(w, r, http.StatusOK, "entity.html", page{Title: title, Data: p})
}

// queryParams reads lang, q and timeout from the URL or a POST form/body.
func (s *Server) queryParams(r *http.Request) (lang, q string, timeout time.Duration, err error) {
	if r.Method == http.MethodPost {
		ct := r.Header.Get("Content-Type")
		if strings.HasPrefix(ct, "application/x-www-form-urlencoded") || strings.HasPrefix(ct, "multipart/form-data") {
			if err := r.ParseForm(); err != nil {
				return "", "", 0, fmt.Errorf("bad form: %w", err)
			}
			q = r.PostForm.Get("q")
		} else {
			var b bytes.Buffer
			if _, err := b.ReadFrom(r.Body); err != nil {
				return "", "", 0, fmt.Errorf("read body: %w", err)
			}
			q = b.String()
		}
	}
	v := r.URL.Query()
	if q == "" {
		q = v.Get("q")
		if q == "" && r.Form != nil {
			q = r.Form.Get("q")
		}
	}
	lang = v.Get("lang")
	if lang == "" && r.Form != nil {
		lang = r.Form.Get("lang")
	}
	if lang == "" {
		lang = "gizmo"
	}
	if !slices.Contains(queryrun.Languages, lang) {
		return "", "", 0, fmt.Errorf("unknown query language %q: use gizmo, graphql or mql", lang)
	}
	if len(q) > maxQueryLen {
		return "", "", 0, fmt.Errorf("query longer than %d bytes", maxQueryLen)
	}
	timeout = s.cfg.QueryTimeout
	t := v.Get("timeout")
	if t == "" && r.Form != nil {
		t = r.Form.Get("timeout")
	}
	if t != "" {
		d, err := parseTimeout(t)
		if err != nil {
			return "", "", 0, err
		}
		timeout = min(d, timeout)
	}
	return lang, q, timeout, nil
}

var bareNumber = lazyre.New(`^[0-9]+(\.[0-9]+)?$`)

// parseTimeout reads "2s", "500ms" or a number of seconds.
func parseTimeout(t string) (time.Duration, error) {
	if bareNumber.MatchString(t) {
		t += "s"
	}
	d, err := time.ParseDuration(t)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("bad timeout %q: give a duration such as 2s or 500ms", t)
	}
	return d, nil
}

// maxResults caps a query's results in the API and the console.
const maxResults = 10000

type queryResult struct {
	Lang    string `json:"lang"`
	Query   string `json:"query"`
	Results []any  `json:"results"`
	Millis  int64  `json:"ms"`
}

// runQuery runs a query in one of the server's slots.
func (s *Server) runQuery(r *http.Request, lang, q string, timeout time.Duration) (*queryResult, int, error) {
	release, ok := s.acquire(r.Context())
	if !ok {
		return nil, http.StatusServiceUnavailable, errors.New("too many queries are running: try again in a moment")
	}
	defer release()
	start := time.Now()
	res, err := queryrun.Run(r.Context(), s.cfg.Store.QuadStore(), queryrun.Options{Lang: lang, Query: q, Limit: maxResults, Timeout: timeout, MaxMemory: s.cfg.QueryMemory})
	switch {
	case errors.Is(err, queryrun.ErrTimeout):
		return nil, http.StatusGatewayTimeout, err
	case errors.Is(err, queryrun.ErrMemory):
		return nil, http.StatusUnprocessableEntity, fmt.Errorf("%v: narrow the query", err)
	case errors.Is(err, queryrun.ErrClosed):
		return nil, http.StatusServiceUnavailable, err
	case errors.Is(err, queryrun.ErrTooMany):
		return nil, http.StatusUnprocessableEntity, fmt.Errorf("%v results: narrow the query (add .Limit(N))", err)
	case err != nil && r.Context().Err() != nil:
		return nil, http.StatusServiceUnavailable, errors.New("request cancelled")
	case err != nil:
		return nil, http.StatusBadRequest, err
	}
	return &queryResult{Lang: lang, Query: q, Results: res, Millis: time.Since(start).Milliseconds()}, http.StatusOK, nil
}

func (s *Server) queryAPI(w http.ResponseWriter, r *http.Request) {
	lang, q, timeout, err := s.queryParams(r)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, "request body too large")
			return
		}
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if strings.TrimSpace(q) == "" {
		s.fail(w, r, http.StatusBadRequest, "no query: give q=…")
		return
	}
	res, status, err := s.runQuery(r, lang, q, timeout)
	if err != nil {
		s.fail(w, r, status, err.Error())
		return
	}
	s.json(w, r, status, res)
}

type consoleData struct {
	Lang, Q   string
	Langs     []string
	Examples  []Example
	Result    string
	Count     int
	Millis    int64
	Error     string
	Status    int
	TimeoutS  float64
	HasResult bool
}

func (s *Server) queryPage(w http.ResponseWriter, r *http.Request) {
	d := consoleData{Langs: queryrun.Languages, Examples: s.cfg.Examples, Lang: "gizmo", TimeoutS: s.cfg.QueryTimeout.Seconds()}
	status := http.StatusOK
	lang, q, timeout, err := s.queryParams(r)
	switch {
	case err != nil:
		d.Error, status = err.Error(), http.StatusBadRequest
	case strings.TrimSpace(q) != "":
		d.Lang, d.Q = lang, q
		res, st, err := s.runQuery(r, lang, q, timeout)
		if err != nil {
			d.Error, status = err.Error(), st
		} else {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false) // the template escapes
			enc.SetIndent("", "  ")
			enc.Encode(res.Results)
			d.Result, d.Count, d.Millis, d.HasResult = b.String(), len(res.Results), res.Millis, true
		}
	default:
		d.Lang = lang
	}
	d.Status = status
	s.render(w, r, status, "query.html", page{Title: "Query", Data: d})
}
