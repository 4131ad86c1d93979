package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeCommand is one "$ talkgraph ..." line of a README code block and
// the output shown under it.
type readmeCommand struct {
	line int
	cmd  string
	want []string
}

// readmeCommands reads the "$ talkgraph" commands of README.md's code
// blocks, except blocks right after a "<!-- not run" comment.
func readmeCommands(t *testing.T, path string) []readmeCommand {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []readmeCommand
	inBlock, skip, prev, cur := false, false, "", -1
	for i, l := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(l, "```"):
			if !inBlock {
				skip = strings.HasPrefix(prev, "<!-- not run")
			}
			inBlock, cur = !inBlock, -1
		case !inBlock || skip:
		case strings.HasPrefix(l, "$ "):
			cmd := strings.TrimPrefix(l, "$ ")
			if i := strings.Index(cmd, "   #"); i >= 0 {
				cmd = strings.TrimSpace(cmd[:i])
			}
			out = append(out, readmeCommand{line: i + 1, cmd: cmd})
			cur = len(out) - 1
		case cur >= 0:
			out[cur].want = append(out[cur].want, l)
		}
		if strings.TrimSpace(l) != "" {
			prev = l
		}
	}
	return out
}

var durations = regexp.MustCompile(`\b[0-9]+(\.[0-9]+)?(ns|µs|ms|s)\b`)

// matchOutput compares output lines with the README's: "…" stands for any
// lines, durations may differ.
func matchOutput(got, want []string) bool {
	norm := func(s string) string { return durations.ReplaceAllString(strings.TrimRight(s, " "), "<time>") }
	for len(want) > 0 && strings.TrimSpace(want[len(want)-1]) == "" {
		want = want[:len(want)-1]
	}
	for len(got) > 0 && strings.TrimSpace(got[len(got)-1]) == "" {
		got = got[:len(got)-1]
	}
	var rec func(g, w []string) bool
	rec = func(g, w []string) bool {
		if len(w) == 0 {
			return len(g) == 0
		}
		if strings.TrimSpace(w[0]) == "…" {
			for k := 0; k <= len(g); k++ {
				if rec(g[k:], w[1:]) {
					return true
				}
			}
			return false
		}
		return len(g) > 0 && norm(g[0]) == norm(w[0]) && rec(g[1:], w[1:])
	}
	return rec(got, want)
}

// TestReadme runs the commands the README shows, on the graph its two set-up
// commands build, and checks that each prints what the README says (counts
// included; "…" marks lines left out).
func TestReadme(t *testing.T) {
	db := exampleStore(t) // in the repository root
	cmds := readmeCommands(t, "README.md")
	if len(cmds) < 15 {
		t.Fatalf("only %d README commands found", len(cmds))
	}
	for _, c := range cmds {
		words := shellWords(c.cmd)
		if len(words) == 0 || words[0] != "talkgraph" {
			t.Errorf("README.md:%d: %q is not a talkgraph command", c.line, c.cmd)
			continue
		}
		args := words[1:]
		if len(args) > 0 && args[0] == "serve" {
			// serve runs until interrupted: its answers are export/web's tests
			t.Errorf("README.md:%d: %q runs until Ctrl-C: put its block after a \"<!-- not run\" comment", c.line, c.cmd)
			continue
		}
		store := db
		switch args[0] {
		case "ingest": // shown on a new store, as the set-up makes it
			store = filepath.Join(t.TempDir(), "new.db")
		case "remove", "compact":
			store = filepath.Join(t.TempDir(), "copy.db")
			copyDir(t, db, store)
		}
		dir := t.TempDir()
		for i, a := range args {
			if (a == "-o" || a == "--output") && i+1 < len(args) {
				args[i+1] = filepath.Join(dir, args[i+1])
			}
		}
		var out bytes.Buffer
		run(context.Background(), append([]string{"--db", store}, args...), nil, &out, &out)
		got := strings.ReplaceAll(out.String(), dir+string(filepath.Separator), "")
		if !matchOutput(strings.Split(got, "\n"), c.want) {
			t.Errorf("README.md:%d: $ %s\nprints:\n%s\nthe README shows:\n%s", c.line, c.cmd, got, strings.Join(c.want, "\n"))
		}
	}
}
