package lookup

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// each runs fn(0..n-1) on GOMAXPROCS goroutines (Bolt and Cayley's
// key-value store take concurrent reads) and returns the first error.
func each(ctx context.Context, n int, fn func(i int) error) error {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	var (
		next  int64 = -1
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(atomic.AddInt64(&next, 1))
				if i >= n || ctx.Err() != nil {
					return
				}
				if err := fn(i); err != nil {
					once.Do(func() { first = err })
					return
				}
			}
		}()
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}

// Entity is a node with its preferred name.
type Entity struct {
	IRI  quad.IRI `json:"iri"`
	Name string   `json:"name"`
}

// Index answers one-hop questions from an edge index kept beside the quad
// store (talkgraph's *store.Store keeps one in its manifest): for each
// node, the distinct nodes one predicate away.
type Index interface {
	// Indexed reports whether hops along p (towards subjects if in) are indexed.
	Indexed(p quad.IRI, in bool) bool
	// Neighbors returns, for each of nodes, the distinct objects of p from it
	// (its subjects if in), in one read.
	Neighbors(ctx context.Context, nodes []quad.Value, p quad.IRI, in bool) ([][]quad.Value, error)
}

// Finder runs lookups on one quad store, through its edge index where it
// has one.
type Finder struct {
	qs graph.QuadStore
	ix Index
}

// New returns a Finder over qs alone.
func New(qs graph.QuadStore) *Finder { return &Finder{qs: qs} }

// NewIndexed returns a Finder that answers indexed hops from ix and the
// others from qs; ix must describe qs.
func NewIndexed(qs graph.QuadStore, ix Index) *Finder { return &Finder{qs: qs, ix: ix} }

// ForStore returns a Finder over a talkgraph store, through its edge index.
func ForStore(st *store.Store) *Finder { return NewIndexed(st.QuadStore(), st) }

// hops returns hop(from[i]) for every node, in one index read when p is
// indexed, else from Cayley one node at a time on GOMAXPROCS goroutines.
func (f *Finder) hops(ctx context.Context, from []quad.Value, p quad.IRI, in bool) ([][]quad.Value, error) {
	if f.ix != nil && f.ix.Indexed(p, in) {
		return f.ix.Neighbors(ctx, from, p, in)
	}
	out := make([][]quad.Value, len(from))
	err := each(ctx, len(from), func(i int) error {
		vs, err := f.cayleyHop(ctx, from[i], p, in)
		out[i] = vs
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// iriValues converts IRIs to values for hops.
func iriValues(iris []quad.IRI) []quad.Value {
	out := make([]quad.Value, len(iris))
	for i, v := range iris {
		out[i] = v
	}
	return out
}

// hop returns the distinct values one predicate away from a single node.
func (f *Finder) hop(ctx context.Context, from quad.Value, p quad.IRI, in bool) ([]quad.Value, error) {
	vs, err := f.hops(ctx, []quad.Value{from}, p, in)
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// cayleyHop is hop answered by Cayley. The same triple stated by many posts
// is many quads: results are deduplicated by reference before their values
// are read, so copies cost one index read.
func (f *Finder) cayleyHop(ctx context.Context, from quad.Value, p quad.IRI, in bool) ([]quad.Value, error) {
	path := cayley.StartPath(f.qs, from)
	if in {
		path = path.In(p)
	} else {
		path = path.Out(p)
	}
	var refs []graph.Ref
	seen := map[interface{}]bool{}
	err := path.Iterate(ctx).Each(func(r graph.Ref) {
		k := graph.ToKey(r)
		if !seen[k] {
			seen[k] = true
			refs = append(refs, r)
		}
	})
	if err == nil {
		err = ctx.Err() // Cayley returns partial results silently on cancellation
	}
	if err != nil {
		return nil, err
	}
	out := make([]quad.Value, 0, len(refs))
	for _, r := range refs {
		if v := f.qs.NameOf(r); v != nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// Classes returns the talkgraph classes of node.
func (f *Finder) Classes(ctx context.Context, node quad.IRI) ([]vocab.Class, error) {
	vs, err := f.hop(ctx, node, vocab.Type, false)
	var cs []vocab.Class
	for _, v := range vs {
		if iri, ok := v.(quad.IRI); ok {
			if c, ok := vocab.ClassOf(iri); ok {
				cs = append(cs, c)
			}
		}
	}
	return cs, err
}

func (f *Finder) is(ctx context.Context, node quad.IRI, c vocab.Class) (bool, error) {
	cs, err := f.Classes(ctx, node)
	for _, x := range cs {
		if x == c {
			return true, err
		}
	}
	return false, err
}

// Name returns node's schema:name. The store keeps one name per entity, so
// the first one found is the name.
func (f *Finder) Name(ctx context.Context, node quad.IRI) (string, error) {
	if f.ix != nil && f.ix.Indexed(vocab.Name, false) {
		vs, err := f.hop(ctx, node, vocab.Name, false)
		if err != nil || len(vs) == 0 {
			return "", err
		}
		return nameOf(vs[0]), nil
	}
	name := ""
	err := cayley.StartPath(f.qs, node).Out(vocab.Name).Iterate(ctx).Limit(1).EachValue(f.qs, func(v quad.Value) {
		name = nameOf(v)
	})
	if err == nil {
		err = ctx.Err()
	}
	return name, err
}

func nameOf(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return quad.ToString(v)
}

// ByName returns the entities of class c (any class if "") whose name or
// alternate name is exactly name.
func (f *Finder) ByName(ctx context.Context, name string, c vocab.Class) ([]quad.IRI, error) {
	var out []quad.IRI
	seen := map[quad.IRI]bool{}
	for _, p := range []quad.IRI{vocab.Name, vocab.AlternateName} {
		vs, err := f.hop(ctx, quad.String(name), p, true)
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			iri, ok := v.(quad.IRI)
			if !ok || seen[iri] {
				continue
			}
			if c != "" {
				ok, err := f.is(ctx, iri, c)
				if err != nil {
					return nil, err
				}
				if !ok {
					continue
				}
			}
			seen[iri] = true
			out = append(out, iri)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// TalksOfEvent returns the talks of an edition: talks whose superEvent is the
// event or one of its tracks. Children of the event are not classified (one
// more lookup each): a talk simply has no children of its own, and a track
// no performers, so tracks are the children that have children.
func (f *Finder) TalksOfEvent(ctx context.Context, event quad.IRI) ([]quad.IRI, error) {
	children, err := f.hop(ctx, event, vocab.SuperEvent, true)
	if err != nil {
		return nil, err
	}
	grand, err := f.hops(ctx, children, vocab.SuperEvent, true)
	if err != nil {
		return nil, err
	}
	var talks []quad.IRI
	seen := map[quad.IRI]bool{}
	add := func(v quad.Value) {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			talks = append(talks, iri)
		}
	}
	for i, c := range children {
		if len(grand[i]) == 0 { // a talk directly under the event
			add(c)
			continue
		}
		for _, t := range grand[i] { // a track's talks
			add(t)
		}
	}
	return talks, nil
}

// SpeakersOfEvent returns the performers of every talk of an edition, named
// and sorted by name.
func (f *Finder) SpeakersOfEvent(ctx context.Context, event quad.IRI) ([]Entity, error) {
	talks, err := f.TalksOfEvent(ctx, event)
	if err != nil {
		return nil, err
	}
	perf, err := f.hops(ctx, iriValues(talks), vocab.Performer, false)
	if err != nil {
		return nil, err
	}
	seen := map[quad.IRI]bool{}
	var people []quad.IRI
	for _, ps := range perf {
		for _, p := range ps {
			if iri, ok := p.(quad.IRI); ok && !seen[iri] {
				seen[iri] = true
				people = append(people, iri)
			}
		}
	}
	return f.named(ctx, people)
}

// TalksOfSpeaker returns the talks a person performed, named and sorted.
func (f *Finder) TalksOfSpeaker(ctx context.Context, person quad.IRI) ([]Entity, error) {
	vs, err := f.hop(ctx, person, vocab.Performer, true)
	if err != nil {
		return nil, err
	}
	var talks []quad.IRI
	for _, v := range vs {
		if iri, ok := v.(quad.IRI); ok {
			talks = append(talks, iri)
		}
	}
	return f.named(ctx, talks)
}

func (f *Finder) named(ctx context.Context, iris []quad.IRI) ([]Entity, error) {
	out := make([]Entity, len(iris))
	if f.ix != nil && f.ix.Indexed(vocab.Name, false) {
		names, err := f.hops(ctx, iriValues(iris), vocab.Name, false)
		if err != nil {
			return nil, err
		}
		for i, iri := range iris {
			out[i] = Entity{IRI: iri}
			if len(names[i]) > 0 {
				out[i].Name = nameOf(names[i][0])
			}
		}
	} else {
		err := each(ctx, len(iris), func(i int) error {
			n, err := f.Name(ctx, iris[i])
			if err != nil {
				return fmt.Errorf("%s: %w", iris[i], err)
			}
			out[i] = Entity{IRI: iris[i], Name: n}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}
