package lookup

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// EventSummary is one edition with what the graph holds about it.
type EventSummary struct {
	IRI      quad.IRI `json:"iri"`
	Name     string   `json:"name"`
	Tracks   int      `json:"tracks"`   // tracks (devrooms) of the edition
	Talks    int      `json:"talks"`    // talks of the edition, in a track or not
	Speakers int      `json:"speakers"` // distinct performers of those talks
	Posts    int      `json:"posts"`    // posts about the edition (schema:about)
}

// Events lists every edition (entity of class Event), sorted by name.
func Events(ctx context.Context, st *store.Store) ([]EventSummary, error) {
	f := ForStore(st)
	evs, err := f.OfClass(ctx, vocab.Event)
	if err != nil {
		return nil, err
	}
	out := make([]EventSummary, len(evs))
	err = each(ctx, len(evs), func(i int) error {
		e := evs[i]
		s := EventSummary{IRI: e.IRI, Name: e.Name}
		tracks, err := f.TracksOfEvent(ctx, e.IRI)
		if err != nil {
			return err
		}
		s.Tracks = len(tracks)
		talks, err := f.TalksOfEvent(ctx, e.IRI)
		if err != nil {
			return err
		}
		s.Talks = len(talks)
		sp, err := f.SpeakersOfEvent(ctx, e.IRI)
		if err != nil {
			return err
		}
		s.Speakers = len(sp)
		posts, err := f.iris(ctx, e.IRI, vocab.About, true)
		if err != nil {
			return err
		}
		for _, p := range posts {
			if ok, err := f.is(ctx, p, vocab.Post); err != nil {
				return err
			} else if ok {
				s.Posts++
			}
		}
		out[i] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}

// OfClass returns every entity of class c, named and sorted by name.
func (f *Finder) OfClass(ctx context.Context, c vocab.Class) ([]Entity, error) {
	iris, err := f.iris(ctx, c.IRI(), vocab.Type, true)
	if err != nil {
		return nil, err
	}
	return f.named(ctx, iris)
}

// iris is hop keeping only IRIs.
func (f *Finder) iris(ctx context.Context, from quad.Value, p quad.IRI, in bool) ([]quad.IRI, error) {
	vs, err := f.hop(ctx, from, p, in)
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(vs))
	for _, v := range vs {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	return out, nil
}

// TracksOfEvent returns the tracks of an edition (entities of class Track
// whose superEvent is the edition), named and sorted by name.
func (f *Finder) TracksOfEvent(ctx context.Context, event quad.IRI) ([]Entity, error) {
	children, err := f.iris(ctx, event, vocab.SuperEvent, true)
	if err != nil {
		return nil, err
	}
	keep := make([]bool, len(children))
	err = each(ctx, len(children), func(i int) error {
		ok, err := f.is(ctx, children[i], vocab.Track)
		keep[i] = ok
		return err
	})
	if err != nil {
		return nil, err
	}
	var tracks []quad.IRI
	for i, c := range children {
		if keep[i] {
			tracks = append(tracks, c)
		}
	}
	return f.named(ctx, tracks)
}
