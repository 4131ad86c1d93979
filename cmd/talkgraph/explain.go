package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

func (a *app) explainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain NAME|IRI|POST",
		Short: "Show every fact about an entity, where it came from, and how its identity was resolved",
		Long: `Print every fact about an entity, grouped by the post or schedule that states
it, with the quoted sentence, the extraction rule and its confidence, and the
steps that resolved the entity's identity (a schedule's speaker page, a first
name matched to a full name in the same post, an aliases file entry, ...).

POST is a post's file path (any spelling), URL or IRI, as remove takes it.
NAME is matched against names and alternate names, ignoring case, accents and
punctuation; part of a name is enough. The best match is explained (and named
on stderr when the name was not exact); when several match equally well they
are listed instead.`,
		Example: `  talkgraph explain "Saúl Ibarra"
  talkgraph explain saul
  talkgraph explain https://w3id.org/talkgraph/id/event/fosdem-2020
  talkgraph explain examples/posts/fosdem-2023-notes.gmi   # a post, by its path as remove takes it`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: a.completeFirstArg(""),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.open(ctx, true)
			if err != nil {
				return err
			}
			defer st.Close()
			// a post's path (any spelling), URL or IRI, as remove takes it
			if docs, err := a.findDocs(ctx, st, args[0]); err != nil {
				return err
			} else if len(docs) > 0 {
				for i, d := range docs {
					if i > 0 {
						fmt.Fprintln(a.stdout)
					}
					if err := explainOne(ctx, a, st, d.Label); err != nil {
						return err
					}
				}
				return nil
			}
			m, err := a.resolveName(ctx, st, args[0], "")
			if err != nil {
				return err
			}
			return explainOne(ctx, a, st, m.IRI)
		},
	}
}

func explainOne(ctx context.Context, a *app, st *store.Store, iri quad.IRI) error {
	qs := st.QuadStore()
	ref := qs.ValueOf(iri)
	if ref == nil {
		return fmt.Errorf("%s: not in the store", iri)
	}
	byLabel := map[quad.IRI][]quad.Quad{}
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		it := qs.QuadIterator(dir, ref)
		for it.Next(ctx) {
			q := qs.Quad(it.Result())
			l, _ := q.Label.(quad.IRI)
			byLabel[l] = append(byLabel[l], q)
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var names, alts []string
	classes := []string{}
	for _, qq := range byLabel {
		for _, q := range qq {
			if q.Subject != iri {
				continue
			}
			switch q.Predicate {
			case vocab.Name:
				names = appendUniq(names, quad.ToString(q.Object))
			case vocab.AlternateName:
				alts = appendUniq(alts, quad.ToString(q.Object))
			case vocab.Type:
				if c, ok := vocab.ClassOf(q.Object.(quad.IRI)); ok {
					classes = appendUniq(classes, string(c))
				}
			}
		}
	}
	sort.Strings(names)
	fmt.Fprintf(a.stdout, "%s\n  IRI:   %s\n  class: %s\n", first(names, string(iri)), iri, strings.Join(classes, ", "))
	sort.Strings(names)
	sort.Strings(alts)
	if len(names) > 1 {
		fmt.Fprintf(a.stdout, "  names: %s (graphs disagree)\n", strings.Join(names, " | "))
	}
	if len(alts) > 0 {
		fmt.Fprintf(a.stdout, "  also:  %s\n", strings.Join(alts, " | "))
	}
	labels := make([]quad.IRI, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool { return labels[i] < labels[j] })
	for _, l := range labels {
		src := string(l)
		if d, ok := st.FindDoc(string(l)); ok {
			src = d.Kind + " " + d.Source
		}
		fmt.Fprintf(a.stdout, "\nfrom %s\n", src)
		dq, facts, err := st.Facts(l)
		if err != nil {
			return err
		}
		prov := map[string][]store.Fact{}
		for _, f := range facts {
			if f.Quad >= 0 && f.Quad < len(dq) {
				k := tripleKey(dq[f.Quad])
				prov[k] = append(prov[k], f)
			}
		}
		// identity steps first: facts whose rule says how this entity was resolved
		for _, f := range facts {
			if strings.HasPrefix(f.Rule, "resolve:") && f.Quad < len(dq) && dq[f.Quad].Subject == iri {
				fmt.Fprintf(a.stdout, "  identity: %s (confidence %.2f)%s\n", f.Rule, f.Confidence, quoted(f.Evidence))
			}
		}
		qq := byLabel[l]
		sort.Slice(qq, func(i, j int) bool { return tripleKey(qq[i]) < tripleKey(qq[j]) })
		for _, q := range qq {
			fmt.Fprintf(a.stdout, "  %s\n", describe(ctx, qs, iri, q))
			for _, f := range prov[tripleKey(q)] {
				if strings.HasPrefix(f.Rule, "resolve:") {
					continue
				}
				fmt.Fprintf(a.stdout, "      rule %s, confidence %.2f%s\n", f.Rule, f.Confidence, quoted(f.Evidence))
			}
		}
	}
	return nil
}

func tripleKey(q quad.Quad) string {
	return quad.ToString(q.Subject) + " " + quad.ToString(q.Predicate) + " " + quad.ToString(q.Object)
}

// describe writes a quad from the entity's point of view, naming the other end.
func describe(ctx context.Context, qs graph.QuadStore, iri quad.IRI, q quad.Quad) string {
	pred := vocab.Short(string(q.Predicate.(quad.IRI)))
	if q.Subject == iri {
		return pred + " " + label(ctx, qs, q.Object)
	}
	return label(ctx, qs, q.Subject) + " " + pred + " (this)"
}

// label shows a value with its name when it is an entity that has one.
func label(ctx context.Context, qs graph.QuadStore, v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return quad.ToString(v)
	}
	var name string
	_ = cayley.StartPath(qs, iri).Out(vocab.Name).Iterate(ctx).Limit(1).EachValue(qs, func(n quad.Value) {
		name = quad.ToString(n)
	})
	if name != "" {
		return fmt.Sprintf("%s <%s>", name, vocab.Short(string(iri)))
	}
	return "<" + vocab.Short(string(iri)) + ">"
}

func quoted(s string) string {
	if s == "" {
		return ""
	}
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		s = s[:157] + "…"
	}
	return ": “" + s + "”"
}

func appendUniq(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

func first(xs []string, def string) string {
	if len(xs) > 0 {
		return xs[0]
	}
	return def
}
