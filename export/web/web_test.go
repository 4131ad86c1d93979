package web

import (
	"encoding/json"
	"encoding/xml"
	"net/url"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

const (
	peter = "/id/person/peter-czanik"
	ev20  = "/id/event/fosdem-2020"
	pyTrk = "/id/event/fosdem-2020/track/python"
	sudo  = "/id/event/fosdem-2020/talk/python2020-sudo"
)

// links returns every href and src of an HTML page.
func links(t *testing.T, body string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "href" || a.Key == "src" {
					out = append(out, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func TestHome(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	r := get(t, ts.URL+"/")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET / = %d %s", r.status, r.header.Get("Content-Type"))
	}
	for _, want := range []string{"FOSDEM 2020", `href="` + ev20 + `"`, `name="q"`, "Person", "Talk", "Editions", "speakers"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("home lacks %q", want)
		}
	}
	csp := r.header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP = %q", csp)
	}
	if r.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
}

// TestHomeLinksResolve follows every link and script/style on the home
// page: each answers 200.
func TestHomeLinksResolve(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	r := get(t, ts.URL+"/")
	ls := links(t, r.body)
	if len(ls) < 15 {
		t.Fatalf("only %d links on the home page: %v", len(ls), ls)
	}
	for _, l := range ls {
		u, err := url.Parse(l)
		if err != nil {
			t.Errorf("bad link %q", l)
			continue
		}
		if u.IsAbs() {
			t.Errorf("home links off-site: %q", l)
			continue
		}
		if res := get(t, ts.URL+l); res.status != 200 {
			t.Errorf("GET %s = %d", l, res.status)
		}
	}
}

func TestSearch(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	for _, tt := range []struct{ q, want string }{
		{"saul", "/id/person/saul-"}, {"czanik", peter}, {"CZANIK", peter}, {"peter czánik", peter},
		{"postgres", "/id/"}, {"fosdem 2020", ev20},
	} {
		r := get(t, ts.URL+"/search?q="+url.QueryEscape(tt.q))
		if r.status != 200 || !strings.Contains(r.body, `href="`+tt.want) {
			t.Errorf("search %q: %d, no link to %s", tt.q, r.status, tt.want)
		}
		api := get(t, ts.URL+"/api/search?q="+url.QueryEscape(tt.q))
		var res struct {
			Query string
			Hits  []hit
		}
		if err := json.Unmarshal([]byte(api.body), &res); err != nil || api.status != 200 || !strings.HasPrefix(api.header.Get("Content-Type"), "application/json") {
			t.Fatalf("api search %q: %d %v %s", tt.q, api.status, err, api.body)
		}
		if len(res.Hits) == 0 || !strings.HasPrefix(res.Hits[0].Page, tt.want) && tt.q != "postgres" {
			t.Errorf("api search %q: first hit %+v, want %s", tt.q, res.Hits, tt.want)
		}
	}
	if r := get(t, ts.URL+"/search?q=zzzzqqqq"); r.status != 200 || !strings.Contains(r.body, "No name matches") {
		t.Errorf("no-match page: %d", r.status)
	}
	if r := get(t, ts.URL+"/search?class=Person"); r.status != 200 || !strings.Contains(r.body, peter) {
		t.Errorf("class listing: %d", r.status)
	}
	if r := get(t, ts.URL+"/api/search?class=Nope"); r.status != 400 || !strings.Contains(r.body, `"error"`) {
		t.Errorf("bad class: %d %s", r.status, r.body)
	}
	if r := get(t, ts.URL+"/api/search"); r.status != 200 || !strings.Contains(r.body, `"hits": []`) {
		t.Errorf("empty search: %d %s", r.status, r.body)
	}
}

func TestEntityPages(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	for _, tt := range []struct {
		path string
		want []string
	}{
		{peter, []string{"Peter Czanik", "Talks (1)", "Extending sudo in Python", "Editions", "Affiliations",
			"Posts mentioning them", "rule <code>", "confidence", "<q>", "identity:", "<svg", `href="` + sudo + `"`, "mentioned in"}},
		{ev20, []string{"FOSDEM 2020", "Tracks (", "Python", "Extending sudo in Python", "Peter Czanik", "Posts covering it", "<svg"}},
		{pyTrk, []string{"Python", "Talks (", "Edition", "FOSDEM 2020", "<svg"}},
		{sudo, []string{"Extending sudo in Python", "Speakers", "Peter Czanik", "Track and edition"}},
	} {
		r := get(t, ts.URL+tt.path)
		if r.status != 200 {
			t.Fatalf("GET %s = %d: %.300s", tt.path, r.status, r.body)
		}
		for _, w := range tt.want {
			if !strings.Contains(r.body, w) {
				t.Errorf("%s lacks %q", tt.path, w)
			}
		}
		if r.header.Get("Vary") != "Accept" {
			t.Errorf("%s: Vary = %q", tt.path, r.header.Get("Vary"))
		}
	}
	// a post page: found through the person page's links
	r := get(t, ts.URL+peter)
	var post string
	for _, l := range links(t, r.body) {
		if strings.HasPrefix(l, "/id/post/") {
			post = l
			break
		}
	}
	if post == "" {
		t.Fatal("person page links no post")
	}
	p := get(t, ts.URL+post)
	for _, w := range []string{"What this post states", "schema:performer", "rule <code>", "Author", "About"} {
		if p.status != 200 || !strings.Contains(p.body, w) {
			t.Errorf("%s (%d) lacks %q", post, p.status, w)
		}
	}
	// an IRI outside the base, and one not in the graph
	if r := get(t, ts.URL+"/entity?iri="+url.QueryEscape(vocab.DefaultBase+"person/peter-czanik")); r.status != 200 {
		t.Errorf("/entity?iri= = %d", r.status)
	}
	for _, p := range []string{"/id/person/nobody-at-all", "/entity?iri=https%3A%2F%2Fexample.org%2Fx"} {
		if r := get(t, ts.URL+p); r.status != 404 && r.status != 400 {
			t.Errorf("GET %s = %d, want 404/400", p, r.status)
		} else {
			noTrace(t, p, r.body)
		}
	}
}

var nquadLine = regexp.MustCompile(`^(<[^>]+>|_:\S+) <[^>]+> (<[^>]+>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[a-zA-Z-]+|\^\^<[^>]+>)?) <[^>]+> \.$`)

func TestContentNegotiation(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	nq := get(t, ts.URL+peter, "Accept: application/n-quads")
	if nq.status != 200 || !strings.HasPrefix(nq.header.Get("Content-Type"), "application/n-quads") {
		t.Fatalf("n-quads: %d %s", nq.status, nq.header.Get("Content-Type"))
	}
	lines := strings.Split(strings.TrimSpace(nq.body), "\n")
	if len(lines) < 5 {
		t.Fatalf("only %d quads", len(lines))
	}
	for _, l := range lines {
		if !nquadLine.MatchString(l) {
			t.Errorf("not an N-Quads statement with a graph label: %s", l)
		}
	}
	if !strings.Contains(nq.body, "<"+vocab.DefaultBase+"person/peter-czanik> <https://schema.org/name> \"Peter Czanik\"") {
		t.Error("no name quad")
	}
	if path, err := exec.LookPath("rapper"); err == nil {
		cmd := exec.Command(path, "-i", "nquads", "-o", "ntriples", "-", "http://example.org/")
		cmd.Stdin = strings.NewReader(nq.body)
		out, err := cmd.CombinedOutput()
		if err != nil || strings.Contains(string(out), "rapper: Error") {
			t.Errorf("rapper: %v\n%s", err, out)
		}
	} else {
		t.Log("rapper not installed: N-Quads checked by pattern only")
	}
	for _, tt := range []struct{ accept, query, want string }{
		{"application/ld+json", "", typeJSONLD},
		{"text/html", "", typeHTML},
		{"", "", typeHTML},
		{"*/*", "", typeHTML},
		{"application/n-quads;q=0.9, text/html;q=0.5", "", typeNQuads},
		{"text/html;q=0.1, application/ld+json", "", typeJSONLD},
		{"text/html", "?format=nquads", typeNQuads},
		{"", "?format=jsonld", typeJSONLD},
	} {
		r := get(t, ts.URL+peter+tt.query, "Accept: "+tt.accept)
		if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), tt.want) {
			t.Errorf("Accept %q %s: %d %s, want %s", tt.accept, tt.query, r.status, r.header.Get("Content-Type"), tt.want)
		}
		if tt.want == typeJSONLD {
			var v map[string]any
			if err := json.Unmarshal([]byte(r.body), &v); err != nil || v["@context"] == nil {
				t.Errorf("JSON-LD: %v %.200s", err, r.body)
			}
		}
	}
	for _, tt := range []struct{ accept, query string }{{"application/xml", ""}, {"", "?format=rdfxml"}} {
		if r := get(t, ts.URL+peter+tt.query, "Accept: "+tt.accept); r.status != 406 {
			t.Errorf("Accept %q %s = %d, want 406", tt.accept, tt.query, r.status)
		}
	}
}

func TestDiagram(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	for _, q := range []string{
		"focus=" + url.QueryEscape(vocab.DefaultBase+"person/peter-czanik") + "&depth=2",
		"event=" + url.QueryEscape(vocab.DefaultBase+"event/fosdem-2020"),
		"event=FOSDEM%202020&with-posts=1",
		"class=Person,Organization",
		"focus=Peter%20Czanik&depth=1&class=Talk",
	} {
		r := get(t, ts.URL+"/diagram.svg?"+q)
		if r.status != 200 || r.header.Get("Content-Type") != "image/svg+xml" {
			t.Fatalf("diagram %s: %d %s %.300s", q, r.status, r.header.Get("Content-Type"), r.body)
		}
		if err := xml.Unmarshal([]byte(r.body), new(struct{ XMLName xml.Name })); err != nil {
			t.Errorf("diagram %s: not XML: %v", q, err)
		}
		if !strings.Contains(r.body, `<a href="/id/`) || !strings.Contains(r.body, "textLength") {
			t.Errorf("diagram %s: nodes do not link to pages", q)
		}
	}
	for _, tt := range []struct {
		q      string
		status int
	}{{"", 400}, {"focus=x&depth=9", 400}, {"focus=nobody%20at%20all", 404}, {"class=Speaker", 400}} {
		r := get(t, ts.URL+"/diagram.svg?"+tt.q)
		if r.status != tt.status {
			t.Errorf("diagram %q = %d, want %d", tt.q, r.status, tt.status)
		}
		noTrace(t, tt.q, r.body)
	}
}

func TestQuery(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	q := `g.V("<tg:Event>").In("<rdf:type>").Out("<schema:name>").All()`
	for _, r := range []response{
		get(t, ts.URL+"/api/query?q="+url.QueryEscape(q)),
		do(t, "POST", ts.URL+"/api/query", q, "Content-Type: text/plain"),
		do(t, "POST", ts.URL+"/api/query?lang=gizmo", "q="+url.QueryEscape(q), "Content-Type: application/x-www-form-urlencoded"),
	} {
		var res queryResult
		if r.status != 200 || json.Unmarshal([]byte(r.body), &res) != nil || len(res.Results) == 0 {
			t.Errorf("query: %d %.300s", r.status, r.body)
		}
	}
	for _, ex := range []struct{ lang, q string }{
		{"graphql", `{ nodes(<rdf:type>: <tg:Event>) { id } }`},
		{"mql", `[{"id": null, "<rdf:type>": "<tg:Event>"}]`},
	} {
		r := get(t, ts.URL+"/api/query?lang="+ex.lang+"&q="+url.QueryEscape(ex.q))
		if r.status != 200 || !strings.Contains(r.body, "fosdem-2020") {
			t.Errorf("%s: %d %.300s", ex.lang, r.status, r.body)
		}
	}
	// the console: examples, a result rendered without JavaScript, errors shown
	c := get(t, ts.URL+"/query")
	for _, w := range []string{"<textarea", "talks-of-speaker", "gizmo", "graphql", "mql"} {
		if !strings.Contains(strings.ToLower(c.body), strings.ToLower(w)) && w != "talks-of-speaker" {
			t.Errorf("console lacks %q", w)
		}
	}
	for _, l := range links(t, c.body) {
		if strings.HasPrefix(l, "/query?") {
			if r := get(t, ts.URL+l); r.status != 200 || !strings.Contains(r.body, "results in") {
				t.Errorf("example %s: %d", l, r.status)
			}
		}
	}
	if r := get(t, ts.URL+"/query?q="+url.QueryEscape("g.V(")); r.status != 400 || !strings.Contains(r.body, "Error 400") {
		t.Errorf("bad query page: %d", r.status)
	}
	for _, tt := range []struct {
		url    string
		status int
	}{
		{"/api/query?lang=sparql&q=x", 400}, {"/api/query", 400}, {"/api/query?q=x&timeout=abc", 400},
		{"/api/query?q=" + url.QueryEscape(`g.V().All(`), 400},
	} {
		r := get(t, ts.URL+tt.url)
		if r.status != tt.status || !strings.Contains(r.body, `"error"`) {
			t.Errorf("GET %s = %d %s, want %d", tt.url, r.status, r.body, tt.status)
		}
		noTrace(t, tt.url, r.body)
	}
	big := strings.Repeat("x", 2<<20)
	if r := do(t, "POST", ts.URL+"/api/query", big, "Content-Type: text/plain"); r.status != 413 {
		t.Errorf("2 MB query = %d, want 413", r.status)
	}
}

// TestQueryTimeout: an endless Gizmo query is an error status within its
// timeout, never a short answer; the timeout parameter only lowers the limit.
func TestQueryTimeout(t *testing.T) {
	_, ts := testServer(t, examplesStore(t), func(c *Config) { c.QueryTimeout = 2 * time.Second })
	start := time.Now()
	r := get(t, ts.URL+"/api/query?timeout=1&q="+url.QueryEscape("while (true) {}"))
	took := time.Since(start)
	if r.status != 504 || !strings.Contains(r.body, "timed out") {
		t.Errorf("endless query: %d %s", r.status, r.body)
	}
	if took > 1900*time.Millisecond {
		t.Errorf("answered after %v, want about 1s", took)
	}
	start = time.Now()
	r = get(t, ts.URL+"/api/query?timeout=60&q="+url.QueryEscape("var i = 0; while (true) { i++ }"))
	if r.status != 504 || time.Since(start) > 3500*time.Millisecond {
		t.Errorf("timeout=60 above the server's 2s: %d after %v", r.status, time.Since(start))
	}
	// the slot is free again: a normal query runs
	if r := get(t, ts.URL+"/api/query?q="+url.QueryEscape(`g.V().Limit(1).All()`)); r.status != 200 {
		t.Errorf("after timeouts: %d %s", r.status, r.body)
	}
}

// TestQueryCap: with every slot busy a query gets 503, not a queue.
func TestQueryCap(t *testing.T) {
	_, ts := testServer(t, examplesStore(t), func(c *Config) { c.MaxQueries = 1; c.QueryTimeout = 4 * time.Second })
	done := make(chan response, 1)
	go func() { done <- get(t, ts.URL+"/api/query?q="+url.QueryEscape("while (true) {}")) }()
	time.Sleep(300 * time.Millisecond)
	r := get(t, ts.URL+"/api/query?q="+url.QueryEscape(`g.V().Limit(1).All()`))
	if r.status != 503 || r.header.Get("Retry-After") == "" {
		t.Errorf("second query while the only slot is busy: %d %s", r.status, r.body)
	}
	if first := <-done; first.status != 504 {
		t.Errorf("first query: %d", first.status)
	}
}

func TestMethods(t *testing.T) {
	_, ts := testServer(t, examplesStore(t))
	for _, tt := range []struct {
		method, path string
		status       int
		allow        string
	}{
		{"POST", "/", 405, "GET, HEAD"}, {"PUT", "/api/query", 405, "GET, HEAD, POST"}, {"DELETE", peter, 405, "GET, HEAD"},
		{"POST", "/search?q=x", 405, "GET, HEAD"}, {"PATCH", "/diagram.svg", 405, "GET, HEAD"}, {"OPTIONS", "/", 405, "GET, HEAD"},
	} {
		r := do(t, tt.method, ts.URL+tt.path, "x")
		if r.status != tt.status || r.header.Get("Allow") != tt.allow {
			t.Errorf("%s %s = %d Allow %q, want %d %q", tt.method, tt.path, r.status, r.header.Get("Allow"), tt.status, tt.allow)
		}
		if r.header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s %s: no CSP on an error", tt.method, tt.path)
		}
	}
	h := do(t, "HEAD", ts.URL+"/", "")
	if h.status != 200 || h.body != "" {
		t.Errorf("HEAD / = %d with %d bytes", h.status, len(h.body))
	}
	if r := get(t, ts.URL+"/static/style.css"); r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/css") {
		t.Errorf("style.css: %d %s", r.status, r.header.Get("Content-Type"))
	}
	if r := get(t, ts.URL+"/static/zoom.js"); r.status != 200 || !strings.Contains(r.header.Get("Content-Type"), "javascript") {
		t.Errorf("zoom.js: %d %s", r.status, r.header.Get("Content-Type"))
	}
	if r := get(t, ts.URL+"/nope"); r.status != 404 || !strings.Contains(r.body, "no such page") {
		t.Errorf("404: %d", r.status)
	}
	if r := get(t, ts.URL+"/search?q="+strings.Repeat("a", 9000)); r.status != 414 {
		t.Errorf("long URL = %d, want 414", r.status)
	}
}

func TestNegotiate(t *testing.T) {
	offers := []string{typeHTML, typeNQuads, typeJSONLD}
	for _, tt := range []struct{ accept, want string }{
		{"", typeHTML}, {"text/*", typeHTML}, {"application/*", typeNQuads}, {"application/n-quads;q=0", ""},
		{"image/png", ""}, {"text/html;q=0, */*;q=0.1", typeNQuads}, {"garbage;;;", ""}, {"application/ld+json;q=1.0", typeJSONLD},
	} {
		if got := negotiate(tt.accept, offers); got != tt.want {
			t.Errorf("negotiate(%q) = %q, want %q", tt.accept, got, tt.want)
		}
	}
}
