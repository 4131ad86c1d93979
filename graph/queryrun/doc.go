// Package queryrun runs one Gizmo, GraphQL or MQL query on a Cayley quad
// store with talkgraph's short IRI prefixes ("<schema:name>", "<tg:Talk>"),
// a deadline that is an error, never a short answer, a memory cap, and
// optional deduplication and result limits. It is the one query engine of
// `talkgraph query` and of `talkgraph serve`'s console and API.
package queryrun
