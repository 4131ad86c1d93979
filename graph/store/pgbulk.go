package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
)

// pgAdd adds quads to Cayley's PostgreSQL tables as Cayley's own
// ApplyDeltas (IgnoreDup) does, with the same rows, but many rows per
// statement: Cayley sends one INSERT per node and one per quad, a round
// trip each, which is most of a PostgreSQL ingest's time. Nodes are
// inserted with Cayley's value encoding (csql.NodeValues) and their
// reference counts raised as Cayley raises them (ON CONFLICT (hash) DO
// UPDATE); quads already present are skipped (ON CONFLICT DO NOTHING).
// Nodes and quads are written in one transaction. Cayley's cached counts
// are reset afterwards, as its own writes reset them.
func (s *Store) pgAdd(ctx context.Context, deltas []graph.Delta) error {
	d := graphlog.SplitDeltas(deltas)
	db := s.man.(*pgKV).db
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := pgInsertNodes(ctx, tx, d.IncNode); err != nil {
		tx.Rollback()
		return fmt.Errorf("insert nodes: %w", err)
	}
	if err := pgInsertQuads(ctx, tx, d.QuadAdd); err != nil {
		tx.Rollback()
		return fmt.Errorf("insert quads: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return s.qs.ApplyDeltas(nil, ignore) // resets Cayley's cached counts
}

// pgMaxParams bounds the parameters of one statement (PostgreSQL's limit
// is 65535).
const pgMaxParams = 60000

// pgInsertNodes inserts nodes (hashes distinct, as SplitDeltas makes them),
// one statement per value type and chunk.
func pgInsertNodes(ctx context.Context, tx *sql.Tx, nodes []graphlog.NodeUpdate) error {
	type row []any
	byType := map[csql.ValueType][]row{}
	for _, n := range nodes {
		if n.RefInc < 0 {
			return fmt.Errorf("unexpected node reference decrement")
		}
		vt, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		byType[vt] = append(byType[vt], append(row{n.RefInc}, vals...))
	}
	types := make([]csql.ValueType, 0, len(byType))
	for vt := range byType {
		types = append(types, vt)
	}
	slices.Sort(types)
	for _, vt := range types {
		rows := byType[vt]
		cols := append([]string{"refs", "hash"}, vt.Columns()...)
		per := pgMaxParams / len(cols)
		for lo := 0; lo < len(rows); lo += per {
			chunk := rows[lo:min(lo+per, len(rows))]
			args := make([]any, 0, len(chunk)*len(cols))
			for _, r := range chunk {
				args = append(args, r...)
			}
			q := `INSERT INTO nodes(` + strings.Join(cols, ", ") + `) VALUES ` + placeholders(len(chunk), len(cols), "") +
				` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
			if _, err := tx.ExecContext(ctx, q, args...); err != nil {
				return err
			}
		}
	}
	return nil
}

// pgInsertQuads inserts quads, skipping those already stored.
func pgInsertQuads(ctx context.Context, tx *sql.Tx, quads []graphlog.QuadUpdate) error {
	const cols = 4
	per := pgMaxParams / cols
	for lo := 0; lo < len(quads); lo += per {
		chunk := quads[lo:min(lo+per, len(quads))]
		args := make([]any, 0, len(chunk)*cols)
		for _, u := range chunk {
			for _, h := range u.Quad.Dirs() {
				args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
			}
		}
		q := `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ` +
			placeholders(len(chunk), cols, ", now()") + ` ON CONFLICT DO NOTHING`
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}

// placeholders writes rows tuples of cols numbered parameters, each tuple
// ending with extra: "($1, $2), ($3, $4)".
func placeholders(rows, cols int, extra string) string {
	var b strings.Builder
	n := 1
	for r := range rows {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := range cols {
			if c > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			n++
		}
		b.WriteString(extra)
		b.WriteByte(')')
	}
	return b.String()
}
