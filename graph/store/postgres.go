package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Postgres layout: Cayley's nodes/quads tables and talkgraph_manifest all
// live in one schema (default "talkgraph"), selected with search_path, so
// they never collide with the user's tables.

var schemaName = lazyre.New(`^[a-z_][a-z0-9_]{0,62}$`)

const pgLockClass = 0x7467 // "tg": first key of the advisory lock

// pgURL returns the connection URL with search_path and application_name
// set, and the URL with any password removed (for error messages).
func pgURL(raw, schema string) (conn, shown string, err error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", "", fmt.Errorf("%w: postgres DB must be a postgres:// URL", ErrBackend)
	}
	if !schemaName.MatchString(schema) {
		return "", "", fmt.Errorf("%w: bad postgres schema name %q", ErrBackend, schema)
	}
	q := u.Query()
	opt := q.Get("options")
	if opt != "" {
		opt += " "
	}
	q.Set("options", opt+"-csearch_path="+schema)
	withConnectTimeout(q)
	if q.Get("application_name") == "" {
		q.Set("application_name", fmt.Sprintf("talkgraph-pid-%d", os.Getpid()))
	}
	u.RawQuery = q.Encode()
	s := *u
	if s.User != nil {
		s.User = url.User(s.User.Username())
	}
	s.RawQuery = ""
	return u.String(), s.String() + "#" + schema, nil
}

// pgKV is the manifest table plus the connection holding the store's
// advisory lock.
type pgKV struct {
	db   *sql.DB
	lock *sql.Conn
}

func pgLockKey(schema string) int32 {
	h := fnv.New32a()
	h.Write([]byte(schema))
	return int32(h.Sum32())
}

// openPgKV creates the schema and manifest table if needed and takes the
// store's advisory lock, waiting at most timeout.
func openPgKV(ctx context.Context, connURL, schema string, timeout time.Duration) (*pgKV, error) {
	db, err := sql.Open("postgres", connURL)
	if err != nil {
		return nil, err
	}
	kv := &pgKV{db: db}
	fail := func(err error) (*pgKV, error) {
		kv.Close()
		return nil, err
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		return fail(err)
	}
	if _, err := db.ExecContext(pctx, `CREATE SCHEMA IF NOT EXISTS `+schema); err != nil {
		// Concurrent CREATE SCHEMA IF NOT EXISTS can race; the schema exists then.
		var n int
		if db.QueryRowContext(pctx, `SELECT count(*) FROM pg_namespace WHERE nspname=$1`, schema).Scan(&n) != nil || n == 0 {
			return fail(err)
		}
	}
	kv.lock, err = db.Conn(ctx)
	if err != nil {
		return fail(err)
	}
	key := pgLockKey(schema)
	deadline := time.Now().Add(timeout)
	for {
		var ok bool
		if err := kv.lock.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, $2)`, pgLockClass, key).Scan(&ok); err != nil {
			return fail(err)
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			var app string
			var pid int
			err := db.QueryRowContext(ctx, `SELECT coalesce(a.application_name, ''), a.pid FROM pg_locks l
				JOIN pg_stat_activity a ON a.pid = l.pid
				WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2::int4::oid`,
				pgLockClass, key).Scan(&app, &pid)
			holder := "another process"
			if err == nil {
				holder = fmt.Sprintf("%s (server pid %d)", app, pid)
				if p, ok := strings.CutPrefix(app, "talkgraph-pid-"); ok {
					holder = "pid " + p
				}
			}
			return fail(fmt.Errorf("%w by %s", ErrLocked, holder))
		}
		select {
		case <-ctx.Done():
			return fail(ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err := checkSchemaTables(ctx, db, schema); err != nil {
		return fail(err)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS talkgraph_manifest (
		bucket TEXT NOT NULL, key TEXT COLLATE "C" NOT NULL, value BYTEA NOT NULL,
		PRIMARY KEY (bucket, key))`); err != nil {
		return fail(err)
	}
	return kv, nil
}

func (p *pgKV) Close() error {
	var errs []error
	if p.lock != nil {
		_, err := p.lock.ExecContext(context.Background(), `SELECT pg_advisory_unlock_all()`)
		errs = append(errs, err, p.lock.Close())
	}
	errs = append(errs, p.db.Close())
	return errors.Join(errs...)
}

func (p *pgKV) run(ctx context.Context, ro bool, fn func(kvTx) error) error {
	tx, err := p.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: ro})
	if err != nil {
		return err
	}
	if err := fn(&pgTx{ctx: ctx, tx: tx}); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (p *pgKV) View(ctx context.Context, fn func(kvTx) error) error   { return p.run(ctx, true, fn) }
func (p *pgKV) Update(ctx context.Context, fn func(kvTx) error) error { return p.run(ctx, false, fn) }

type pgTx struct {
	ctx context.Context
	tx  *sql.Tx
}

func (t *pgTx) Get(bucket, key string) ([]byte, error) {
	var v []byte
	err := t.tx.QueryRowContext(t.ctx, `SELECT value FROM talkgraph_manifest WHERE bucket=$1 AND key=$2`, bucket, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if v == nil && err == nil {
		v = []byte{}
	}
	return v, err
}

func (t *pgTx) Put(bucket, key string, val []byte) error {
	if val == nil {
		val = []byte{}
	}
	_, err := t.tx.ExecContext(t.ctx, `INSERT INTO talkgraph_manifest (bucket, key, value) VALUES ($1, $2, $3)
		ON CONFLICT (bucket, key) DO UPDATE SET value = EXCLUDED.value`, bucket, key, val)
	return err
}

func (t *pgTx) Delete(bucket, key string) error {
	_, err := t.tx.ExecContext(t.ctx, `DELETE FROM talkgraph_manifest WHERE bucket=$1 AND key=$2`, bucket, key)
	return err
}

// ForEach reads in pages so fn may issue queries on the same transaction.
func (t *pgTx) ForEach(bucket string, fn func(string, []byte) error) error {
	return t.Scan(bucket, "", fn)
}

// Scan reads the keys starting with prefix in pages (see ForEach). Keys
// compare bytewise (COLLATE "C"), so they are the range [prefix, end).
func (t *pgTx) Scan(bucket, prefix string, fn func(string, []byte) error) error {
	const page = 1000
	type kv struct {
		k string
		v []byte
	}
	end, bounded := prefixEnd(prefix)
	after, first := prefix, true
	for {
		rows, err := t.tx.QueryContext(t.ctx, `SELECT key, value FROM talkgraph_manifest
			WHERE bucket=$1 AND (key > $2 OR $3 AND key = $2) AND (NOT $4 OR key < $5) ORDER BY key LIMIT $6`,
			bucket, after, first, bounded, end, page)
		if err != nil {
			return err
		}
		var got []kv
		for rows.Next() {
			var x kv
			if err := rows.Scan(&x.k, &x.v); err != nil {
				rows.Close()
				return err
			}
			got = append(got, x)
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
		for _, x := range got {
			if !strings.HasPrefix(x.k, prefix) {
				return nil // keys with the prefix are contiguous: past them
			}
			if err := fn(x.k, x.v); err != nil {
				return err
			}
		}
		if len(got) < page {
			return nil
		}
		after, first = got[len(got)-1].k, false
	}
}

// prefixEnd is a string greater than every string starting with prefix, if
// there is one: keys are UTF-8 text, so only an ASCII byte below 0x7f is
// raised (the range may then hold other keys too; Scan skips them).
func prefixEnd(prefix string) (string, bool) {
	b := []byte(prefix)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0x7f {
			b[i]++
			return string(b[:i+1]), true
		}
	}
	return "", false
}
