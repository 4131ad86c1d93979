// Package selectq selects a small sub-graph of a talkgraph dataset for
// diagrams. It loads quads from an export.Source into an in-memory model of
// entities (resources with a class in the talkgraph namespace or a
// schema:name; literals only supply names) and the IRI-to-IRI relations
// between them, then keeps what Options ask for: a focus entity and its
// neighbourhood, the sub-graph of one event edition, and/or given classes.
package selectq
