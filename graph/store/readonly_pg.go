package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph"
)

// openPostgresReadOnly opens an existing PostgreSQL store without writing:
// no schema or table is created, the advisory lock is taken shared (readers
// run side by side; a writer is refused while they read), and a schema that
// holds no talkgraph store is ErrNotStore.
func (s *Store) openPostgresReadOnly(ctx context.Context) error {
	db, err := sql.Open("postgres", s.connURL)
	if err != nil {
		return err
	}
	kv := &pgKV{db: db}
	fail := func(err error) error {
		kv.Close()
		return err
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var n int
	err = db.QueryRowContext(pctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema=$1 AND table_name IN ('talkgraph_manifest', 'quads', 'nodes')`, s.cfg.Schema).Scan(&n)
	if err != nil {
		return fail(err)
	}
	if n < 3 {
		return fail(fmt.Errorf("%w: schema %q holds no talkgraph store (make one with 'talkgraph ingest', or name it with --schema)", ErrNotStore, s.cfg.Schema))
	}
	if kv.lock, err = db.Conn(ctx); err != nil {
		return fail(err)
	}
	key := pgLockKey(s.cfg.Schema)
	deadline := time.Now().Add(s.cfg.LockTimeout)
	for {
		var ok bool
		if err := kv.lock.QueryRowContext(ctx, `SELECT pg_try_advisory_lock_shared($1, $2)`, pgLockClass, key).Scan(&ok); err != nil {
			return fail(err)
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			return fail(fmt.Errorf("%w by a writer (waited %v)", ErrLocked, s.cfg.LockTimeout))
		}
		select {
		case <-ctx.Done():
			return fail(ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	s.man = kv
	if s.qs, err = graph.NewQuadStore("postgres", s.connURL, nil); err != nil {
		return fmt.Errorf("%w: Cayley tables: %v", ErrCorrupt, err)
	}
	return nil
}
