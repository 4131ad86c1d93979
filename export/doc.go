// Package export holds what every talkgraph exporter shares: the Source of
// quads an exporter reads (exporters only read; they never write the store)
// and the term rules (IRI checking and escaping, typed literals with full
// datatype IRIs, language tags) that make every output format describe the
// same RDF dataset.
//
// The formats live in sub-packages: export/nquads, export/jsonld,
// export/selectq (selecting a sub-graph for diagrams), export/dot and
// export/svg.
package export
