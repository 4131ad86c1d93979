package web

import (
	"cmp"
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/lookup"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// value is one end of a fact as a page shows it: a link to an entity page
// (Href), a link out (External), or literal text.
type value struct {
	Text     string
	Href     string
	Title    string // the full IRI, for a tooltip
	External bool
	Class    string
}

// pathOf is the page of an entity IRI on this server: /id/REST for IRIs
// under the base, /entity?iri=IRI for the others.
func (s *Server) pathOf(iri string) string {
	if rest, ok := strings.CutPrefix(iri, s.base); ok && rest != "" {
		segs := strings.Split(rest, "/")
		for i, seg := range segs {
			segs[i] = url.PathEscape(seg)
		}
		return "/id/" + strings.Join(segs, "/")
	}
	return "/entity?iri=" + url.QueryEscape(iri)
}

// iriOfPath reverses pathOf for /id/ paths (escapedPath is r.URL.EscapedPath()).
func (s *Server) iriOfPath(escapedPath string) (string, error) {
	rest := strings.TrimPrefix(escapedPath, "/id/")
	segs := strings.Split(rest, "/")
	for i, seg := range segs {
		u, err := url.PathUnescape(seg)
		if err != nil {
			return "", fmt.Errorf("bad path segment %q", seg)
		}
		segs[i] = u
	}
	return s.base + strings.Join(segs, "/"), nil
}

// reader answers the questions pages ask, for one request (it caches names).
type reader struct {
	s     *Server
	qs    graph.QuadStore
	f     *lookup.Finder
	names map[quad.IRI]string
	class map[quad.IRI]string
}

func (s *Server) reader() *reader {
	qs := s.cfg.Store.QuadStore()
	return &reader{s: s, qs: qs, f: lookup.ForStore(s.cfg.Store), names: map[quad.IRI]string{}, class: map[quad.IRI]string{}}
}

// classOrder ranks classes when an entity has several: the most specific wins.
var classOrder = []vocab.Class{vocab.Post, vocab.Talk, vocab.Track, vocab.Event, vocab.Person,
	vocab.Organization, vocab.Project, vocab.Technology, vocab.Place}

func (rd *reader) classOf(ctx context.Context, iri quad.IRI) string {
	if c, ok := rd.class[iri]; ok {
		return c
	}
	cs, _ := rd.f.Classes(ctx, iri)
	best := ""
	for _, c := range classOrder {
		if slices.Contains(cs, c) {
			best = string(c)
			break
		}
	}
	rd.class[iri] = best
	return best
}

func (rd *reader) nameOf(ctx context.Context, iri quad.IRI) string {
	if n, ok := rd.names[iri]; ok {
		return n
	}
	n, _ := rd.f.Name(ctx, iri)
	if n == "" {
		var h string
		_ = cayley.StartPath(rd.qs, iri).Out(vocab.Headline).Iterate(ctx).Limit(1).EachValue(rd.qs, func(v quad.Value) {
			h = quad.ToString(v)
			if s, ok := v.(quad.String); ok {
				h = string(s)
			}
		})
		n = h
	}
	rd.names[iri] = n
	return n
}

// exists reports whether the store knows iri at all.
func (rd *reader) exists(iri quad.IRI) bool { return rd.qs.ValueOf(iri) != nil }

// val turns a quad value into what a page shows.
func (rd *reader) val(ctx context.Context, v quad.Value) value {
	switch v := v.(type) {
	case quad.IRI:
		iri := string(v)
		name := rd.nameOf(ctx, v)
		if name == "" && !rd.hasFacts(v) {
			return value{Text: vocab.Short(iri), Href: safeExternal(iri), Title: iri, External: true}
		}
		if name == "" {
			name = vocab.Short(iri)
		}
		return value{Text: name, Href: rd.s.pathOf(iri), Title: iri, Class: rd.classOf(ctx, v)}
	case quad.String:
		return value{Text: string(v)}
	case quad.LangString:
		return value{Text: string(v.Value) + " @" + v.Lang}
	case quad.TypedString:
		return value{Text: string(v.Value)}
	case quad.BNode:
		return value{Text: "_:" + string(v)}
	}
	return value{Text: quad.ToString(v)}
}

// hasFacts: the IRI is the subject of some quad (an entity, not just a target).
func (rd *reader) hasFacts(iri quad.IRI) bool {
	ref := rd.qs.ValueOf(iri)
	if ref == nil {
		return false
	}
	it := rd.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	return it.Next(context.Background())
}

// safeExternal returns iri as a link target when it is http(s), else "".
func safeExternal(iri string) string {
	if strings.HasPrefix(iri, "https://") || strings.HasPrefix(iri, "http://") {
		return iri
	}
	return ""
}

// hop returns the distinct IRIs one predicate away from node.
func (rd *reader) hop(ctx context.Context, node quad.IRI, p quad.IRI, in bool) []quad.IRI {
	path := cayley.StartPath(rd.qs, node)
	if in {
		path = path.In(p)
	} else {
		path = path.Out(p)
	}
	var out []quad.IRI
	seen := map[quad.IRI]bool{}
	_ = path.Iterate(ctx).EachValue(rd.qs, func(v quad.Value) {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			out = append(out, iri)
		}
	})
	return out
}

// ofClass keeps the IRIs of class c.
func (rd *reader) ofClass(ctx context.Context, iris []quad.IRI, c vocab.Class) []quad.IRI {
	var out []quad.IRI
	for _, iri := range iris {
		if rd.classOf(ctx, iri) == string(c) {
			out = append(out, iri)
		}
	}
	return out
}

// item is one line of a list on a page, possibly with a nested list.
type item struct {
	V        value
	Note     string
	Children []item
}

// items names iris and sorts them by name.
func (rd *reader) items(ctx context.Context, iris []quad.IRI) []item {
	out := make([]item, 0, len(iris))
	for _, iri := range iris {
		out = append(out, item{V: rd.val(ctx, iri)})
	}
	slices.SortFunc(out, func(a, b item) int {
		return cmp.Or(strings.Compare(vocab.Fold(a.V.Text), vocab.Fold(b.V.Text)), strings.Compare(a.V.Title, b.V.Title))
	})
	return out
}

// section is a titled list on an entity page.
type section struct {
	Title string
	Items []item
	Empty string // shown when Items is empty
	Fold  bool   // items open and close (<details>), for long nested lists
}

// classCount is one row of the home page's counts.
type classCount struct {
	Class string
	N     int
}

// edition is one row of the home page's editions.
type edition struct {
	V                              value
	Tracks, Talks, Speakers, Posts int
}

type homeData struct {
	Counts   []classCount
	Editions []edition
	Posts    int
	Scheds   int
	Quads    int
}

// homeData counts entities per class and each edition's talks, speakers
// and posts (cached until the store changes).
func (s *Server) homeData(ctx context.Context) (*homeData, error) {
	v, err := s.cachedValue("home", func() (any, error) {
		rd := s.reader()
		h := &homeData{}
		for _, c := range vocab.Classes() {
			n, err := cayley.StartPath(rd.qs, c.IRI()).In(vocab.Type).Unique().Iterate(ctx).Count()
			if err != nil {
				return nil, err
			}
			h.Counts = append(h.Counts, classCount{string(c), int(n)})
		}
		docs, err := s.cfg.Store.Docs(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			h.Quads += d.Quads
			if d.Kind == "schedule" {
				h.Scheds++
			} else {
				h.Posts++
			}
		}
		evs, err := lookup.Events(ctx, s.cfg.Store)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			h.Editions = append(h.Editions, edition{V: rd.val(ctx, e.IRI), Tracks: e.Tracks, Talks: e.Talks, Speakers: e.Speakers, Posts: e.Posts})
		}
		// newest first: names end with the year
		slices.SortStableFunc(h.Editions, func(a, b edition) int { return strings.Compare(b.V.Text, a.V.Text) })
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return h, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*homeData), nil
}
