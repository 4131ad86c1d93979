// Package vocab is talkgraph's vocabulary: the class and predicate IRIs of
// the graph (the project's own namespace plus schema.org), and the Minter that
// derives stable entity IRIs from identities (an edition and a talk slug, a
// person's normalised name, a repository URL).
package vocab
