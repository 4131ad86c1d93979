package store

import (
	"context"
	"database/sql"
	"errors"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://ann:secret@db.example:5432/tg?sslmode=disable", "postgres://ann:xxxxx@db.example:5432/tg?sslmode=disable"},
		{"postgres://ann@host/db", "postgres://ann@host/db"},
		{"postgresql://host/db?password=secret&user=ann", "postgresql://host/db?password=xxxxx&user=ann"},
		{`dial "postgres://a:secret@h/d": refused`, `dial "postgres://a:xxxxx@h/d": refused`},
		{"postgres://a:se%ZZcret@h/d", "postgres://xxxxx@h/d"},
		{"no url here", "no url here"},
	}
	for _, tt := range tests {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPostgresErrorsHideThePassword(t *testing.T) {
	for _, cfg := range []Config{
		{Backend: Postgres, DB: "postgres://ann:secret@127.0.0.1:1/db", Schema: "bad;schema"},
		{Backend: Postgres, DB: "postgres://ann:secret@127.0.0.1:1/db?connect_timeout=1&sslmode=disable"},
		{Backend: Postgres, DB: "postgres://ann:secret@%zz/db"},
	} {
		_, err := Open(context.Background(), cfg)
		if err == nil || strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%s): %v; want an error without the password", cfg.Schema, err)
		}
	}
}

func TestConnectTimeout(t *testing.T) {
	conn, _, err := pgURL("postgres://ann@host/db", "talkgraph")
	if err != nil || !strings.Contains(conn, "connect_timeout="+DefaultConnectTimeout) {
		t.Errorf("default connect_timeout not set: %s %v", conn, err)
	}
	if conn, _, _ := pgURL("postgres://ann@host/db?connect_timeout=2", "talkgraph"); !strings.Contains(conn, "connect_timeout=2") || strings.Contains(conn, "connect_timeout=5") {
		t.Errorf("a given connect_timeout is replaced: %s", conn)
	}
	// A server that accepts and never answers.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	start := time.Now()
	_, err = Open(context.Background(), Config{Backend: Postgres, DB: "postgres://ann:secret@" + l.Addr().String() + "/db?sslmode=disable&connect_timeout=1"})
	took := time.Since(start)
	if err == nil {
		t.Fatal("Open succeeded on a server that never answers")
	}
	if took > 4*time.Second {
		t.Errorf("Open took %v with connect_timeout=1", took)
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("error shows the password: %v", err)
	}
	t.Logf("silent server: %v after %v", err, took)
}

// TestForeignSchema: a schema holding someone else's nodes/quads tables is
// refused before anything is written there.
func TestForeignSchema(t *testing.T) {
	pg := os.Getenv("TALKGRAPH_TEST_POSTGRES")
	if pg == "" {
		t.Skip("no TALKGRAPH_TEST_POSTGRES (bash .ci/run -run TestForeignSchema ./graph/store)")
	}
	db, err := sql.Open("postgres", pg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stmt := range []string{
		`DROP SCHEMA IF EXISTS tg_foreign CASCADE`, `CREATE SCHEMA tg_foreign`,
		`CREATE TABLE tg_foreign.nodes (id int, name text)`, `CREATE TABLE tg_foreign.quads (a int, b int)`,
		`INSERT INTO tg_foreign.nodes VALUES (1, 'theirs')`,
		`DROP SCHEMA IF EXISTS tg_foreign2 CASCADE`, `CREATE SCHEMA tg_foreign2`,
		`CREATE TABLE tg_foreign2.talkgraph_manifest (x int)`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(stmt, err)
		}
	}
	defer db.Exec(`DROP SCHEMA IF EXISTS tg_foreign CASCADE`)
	defer db.Exec(`DROP SCHEMA IF EXISTS tg_foreign2 CASCADE`)
	for _, schema := range []string{"tg_foreign", "tg_foreign2"} {
		_, err := Open(context.Background(), Config{Backend: Postgres, DB: pg, Schema: schema})
		if !errors.Is(err, ErrForeignSchema) {
			t.Fatalf("%s: Open: %v, want ErrForeignSchema", schema, err)
		}
		t.Log(err)
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM information_schema.tables WHERE table_schema = $1`, schema).Scan(&n); err != nil {
			t.Fatal(err)
		}
		want := map[string]int{"tg_foreign": 2, "tg_foreign2": 1}[schema]
		if n != want {
			t.Errorf("%s: %d tables after the refused Open, want the %d it had", schema, n, want)
		}
	}
	var theirs string
	if err := db.QueryRow(`SELECT name FROM tg_foreign.nodes`).Scan(&theirs); err != nil || theirs != "theirs" {
		t.Errorf("their data changed: %q %v", theirs, err)
	}
}

func TestPermissionDenied(t *testing.T) {
	err := classify(manifestFile, &os.PathError{Op: "open", Path: "x/manifest.bolt", Err: os.ErrPermission})
	if !errors.Is(err, ErrPermission) || errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("classify(EACCES) = %v, want ErrPermission saying permission denied", err)
	}
	if err := classify(manifestFile, errors.New("invalid database")); !errors.Is(err, ErrCorrupt) {
		t.Errorf("classify(other) = %v, want ErrCorrupt", err)
	}
	if os.Getuid() == 0 {
		return // root may open anything: the end-to-end check needs another user
	}
	dir, _ := seedBolt(t)
	os.Chmod(dir+"/"+manifestFile, 0)
	defer os.Chmod(dir+"/"+manifestFile, 0o644)
	if _, err := Open(context.Background(), Config{DB: dir}); !errors.Is(err, ErrPermission) {
		t.Errorf("Open of an unreadable store: %v, want ErrPermission", err)
	}
}
