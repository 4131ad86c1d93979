// Package lookup answers the questions users ask most (the speakers of an
// event, the talks of a speaker, entities by name) with query plans that stay
// fast on every backend. Over a talkgraph store (ForStore) the hops that
// Cayley answers badly (a triple restated by every post naming an entity; a
// hop from a set of nodes, which the key-value backends turn into a scan)
// read the store's edge index, a whole set of nodes per read; the others, and
// every hop of a Finder made with New, walk Cayley one node at a time.
package lookup
