// Package nquads writes an export.Source as W3C N-Quads (RDF 1.1), one quad
// per line, each with its graph label. It is its own serialiser rather than
// Cayley's: literals are escaped per the spec, IRIs are checked and
// %-escaped, and Go-typed values carry full XSD datatype IRIs, so tools such
// as rapper, Jena or rdflib read the output without errors.
package nquads
