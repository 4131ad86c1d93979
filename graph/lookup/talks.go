package lookup

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TalkFilter selects talks; empty fields select everything.
type TalkFilter struct {
	Person quad.IRI // talks this person performed
	Event  quad.IRI // talks of this edition (in a track of it or not)
	Track  quad.IRI // talks of this track
}

// TalkInfo is a talk with where it was given and by whom.
type TalkInfo struct {
	IRI      quad.IRI `json:"iri"`
	Name     string   `json:"name"`
	Event    *Entity  `json:"event,omitempty"` // the edition (nil if unknown)
	Track    *Entity  `json:"track,omitempty"` // the track (nil if none is known)
	Speakers []Entity `json:"speakers"`
}

// Talks returns the talks f selects, sorted by edition, track and name.
func Talks(ctx context.Context, st *store.Store, filter TalkFilter) ([]TalkInfo, error) {
	f := ForStore(st)
	var talks []quad.IRI
	var err error
	switch {
	case filter.Person != "":
		talks, err = f.iris(ctx, filter.Person, vocab.Performer, true)
	case filter.Track != "":
		talks, err = f.iris(ctx, filter.Track, vocab.SuperEvent, true)
	case filter.Event != "":
		talks, err = f.TalksOfEvent(ctx, filter.Event)
	default:
		talks, err = f.iris(ctx, vocab.Talk.IRI(), vocab.Type, true)
	}
	if err != nil {
		return nil, err
	}
	infos := make([]*TalkInfo, len(talks))
	err = each(ctx, len(talks), func(i int) error {
		t, err := f.talkInfo(ctx, talks[i])
		infos[i] = t
		return err
	})
	if err != nil {
		return nil, err
	}
	out := []TalkInfo{}
	for _, t := range infos {
		if t == nil ||
			filter.Event != "" && (t.Event == nil || t.Event.IRI != filter.Event) ||
			filter.Track != "" && (t.Track == nil || t.Track.IRI != filter.Track) ||
			filter.Person != "" && !containsEntity(t.Speakers, filter.Person) {
			continue
		}
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ea, eb := entityName(a.Event), entityName(b.Event); ea != eb {
			return ea < eb
		}
		if ta, tb := entityName(a.Track), entityName(b.Track); ta != tb {
			return ta < tb
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.IRI < b.IRI
	})
	return out, nil
}

func entityName(e *Entity) string {
	if e == nil {
		return ""
	}
	return e.Name
}

func containsEntity(es []Entity, iri quad.IRI) bool {
	for _, e := range es {
		if e.IRI == iri {
			return true
		}
	}
	return false
}

// talkInfo reads a talk's name, speakers, track and edition; nil if the
// node is not a talk.
func (f *Finder) talkInfo(ctx context.Context, talk quad.IRI) (*TalkInfo, error) {
	cs, err := f.Classes(ctx, talk)
	if err != nil || len(cs) > 0 && !hasClass(cs, vocab.Talk) {
		return nil, err
	}
	t := &TalkInfo{IRI: talk}
	if t.Name, err = f.Name(ctx, talk); err != nil {
		return nil, err
	}
	ps, err := f.iris(ctx, talk, vocab.Performer, false)
	if err != nil {
		return nil, err
	}
	if t.Speakers, err = f.named(ctx, ps); err != nil {
		return nil, err
	}
	ups, err := f.iris(ctx, talk, vocab.SuperEvent, false)
	if err != nil {
		return nil, err
	}
	for _, up := range ups {
		cs, err := f.Classes(ctx, up)
		if err != nil {
			return nil, err
		}
		switch {
		case hasClass(cs, vocab.Track) && t.Track == nil:
			if t.Track, err = f.entity(ctx, up); err != nil {
				return nil, err
			}
			evs, err := f.iris(ctx, up, vocab.SuperEvent, false)
			if err != nil {
				return nil, err
			}
			if len(evs) > 0 && t.Event == nil {
				if t.Event, err = f.entity(ctx, evs[0]); err != nil {
					return nil, err
				}
			}
		case hasClass(cs, vocab.Event) && t.Event == nil:
			if t.Event, err = f.entity(ctx, up); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

func (f *Finder) entity(ctx context.Context, iri quad.IRI) (*Entity, error) {
	n, err := f.Name(ctx, iri)
	return &Entity{IRI: iri, Name: n}, err
}
