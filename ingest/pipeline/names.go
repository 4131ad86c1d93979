package pipeline

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// namer keeps the contract's "exactly one schema:name per entity" across
// posts and schedules: the first name an entity got in the store is its
// preferred name, and a doc that spells it differently has its spelling
// stored as schema:alternateName instead. It remembers what it looked up,
// so each entity costs one store lookup per ingest.
type namer struct {
	st    *store.Store
	known map[quad.Value]string // entity -> preferred name ("" = none yet)
	// empty: the store held no docs when the run began, so every name in
	// it comes through this namer and known is complete (a first ingest
	// then makes no lookups, which cost a round trip each on PostgreSQL).
	empty bool
}

// newNamer returns the namer of a run on st; empty: st held no docs when
// the run began.
func newNamer(st *store.Store, empty bool) *namer {
	return &namer{st: st, known: map[quad.Value]string{}, empty: empty}
}

// fix rewrites d's name quads in place (indices, and so Facts, stay valid).
func (n *namer) fix(ctx context.Context, d *store.Doc) {
	seen := map[quad.Value]string{} // entity -> name chosen in this doc
	var was map[quad.Value]string   // entity -> its name in the stored version of d (loaded on first need)
	for i, q := range d.Quads {
		if q.Predicate != vocab.Name {
			continue
		}
		name, ok := q.Object.(quad.String)
		if !ok {
			continue
		}
		pref, ok := seen[q.Subject]
		if !ok {
			if _, known := n.known[q.Subject]; !known && !n.empty {
				if was == nil {
					was = n.storedNames(d.Label)
				}
				if old, ok := was[q.Subject]; ok && old == string(name) {
					// The stored version of d named the entity so: every
					// schema:name of it in the store says the same, so
					// preferred answers that name or none, and either way
					// the name stays (see storedNames).
					n.known[q.Subject] = old
				}
			}
			pref = n.preferred(ctx, q.Subject, d.Label)
			if pref == "" {
				pref = string(name)
				n.known[q.Subject] = pref
			}
			seen[q.Subject] = pref
		}
		if string(name) != pref {
			d.Quads[i].Predicate = vocab.AlternateName
		}
	}
	// every entity whose name was demoted still needs its preferred name here
	have := make(map[quad.Quad]bool, len(d.Quads))
	for _, q := range d.Quads {
		have[q] = true
	}
	for _, q := range d.Quads[:len(d.Quads):len(d.Quads)] {
		if q.Predicate != vocab.AlternateName {
			continue
		}
		pref, ok := seen[q.Subject]
		if !ok {
			continue
		}
		nq := quad.Quad{Subject: q.Subject, Predicate: vocab.Name, Object: quad.String(pref), Label: d.Label}
		if !have[nq] {
			have[nq] = true
			d.Quads = append(d.Quads, nq)
		}
	}
}

// preferred returns the name the store gives s in graphs other than label.
//
// Every doc written through a namer names an entity with its preferred
// name, so all of an entity's schema:name quads in the store agree, and
// the first one found in another graph is the answer: the scan stops there
// instead of resolving every quad about s (a popular entity has thousands
// in a large store). On a key-value store (Bolt) only s's schema:name
// quads are scanned, through the subject-predicate index. Only predicates and labels are compared, as node
// references; just the chosen object is turned into a value.
func (n *namer) preferred(ctx context.Context, s quad.Value, label quad.Value) string {
	if name, ok := n.known[s]; ok || n.empty {
		return name
	}
	qs := n.st.QuadStore()
	best := ""
	ref := qs.ValueOf(s)
	nameRef := qs.ValueOf(vocab.Name)
	if ref != nil && nameRef != nil {
		nameKey := graph.ToKey(nameRef)
		var labelKey any
		if l := qs.ValueOf(label); l != nil {
			labelKey = graph.ToKey(l)
		}
		it := nameQuads(qs, ref, nameRef)
		for it.Next(ctx) {
			q := it.Result()
			if graph.ToKey(qs.QuadDirection(q, quad.Predicate)) != nameKey {
				continue
			}
			if labelKey != nil && graph.ToKey(qs.QuadDirection(q, quad.Label)) == labelKey {
				continue
			}
			if v, ok := qs.NameOf(qs.QuadDirection(q, quad.Object)).(quad.String); ok {
				best = string(v)
				break
			}
		}
		it.Close()
	}
	n.known[s] = best
	return best
}

// nameQuads iterates over the quads of subject s: only those of predicate
// name when the store has an index on both (Cayley's key-value stores scan
// the index keyed by subject and predicate, in the order the subject's scan
// meets them), else all of them.
func nameQuads(qs graph.QuadStore, s, name graph.Ref) graph.Iterator {
	if kqs, ok := graph.Unwrap(qs).(*kv.QuadStore); ok {
		act := shape.QuadsAction{Filter: map[quad.Direction]graph.Ref{quad.Subject: s, quad.Predicate: name}}
		if opt, ok := kqs.OptimizeShape(act); ok {
			if nf, ok := opt.(shape.NodesFrom); ok {
				if scan, ok := nf.Quads.(kv.IndexScan); ok && len(scan.Values) == 2 {
					return scan.BuildIterator(kqs)
				}
			}
		}
	}
	return qs.QuadIterator(quad.Subject, s)
}

// storedNames returns the schema:name of each entity named in the stored
// version of the doc label (empty when it has none). Since all of an
// entity's schema:name quads in the store agree, an entity the stored
// version named N has N as its preferred name, or none besides label's
// own: when the new version's first name of it is N too, fix keeps N
// without asking the store (one read of the doc's manifest entry instead
// of a scan per entity).
func (n *namer) storedNames(label quad.IRI) map[quad.Value]string {
	out := map[quad.Value]string{}
	if _, ok := n.st.Hash(label); !ok {
		return out
	}
	quads, _, err := n.st.Facts(label)
	if err != nil {
		return out
	}
	for _, q := range quads {
		if q.Predicate != vocab.Name {
			continue
		}
		if name, ok := q.Object.(quad.String); ok {
			if _, dup := out[q.Subject]; !dup {
				out[q.Subject] = string(name)
			}
		}
	}
	return out
}
