// Package queryrun runs one Gizmo, GraphQL or MQL query on a Cayley quad
// store with talkgraph's short IRI prefixes ("<schema:name>", "<tg:Talk>")
// and a deadline that is an error, never a short answer. It is the query
// engine of `talkgraph serve`'s console and API.
package queryrun
