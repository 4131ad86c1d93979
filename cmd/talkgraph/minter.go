package main

import "github.com/talkgraph/talkgraph/graph/vocab"

// minter mints IRIs under the --base the command line asks for (serve's
// use; the root command has already refused a bad --base).
func (a *app) minter() vocab.Minter {
	base, _, _ := a.baseIRI()
	return vocab.Minter{Base: base}
}
