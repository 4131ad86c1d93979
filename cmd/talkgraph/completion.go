package main

import (
	"context"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/lookup"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// completeFixed completes a flag from a fixed list of values.
func completeFixed(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, v := range values {
			if strings.HasPrefix(v, toComplete) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeClasses completes --class, a comma-separated list of classes.
func completeClasses(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	done, cur := "", toComplete
	if i := strings.LastIndexByte(toComplete, ','); i >= 0 {
		done, cur = toComplete[:i+1], toComplete[i+1:]
	}
	var out []string
	for _, c := range vocab.Classes() {
		if strings.HasPrefix(strings.ToLower(string(c)), strings.ToLower(cur)) {
			out = append(out, done+string(c))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// matching keeps the names that start with (or have a word starting with)
// what the user typed, compared as name search compares them, sorted.
func matching(names []string, toComplete string) []string {
	q := lookup.Normalize(toComplete)
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if seen[n] {
			continue
		}
		nn := lookup.Normalize(n)
		if q == "" || strings.HasPrefix(nn, q) || strings.Contains(" "+nn, " "+q) {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// completeNames completes the names of the entities of class c in the store.
func (a *app) completeNames(c vocab.Class) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		ctx := context.Background()
		st, err := a.open(ctx, true)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
		}
		defer st.Close()
		es, err := lookup.ForStore(st).OfClass(ctx, c)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
		}
		var names []string
		for _, e := range es {
			names = append(names, e.Name)
		}
		return matching(names, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeTracks completes --track with the tracks of the edition named by
// --event or the first argument, or of every edition when none is named.
func (a *app) completeTracks(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	ctx := context.Background()
	st, err := a.open(ctx, true)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
	}
	defer st.Close()
	f := lookup.ForStore(st)
	edition := ""
	if fl := cmd.Flags().Lookup("event"); fl != nil {
		edition = fl.Value.String()
	}
	if edition == "" && len(args) > 0 {
		edition = args[0]
	}
	var tracks []lookup.Entity
	if edition != "" {
		if ev, err := lookup.Resolve(ctx, st, edition, vocab.Event); err == nil {
			tracks, err = f.TracksOfEvent(ctx, ev.IRI)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
			}
		}
	}
	if tracks == nil {
		if tracks, err = f.OfClass(ctx, vocab.Track); err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
		}
	}
	var names []string
	for _, t := range tracks {
		names = append(names, t.Name)
	}
	return matching(names, toComplete), cobra.ShellCompDirectiveNoFileComp
}

// completeFirstArg completes a command's one name argument.
func (a *app) completeFirstArg(c vocab.Class) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	names := a.completeNames(c)
	return func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return names(cmd, args, toComplete)
	}
}
