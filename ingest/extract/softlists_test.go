package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestSoftwareLists(t *testing.T) {
	x := newX()
	tests := []struct {
		text string
		want []string // software named
		not  []string
	}{
		{"There are various open source components (e.g. Zorbl, Quuxd, Frobnik and Blarg) to build it.", []string{"Zorbl", "Quuxd", "Frobnik", "Blarg"}, nil},
		{"It uses FLOSS projects such as Zorblfire, Quuxnodes, FrobSWITCH/Blargisk, TurnZorb and others.", []string{"Zorblfire", "Quuxnodes", "FrobSWITCH", "Blargisk", "TurnZorb"}, []string{"others"}},
		{"It shows tools such as the Zorb project, Quux Mobile, Frob Creator and Blarg SDK.", []string{"Zorb", "Quux Mobile", "Frob Creator", "Blarg SDK"}, []string{"Zorb project"}},
		{"Put an open source billing engine (e.g. zorbl2billing) into the mix.", []string{"zorbl2billing"}, nil},
		{"An administrative web interface such as Zorbmin is fine.", nil, []string{"Zorbmin"}},                                // one example needs a mark
		{"Big Data providers such as Zorbcorp and Quuxbook amass data.", nil, []string{"Zorbcorp", "Quuxbook"}},               // no noun of software
		{"It has tools such as turning on the lights, and Zorbl.", nil, []string{"Zorbl"}},                                    // prose, not a list of names
		{"We tried frameworks like Zorbl, Acme and Quuxd.", []string{"Zorbl", "Quuxd"}, []string{"Acme"}},                     // a known organisation
		{"We tried libraries including Zorbl, Jane Roe and Quuxd.", []string{"Zorbl", "Quuxd"}, []string{"Jane Roe", "Jane"}}, // a person
		{"It supports frameworks like Python, Zorblang and Quuxlang.", []string{"Python", "Zorblang", "Quuxlang"}, nil},
		{"It speaks languages such as Zorbish and Quuxish.", nil, []string{"Zorbish", "Quuxish"}}, // people's languages too
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text))
		soft := append(names(r, vocab.Project), names(r, vocab.Technology)...)
		for _, w := range tt.want {
			if !has(soft, w) {
				t.Errorf("%q: no software %q (software %q)", tt.text, w, soft)
			}
		}
		for _, w := range tt.not {
			if has(soft, w) {
				t.Errorf("%q: software %q, want none (software %q)", tt.text, w, soft)
			}
		}
	}
}
