package dot

import (
	"bytes"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
)

// FuzzWrite: the DOT writer escapes any names and IRIs (one statement per
// line: no raw newline inside a quoted string) within its budget.
func FuzzWrite(f *testing.F) {
	f.Add("https://e.org/a", "Person", "Ann \"A\" \\ Bell\n", "https://schema.org/knows")
	f.Add("_:b", "", "<script>", "p")
	f.Fuzz(func(t *testing.T, iri, class, name, pred string) {
		defer fuzzbudget.Start(t, len(iri)+len(class)+len(name)+len(pred))()
		g := &selectq.Graph{
			Nodes: []selectq.Node{{IRI: iri, Class: class, Name: name}, {IRI: iri + "/2", Class: "Talk", Name: name + name}},
			Edges: []selectq.Edge{{From: iri, To: iri + "/2", Predicate: pred}},
			Focus: []string{iri},
		}
		var b bytes.Buffer
		if _, err := Write(&b, g, Options{}); err != nil {
			return
		}
		for _, line := range strings.Split(b.String(), "\n") {
			// an escaped backslash first, so that `\\"` still ends a string
			bare := strings.ReplaceAll(strings.ReplaceAll(line, `\\`, ""), `\"`, "")
			if strings.Count(bare, `"`)%2 != 0 {
				t.Fatalf("unbalanced quotes in %q", line)
			}
		}
	})
}
