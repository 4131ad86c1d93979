// Package jsonld writes an export.Source as one JSON-LD document: an
// @context with the talkgraph prefixes (tg:, schema:, rdf:, xsd:, ...), the
// default graph's nodes at the top level of "@graph", and one
// {"@id": LABEL, "@graph": [...]} object per named graph, so a JSON-LD
// processor's toRDF gives back the same quads, typed literals and graph
// labels included. Output is sorted (graphs, subjects, predicates, objects)
// and so does not depend on the order the store returns quads in.
package jsonld
