package lookup

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TrackSummary is one track (devroom) of an edition.
type TrackSummary struct {
	IRI      quad.IRI `json:"iri"`
	Name     string   `json:"name"`
	Talks    int      `json:"talks"`
	Speakers int      `json:"speakers"`
}

// Tracks lists the tracks of an edition with their talk and speaker
// counts, sorted by name.
func Tracks(ctx context.Context, st *store.Store, event quad.IRI) ([]TrackSummary, error) {
	f := ForStore(st)
	tracks, err := f.TracksOfEvent(ctx, event)
	if err != nil {
		return nil, err
	}
	out := make([]TrackSummary, len(tracks))
	err = each(ctx, len(tracks), func(i int) error {
		talks, err := f.iris(ctx, tracks[i].IRI, vocab.SuperEvent, true)
		if err != nil {
			return err
		}
		sp, err := f.performers(ctx, talks)
		out[i] = TrackSummary{IRI: tracks[i].IRI, Name: tracks[i].Name, Talks: len(talks), Speakers: len(sp)}
		return err
	})
	return out, err
}

// performers returns the distinct performers of talks, in first-seen order.
func (f *Finder) performers(ctx context.Context, talks []quad.IRI) ([]quad.IRI, error) {
	perf := make([][]quad.IRI, len(talks))
	err := each(ctx, len(talks), func(i int) error {
		ps, err := f.iris(ctx, talks[i], vocab.Performer, false)
		perf[i] = ps
		return err
	})
	if err != nil {
		return nil, err
	}
	seen := map[quad.IRI]bool{}
	var people []quad.IRI
	for _, ps := range perf {
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				people = append(people, p)
			}
		}
	}
	return people, nil
}

// Speakers returns the performers of the talks of an edition, or of one of
// its tracks when track is not "", named and sorted by name.
func Speakers(ctx context.Context, st *store.Store, event, track quad.IRI) ([]Entity, error) {
	f := ForStore(st)
	if track == "" {
		return f.SpeakersOfEvent(ctx, event)
	}
	talks, err := f.iris(ctx, track, vocab.SuperEvent, true)
	if err != nil {
		return nil, err
	}
	people, err := f.performers(ctx, talks)
	if err != nil {
		return nil, err
	}
	return f.named(ctx, people)
}
