package resolve

import (
	"slices"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/extract"
)

// TestLexiconAppendFind: AppendFind appends Find's terms, shifted by base,
// after what dst holds.
func TestLexiconAppendFind(t *testing.T) {
	r := testResolver(t)
	l := lexicon{r.cfg.Gazetteer}
	const text = "We run Kubernetes and PostgreSQL at Mozilla in Brussels, and Python too."
	tests := []struct {
		name string
		dst  []extract.Term
		base int
	}{
		{"nil dst", nil, 0},
		{"shifted", nil, 1000},
		{"after terms", []extract.Term{{Start: 1, End: 2, Name: "x"}}, 77},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := slices.Clone(tt.dst)
			found := l.Find(text)
			if len(found) == 0 {
				t.Fatal("the gazetteer finds no term in the test text")
			}
			for _, m := range found {
				m.Start += tt.base
				m.End += tt.base
				want = append(want, m)
			}
			got := l.AppendFind(slices.Clone(tt.dst), text, tt.base)
			if len(got) != len(want) {
				t.Fatalf("%d terms, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i].Start != want[i].Start || got[i].End != want[i].End || got[i].Name != want[i].Name || got[i].Class != want[i].Class || got[i].Loose != want[i].Loose {
					t.Errorf("term %d = %+v, want %+v", i, got[i], want[i])
				}
			}
		})
	}
}
