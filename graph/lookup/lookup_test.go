package lookup

import (
	"context"
	"reflect"
	"testing"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// finders returns Finders over the fixture: on Cayley alone, and on a
// talkgraph store through its edge index.
func finders(t *testing.T) map[string]*Finder {
	t.Helper()
	qs := fixtureQuads()
	h, err := cayley.NewMemoryGraph()
	if err != nil {
		t.Fatal(err)
	}
	if err := h.AddQuadSet(qs); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), store.Config{Backend: store.Memory})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs := map[quad.Value]*store.Doc{}
	var order []*store.Doc
	for _, q := range qs {
		d, ok := docs[q.Label]
		if !ok {
			d = &store.Doc{Label: q.Label.(quad.IRI), Kind: "post"}
			docs[q.Label] = d
			order = append(order, d)
		}
		d.Quads = append(d.Quads, q)
	}
	for _, d := range order {
		if _, err := st.Put(context.Background(), []store.Doc{*d}); err != nil {
			t.Fatal(err)
		}
	}
	return map[string]*Finder{"cayley": New(h.QuadStore), "index": NewIndexed(st.QuadStore(), st)}
}

func fixtureQuads() []quad.Quad {
	m := vocab.Minter{}
	ev, tr := m.Event("FOSDEM", "2019"), m.Track("fosdem-2019", "Python")
	t1, t2, t3 := m.Talk("fosdem-2019", "a"), m.Talk("fosdem-2019", "b"), m.Talk("fosdem-2020", "c")
	ana, bo := m.Person("Ana"), m.Person("Bo")
	l1, l2 := quad.IRI("urn:g1"), quad.IRI("urn:g2")
	qs := []quad.Quad{
		quad.Make(ev, vocab.Type, vocab.Event.IRI(), l1),
		quad.Make(ev, vocab.Name, "FOSDEM 2019", l1),
		quad.Make(tr, vocab.Type, vocab.Track.IRI(), l1),
		quad.Make(tr, vocab.SuperEvent, ev, l1),
		quad.Make(t1, vocab.Type, vocab.Talk.IRI(), l1),
		quad.Make(t1, vocab.SuperEvent, tr, l1),
		quad.Make(t1, vocab.Name, "Talk A", l1),
		quad.Make(t1, vocab.Performer, ana, l1),
		quad.Make(t1, vocab.Performer, ana, l2), // same triple in two graphs
		quad.Make(t2, vocab.Type, vocab.Talk.IRI(), l2),
		quad.Make(t2, vocab.SuperEvent, ev, l2), // no track known
		quad.Make(t2, vocab.Name, "Talk B", l2),
		quad.Make(t2, vocab.Performer, bo, l2),
		quad.Make(t3, vocab.Performer, bo, l2), // another edition
		quad.Make(t3, vocab.Name, "Talk C", l2),
		quad.Make(ana, vocab.Name, "Ana", l1),
		quad.Make(bo, vocab.Name, "Bo", l2),
		quad.Make(bo, vocab.AlternateName, "Bob", l2),
		quad.Make(bo, vocab.Type, vocab.Person.IRI(), l2),
	}
	return qs
}

func names(es []Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func TestLookups(t *testing.T) {
	for name, f := range finders(t) {
		t.Run(name, func(t *testing.T) { testLookups(t, f) })
	}
}

func testLookups(t *testing.T, f *Finder) {
	ctx := context.Background()
	m := vocab.Minter{}
	sp, err := f.SpeakersOfEvent(ctx, m.Event("FOSDEM", "2019"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(sp), []string{"Ana", "Bo"}; !reflect.DeepEqual(got, want) {
		t.Errorf("speakers = %v, want %v", got, want)
	}
	tk, err := f.TalksOfSpeaker(ctx, m.Person("Bo"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(tk), []string{"Talk B", "Talk C"}; !reflect.DeepEqual(got, want) {
		t.Errorf("talks = %v, want %v", got, want)
	}
	tests := []struct {
		name  string
		class vocab.Class
		want  []quad.IRI
	}{
		{"Bob", vocab.Person, []quad.IRI{m.Person("Bo")}},
		{"Bob", vocab.Talk, nil},
		{"FOSDEM 2019", "", []quad.IRI{m.Event("FOSDEM", "2019")}},
		{"Nobody", "", nil},
	}
	for _, tt := range tests {
		got, err := f.ByName(ctx, tt.name, tt.class)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ByName(%q, %q) = %v, want %v", tt.name, tt.class, got, tt.want)
		}
	}
}

func TestCancelled(t *testing.T) {
	for name, f := range finders(t) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := f.SpeakersOfEvent(ctx, vocab.Minter{}.Event("FOSDEM", "2019")); err == nil {
			t.Errorf("%s: cancelled lookup returned no error", name)
		}
	}
}
