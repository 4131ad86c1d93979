// Package lookup answers the questions users ask most (the speakers of an
// event, the talks of a speaker, entities by name) with query plans that stay
// fast on every backend: Cayley's key-value backends turn a hop from a set of
// nodes into a full scan, so these walk the graph one node at a time.
package lookup
