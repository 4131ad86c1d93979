package web

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export/dot"
	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/export/svg"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// diagramRef is a diagram embedded in a page.
type diagramRef struct {
	SVG   template.HTML // sanitized inline SVG
	URL   string        // /diagram.svg?… for the same picture
	Err   string
	Nodes int
}

// model returns the diagram model of the current store (cached).
func (s *Server) model(ctx context.Context) (*selectq.Model, error) {
	v, err := s.cachedValue("model", func() (any, error) { return selectq.Load(ctx, s.cfg.Store) })
	if err != nil {
		return nil, err
	}
	return v.(*selectq.Model), nil
}

// diagramOptions reads focus, depth, class, event and with-posts.
func diagramOptions(v url.Values) (selectq.Options, error) {
	o := selectq.Options{Focus: v.Get("focus"), Event: v.Get("event"), Depth: 2, WithPosts: v.Get("with-posts") != "" && v.Get("with-posts") != "0"}
	if d := v.Get("depth"); d != "" {
		n, err := strconv.Atoi(d)
		if err != nil || n < 1 || n > 4 {
			return o, fmt.Errorf("depth %q: give 1 to 4", d)
		}
		o.Depth = n
	}
	if c := v.Get("class"); c != "" {
		for _, x := range strings.Split(c, ",") {
			o.Classes = append(o.Classes, strings.TrimSpace(x))
		}
	}
	if o.Focus == "" && o.Event == "" && len(o.Classes) == 0 {
		return o, errors.New("say what to draw: focus=IRI (with depth=N), event=IRI or class=A,B")
	}
	return o, nil
}

// diagramQuery is the /diagram.svg query string for o.
func diagramQuery(o selectq.Options) string {
	v := url.Values{}
	if o.Focus != "" {
		v.Set("focus", o.Focus)
		v.Set("depth", strconv.Itoa(o.Depth))
	}
	if o.Event != "" {
		v.Set("event", o.Event)
	}
	if len(o.Classes) > 0 {
		v.Set("class", strings.Join(o.Classes, ","))
	}
	if o.WithPosts {
		v.Set("with-posts", "1")
	}
	return v.Encode()
}

type renderedDiagram struct {
	svg   []byte
	nodes int
}

// renderDiagram selects, writes DOT and renders it to sanitized SVG, in
// one of the server's slots; results are cached until the store changes.
func (s *Server) renderDiagram(ctx context.Context, o selectq.Options) (*renderedDiagram, int, error) {
	key := "diagram?" + diagramQuery(o)
	var status int
	v, err := s.cachedValue(key, func() (any, error) {
		m, err := s.model(ctx)
		if err != nil {
			return nil, err
		}
		g, err := m.Select(ctx, o)
		if err != nil {
			status = http.StatusNotFound
			if errors.Is(err, selectq.ErrUnknownClass) {
				status = http.StatusBadRequest
			}
			return nil, err
		}
		release, ok := s.acquire(ctx)
		if !ok {
			status = http.StatusServiceUnavailable
			return nil, errors.New("too many diagrams are being drawn: try again in a moment")
		}
		defer release()
		var dotSrc bytes.Buffer
		if _, err := dot.Write(&dotSrc, g, dot.Options{Title: s.diagramTitle(ctx, o), Link: s.nodeLink}); err != nil {
			return nil, err
		}
		var out bytes.Buffer
		if err := svg.Render(ctx, dotSrc.Bytes(), &out); err != nil {
			return nil, err
		}
		clean, err := sanitizeSVG(out.Bytes())
		if err != nil {
			return nil, err
		}
		return &renderedDiagram{svg: clean, nodes: len(g.Nodes)}, nil
	})
	if err != nil {
		if status == 0 {
			status = http.StatusInternalServerError
		}
		return nil, status, err
	}
	return v.(*renderedDiagram), http.StatusOK, nil
}

// nodeLink is where a diagram node links: its page on this server.
func (s *Server) nodeLink(iri string) string {
	if strings.HasPrefix(iri, "_:") {
		return ""
	}
	return s.pathOf(iri)
}

func (s *Server) diagramTitle(ctx context.Context, o selectq.Options) string {
	rd := s.reader()
	name := func(x string) string {
		if n := rd.nameOf(ctx, quad.IRI(x)); n != "" {
			return n
		}
		return x
	}
	var parts []string
	if o.Event != "" {
		parts = append(parts, name(o.Event))
	}
	if o.Focus != "" {
		parts = append(parts, "around "+name(o.Focus))
	}
	if len(o.Classes) > 0 {
		parts = append(parts, strings.Join(o.Classes, ", "))
	}
	return strings.Join(parts, " — ")
}

func (s *Server) diagram(w http.ResponseWriter, r *http.Request) {
	o, err := diagramOptions(r.URL.Query())
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	d, status, err := s.renderDiagram(r.Context(), o)
	if err != nil {
		if status == http.StatusInternalServerError {
			s.internal(w, r, err)
			return
		}
		s.fail(w, r, status, err.Error())
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	if r.Method != http.MethodHead {
		io.WriteString(w, xml.Header)
		w.Write(d.svg)
	}
}

// entityDiagram is the diagram an entity page embeds: an edition's tracks
// and talks, a track's talks and speakers, anything else's neighbourhood.
func (s *Server) entityDiagram(r *http.Request, iri, class string) diagramRef {
	o := selectq.Options{Focus: iri, Depth: 2}
	switch vocab.Class(class) {
	case vocab.Event:
		o = selectq.Options{Event: iri}
	case vocab.Post:
		o.Depth = 1
	}
	ref := diagramRef{URL: "/diagram.svg?" + diagramQuery(o)}
	d, _, err := s.renderDiagram(r.Context(), o)
	if err != nil {
		ref.Err = "no diagram: " + err.Error()
		return ref
	}
	ref.SVG, ref.Nodes = template.HTML(d.svg), d.nodes
	return ref
}

// SVG elements and attributes kept by sanitizeSVG: what Graphviz writes.
var (
	svgElements = map[string]bool{"svg": true, "g": true, "title": true, "a": true, "path": true, "polygon": true,
		"polyline": true, "ellipse": true, "circle": true, "rect": true, "line": true, "text": true, "tspan": true}
	svgAttrs = map[string]bool{"width": true, "height": true, "viewBox": true, "xmlns": true, "xmlns:xlink": true,
		"id": true, "class": true, "transform": true, "fill": true, "stroke": true, "stroke-width": true,
		"stroke-dasharray": true, "stroke-opacity": true, "fill-opacity": true, "opacity": true, "points": true,
		"d": true, "cx": true, "cy": true, "rx": true, "ry": true, "r": true, "x": true, "y": true, "x1": true,
		"y1": true, "x2": true, "y2": true, "text-anchor": true, "font-family": true, "font-size": true,
		"font-weight": true, "font-style": true, "textLength": true, "lengthAdjust": true, "xlink:title": true,
		"preserveAspectRatio": true}
)

// sanitizeSVG re-writes Graphviz's SVG keeping only known elements and
// attributes, links to this server (paths starting with "/") or http(s),
// and escaped text: the SVG can be inlined in a page without letting a name
// from a post add markup or script. The XML prolog and comments are dropped.
func sanitizeSVG(in []byte) ([]byte, error) {
	dec := xml.NewDecoder(bytes.NewReader(in))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	var out bytes.Buffer
	skip := 0         // depth inside a dropped element
	var open []string // elements written and not yet closed
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			if len(open) > 0 || skip > 0 {
				return nil, fmt.Errorf("svg: unclosed element")
			}
			break
		}
		if err != nil {
			return nil, fmt.Errorf("svg: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := qname(t.Name)
			if skip > 0 || !svgElements[name] {
				skip++
				continue
			}
			open = append(open, name)
			out.WriteString("<" + name)
			for _, a := range t.Attr {
				an := qname(a.Name)
				val := a.Value
				if an == "xlink:href" || an == "href" {
					if !strings.HasPrefix(val, "/") && !strings.HasPrefix(val, "https://") && !strings.HasPrefix(val, "http://") {
						continue
					}
					an = "href"
				} else if !svgAttrs[an] {
					continue
				}
				out.WriteString(" " + an + `="`)
				xml.EscapeText(&out, []byte(val))
				out.WriteString(`"`)
			}
			out.WriteString(">")
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			name := qname(t.Name)
			if len(open) == 0 || open[len(open)-1] != name {
				return nil, fmt.Errorf("svg: unexpected </%s>", name)
			}
			open = open[:len(open)-1]
			out.WriteString("</" + name + ">")
		case xml.CharData:
			if skip == 0 {
				xml.EscapeText(&out, t)
			}
		}
	}
	return out.Bytes(), nil
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}
