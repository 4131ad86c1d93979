package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets scripts run "talkgraph" as a command without building it.
func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{
		"talkgraph": func() int { return mainCode(os.Args[1:]) },
	}))
}

// TestScripts runs the end-to-end user stories in testdata/scripts.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/scripts",
		Setup: func(env *testscript.Env) error {
			env.Setenv("TALKGRAPH_DB", "")
			env.Setenv("TALKGRAPH_SCHEMA", "")
			env.Setenv("TALKGRAPH_TEST_POSTGRES", os.Getenv("TALKGRAPH_TEST_POSTGRES"))
			env.Setenv("TALKGRAPH_BACKEND", "")
			env.Setenv("TMPDIR", env.WorkDir+"/tmp")
			return os.MkdirAll(env.WorkDir+"/tmp", 0o755)
		},
		// [pg]: a PostgreSQL server for tests is named by $TALKGRAPH_TEST_POSTGRES (.ci/run starts one)
		Condition: func(cond string) (bool, error) {
			if cond == "pg" {
				return os.Getenv("TALKGRAPH_TEST_POSTGRES") != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// mkfile NAME BYTES writes a Markdown file of that size.
			"mkfile": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: mkfile NAME BYTES")
				}
				n, err := strconv.Atoi(args[1])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), bytes.Repeat([]byte("word "), n/5+1), 0o644))
			},
		},
	})
}
