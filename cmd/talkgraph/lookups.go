package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/lookup"
	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// questionCmd builds a read-only command that opens the store, runs fn and
// reports --time; fn writes text, or JSON with --json.
func (a *app) questionCmd(cmd *cobra.Command, fn func(ctx context.Context, st *store.Store, args []string, asJSON bool) error) *cobra.Command {
	var timing, asJSON bool
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		st, err := a.open(ctx, true)
		if err != nil {
			return err
		}
		defer st.Close()
		start := time.Now()
		if err := a.buffered(func() error { return fn(ctx, st, args, asJSON) }); err != nil {
			return err
		}
		if timing {
			fmt.Fprintf(a.stderr, "lookup took %s\n", time.Since(start).Round(time.Microsecond))
		}
		return nil
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of text")
	cmd.Flags().BoolVar(&timing, "time", false, "print how long the lookup took (store opening excluded)")
	return cmd
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (a *app) eventsCmd() *cobra.Command {
	return a.questionCmd(&cobra.Command{
		Use:   "events",
		Short: "List the event editions with their tracks, talks, speakers and posts",
		Long: `List every event edition in the graph ("FOSDEM 2020") with how many tracks,
talks and distinct speakers it has, and how many posts report on it.`,
		Example: `  talkgraph events
  talkgraph events --json`,
		Args: cobra.NoArgs,
	}, func(ctx context.Context, st *store.Store, _ []string, asJSON bool) error {
		evs, err := lookup.Events(ctx, st)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, evs)
		}
		tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "edition\ttracks\ttalks\tspeakers\tposts\tIRI")
		for _, e := range evs {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\n", e.Name, e.Tracks, e.Talks, e.Speakers, e.Posts, e.IRI)
		}
		return tw.Flush()
	})
}

func (a *app) tracksCmd() *cobra.Command {
	cmd := a.questionCmd(&cobra.Command{
		Use:   "tracks EDITION",
		Short: "List the tracks (devrooms) of an edition",
		Long: `List the tracks of an edition with their talk and speaker counts. EDITION is a
name ("FOSDEM 2020", "fosdem 20"), as explain matches names, or an IRI.`,
		Example: `  talkgraph tracks "FOSDEM 2020"
  talkgraph tracks "FOSDEM 2023" --json`,
		Args: cobra.ExactArgs(1),
	}, func(ctx context.Context, st *store.Store, args []string, asJSON bool) error {
		ev, err := a.resolveName(ctx, st, args[0], vocab.Event)
		if err != nil {
			return err
		}
		ts, err := lookup.Tracks(ctx, st, ev.IRI)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, struct {
				Event  lookup.Entity         `json:"event"`
				Tracks []lookup.TrackSummary `json:"tracks"`
			}{lookup.Entity{IRI: ev.IRI, Name: ev.Name}, ts})
		}
		fmt.Fprintf(a.stdout, "%s %s: %s\n", ev.Name, ev.IRI, plural(len(ts), "track", "tracks"))
		for _, t := range ts {
			fmt.Fprintf(a.stdout, "  %s %s: %s, %s\n", t.Name, t.IRI, plural(t.Talks, "talk", "talks"), plural(t.Speakers, "speaker", "speakers"))
		}
		return nil
	})
	cmd.ValidArgsFunction = a.completeFirstArg(vocab.Event)
	return cmd
}

// resolveTrack finds a track of an edition by name or IRI.
func (a *app) resolveTrack(ctx context.Context, st *store.Store, event lookup.Match, arg string) (lookup.Match, error) {
	ms, err := lookup.FindByName(ctx, st, arg, vocab.Track)
	if full := vocab.Expand(strings.Trim(arg, "<>")); strings.Contains(full, "://") {
		return a.resolveName(ctx, st, arg, vocab.Track)
	}
	if err != nil {
		return lookup.Match{}, err
	}
	tracks, err := lookup.ForStore(st).TracksOfEvent(ctx, event.IRI)
	if err != nil {
		return lookup.Match{}, err
	}
	in := map[quad.IRI]bool{}
	for _, t := range tracks {
		in[t.IRI] = true
	}
	var of []lookup.Match
	for _, m := range ms {
		if in[m.IRI] {
			of = append(of, m)
		}
	}
	if len(of) == 0 {
		var names []string
		for _, t := range tracks {
			names = append(names, t.Name)
		}
		return lookup.Match{}, fmt.Errorf("%s has no track named %q (its tracks: %s)", event.Name, arg, strings.Join(names, ", "))
	}
	if tied := lookup.Tied(of); len(tied) > 1 {
		return lookup.Match{}, &lookup.AmbiguousError{Query: arg, Class: vocab.Track, Candidates: tied}
	}
	if !of[0].Exact() && vocab.Fold(of[0].Name) != vocab.Fold(arg) {
		a.logf("talkgraph: %q: taking %s\n", arg, of[0])
	}
	return of[0], nil
}

func (a *app) speakersCmd() *cobra.Command {
	var track string
	cmd := a.questionCmd(&cobra.Command{
		Use:   "speakers EDITION [--track TRACK]",
		Short: "List the speakers of an edition, or of one of its tracks",
		Long: `List the speakers of every talk of an edition (talks of its tracks included),
or of one track with --track, with their IRIs. EDITION is the edition's name
("FOSDEM 2020"), part of it, or its IRI; a series name alone ("FOSDEM") is an
error that lists the editions to choose from.`,
		Example: `  talkgraph speakers "FOSDEM 2023"
  talkgraph speakers "fosdem 2020" --track python
  talkgraph speakers "FOSDEM 2023" --json`,
		Args: cobra.ExactArgs(1),
	}, func(ctx context.Context, st *store.Store, args []string, asJSON bool) error {
		ev, err := a.resolveName(ctx, st, args[0], vocab.Event)
		if err != nil {
			return err
		}
		head := lookup.Entity{IRI: ev.IRI, Name: ev.Name}
		var tr *lookup.Entity
		if track != "" {
			t, err := a.resolveTrack(ctx, st, ev, track)
			if err != nil {
				return err
			}
			tr = &lookup.Entity{IRI: t.IRI, Name: t.Name}
		}
		var trIRI quad.IRI
		if tr != nil {
			trIRI = tr.IRI
		}
		sp, err := lookup.Speakers(ctx, st, ev.IRI, trIRI)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, struct {
				Event    lookup.Entity   `json:"event"`
				Track    *lookup.Entity  `json:"track,omitempty"`
				Speakers []lookup.Entity `json:"speakers"`
			}{head, tr, nonNil(sp)})
		}
		if tr != nil {
			fmt.Fprintf(a.stdout, "%s, %s %s: %d\n", ev.Name, tr.Name, tr.IRI, len(sp))
		} else {
			fmt.Fprintf(a.stdout, "%s %s: %d\n", ev.Name, ev.IRI, len(sp))
		}
		for _, e := range sp {
			fmt.Fprintf(a.stdout, "  %s %s\n", e.Name, e.IRI)
		}
		return nil
	})
	cmd.Flags().StringVar(&track, "track", "", "only the speakers of this track of the edition")
	cmd.ValidArgsFunction = a.completeFirstArg(vocab.Event)
	cmd.RegisterFlagCompletionFunc("track", a.completeTracks)
	return cmd
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func (a *app) talksCmd() *cobra.Command {
	var event, track string
	cmd := a.questionCmd(&cobra.Command{
		Use:   "talks [PERSON] [--event EDITION] [--track TRACK]",
		Short: "List talks, with edition and track: a person's, an edition's or a track's",
		Long: `List talks with their edition and track: those a person performed (PERSON is
a name, part of one, or an IRI; case, accents and punctuation are ignored),
those of an edition (--event), of one of its tracks (--event with --track),
or all of them. Filters combine.`,
		Example: `  talkgraph talks "Jimmy Angelakos"
  talkgraph talks jimmy
  talkgraph talks --event "FOSDEM 2020" --track Go`,
		Args: cobra.MaximumNArgs(1),
	}, func(ctx context.Context, st *store.Store, args []string, asJSON bool) error {
		var filter lookup.TalkFilter
		var heads []string
		var person *lookup.Entity
		if len(args) == 1 {
			p, err := a.resolveName(ctx, st, args[0], vocab.Person)
			if err != nil {
				return err
			}
			filter.Person = p.IRI
			person = &lookup.Entity{IRI: p.IRI, Name: p.Name}
			heads = append(heads, fmt.Sprintf("%s %s", p.Name, p.IRI))
		}
		if track != "" && event == "" {
			return usagef("--track needs --event: a track belongs to one edition")
		}
		if event != "" {
			ev, err := a.resolveName(ctx, st, event, vocab.Event)
			if err != nil {
				return err
			}
			filter.Event = ev.IRI
			h := ev.Name
			if track != "" {
				t, err := a.resolveTrack(ctx, st, ev, track)
				if err != nil {
					return err
				}
				filter.Track = t.IRI
				h += ", " + t.Name
			}
			heads = append(heads, h)
		}
		talks, err := lookup.Talks(ctx, st, filter)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, struct {
				Person *lookup.Entity    `json:"person,omitempty"`
				Talks  []lookup.TalkInfo `json:"talks"`
			}{person, talks})
		}
		if len(heads) == 0 {
			heads = []string{"all talks"}
		}
		fmt.Fprintf(a.stdout, "%s: %d\n", strings.Join(heads, " in "), len(talks))
		for _, t := range talks {
			where := "unknown edition"
			if t.Event != nil {
				where = t.Event.Name
			}
			if t.Track != nil {
				where += ", " + t.Track.Name
			}
			fmt.Fprintf(a.stdout, "  %s %s\n    %s", t.Name, t.IRI, where)
			if person == nil && len(t.Speakers) > 0 {
				var names []string
				for _, s := range t.Speakers {
					names = append(names, s.Name)
				}
				fmt.Fprintf(a.stdout, "; by %s", strings.Join(names, ", "))
			}
			fmt.Fprintln(a.stdout)
		}
		return nil
	})
	cmd.Flags().StringVar(&event, "event", "", "only talks of this edition")
	cmd.Flags().StringVar(&track, "track", "", "only talks of this track (with --event)")
	cmd.ValidArgsFunction = a.completeFirstArg(vocab.Person)
	cmd.RegisterFlagCompletionFunc("event", a.completeNames(vocab.Event))
	cmd.RegisterFlagCompletionFunc("track", a.completeTracks)
	return cmd
}

func (a *app) postsCmd() *cobra.Command {
	var author, about, mentions string
	cmd := a.questionCmd(&cobra.Command{
		Use:   "posts [--author PERSON] [--about EDITION] [--mentions NAME]",
		Short: "List posts, by author, by the edition they report on, or by what they mention",
		Long: `List the posts in the graph with date, title, authors, the editions they report
on and the file or URL each was read from. Filters combine; each takes a name
(part of one is enough) or an IRI.`,
		Example: `  talkgraph posts
  talkgraph posts --about "FOSDEM 2023"
  talkgraph posts --mentions "Peter Czanik" --json`,
		Args: cobra.NoArgs,
	}, func(ctx context.Context, st *store.Store, _ []string, asJSON bool) error {
		var filter lookup.PostFilter
		for _, x := range []struct {
			arg   string
			class vocab.Class
			dst   *quad.IRI
		}{{author, vocab.Person, &filter.Author}, {about, vocab.Event, &filter.About}, {mentions, "", &filter.Mentions}} {
			if x.arg == "" {
				continue
			}
			m, err := a.resolveName(ctx, st, x.arg, x.class)
			if err != nil {
				return err
			}
			*x.dst = m.IRI
		}
		posts, err := lookup.Posts(ctx, st, filter)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, posts)
		}
		fmt.Fprintln(a.stdout, plural(len(posts), "post", "posts"))
		for _, p := range posts {
			date := p.Date
			if date == "" {
				date = "no date"
			}
			fmt.Fprintf(a.stdout, "  %s  %s\n    %s", date, p.Title, p.Source)
			if len(p.Authors) > 0 {
				fmt.Fprintf(a.stdout, "; by %s", names(p.Authors))
			}
			if len(p.About) > 0 {
				fmt.Fprintf(a.stdout, "; about %s", names(p.About))
			}
			fmt.Fprintln(a.stdout)
		}
		return nil
	})
	f := cmd.Flags()
	f.StringVar(&author, "author", "", "only posts written by this person")
	f.StringVar(&about, "about", "", "only posts reporting on this edition")
	f.StringVar(&mentions, "mentions", "", "only posts that mention this entity")
	cmd.RegisterFlagCompletionFunc("author", a.completeNames(vocab.Person))
	cmd.RegisterFlagCompletionFunc("about", a.completeNames(vocab.Event))
	return cmd
}

func names(es []lookup.Entity) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	return strings.Join(out, ", ")
}

func (a *app) searchCmd() *cobra.Command {
	return a.questionCmd(&cobra.Command{
		Use:   "search TEXT",
		Short: "Search names, titles and the text of posts",
		Long: `Search entity names, alternate names and post titles (case, accents and
punctuation ignored; part of a name is enough), then the sentences of posts
that facts were extracted from. Names come first, best matches first.`,
		Example: `  talkgraph search saul
  talkgraph search "full text search"
  talkgraph search rust --json`,
		Args: cobra.ExactArgs(1),
	}, func(ctx context.Context, st *store.Store, args []string, asJSON bool) error {
		hits, err := lookup.Search(ctx, st, args[0])
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(a.stdout, hits)
		}
		if len(hits) == 0 {
			fmt.Fprintf(a.stdout, "nothing matches %q\n", args[0])
			return nil
		}
		var nameHits, textHits int
		for _, h := range hits {
			if h.Field == "name" {
				nameHits++
			} else {
				textHits++
			}
		}
		if nameHits > 0 {
			fmt.Fprintf(a.stdout, "names: %d\n", nameHits)
			for _, h := range hits {
				if h.Field == "name" {
					line := fmt.Sprintf("  %s %s (%s)", h.Name, h.IRI, h.Class)
					if h.Text != h.Name {
						line += fmt.Sprintf(", as %q", h.Text)
					}
					fmt.Fprintln(a.stdout, line)
				}
			}
		}
		if textHits > 0 {
			fmt.Fprintf(a.stdout, "post text: %d\n", textHits)
			for _, h := range hits {
				if h.Field == "text" {
					fmt.Fprintf(a.stdout, "  %s %s%s\n", h.Name, h.IRI, quoted(h.Text))
				}
			}
		}
		return nil
	})
}
