package store

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/quad"
)

// behaviours is the conformance suite every backend passes.
var behaviours = []struct {
	name string
	run  func(t *testing.T, s *Store)
}{
	{"put", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("x", "name", quad.String("X")), q("x", "knows", iri("y")))
		b := mkDoc("b", "h1", q("y", "name", quad.LangString{Value: "Y", Lang: "en"}))
		res, err := s.Put(ctx(), []Doc{a, b})
		if err != nil {
			t.Fatal(err)
		}
		if want := (PutResult{Added: 2, QuadsAdded: 3}); res != want {
			t.Errorf("result %+v, want %+v", res, want)
		}
		if got, want := cayleyQuads(t, s.QuadStore()), nquads(append(a.Quads, b.Quads...)...); !reflect.DeepEqual(got, want) {
			t.Errorf("cayley\n%v\nwant\n%v", got, want)
		}
		if h, ok := s.Hash(a.Label); !ok || h != "h1" {
			t.Errorf("Hash = %q %v", h, ok)
		}
		if _, ok := s.Hash(iri("doc/none")); ok {
			t.Error("Hash of unknown doc found")
		}
		docs, err := s.Docs(ctx())
		if err != nil || len(docs) != 2 || docs[0].Label != a.Label || docs[0].Quads != 2 || docs[0].Source != a.Source {
			t.Errorf("Docs = %+v, %v", docs, err)
		}
	}},
	{"replace", func(t *testing.T, s *Store) {
		v1 := mkDoc("a", "h1", q("x", "name", quad.String("old")), q("x", "year", quad.Int(2020)))
		v2 := mkDoc("a", "h2", q("x", "name", quad.String("new")), q("x", "year", quad.Int(2020)))
		mustPut(t, s, v1)
		res := mustPut(t, s, v2)
		if want := (PutResult{Replaced: 1, QuadsAdded: 2, QuadsDeleted: 2}); res != want {
			t.Errorf("result %+v, want %+v", res, want)
		}
		got := cayleyQuads(t, s.QuadStore())
		want := nquads(mkDoc("a", "", q("x", "name", quad.String("new")),
			q("x", "year", quad.TypedString{Value: "2020", Type: xsd + "integer"})).Quads...)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cayley\n%v\nwant\n%v", got, want)
		}
	}},
	{"unchanged", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("x", "name", quad.String("X")))
		mustPut(t, s, a)
		a.Source = "elsewhere/a.md"
		res := mustPut(t, s, a)
		if want := (PutResult{Unchanged: 1}); res != want {
			t.Errorf("result %+v, want %+v", res, want)
		}
		if d, ok := s.FindDoc("elsewhere/a.md"); !ok || d.Label != a.Label || d.Quads != 1 {
			t.Errorf("moved source not recorded: %+v %v", d, ok)
		}
	}},
	{"remove", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("x", "name", quad.String("X")))
		b := mkDoc("b", "h1", q("y", "name", quad.String("Y")))
		mustPut(t, s, a, b)
		n, err := s.Remove(ctx(), a.Label, iri("doc/unknown"), a.Label)
		if err != nil || n != 1 {
			t.Fatalf("Remove = %d, %v", n, err)
		}
		if got, want := cayleyQuads(t, s.QuadStore()), nquads(b.Quads...); !reflect.DeepEqual(got, want) {
			t.Errorf("cayley %v, want %v", got, want)
		}
		if _, ok := s.Hash(a.Label); ok {
			t.Error("removed doc still has a hash")
		}
		if _, _, err := s.Facts(a.Label); !errors.Is(err, ErrNotFound) {
			t.Errorf("Facts of removed doc: %v", err)
		}
	}},
	{"shared entity survives", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("rust", "name", quad.String("Rust")), q("a", "about", iri("rust")))
		b := mkDoc("b", "h1", q("rust", "name", quad.String("Rust")), q("b", "about", iri("rust")))
		mustPut(t, s, a, b)
		if _, err := s.Remove(ctx(), a.Label); err != nil {
			t.Fatal(err)
		}
		vals, err := cayley.StartPath(s.QuadStore(), iri("rust")).Out(iri("name")).Iterate(ctx()).AllValues(s.QuadStore())
		if err != nil || len(vals) != 1 || vals[0] != quad.String("Rust") {
			t.Errorf("name of shared entity = %v, %v", vals, err)
		}
		vals, _ = cayley.StartPath(s.QuadStore(), iri("rust")).In(iri("about")).Iterate(ctx()).AllValues(s.QuadStore())
		if len(vals) != 1 || vals[0] != iri("b") {
			t.Errorf("mentions of shared entity = %v", vals)
		}
	}},
	{"ForEach", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("x", "name", quad.String("X")), q("x", "name", quad.String("X")))
		b := mkDoc("b", "h1", q("y", "born", quad.TypedString{Value: "1990-01-02", Type: xsd + "date"}))
		mustPut(t, s, a, b)
		var got []quad.Quad
		if err := s.ForEach(ctx(), func(q quad.Quad) error { got = append(got, q); return nil }); err != nil {
			t.Fatal(err)
		}
		if g, w := nquads(got...), cayleyQuads(t, s.QuadStore()); !reflect.DeepEqual(g, w) || len(g) != 2 {
			t.Errorf("ForEach %v, cayley %v", g, w)
		}
		c, cancel := context.WithCancel(ctx())
		cancel()
		if err := s.ForEach(c, func(quad.Quad) error { return nil }); !errors.Is(err, context.Canceled) {
			t.Errorf("ForEach with cancelled ctx: %v", err)
		}
		stop := errors.New("stop")
		if err := s.ForEach(ctx(), func(quad.Quad) error { return stop }); !errors.Is(err, stop) {
			t.Errorf("ForEach error not passed on: %v", err)
		}
	}},
	{"Facts", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("x", "name", quad.String("X")), q("x", "name", quad.String("X")), q("x", "knows", iri("y")))
		a.Facts = []Fact{{Quad: 2, Rule: "link", Confidence: 0.5, Start: 3, End: 9, Evidence: "knows y"}, {Quad: 1, Rule: "front-matter"}}
		mustPut(t, s, a)
		qs, fs, err := s.Facts(a.Label)
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != 2 || qs[1].Object != iri("y") || qs[0].Label != a.Label {
			t.Errorf("quads %v", qs)
		}
		want := []Fact{{Quad: 1, Rule: "link", Confidence: 0.5, Start: 3, End: 9, Evidence: "knows y"}, {Quad: 0, Rule: "front-matter"}}
		if !reflect.DeepEqual(fs, want) {
			t.Errorf("facts %+v, want %+v", fs, want)
		}
	}},
	{"Attachments", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("x", "name", quad.String("X")))
		sch := mkDoc("sched", "h1", q("ev", "name", quad.String("Ev")))
		sch.Kind, sch.Attachment = "schedule", []byte("talk index")
		mustPut(t, s, a, sch)
		got, err := s.Attachments("schedule")
		if err != nil || len(got) != 1 || string(got[sch.Label]) != "talk index" {
			t.Errorf("Attachments = %q, %v", got, err)
		}
		if got, _ := s.Attachments("post"); len(got) != 0 {
			t.Errorf("post attachments = %q", got)
		}
		st, err := s.Stats(ctx())
		if err != nil || st.Quads != 2 || st.Docs["schedule"] != 1 || st.Docs["post"] != 1 || st.Nodes < 3 {
			t.Errorf("Stats = %+v, %v", st, err)
		}
	}},
	{"invalid term rejected", func(t *testing.T, s *Store) {
		good := mkDoc("good", "h1", q("x", "name", quad.String("X")))
		bad := mkDoc("bad", "h1", q("x", "name", quad.String("X")), quad.Quad{Subject: quad.IRI("http://ex.org/a b"), Predicate: iri("p"), Object: quad.String("o")})
		res, err := s.Put(ctx(), []Doc{good, bad})
		if !errors.Is(err, ErrInvalid) {
			t.Fatalf("err = %v, want ErrInvalid", err)
		}
		var de *DocError
		if !errors.As(err, &de) || de.Label != bad.Label || !strings.Contains(err.Error(), "a b") {
			t.Errorf("error does not name doc and term: %v", err)
		}
		if res.Added != 1 {
			t.Errorf("result %+v", res)
		}
		if got, want := cayleyQuads(t, s.QuadStore()), nquads(good.Quads...); !reflect.DeepEqual(got, want) {
			t.Errorf("cayley %v, want %v", got, want)
		}
		if _, ok := s.Hash(bad.Label); ok {
			t.Error("invalid doc recorded")
		}
	}},
	{"FindDoc", func(t *testing.T, s *Store) {
		a := mkDoc("a", "h1", q("x", "name", quad.String("X")))
		mustPut(t, s, a)
		for _, ref := range []string{string(a.Label), "<" + string(a.Label) + ">", "posts/a.md", "./posts//a.md", "posts/../posts/a.md"} {
			if d, ok := s.FindDoc(ref); !ok || d.Label != a.Label {
				t.Errorf("FindDoc(%q) = %v %v", ref, d, ok)
			}
		}
		for _, ref := range []string{"posts/b.md", "", ex} {
			if d, ok := s.FindDoc(ref); ok {
				t.Errorf("FindDoc(%q) = %v", ref, d)
			}
		}
	}},
	{"Compact", func(t *testing.T, s *Store) {
		for i := range 5 {
			mustPut(t, s, mkDoc("a", string(rune('a'+i)), q("x", "n", quad.Int(i))), mkDoc("b", "b", q("y", "n", quad.Int(9))))
		}
		before := cayleyQuads(t, s.QuadStore())
		if err := s.Compact(ctx()); err != nil {
			t.Fatal(err)
		}
		if after := cayleyQuads(t, s.QuadStore()); !reflect.DeepEqual(before, after) || len(after) != 2 {
			t.Errorf("after compact %v, before %v", after, before)
		}
		mustPut(t, s, mkDoc("a", "z", q("x", "n", quad.Int(100))))
		if got := cayleyQuads(t, s.QuadStore()); len(got) != 2 {
			t.Errorf("put after compact: %v", got)
		}
	}},
}

func ctx() context.Context { return context.Background() }

func mustPut(t *testing.T, s *Store, docs ...Doc) PutResult {
	t.Helper()
	res, err := s.Put(ctx(), docs)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	return res
}

func TestConformance(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			for _, bh := range behaviours {
				t.Run(bh.name, func(t *testing.T) {
					s := mustOpen(t, b.open(t))
					bh.run(t, s)
				})
			}
			t.Run("reopen", func(t *testing.T) {
				if b.name == "memory" {
					t.Skip("memory does not persist")
				}
				cfg := b.open(t)
				s := mustOpen(t, cfg)
				a := mkDoc("a", "h1", q("x", "name", quad.String("X")))
				mustPut(t, s, a)
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
				s = mustOpen(t, cfg)
				if h, ok := s.Hash(a.Label); !ok || h != "h1" {
					t.Errorf("after reopen Hash = %q %v", h, ok)
				}
				if got, want := cayleyQuads(t, s.QuadStore()), nquads(a.Quads...); !reflect.DeepEqual(got, want) {
					t.Errorf("cayley %v, want %v", got, want)
				}
			})
		})
	}
}
