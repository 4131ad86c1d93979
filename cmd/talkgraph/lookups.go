package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/lookup"
	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

func (a *app) speakersCmd() *cobra.Command {
	return a.lookupCmd("speakers EVENT", "List the speakers of an event edition",
		`List the speakers of every talk of an edition (talks of its tracks included),
with their IRIs. EVENT is the edition's name ("FOSDEM 2019") or IRI.`,
		`  talkgraph speakers "FOSDEM 2019"`,
		vocab.Event, func(ctx context.Context, f *lookup.Finder, iri quad.IRI) ([]lookup.Entity, error) {
			return f.SpeakersOfEvent(ctx, iri)
		})
}

func (a *app) talksCmd() *cobra.Command {
	return a.lookupCmd("talks PERSON", "List the talks a person gave",
		`List the talks a person performed, across every edition, with their IRIs.
PERSON is a name (case and accents ignored) or an IRI.`,
		`  talkgraph talks "Jimmy Angelakos"`,
		vocab.Person, func(ctx context.Context, f *lookup.Finder, iri quad.IRI) ([]lookup.Entity, error) {
			return f.TalksOfSpeaker(ctx, iri)
		})
}

func (a *app) lookupCmd(use, short, long, example string, class vocab.Class,
	fn func(context.Context, *lookup.Finder, quad.IRI) ([]lookup.Entity, error)) *cobra.Command {
	var timing bool
	cmd := &cobra.Command{
		Use: use, Short: short, Long: long, Example: example,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.open(ctx, true)
			if err != nil {
				return err
			}
			defer st.Close()
			start := time.Now()
			f := lookup.NewIndexed(st.QuadStore(), st)
			iris, err := resolveArg(ctx, st, f, args[0], class)
			if err != nil {
				return err
			}
			for _, iri := range iris {
				es, err := fn(ctx, f, iri)
				if err != nil {
					return err
				}
				name, _ := f.Name(ctx, iri)
				fmt.Fprintf(a.stdout, "%s <%s>: %d\n", name, string(iri), len(es))
				for _, e := range es {
					fmt.Fprintf(a.stdout, "  %s <%s>\n", e.Name, string(e.IRI))
				}
			}
			if timing {
				fmt.Fprintf(a.stderr, "lookup took %s\n", time.Since(start).Round(time.Microsecond))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&timing, "time", false, "print how long the lookup took (store opening excluded)")
	return cmd
}

// resolveArg finds entities of class c by IRI, exact name, or folded name.
func resolveArg(ctx context.Context, st *store.Store, f *lookup.Finder, arg string, c vocab.Class) ([]quad.IRI, error) {
	if full := vocab.Expand(arg); strings.Contains(full, "://") {
		return []quad.IRI{quad.IRI(strings.Trim(full, "<>"))}, nil
	}
	iris, err := f.ByName(ctx, arg, c)
	if err != nil || len(iris) > 0 {
		return iris, err
	}
	cands, err := findEntities(ctx, st, arg)
	if err != nil {
		return nil, err
	}
	for _, iri := range cands {
		cs, err := f.Classes(ctx, iri)
		if err != nil {
			return nil, err
		}
		for _, x := range cs {
			if x == c {
				iris = append(iris, iri)
				break
			}
		}
	}
	if len(iris) == 0 {
		return nil, fmt.Errorf("no %s named %q", strings.ToLower(string(c)), arg)
	}
	return iris, nil
}
