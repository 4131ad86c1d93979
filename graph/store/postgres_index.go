package store

import (
	"github.com/lib/pq"
)

// manyTx is a manifest transaction that reads and writes many keys of a
// bucket per round trip. The edge index uses it on PostgreSQL, where a
// write touches thousands of index keys and each statement is a round trip.
type manyTx interface {
	getMany(bucket string, keys []string) (map[string][]byte, error)
	putMany(bucket string, keys []string, vals [][]byte) error
	deleteMany(bucket string, keys []string) error
}

var _ manyTx = (*pgTx)(nil)

// manyChunk bounds the keys of one statement.
const manyChunk = 5000

func chunks(n int, fn func(lo, hi int) error) error {
	for lo := 0; lo < n; lo += manyChunk {
		if err := fn(lo, min(lo+manyChunk, n)); err != nil {
			return err
		}
	}
	return nil
}

func (t *pgTx) getMany(bucket string, keys []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(keys))
	err := chunks(len(keys), func(lo, hi int) error {
		rows, err := t.tx.QueryContext(t.ctx, `SELECT key, value FROM talkgraph_manifest WHERE bucket=$1 AND key = ANY($2)`,
			bucket, pq.Array(keys[lo:hi]))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			var v []byte
			if err := rows.Scan(&k, &v); err != nil {
				return err
			}
			if v == nil {
				v = []byte{}
			}
			out[k] = v
		}
		return rows.Err()
	})
	return out, err
}

func (t *pgTx) putMany(bucket string, keys []string, vals [][]byte) error {
	return chunks(len(keys), func(lo, hi int) error {
		_, err := t.tx.ExecContext(t.ctx, `INSERT INTO talkgraph_manifest (bucket, key, value)
			SELECT $1, k, v FROM unnest($2::text[], $3::bytea[]) AS x(k, v)
			ON CONFLICT (bucket, key) DO UPDATE SET value = EXCLUDED.value`,
			bucket, pq.Array(keys[lo:hi]), pq.ByteaArray(vals[lo:hi]))
		return err
	})
}

func (t *pgTx) deleteMany(bucket string, keys []string) error {
	return chunks(len(keys), func(lo, hi int) error {
		_, err := t.tx.ExecContext(t.ctx, `DELETE FROM talkgraph_manifest WHERE bucket=$1 AND key = ANY($2)`,
			bucket, pq.Array(keys[lo:hi]))
		return err
	})
}
