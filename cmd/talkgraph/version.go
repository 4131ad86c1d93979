package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// versionText says which talkgraph this is: the module version (or
// "(devel)" for a build from a checkout), the commit it was built from
// (with "+modified" when the tree had changes) and the Go version.
func versionText() string {
	version, commit, goVersion := "(unknown)", "unknown", "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if modified {
			commit += "+modified"
		}
	}
	return fmt.Sprintf("talkgraph %s (commit %s, %s)\n", version, commit, goVersion)
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print talkgraph's version, commit and Go version",
		Example: "  talkgraph version\n  talkgraph --version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprint(a.stdout, versionText())
			return err
		},
	}
}
