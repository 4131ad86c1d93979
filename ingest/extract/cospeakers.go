package extract

import "github.com/talkgraph/talkgraph/graph/vocab"

// A co-speaker after "with": 'Jane Quux gave the talk "Widget Pipelines"
// with Marc Fooson'. The performer rules give the talk to the nearest
// person; the one introduced by "with", in the same sentence after the
// talk and after one of its performers, gives it too. The talk must be the
// only one the sentence names before "with", and its performer must be
// named in the sentence before it ("I watched X with Marc" names no
// performer, so Marc stays a listener).

// coSpeakers adds the "with" co-speakers of the talks of each sentence.
func (b *builder) coSpeakers() {
	var perfs map[int][]int
	for _, q := range b.persons {
		if q.ent < 0 || q.start < 5 || b.lower[q.start-5:q.start] != "with " {
			continue
		}
		if b.stopped() {
			return
		}
		ss := b.sentence(q.start)
		ts := b.entitiesIn(ss.Start, q.start, vocab.Talk)
		if len(ts) != 1 {
			continue
		}
		if perfs == nil {
			perfs = b.performers()
		}
		t, qe := b.canonical(ts[0]), b.canonical(q.ent)
		if containsInt(perfs[t], qe) {
			continue
		}
		named := false
		for _, p := range b.persons {
			if p.ent >= 0 && p.start >= ss.Start && p.start < q.start && containsInt(perfs[t], b.canonical(p.ent)) {
				named = true
				break
			}
		}
		if named {
			b.rel(Performer, t, qe, ss.Start, ss.End, "performer:with-co-speaker", 0.6)
			perfs[t] = append(perfs[t], qe)
		}
	}
}
