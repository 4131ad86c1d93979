package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets scripts run "talkgraph" as a command without building it.
func TestMain(m *testing.M) {
	if os.Getenv("TALKGRAPH_RUN_MAIN") == "1" { // re-executed by a test as the command
		os.Exit(mainCode(os.Args[1:]))
	}
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
			// exits CODE COMMAND ARGS... runs a command and checks its exit
			// status; stdout and stderr are kept for the next checks.
			"exits": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 || neg {
					ts.Fatalf("usage: exits CODE COMMAND [ARGS...]")
				}
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				code := 0
				if err := ts.Exec(args[1], args[2:]...); err != nil {
					var ee *exec.ExitError
					if !errors.As(err, &ee) {
						ts.Fatalf("%s: %v", args[1], err)
					}
					code = ee.ExitCode()
				}
				if code != want {
					ts.Fatalf("%s exited with status %d, want %d", args[1], code, want)
				}
			},
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
