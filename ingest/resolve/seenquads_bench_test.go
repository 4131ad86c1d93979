package resolve

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// BenchmarkSeenQuadsHash adds the quads of the dense100 text of
// BenchmarkLinear to a seenQuads, in the order the writer added them:
// the hash's own cost, steadier than its share of a whole post.
func BenchmarkSeenQuadsHash(b *testing.B) {
	r := testResolver(b)
	d := &doc.Document{Source: "bench/dense100.txt", Title: "Notes from FOSDEM 2019", Date: "2019-02-05", Text: joinParagraphs(denseSentences(1<<20), 100)}
	out, err := r.Post(d, "h")
	if err != nil {
		b.Fatal(err)
	}
	keys := make([]quadKey, 0, len(out.Quads))
	for _, q := range out.Quads {
		keys = append(keys, quadKey{q.Subject.(quad.IRI), q.Predicate.(quad.IRI), q.Object})
	}
	b.ResetTimer()
	s := newSeenQuads(len(keys))
	for i := 0; i < b.N; i++ {
		s.sums, s.exact = s.sums[:0], nil
		for j, k := range keys {
			s.add(k, j)
		}
	}
	b.ReportMetric(float64(len(keys)), "quads")
}
