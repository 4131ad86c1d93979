package lookup

import (
	"context"
	"errors"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// entity is a typed, named node for test stores.
type entity struct {
	iri   quad.IRI
	class vocab.Class
	name  string
	alts  []string
}

func (e entity) quads(label quad.IRI) []quad.Quad {
	qs := []quad.Quad{quad.Make(e.iri, vocab.Type, e.class.IRI(), label)}
	if e.name != "" {
		qs = append(qs, quad.Make(e.iri, vocab.Name, e.name, label))
	}
	for _, a := range e.alts {
		qs = append(qs, quad.Make(e.iri, vocab.AlternateName, a, label))
	}
	return qs
}

// memStore opens a memory store holding one doc per quad set.
func memStore(t *testing.T, docs ...[]quad.Quad) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, store.Config{Backend: store.Memory})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var ds []store.Doc
	for i, qs := range docs {
		label := quad.IRI("urn:doc" + string(rune('a'+i)))
		for j := range qs {
			qs[j].Label = label
		}
		ds = append(ds, store.Doc{Label: label, Source: string(label), Kind: "post", Hash: string(label), Quads: qs})
	}
	if _, err := st.Put(ctx, ds); err != nil {
		t.Fatal(err)
	}
	return st
}

func nameFixture(t *testing.T) *store.Store {
	m := vocab.Minter{}
	ents := []entity{
		{m.Person("Saúl Ibarra Corretgé"), vocab.Person, "Saúl Ibarra Corretgé", []string{"saghul"}},
		{m.Person("Peter Czanik"), vocab.Person, "Peter Czanik", nil},
		{m.Person("Peter Hutterer"), vocab.Person, "Peter Hutterer", nil},
		{m.Event("FOSDEM", "2019"), vocab.Event, "FOSDEM 2019", nil},
		{m.Event("FOSDEM", "2020"), vocab.Event, "FOSDEM 2020", nil},
		{m.Track("fosdem-2019", "Python"), vocab.Track, "Python", nil},
		{m.Track("fosdem-2020", "Python"), vocab.Track, "Python", nil},
		{m.Technology("Python"), vocab.Technology, "Python", nil},
		{m.Technology("PostgreSQL"), vocab.Technology, "PostgreSQL", []string{"Postgres"}},
		{m.Technology("C++"), vocab.Technology, "C++", nil},
		{m.Technology("C"), vocab.Technology, "C", nil},
		{m.Talk("fosdem-2020", "x"), vocab.Talk, "Twenty-one ways to contribute to Postgre beyond code", nil},
	}
	var a, b []quad.Quad
	for i, e := range ents {
		a = append(a, e.quads("")...)
		if i%2 == 0 { // the same facts stated by a second post
			b = append(b, e.quads("")...)
		}
	}
	return memStore(t, a, b)
}

func TestFindByName(t *testing.T) {
	ctx := context.Background()
	st := nameFixture(t)
	m := vocab.Minter{}
	tests := []struct {
		query string
		class vocab.Class
		want  []quad.IRI // in rank order
		score int        // of the first: a Score constant, plus the coverage bonus
	}{
		{"Saúl Ibarra Corretgé", "", []quad.IRI{m.Person("Saúl Ibarra Corretgé")}, ScoreExact},
		{"saul ibarra corretge", "", []quad.IRI{m.Person("Saúl Ibarra Corretgé")}, ScoreFolded},
		{"SAUL", vocab.Person, []quad.IRI{m.Person("Saúl Ibarra Corretgé")}, ScoreWords + 290/3},
		{"ibarra, saúl", "", []quad.IRI{m.Person("Saúl Ibarra Corretgé")}, ScoreWords + 290*2/3},
		{"saul ibar", "", []quad.IRI{m.Person("Saúl Ibarra Corretgé")}, ScorePrefixes + 290*2/3},
		{"saghul", "", []quad.IRI{m.Person("Saúl Ibarra Corretgé")}, ScoreExact - AltPenalty},
		{"peter", "", []quad.IRI{m.Person("Peter Czanik"), m.Person("Peter Hutterer")}, ScoreWords + 290/2},
		{"gres", "", []quad.IRI{m.Technology("PostgreSQL")}, ScoreSubstring + 100*4/10},
		{"postgre", "", []quad.IRI{m.Technology("PostgreSQL"), m.Talk("fosdem-2020", "x")}, ScorePrefixes + 290},
		{"postgres", "", []quad.IRI{m.Technology("PostgreSQL")}, ScoreFolded - AltPenalty},
		{"c++", "", []quad.IRI{m.Technology("C++")}, ScoreFolded},
		{"C", "", []quad.IRI{m.Technology("C"), m.Technology("C++")}, ScoreExact},
		{"fosdem", vocab.Event, []quad.IRI{m.Event("FOSDEM", "2019"), m.Event("FOSDEM", "2020")}, ScoreWords + 290/2},
		{"Python", vocab.Track, []quad.IRI{m.Track("fosdem-2019", "Python"), m.Track("fosdem-2020", "Python")}, ScoreExact},
		{"Python", vocab.Technology, []quad.IRI{m.Technology("Python")}, ScoreExact},
		{"nobody", "", nil, 0},
		{"...", "", nil, 0},
	}
	for _, tt := range tests {
		got, err := FindByName(ctx, st, tt.query, tt.class)
		if err != nil {
			t.Fatal(err)
		}
		var iris []quad.IRI
		for _, g := range got {
			iris = append(iris, g.IRI)
		}
		if len(iris) < len(tt.want) || len(tt.want) == 0 && len(iris) > 0 {
			t.Errorf("FindByName(%q, %q) = %v, want %v", tt.query, tt.class, iris, tt.want)
			continue
		}
		for i, w := range tt.want {
			if iris[i] != w {
				t.Errorf("FindByName(%q, %q)[%d] = %s, want %s (all: %v)", tt.query, tt.class, i, iris[i], w, iris)
			}
		}
		if len(got) > 0 && got[0].Score != tt.score {
			t.Errorf("FindByName(%q, %q) score = %d, want %d", tt.query, tt.class, got[0].Score, tt.score)
		}
	}
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	st := nameFixture(t)
	m := vocab.Minter{}
	got, err := Resolve(ctx, st, "saul", vocab.Person)
	if err != nil || got.IRI != m.Person("Saúl Ibarra Corretgé") || got.Name != "Saúl Ibarra Corretgé" || got.Class() != vocab.Person {
		t.Errorf("Resolve(saul) = %+v, %v", got, err)
	}
	if got.Exact() {
		t.Errorf("a partial name is not exact")
	}
	// ties list the candidates
	_, err = Resolve(ctx, st, "Peter", vocab.Person)
	var amb *AmbiguousError
	if !errors.As(err, &amb) || len(amb.Candidates) != 2 {
		t.Fatalf("Resolve(Peter) error = %v, want two candidates", err)
	}
	if amb.Candidates[0].Name != "Peter Czanik" || amb.Candidates[1].Name != "Peter Hutterer" {
		t.Errorf("candidates = %v", amb.Candidates)
	}
	// the class narrows: "Python" is one technology
	if got, err := Resolve(ctx, st, "python", vocab.Technology); err != nil || got.IRI != m.Technology("Python") {
		t.Errorf("Resolve(python, Technology) = %v, %v", got, err)
	}
	// an IRI, full or prefixed, is taken as is when stored
	iri := string(m.Event("FOSDEM", "2019"))
	if got, err := Resolve(ctx, st, "<"+iri+">", vocab.Event); err != nil || string(got.IRI) != iri || got.Name != "FOSDEM 2019" || !got.Exact() {
		t.Errorf("Resolve(IRI) = %+v, %v", got, err)
	}
	if _, err := Resolve(ctx, st, iri, vocab.Person); !errors.Is(err, ErrNoMatch) {
		t.Errorf("Resolve(event IRI, Person) error = %v, want ErrNoMatch", err)
	}
	if _, err := Resolve(ctx, st, "https://example.org/none", ""); !errors.Is(err, ErrNoMatch) {
		t.Errorf("Resolve(unknown IRI) error = %v, want ErrNoMatch", err)
	}
	if _, err := Resolve(ctx, st, "Nobody Here", ""); !errors.Is(err, ErrNoMatch) {
		t.Errorf("Resolve(Nobody) error = %v, want ErrNoMatch", err)
	}
}
