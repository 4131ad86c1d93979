package lookup

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Entity is a node with its preferred name.
type Entity struct {
	IRI  quad.IRI
	Name string
}

// Finder runs lookups on one quad store.
type Finder struct {
	qs graph.QuadStore
}

// New returns a Finder over qs.
func New(qs graph.QuadStore) *Finder { return &Finder{qs: qs} }

// hop returns the distinct values one predicate away from a single node.
func (f *Finder) hop(ctx context.Context, from quad.Value, p quad.IRI, in bool) ([]quad.Value, error) {
	path := cayley.StartPath(f.qs, from)
	if in {
		path = path.In(p)
	} else {
		path = path.Out(p)
	}
	var out []quad.Value
	seen := map[string]bool{}
	err := path.Iterate(ctx).EachValue(f.qs, func(v quad.Value) {
		k := quad.ToString(v)
		if !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	})
	if err == nil {
		err = ctx.Err() // Cayley returns partial results silently on cancellation
	}
	return out, err
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

// Name returns node's schema:name (the smallest if several graphs disagree).
func (f *Finder) Name(ctx context.Context, node quad.IRI) (string, error) {
	vs, err := f.hop(ctx, node, vocab.Name, false)
	name := ""
	for _, v := range vs {
		s := quad.ToString(v)
		if s2, ok := v.(quad.String); ok {
			s = string(s2)
		}
		if name == "" || s < name {
			name = s
		}
	}
	return name, err
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
// event or one of its tracks.
func (f *Finder) TalksOfEvent(ctx context.Context, event quad.IRI) ([]quad.IRI, error) {
	children, err := f.hop(ctx, event, vocab.SuperEvent, true)
	if err != nil {
		return nil, err
	}
	var talks []quad.IRI
	seen := map[quad.IRI]bool{}
	addTalk := func(v quad.Value) {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			talks = append(talks, iri)
		}
	}
	for _, c := range children {
		iri, ok := c.(quad.IRI)
		if !ok {
			continue
		}
		track, err := f.is(ctx, iri, vocab.Track)
		if err != nil {
			return nil, err
		}
		if !track {
			addTalk(iri)
			continue
		}
		ts, err := f.hop(ctx, iri, vocab.SuperEvent, true)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			addTalk(t)
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
	seen := map[quad.IRI]bool{}
	var people []quad.IRI
	for _, t := range talks {
		ps, err := f.hop(ctx, t, vocab.Performer, false)
		if err != nil {
			return nil, err
		}
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
	out := make([]Entity, 0, len(iris))
	for _, iri := range iris {
		n, err := f.Name(ctx, iri)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", iri, err)
		}
		out = append(out, Entity{IRI: iri, Name: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}
