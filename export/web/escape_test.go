package web

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"io"
	"math/rand"
	"net/url"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"golang.org/x/net/html"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// nasty are fragments of titles and names that break pages which do not escape.
var nasty = []string{
	`<script>alert(1)</script>`, `"><img src=x onerror=alert(2)>`, `javascript:alert(3)`, `</title><script>x</script>`,
	`]]><!-- --!>`, `&amp;&lt;&#x3C;`, "\u202eevil\u202c", `{{.}} {{template "x"}}`, `%s %v %!`, `\n \" \\ \u0000`,
	`' onmouseover='alert(4)`, `<svg onload=alert(5)>`, `<style>*{display:none}</style>`, "日本語 Ελληνικά עברית",
	"🎉👩‍💻", strings.Repeat("W", 300), `url(javascript:alert(6))`, `<a href="http://evil">x</a>`,
}

// fuzzStore holds a schedule and a post whose every name and quote is
// made of random nasty fragments (seeded, so failures reproduce).
func fuzzStore(t *testing.T, seed int64) (*store.Store, []quad.IRI) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, store.Config{Backend: store.Memory})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rnd := rand.New(rand.NewSource(seed))
	text := func() string {
		var parts []string
		for n := 1 + rnd.Intn(3); n > 0; n-- {
			parts = append(parts, nasty[rnd.Intn(len(nasty))])
		}
		return strings.ToValidUTF8(strings.ReplaceAll(strings.Join(parts, " "), "\u0000", ""), "")
	}
	m := vocab.Minter{}
	ev := m.Event("FOSDEM", "2031")
	tr := m.Track("fosdem-2031", "Track "+text())
	post := m.Post("posts/fuzz.md")
	sched := m.Schedule("fuzz.xml")
	var sq, pq []quad.Quad
	var facts []store.Fact
	add := func(into *[]quad.Quad, label, s, p quad.IRI, o quad.Value) {
		*into = append(*into, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	typ := func(into *[]quad.Quad, label, s quad.IRI, c vocab.Class, name string) {
		add(into, label, s, vocab.Type, c.IRI())
		add(into, label, s, vocab.Name, quad.String(name))
	}
	typ(&sq, sched, ev, vocab.Event, "FOSDEM 2031")
	typ(&sq, sched, tr, vocab.Track, "Track "+text())
	add(&sq, sched, tr, vocab.SuperEvent, ev)
	var iris = []quad.IRI{ev, tr, post}
	for i := 0; i < 12; i++ {
		talk := m.Talk("fosdem-2031", fmt.Sprintf("t%d", i))
		person := m.Person(fmt.Sprintf("p%d %s", i, text()))
		typ(&sq, sched, talk, vocab.Talk, text())
		typ(&sq, sched, person, vocab.Person, text())
		add(&sq, sched, talk, vocab.SuperEvent, tr)
		add(&sq, sched, talk, vocab.Performer, person)
		add(&pq, post, post, vocab.Mentions, person)
		facts = append(facts, store.Fact{Quad: len(pq) - 1, Rule: "rule:" + text(), Confidence: 0.5, Evidence: text()})
		iris = append(iris, talk, person)
	}
	add(&pq, post, post, vocab.Type, vocab.Post.IRI())
	add(&pq, post, post, vocab.Headline, quad.String(text()))
	add(&pq, post, post, vocab.About, ev)
	add(&pq, post, post, vocab.URL, quad.IRI("javascript:alert(7)"))
	docs := []store.Doc{
		{Label: sched, Source: "fuzz.xml", Kind: "schedule", Hash: "1", Quads: sq},
		{Label: post, Source: "posts/" + text() + ".md", Kind: "post", Hash: "2", Quads: pq, Facts: facts},
	}
	if _, err := st.Put(ctx, docs); err != nil {
		t.Fatalf("put: %v", err)
	}
	return st, iris
}

// checkHTML fails on any script but ours, any on* attribute, any
// javascript: URL, and raw markup from the fragments.
func checkHTML(t *testing.T, what, body string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				t.Errorf("%s: %v", what, z.Err())
			}
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		switch tok.Data {
		case "script":
			if len(tok.Attr) != 2 || tok.Attr[0].Val != "/static/zoom.js" {
				t.Errorf("%s: foreign script %v", what, tok)
			}
		case "img", "iframe", "object", "embed", "style":
			t.Errorf("%s: injected <%s>", what, tok.Data)
		}
		for _, a := range tok.Attr {
			if strings.HasPrefix(a.Key, "on") || strings.Contains(strings.ToLower(a.Val), "javascript:") && (a.Key == "href" || a.Key == "src") {
				t.Errorf("%s: dangerous attribute %s=%q on <%s>", what, a.Key, a.Val, tok.Data)
			}
		}
	}
}

// checkSVG fails unless the diagram is well-formed XML without script,
// handlers or links off this server other than http(s).
func checkSVG(t *testing.T, what string, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s: not XML: %v", what, err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Local == "script" || se.Name.Local == "foreignObject" {
				t.Errorf("%s: <%s> in SVG", what, se.Name.Local)
			}
			for _, a := range se.Attr {
				if strings.HasPrefix(a.Name.Local, "on") || a.Name.Local == "href" && !strings.HasPrefix(a.Value, "/") && !strings.HasPrefix(a.Value, "http") {
					t.Errorf("%s: attribute %s=%q", what, a.Name.Local, a.Value)
				}
			}
		}
	}
}

// TestFuzzedNames serves graphs whose names, titles, quotes and rules are
// random mixes of markup, script, template syntax, bidi controls and long
// strings: every page escapes them and every diagram is clean SVG.
func TestFuzzedNames(t *testing.T) {
	for seed := int64(1); seed <= 4; seed++ {
		st, iris := fuzzStore(t, seed)
		s, ts := testServer(t, st)
		pages := []string{"/", "/search?q=" + url.QueryEscape("script"), "/search?q=" + url.QueryEscape(`"><img`), "/search?class=Person", "/query"}
		for _, iri := range iris {
			pages = append(pages, s.pathOf(string(iri)))
		}
		for _, p := range pages {
			r := get(t, ts.URL+p)
			if r.status != 200 {
				t.Errorf("seed %d: GET %s = %d: %.200s", seed, p, r.status, r.body)
				continue
			}
			checkHTML(t, fmt.Sprintf("seed %d %s", seed, p), r.body)
			noTrace(t, p, r.body)
		}
		if r := get(t, ts.URL+s.pathOf(string(iris[3]))); !strings.Contains(r.body, "<svg") {
			t.Errorf("seed %d: talk page has no diagram", seed)
		}
		for _, q := range []string{"event=" + url.QueryEscape(string(iris[0])), "focus=" + url.QueryEscape(string(iris[2])) + "&depth=2",
			"focus=" + url.QueryEscape(string(iris[4])) + "&depth=2", "event=" + url.QueryEscape(string(iris[0])) + "&with-posts=1"} {
			r := get(t, ts.URL+"/diagram.svg?"+q)
			if r.status != 200 {
				t.Errorf("seed %d: diagram %s = %d %.200s", seed, q, r.status, r.body)
				continue
			}
			checkSVG(t, q, []byte(r.body))
		}
		nq := get(t, ts.URL+s.pathOf(string(iris[4])), "Accept: application/n-quads")
		for _, l := range strings.Split(strings.TrimSpace(nq.body), "\n") {
			if !nquadLine.MatchString(l) {
				t.Errorf("seed %d: bad N-Quads line %q", seed, l)
			}
		}
	}
}

// FuzzSanitizeSVG: whatever the input, the output has no script, no
// handler, no foreign link (go test -fuzz FuzzSanitizeSVG ./export/web).
func FuzzSanitizeSVG(f *testing.F) {
	f.Add([]byte(`<svg xmlns="http://www.w3.org/2000/svg"><a xlink:href="javascript:x"><text>hi</text></a><script>alert(1)</script></svg>`))
	f.Add([]byte(`<?xml version="1.0"?><!DOCTYPE svg><svg><g onload="x"><title>&lt;script&gt;</title></g></svg>`))
	f.Add([]byte(`<svg><foreignObject><div>x</div></foreignObject><text x="1">a &amp; b</text></svg>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		defer fuzzbudget.Start(t, len(in))()
		out, err := sanitizeSVG(in)
		if err != nil {
			return
		}
		checkSVG(t, "sanitized", out)
		if bytes.Contains(bytes.ToLower(out), []byte("<script")) {
			t.Fatalf("script survived: %q", out)
		}
	})
}
