// Package web serves a talkgraph store over HTTP: read-only HTML pages for
// people (home, search, an entity page at each entity's own IRI path, a
// query console), the same entities as RDF by content negotiation
// (N-Quads, JSON-LD, Turtle) so the IRIs talkgraph mints dereference as
// linked data, diagrams as SVG, and JSON APIs for search and queries.
//
// It only reads the store. Pages are rendered on the server with
// html/template from embedded templates and work with JavaScript off; the
// one script (static/zoom.js) adds zoom and pan to diagrams. Every response
// carries a Content-Security-Policy; requests are bounded in size and time,
// queries in number and duration, and errors never show a stack trace.
package web
