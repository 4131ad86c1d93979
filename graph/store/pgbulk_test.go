package store

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// pgRows reads Cayley's nodes and quads tables (all but the quads' horizon
// and time stamp) as strings, sorted.
func pgRows(t *testing.T, s *Store) (nodes, quads []string) {
	t.Helper()
	db := s.man.(*pgKV).db
	read := func(query string) []string {
		rows, err := db.QueryContext(context.Background(), query)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		var out []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%q", vals))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	nodes = read(`SELECT hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time FROM nodes ORDER BY hash`)
	quads = read(`SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads ORDER BY 1, 2, 3, 4`)
	return nodes, quads
}

// TestPgAddMatchesCayley writes the same adds with pgAdd into one schema
// and with Cayley's ApplyDeltas into another: the tables must hold the
// same rows (every kind of value, a quad twice in a batch, quads and nodes
// already stored, a quad without a label).
func TestPgAddMatchesCayley(t *testing.T) {
	var pg *backend
	for _, b := range backends(t) {
		if b.name == "postgres" {
			pg = &b
		}
	}
	if pg == nil {
		t.Skip("no PostgreSQL (TALKGRAPH_TEST_POSTGRES unset)")
	}
	when := time.Date(2024, 2, 3, 4, 5, 6, 0, time.UTC)
	objects := []quad.Value{iri("o"), quad.BNode("b1"), quad.String("Jane Doe"), quad.String("x\x00y"),
		quad.TypedString{Value: "2024-02-03", Type: xsd + "date"}, quad.LangString{Value: "frobnicate", Lang: "fr"},
		quad.Int(42), quad.Bool(true), quad.Float(1.5), quad.Time(when)}
	var first []graph.Delta
	for i, o := range objects {
		q := quad.Quad{Subject: iri(fmt.Sprintf("s%d", i%3)), Predicate: iri("p"), Object: o, Label: iri("doc/a")}
		first = append(first, graph.Delta{Quad: q, Action: graph.Add})
	}
	first = append(first, first[0], graph.Delta{Quad: quad.Quad{Subject: iri("s0"), Predicate: iri("p"), Object: iri("o")}, Action: graph.Add})
	second := append([]graph.Delta{{Quad: quad.Quad{Subject: iri("s9"), Predicate: iri("p"), Object: iri("o"), Label: iri("doc/b")}, Action: graph.Add}}, first[:4]...)

	bulk, cayley := mustOpen(t, pg.open(t)), mustOpen(t, pg.open(t))
	for _, batch := range [][]graph.Delta{first, second} {
		if err := bulk.pgAdd(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
		if err := cayley.qs.ApplyDeltas(batch, ignore); err != nil {
			t.Fatal(err)
		}
		bn, bq := pgRows(t, bulk)
		cn, cq := pgRows(t, cayley)
		if !reflect.DeepEqual(bn, cn) {
			t.Errorf("nodes differ\npgAdd:  %v\nCayley: %v", bn, cn)
		}
		if !reflect.DeepEqual(bq, cq) {
			t.Errorf("quads differ\npgAdd:  %v\nCayley: %v", bq, cq)
		}
		if len(bq) == 0 {
			t.Fatal("no quads written")
		}
	}
	if got, want := cayleyQuads(t, bulk.QuadStore()), cayleyQuads(t, cayley.QuadStore()); !reflect.DeepEqual(got, want) {
		t.Errorf("Cayley reads back\n%v\nwant\n%v", got, want)
	}
}
