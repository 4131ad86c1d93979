package selectq

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/export/internal/golden"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// fixture is a small dataset: two editions, tracks, talks, people, a post.
func fixture() export.SliceSource {
	m := vocab.Minter{Base: "https://ex.org/id/"}
	post := m.Post("posts/fosdem.md")
	sched := m.Schedule("fosdem-2019.xml")
	ev19, ev18 := m.Event("FOSDEM", "2019"), m.Event("FOSDEM", "2018")
	py := m.Track("fosdem-2019", "Python")
	t1 := m.Talk("fosdem-2019", "asyncio")
	t2 := m.Talk("fosdem-2019", "keynote")
	t3 := m.Talk("fosdem-2018", "old talk")
	saul, ana, bob := m.Person("Saúl Ibarra"), m.Person("Ana Smith"), m.Person("Bob Jones")
	uv := m.Project("https://github.com/libuv/libuv")
	pyt := m.Technology("Python")
	brussels := m.Place("Brussels")
	org := m.Organization("Acme")
	var qs export.SliceSource
	add := func(label quad.IRI, s quad.IRI, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	typ := func(label, s quad.IRI, c vocab.Class, name string) {
		add(label, s, vocab.Type, c.IRI())
		add(label, s, vocab.Type, c.Alignment())
		add(label, s, vocab.Name, quad.String(name))
	}
	typ(sched, ev19, vocab.Event, "FOSDEM 2019")
	typ(sched, ev18, vocab.Event, "FOSDEM 2018")
	typ(sched, py, vocab.Track, "Python")
	typ(sched, t1, vocab.Talk, "Asyncio: the \"good\" parts")
	typ(sched, t2, vocab.Talk, "Keynote")
	typ(sched, t3, vocab.Talk, "Old talk")
	typ(sched, saul, vocab.Person, "Saúl Ibarra")
	typ(sched, ana, vocab.Person, "Ana Smith")
	typ(post, bob, vocab.Person, "Bob Jones")
	typ(post, uv, vocab.Project, "libuv")
	typ(post, pyt, vocab.Technology, "Python")
	typ(sched, brussels, vocab.Place, "Brussels")
	typ(post, org, vocab.Organization, "Acme")
	add(post, post, vocab.Type, vocab.Post.IRI())
	add(post, post, vocab.Headline, quad.String("My FOSDEM"))
	add(post, post, vocab.DatePublished, vocab.Date("2019-02-05"))
	add(post, post, vocab.Author, bob)
	add(post, post, vocab.About, ev19)
	add(post, post, vocab.Mentions, t1)
	add(sched, py, vocab.SuperEvent, ev19)
	add(sched, t1, vocab.SuperEvent, py)
	add(sched, t2, vocab.SuperEvent, ev19)
	add(sched, t3, vocab.SuperEvent, ev18)
	add(sched, t1, vocab.Performer, saul)
	add(post, t1, vocab.Performer, saul) // same triple, second label: one edge
	add(sched, t2, vocab.Performer, ana)
	add(sched, t3, vocab.Performer, ana)
	add(post, t1, vocab.About, uv)
	add(post, t1, vocab.About, pyt)
	add(sched, ev19, vocab.Location, brussels)
	add(post, bob, vocab.Affiliation, org)
	add(post, uv, vocab.CodeRepo, quad.IRI("https://github.com/libuv/libuv"))
	add(sched, saul, vocab.SameAs, quad.IRI("https://fosdem.org/2019/schedule/speaker/saul_ibarra/"))
	add(post, saul, vocab.AlternateName, quad.String("saghul"))
	return qs
}

func render(g *Graph) string {
	var b strings.Builder
	names := map[string]string{}
	for _, n := range g.Clusters {
		names[n.IRI] = n.Name
		fmt.Fprintf(&b, "box  %-12s %-28q %s (in %s)\n", n.Class, n.Name, n.IRI, g.Up[n.IRI])
	}
	for _, n := range g.Nodes {
		names[n.IRI] = n.Name
		fmt.Fprintf(&b, "node %-12s %-28q %s", n.Class, n.Name, n.IRI)
		if n.Cluster != "" {
			fmt.Fprintf(&b, " [in box %s]", n.Cluster)
		}
		if n.Count > 0 {
			fmt.Fprintf(&b, " [count %d of %s %q]", n.Count, n.Of, n.Note)
		}
		b.WriteString("\n")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "edge %q -%s-> %q\n", names[e.From], e.PredicateName(), names[e.To])
	}
	for _, f := range g.Focus {
		fmt.Fprintf(&b, "focus %s\n", f)
	}
	if g.Collapsed {
		b.WriteString("collapsed\n")
	}
	if g.Reduced > 0 {
		fmt.Fprintf(&b, "reduced to depth %d\n", g.Reduced)
	}
	return b.String()
}

func TestSelectGolden(t *testing.T) {
	tests := []struct {
		name string
		opts Options
	}{
		{"all", Options{}},
		{"focus_name_depth1", Options{Focus: "SAUL ibarra"}},
		{"focus_alt_name", Options{Focus: "saghul", Depth: 1}},
		{"focus_iri_depth2", Options{Focus: "https://ex.org/id/event/fosdem-2019/talk/asyncio", Depth: 2}},
		{"focus_classes", Options{Focus: "Keynote", Depth: 3, Classes: []string{"person", "Talk"}}},
		{"event", Options{Event: "fosdem 2019"}},
		{"event_classes", Options{Event: "FOSDEM 2019", Classes: []string{"Person", ""}}},
		{"event_focus", Options{Event: "FOSDEM 2019", Focus: "Ana Smith", Depth: 2}},
		{"classes_only", Options{Classes: []string{"Person", "Organization"}}},
		{"ambiguous_name", Options{Focus: "python", Depth: 1}},
		{"event_with_posts", Options{Event: "FOSDEM 2019", WithPosts: true}},
		{"event_collapsed", Options{Event: "FOSDEM 2019", MaxNodes: 3}},
		{"event_no_clusters", Options{Event: "FOSDEM 2019", NoClusters: true}},
		{"person", Options{Focus: "Ana Smith"}},
		{"person_with_posts", Options{Focus: "Bob Jones", WithPosts: true}},
		{"talk_posts_grouped", Options{Focus: "Asyncio: the \"good\" parts", Depth: 1}},
		{"post_focus", Options{Focus: "My FOSDEM", Depth: 1}},
		{"budget_reduces_depth", Options{Focus: "Keynote", Depth: 3, MaxNodes: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Select(context.Background(), fixture(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := render(g)
			golden.Check(t, filepath.Join("testdata", tt.name+".golden"), []byte(got), *update)
		})
	}
}

func TestSelectErrors(t *testing.T) {
	tests := []struct {
		name     string
		opts     Options
		wantErr  error
		contains []string
	}{
		{"typo focus", Options{Focus: "Saul Ibara"}, ErrNotFound, []string{`focus "Saul Ibara"`, `"Saúl Ibarra" (Person)`}},
		{"unknown focus", Options{Focus: "zzzzzzzzzzzz"}, ErrNotFound, []string{"no close matches"}},
		{"typo event", Options{Event: "FOSDEM 2017"}, ErrNotFound, []string{`event "FOSDEM 2017"`, `"FOSDEM 2018" (Event)`, `"FOSDEM 2019" (Event)`}},
		{"event must be an Event", Options{Event: "Keynote"}, ErrNotFound, []string{"Keynote"}},
		{"focus outside event", Options{Event: "FOSDEM 2018", Focus: "Saúl Ibarra"}, ErrNotFound, []string{"Saúl"}},
		{"unknown class", Options{Classes: []string{"Speaker"}}, ErrUnknownClass, []string{`"Speaker"`, "Person, Organization"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Select(context.Background(), fixture(), tt.opts)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			for _, s := range tt.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("err %q lacks %q", err, s)
				}
			}
		})
	}
}

func TestSelectCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Select(ctx, fixture(), Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"saúl", "saul", 1}} {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q,%q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
