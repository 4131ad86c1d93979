package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// The namer keeps one schema:name per entity across docs, each run with a
// fresh namer as an ingest has: a replaced doc that names an entity as its
// stored version did keeps the name, and one that renames it has the new
// spelling demoted when another doc names it, kept when none does.
// On Bolt the namer scans the subject-predicate index, on memory all the
// subject's quads.
func TestNamerAcrossRuns(t *testing.T) {
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			st, err := store.Open(context.Background(), store.Config{Backend: backend, DB: filepath.Join(t.TempDir(), "db")})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			testNamerAcrossRuns(t, st)
		})
	}
}

func testNamerAcrossRuns(t *testing.T, st *store.Store) {
	ctx := context.Background()
	person, org := quad.IRI("urn:test:person"), quad.IRI("urn:test:org")
	doc := func(label quad.IRI, hash string, names map[quad.IRI]string) store.Doc {
		d := store.Doc{Label: label, Source: string(label), Kind: "post", Hash: hash}
		for _, s := range []quad.IRI{person, org} {
			if n, ok := names[s]; ok {
				d.Quads = append(d.Quads, quad.Quad{Subject: s, Predicate: vocab.Name, Object: quad.String(n), Label: label})
			}
		}
		return d
	}
	a, b, c := quad.IRI("urn:test:a"), quad.IRI("urn:test:b"), quad.IRI("urn:test:c")
	steps := []struct {
		name     string
		doc      store.Doc
		wantName map[quad.IRI]string // entity -> its schema:name in the doc
		wantAlt  map[quad.IRI]string // entity -> its schema:alternateName in the doc
	}{
		{"first doc", doc(a, "1", map[quad.IRI]string{person: "Jane Doe"}), map[quad.IRI]string{person: "Jane Doe"}, nil},
		{"another spelling elsewhere", doc(b, "1", map[quad.IRI]string{person: "J. Doe"}), map[quad.IRI]string{person: "Jane Doe"}, map[quad.IRI]string{person: "J. Doe"}},
		{"replaced, same name", doc(a, "2", map[quad.IRI]string{person: "Jane Doe", org: "Acme"}), map[quad.IRI]string{person: "Jane Doe", org: "Acme"}, nil},
		{"replaced, renamed, named elsewhere", doc(a, "3", map[quad.IRI]string{person: "Janet Doe", org: "Acme"}), map[quad.IRI]string{person: "Jane Doe", org: "Acme"}, map[quad.IRI]string{person: "Janet Doe"}},
		{"replaced, renamed, named nowhere else", doc(a, "4", map[quad.IRI]string{person: "Jane Doe", org: "Acme Corp"}), map[quad.IRI]string{person: "Jane Doe", org: "Acme Corp"}, nil},
		{"a third doc", doc(c, "1", map[quad.IRI]string{org: "Acme"}), map[quad.IRI]string{org: "Acme Corp"}, map[quad.IRI]string{org: "Acme"}},
		{"replaced, same name, named elsewhere", doc(a, "5", map[quad.IRI]string{person: "Jane Doe", org: "Acme Corp"}), map[quad.IRI]string{person: "Jane Doe", org: "Acme Corp"}, nil},
	}
	for _, s := range steps {
		docs, err := st.Docs(ctx)
		n := newNamer(st, err == nil && len(docs) == 0)
		d := s.doc
		n.fix(ctx, &d)
		gotName, gotAlt := map[quad.IRI]string{}, map[quad.IRI]string{}
		for _, q := range d.Quads {
			v := string(q.Object.(quad.String))
			switch q.Predicate {
			case vocab.Name:
				if old, dup := gotName[q.Subject.(quad.IRI)]; dup {
					t.Errorf("%s: %v has two names, %q and %q", s.name, q.Subject, old, v)
				}
				gotName[q.Subject.(quad.IRI)] = v
			case vocab.AlternateName:
				gotAlt[q.Subject.(quad.IRI)] = v
			}
		}
		if !sameNames(gotName, s.wantName) || !sameNames(gotAlt, s.wantAlt) {
			t.Errorf("%s: names %v, alternate names %v; want %v, %v", s.name, gotName, gotAlt, s.wantName, s.wantAlt)
		}
		if _, err := st.Put(ctx, []store.Doc{d}); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
	}
}

func sameNames(a, b map[quad.IRI]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
