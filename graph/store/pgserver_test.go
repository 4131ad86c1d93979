package store

import (
	"context"
	"net/url"
	"os"
	"strings"
	"testing"
)

// TestPostgresServerHidesThePassword: against the CI server, every failing
// open (a bad --schema, a database that does not exist, a schema holding
// someone else's tables) and every message of a good one leave the
// password out.
func TestPostgresServerHidesThePassword(t *testing.T) {
	pg := os.Getenv("TALKGRAPH_TEST_POSTGRES")
	if pg == "" {
		t.Skip("no TALKGRAPH_TEST_POSTGRES (bash .ci/run -run TestPostgresServerHidesThePassword ./graph/store)")
	}
	const secret = "hunter2-Zq9"
	u, err := url.Parse(pg)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), secret)
	withPw := u.String()
	other := *u
	other.Path = "/no_such_db_tg"
	var said []string
	notify := func(m string) { said = append(said, m) }
	for _, cfg := range []Config{
		{Backend: Postgres, DB: withPw, Schema: "bad;schema", Notify: notify},
		{Backend: Postgres, DB: other.String(), Schema: "talkgraph", Notify: notify},
	} {
		_, err := Open(context.Background(), cfg)
		if err == nil {
			t.Errorf("Open(%s, %s) succeeded", RedactURL(cfg.DB), cfg.Schema)
			continue
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error shows the password: %v", err)
		}
	}
	s, err := Open(context.Background(), Config{Backend: Postgres, DB: withPw, Schema: "tg_pwtest", Notify: notify})
	if err != nil {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error shows the password: %v", err)
		}
		t.Fatalf("open with a password (the CI server trusts local connections): %v", err)
	}
	s.Close()
	for _, m := range said {
		if strings.Contains(m, secret) {
			t.Errorf("message shows the password: %q", m)
		}
	}
}
