package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// DefaultConnectTimeout is the connect_timeout (seconds) set on PostgreSQL
// URLs that name none: a server that accepts and never answers is an
// error after it, not a hang.
const DefaultConnectTimeout = "5"

// ErrForeignSchema is wrapped by the error for a PostgreSQL schema holding
// tables named like talkgraph's that are not talkgraph's.
var ErrForeignSchema = errors.New("schema holds tables that are not talkgraph's")

var urlInText = lazyre.New(`(?i)\b(postgres(?:ql)?|https?)://[^\s"'<>]+`)

// RedactURL removes the password from every URL in s (a URL, or a message
// quoting one): "postgres://ann:secret@host/db" becomes
// "postgres://ann:xxxxx@host/db". A password in a "password=" query
// parameter is removed too.
func RedactURL(s string) string {
	return urlInText.ReplaceAllStringFunc(s, func(m string) string {
		u, err := url.Parse(m)
		if err != nil {
			// Unparseable: drop everything between "://" and "@".
			if i, j := strings.Index(m, "://"), strings.LastIndex(m, "@"); i >= 0 && j > i {
				return m[:i+3] + "xxxxx" + m[j:]
			}
			return m
		}
		if u.User != nil {
			if _, ok := u.User.Password(); ok {
				u.User = url.UserPassword(u.User.Username(), "xxxxx")
			}
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	})
}

// withConnectTimeout sets connect_timeout on q unless it names one.
func withConnectTimeout(q url.Values) {
	if q.Get("connect_timeout") == "" {
		q.Set("connect_timeout", DefaultConnectTimeout)
	}
}

// checkSchemaTables refuses a schema whose nodes, quads or
// talkgraph_manifest tables are not the ones talkgraph (and Cayley)
// create, before anything is written there.
func checkSchemaTables(ctx context.Context, db *sql.DB, schema string) error {
	rows, err := db.QueryContext(ctx, `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = $1 AND table_name IN ('nodes', 'quads', 'talkgraph_manifest')`, schema)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols := map[string]map[string]bool{}
	for rows.Next() {
		var t, c string
		if err := rows.Scan(&t, &c); err != nil {
			return err
		}
		if cols[t] == nil {
			cols[t] = map[string]bool{}
		}
		cols[t][c] = true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	want := map[string][]string{
		"talkgraph_manifest": {"bucket", "key", "value"},
		"nodes":              {"hash", "refs"},
		"quads":              {"subject_hash", "predicate_hash", "object_hash", "label_hash"},
	}
	for _, t := range []string{"talkgraph_manifest", "nodes", "quads"} {
		have := cols[t]
		if have == nil {
			continue
		}
		for _, c := range want[t] {
			if !have[c] {
				return fmt.Errorf("%w: table %s.%s has no column %s; use another schema (--schema NAME)", ErrForeignSchema, schema, t, c)
			}
		}
	}
	if cols["talkgraph_manifest"] == nil && (cols["nodes"] != nil || cols["quads"] != nil) {
		return fmt.Errorf("%w: %s holds Cayley-like nodes/quads tables but no talkgraph_manifest (another application's store?); use another schema (--schema NAME)", ErrForeignSchema, schema)
	}
	return nil
}

// redactedError is an error whose message has its URLs' passwords removed
// (a driver may quote the connection string); errors.Is still sees the
// cause.
type redactedError struct{ err error }

func (e redactedError) Error() string { return RedactURL(e.err.Error()) }
func (e redactedError) Unwrap() error { return e.err }
