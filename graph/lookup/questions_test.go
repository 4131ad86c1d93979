package lookup

import (
	"context"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// questionFixture: FOSDEM 2019 with a Python track (two talks) and a talk
// without a track; a post about it by Kai that mentions Ana's talk.
func questionFixture(t *testing.T) (*store.Store, vocab.Minter) {
	m := vocab.Minter{}
	ev, tr := m.Event("FOSDEM", "2019"), m.Track("fosdem-2019", "Python")
	t1, t2, t3 := m.Talk("fosdem-2019", "a"), m.Talk("fosdem-2019", "b"), m.Talk("fosdem-2019", "c")
	ana, bo, kai := m.Person("Ana"), m.Person("Bo"), m.Person("Kai")
	post := m.Post("posts/p.md")
	sched := []quad.Quad{}
	for _, e := range []entity{{ev, vocab.Event, "FOSDEM 2019", nil}, {tr, vocab.Track, "Python", nil},
		{t1, vocab.Talk, "Talk A", nil}, {t2, vocab.Talk, "Talk B", nil}, {t3, vocab.Talk, "Talk C", nil},
		{ana, vocab.Person, "Ana", nil}, {bo, vocab.Person, "Bo", nil}} {
		sched = append(sched, e.quads("")...)
	}
	sched = append(sched,
		quad.Make(tr, vocab.SuperEvent, ev, nil),
		quad.Make(t1, vocab.SuperEvent, tr, nil), quad.Make(t2, vocab.SuperEvent, tr, nil),
		quad.Make(t3, vocab.SuperEvent, ev, nil),
		quad.Make(t1, vocab.Performer, ana, nil), quad.Make(t2, vocab.Performer, bo, nil),
		quad.Make(t2, vocab.Performer, ana, nil), quad.Make(t3, vocab.Performer, bo, nil))
	p := append(entity{post, vocab.Post, "My FOSDEM", nil}.quads(""), entity{kai, vocab.Person, "Kai", nil}.quads("")...)
	p = append(p,
		quad.Make(post, vocab.Author, kai, nil), quad.Make(post, vocab.About, ev, nil),
		quad.Make(post, vocab.Mentions, t1, nil), quad.Make(post, vocab.Source, "posts/p.md", nil),
		quad.Make(post, vocab.DatePublished, vocab.Date("2019-02-04"), nil),
		quad.Make(t1, vocab.Performer, ana, nil)) // the post restates a fact
	return memStore(t, sched, p), m
}

func TestEventsTracksSpeakers(t *testing.T) {
	ctx := context.Background()
	st, m := questionFixture(t)
	evs, err := Events(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	want := []EventSummary{{IRI: m.Event("FOSDEM", "2019"), Name: "FOSDEM 2019", Tracks: 1, Talks: 3, Speakers: 2, Posts: 1}}
	if !reflect.DeepEqual(evs, want) {
		t.Errorf("Events = %+v, want %+v", evs, want)
	}
	trs, err := Tracks(ctx, st, m.Event("FOSDEM", "2019"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []TrackSummary{{IRI: m.Track("fosdem-2019", "Python"), Name: "Python", Talks: 2, Speakers: 2}}; !reflect.DeepEqual(trs, want) {
		t.Errorf("Tracks = %+v, want %+v", trs, want)
	}
	sp, err := Speakers(ctx, st, m.Event("FOSDEM", "2019"), m.Track("fosdem-2019", "Python"))
	if err != nil {
		t.Fatal(err)
	}
	if got := names(sp); !reflect.DeepEqual(got, []string{"Ana", "Bo"}) {
		t.Errorf("Speakers(track) = %v", got)
	}
}

func TestTalks(t *testing.T) {
	ctx := context.Background()
	st, m := questionFixture(t)
	ev, tr := m.Event("FOSDEM", "2019"), m.Track("fosdem-2019", "Python")
	tests := []struct {
		filter TalkFilter
		want   []string
	}{
		{TalkFilter{}, []string{"Talk C", "Talk A", "Talk B"}}, // no track sorts first
		{TalkFilter{Person: m.Person("Bo")}, []string{"Talk C", "Talk B"}},
		{TalkFilter{Event: ev, Track: tr}, []string{"Talk A", "Talk B"}},
		{TalkFilter{Person: m.Person("Ana"), Event: ev}, []string{"Talk A", "Talk B"}},
		{TalkFilter{Person: m.Person("Kai")}, nil},
	}
	for _, tt := range tests {
		got, err := Talks(ctx, st, tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		var ns []string
		for _, x := range got {
			ns = append(ns, x.Name)
		}
		if !reflect.DeepEqual(ns, tt.want) {
			t.Errorf("Talks(%+v) = %v, want %v", tt.filter, ns, tt.want)
		}
	}
	got, _ := Talks(ctx, st, TalkFilter{Person: m.Person("Ana")})
	if len(got) == 0 || got[0].Event == nil || got[0].Event.Name != "FOSDEM 2019" || got[0].Track == nil || got[0].Track.Name != "Python" {
		t.Errorf("talk info = %+v, want its edition and track", got)
	}
}

func TestPostsAndSearch(t *testing.T) {
	ctx := context.Background()
	st, m := questionFixture(t)
	for _, tt := range []struct {
		filter PostFilter
		want   int
	}{
		{PostFilter{}, 1},
		{PostFilter{Author: m.Person("Kai")}, 1},
		{PostFilter{Author: m.Person("Ana")}, 0},
		{PostFilter{About: m.Event("FOSDEM", "2019"), Mentions: m.Talk("fosdem-2019", "a")}, 1},
		{PostFilter{Mentions: m.Talk("fosdem-2019", "b")}, 0},
	} {
		got, err := Posts(ctx, st, tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.want {
			t.Errorf("Posts(%+v) = %d posts, want %d", tt.filter, len(got), tt.want)
		}
	}
	ps, _ := Posts(ctx, st, PostFilter{})
	want := PostInfo{IRI: m.Post("posts/p.md"), Title: "My FOSDEM", Source: "posts/p.md", Date: "2019-02-04",
		Authors: []Entity{{m.Person("Kai"), "Kai"}}, About: []Entity{{m.Event("FOSDEM", "2019"), "FOSDEM 2019"}}}
	if len(ps) != 1 || !reflect.DeepEqual(ps[0], want) {
		t.Errorf("post = %+v, want %+v", ps, want)
	}
	hits, err := Search(ctx, st, "talk")
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 || hits[0].Field != "name" || hits[0].Class != vocab.Talk {
		t.Errorf("Search(talk) = %+v, want the three talks by name", hits)
	}
}
