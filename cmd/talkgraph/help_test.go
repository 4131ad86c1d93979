package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// exampleStore ingests the examples as the README's set-up command does,
// from the repository root, into a store in a temporary directory, and
// returns the store's path. The test runs in the repository root.
func exampleStore(t *testing.T) string {
	t.Helper()
	t.Chdir(filepath.Join("..", ".."))
	db := filepath.Join(t.TempDir(), "talkgraph.db")
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"--db", db, "ingest", "examples/posts", "examples/schedules"}, nil, &errb, &errb); code != 0 {
		t.Fatalf("ingest examples: exit %d: %s", code, errb.String())
	}
	return db
}

// shellWords splits a command line as a shell would for the simple
// quoting examples use ('...', "...", no expansions).
func shellWords(line string) []string {
	var words []string
	var cur strings.Builder
	in, quote := false, rune(0)
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}

// exampleLines returns the talkgraph command lines of cmd's Example, with
// comments removed and continuation lines joined.
func exampleLines(cmd *cobra.Command) []string {
	var out []string
	for _, l := range strings.Split(cmd.Example, "\n") {
		l = strings.TrimSpace(l)
		if i := strings.Index(l, "   #"); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		switch {
		case strings.HasPrefix(l, "#") || l == "":
		case strings.HasPrefix(l, "talkgraph ") || strings.HasPrefix(l, "cat "):
			out = append(out, l)
		case len(out) > 0:
			out[len(out)-1] += " " + l
		}
	}
	return out
}

// TestHelpExamples runs every example of every command's --help on the
// README's example graph: each must succeed.
func TestHelpExamples(t *testing.T) {
	db := exampleStore(t)
	root := newApp(nil, nil, nil).rootCmd()
	cmds := []*cobra.Command{root}
	for i := 0; i < len(cmds); i++ {
		cmds = append(cmds, cmds[i].Commands()...)
	}
	n := 0
	for _, c := range cmds {
		if c.Name() == "completion" || c.HasParent() && c.Parent().Name() == "completion" || c.Name() == "help" {
			continue
		}
		if c.Example == "" && c.Runnable() {
			t.Errorf("%s: --help has no example", c.CommandPath())
		}
		for _, line := range exampleLines(c) {
			n++
			var stdin []byte
			if rest, ok := strings.CutPrefix(line, "cat "); ok {
				file, cmdline, _ := strings.Cut(rest, " | ")
				b, err := os.ReadFile(file)
				if err != nil {
					t.Errorf("%s: %q: %v", c.CommandPath(), line, err)
					continue
				}
				stdin, line = b, cmdline
			}
			words := shellWords(line)
			if slices.ContainsFunc(words, func(w string) bool { return w == "|" || strings.HasPrefix(w, ">") }) {
				t.Errorf("%s: example %q pipes or redirects; examples must run as they are", c.CommandPath(), line)
				continue
			}
			wd, _ := os.Getwd()
			for i, w := range words {
				words[i] = os.Expand(w, func(k string) string {
					if k == "PWD" {
						return wd
					}
					return os.Getenv(k)
				})
			}
			args := words[1:]
			if len(args) > 0 && args[0] == "serve" {
				continue // runs until interrupted: export/web and serve's testscripts cover it
			}
			// writing commands work on a copy; files go to a temporary directory
			store := db
			if args[0] == "ingest" || args[0] == "remove" || args[0] == "compact" {
				store = filepath.Join(t.TempDir(), "copy.db")
				copyDir(t, db, store)
			}
			for i, a := range args {
				if (a == "-o" || a == "--output") && i+1 < len(args) {
					args[i+1] = filepath.Join(t.TempDir(), filepath.Base(args[i+1]))
				}
			}
			var out, errb bytes.Buffer
			code := run(context.Background(), append([]string{"--db", store}, args...), bytes.NewReader(stdin), &out, &errb)
			if code != 0 {
				t.Errorf("%s: example %q: exit %d: %s", c.CommandPath(), line, code, errb.String())
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d examples found", n)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
