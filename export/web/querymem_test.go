package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestQueryMemoryCap: serve's query endpoint stops memory bombs at
// Config.QueryMemory with a 422 that says the query used too much memory,
// and answers the next query.
func TestQueryMemoryCap(t *testing.T) {
	_, ts := testServer(t, examplesStore(t), func(c *Config) { c.QueryMemory = 64 << 20 })
	for _, q := range []string{
		`var s = "x"; while (true) s += s`,
		`var a = [1]; while (true) a = a.concat(a)`,
		`var a = []; while (true) a.push({n: a.length})`,
	} {
		r := get(t, ts.URL+"/api/query?timeout=60s&q="+url.QueryEscape(q))
		if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "more memory than its cap (64 MB)") {
			t.Errorf("%s: %d %s", q, r.status, r.body)
		}
	}
	if r := get(t, ts.URL+"/api/query?q="+url.QueryEscape(`g.Emit(1)`)); r.status != http.StatusOK {
		t.Errorf("after the bombs: %d %s", r.status, r.body)
	}
}
