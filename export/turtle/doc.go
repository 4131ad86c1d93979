// Package turtle writes a dataset as Turtle (triples: the graph labels
// dropped, each triple once) or TriG (one block per named graph), with
// talkgraph's prefixes, subjects grouped and predicates of a subject
// listed together. Output is deterministic: graphs, subjects, predicates
// and objects are sorted.
package turtle
