package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

const ex = "http://example.org/"

func iri(s string) quad.IRI { return quad.IRI(ex + s) }

// mkDoc builds a doc whose quads all carry its label.
func mkDoc(name, hash string, qs ...quad.Quad) Doc {
	l := iri("doc/" + name)
	for i := range qs {
		qs[i].Label = l
	}
	return Doc{Label: l, Source: "posts/" + name + ".md", Kind: "post", Hash: hash, Quads: qs}
}

func q(s, p string, o quad.Value) quad.Quad {
	return quad.Quad{Subject: iri(s), Predicate: iri(p), Object: o}
}

// cayleyQuads reads every quad from Cayley itself (not the manifest), as
// sorted N-Quads-ish strings.
func cayleyQuads(t testing.TB, qs graph.QuadStore) []string {
	t.Helper()
	var out []string
	err := graph.Iterate(context.Background(), qs.QuadsAllIterator()).Each(func(r graph.Ref) {
		out = append(out, qs.Quad(r).NQuad())
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func nquads(qs ...quad.Quad) []string {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

// backend opens fresh stores of one kind.
type backend struct {
	name string
	open func(t *testing.T) Config
}

// backends lists memory, bolt and (if TALKGRAPH_TEST_POSTGRES is set)
// postgres. Postgres that is configured but unreachable fails the test.
func backends(t *testing.T) []backend {
	bs := []backend{
		{"memory", func(t *testing.T) Config { return Config{Backend: Memory} }},
		{"bolt", func(t *testing.T) Config { return Config{Backend: Bolt, DB: t.TempDir() + "/tg.db"} }},
	}
	url := os.Getenv("TALKGRAPH_TEST_POSTGRES")
	if url == "" {
		t.Log("TALKGRAPH_TEST_POSTGRES unset: skipping the postgres backend (set it to a postgres:// URL, or run .ci/run)")
		return bs
	}
	db, err := sql.Open("postgres", url)
	if err == nil {
		err = db.Ping()
		db.Close()
	}
	if err != nil {
		t.Fatalf("TALKGRAPH_TEST_POSTGRES is set but unusable: %v", err)
	}
	return append(bs, backend{"postgres", func(t *testing.T) Config {
		b := make([]byte, 6)
		rand.Read(b)
		schema := "tgtest_" + hex.EncodeToString(b)
		t.Cleanup(func() {
			db, err := sql.Open("postgres", url)
			if err != nil {
				t.Error(err)
				return
			}
			defer db.Close()
			if _, err := db.Exec(fmt.Sprintf("DROP SCHEMA IF EXISTS %s CASCADE", schema)); err != nil {
				t.Error(err)
			}
		})
		return Config{Backend: Postgres, DB: url, Schema: schema}
	}})
}

func mustOpen(t *testing.T, cfg Config) *Store {
	t.Helper()
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
