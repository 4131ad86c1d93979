package web

import (
	"context"
	"io"
	"mime"
	"strconv"
	"strings"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/export/jsonld"
	"github.com/talkgraph/talkgraph/export/nquads"
)

// RDFWriter writes quads in one RDF syntax.
type RDFWriter func(ctx context.Context, w io.Writer, src export.Source) error

// Media types served.
const (
	typeHTML   = "text/html"
	typeNQuads = "application/n-quads"
	typeJSONLD = "application/ld+json"
	typeTurtle = "text/turtle"
)

// formatParam maps ?format= values to media types, for links (browsers
// cannot set Accept on a link).
var formatParam = map[string]string{
	"html": typeHTML, "nquads": typeNQuads, "nq": typeNQuads,
	"jsonld": typeJSONLD, "json-ld": typeJSONLD, "turtle": typeTurtle, "ttl": typeTurtle,
}

// offers lists the media types an entity URL can answer with, HTML first.
func (s *Server) offers() []string {
	out := []string{typeHTML, typeNQuads, typeJSONLD}
	for t := range s.cfg.RDF {
		if t != typeNQuads && t != typeJSONLD && t != typeHTML {
			out = append(out, t)
		}
	}
	return out
}

// rdfWriter returns the writer for media type t.
func (s *Server) rdfWriter(t string) RDFWriter {
	switch t {
	case typeNQuads:
		return func(ctx context.Context, w io.Writer, src export.Source) error {
			_, err := nquads.Write(ctx, w, src)
			return err
		}
	case typeJSONLD:
		return jsonld.Write
	}
	return s.cfg.RDF[t]
}

// negotiate picks the offer the Accept header prefers (q-values, more
// specific ranges first; ties go to the earlier offer). No Accept header
// means the first offer; "" means none is acceptable.
func negotiate(accept string, offers []string) string {
	if strings.TrimSpace(accept) == "" {
		return offers[0]
	}
	type rng struct {
		typ, sub string
		q        float64
	}
	var ranges []rng
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if qs, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(qs, 64); err == nil && f >= 0 && f <= 1 {
				q = f
			}
		}
		typ, sub, _ := strings.Cut(mt, "/")
		ranges = append(ranges, rng{typ, sub, q})
	}
	best, bestQ := "", 0.0
	for _, o := range offers {
		typ, sub, _ := strings.Cut(o, "/")
		q, spec := -1.0, -1
		for _, r := range ranges {
			s := -1
			switch {
			case r.typ == typ && r.sub == sub:
				s = 2
			case r.typ == typ && r.sub == "*":
				s = 1
			case r.typ == "*" && r.sub == "*":
				s = 0
			}
			if s > spec {
				q, spec = r.q, s
			}
		}
		if q > bestQ {
			best, bestQ = o, q
		}
	}
	return best
}
