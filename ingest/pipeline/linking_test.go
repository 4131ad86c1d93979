package pipeline

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// TestLinkedTalksResolve measures the target: with the schedules
// ingested, posts that link fosdem.org talk pages resolve >= 95% of them to
// the official talk, with its official speakers and track. Posts are
// generated from a seeded random sample of real talks of every year whose
// schedule has talk pages, written in several phrasings and formats.
func TestLinkedTalksResolve(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/data/schedules/fosdem-20*.xml")
	if len(files) == 0 {
		t.Skip("../shared/data/schedules not present")
	}
	rng := rand.New(rand.NewSource(1))
	dir := t.TempDir()
	type want struct {
		talk     quad.IRI
		speakers []quad.IRI
		track    quad.IRI
	}
	var wants []want
	m := vocab.Minter{}
	phrasings := []func(title, url, speaker string) string{
		func(title, url, speaker string) string {
			return fmt.Sprintf("I enjoyed [%s](%s) by %s.", title, url, speaker)
		},
		func(title, url, speaker string) string {
			return fmt.Sprintf("%s gave [a great talk](%s) this year.", speaker, url)
		},
		func(title, url, speaker string) string {
			return fmt.Sprintf("The talk \"%s\" was my favourite: %s", title, url)
		},
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, err := schedule.ParseXML(f, data)
		if err != nil {
			t.Fatal(err)
		}
		var linked []schedule.Talk
		for _, tk := range s.Talks {
			if strings.Contains(tk.URL, "fosdem.org/") && len(tk.Persons) > 0 && tk.Track != "" {
				linked = append(linked, tk)
			}
		}
		if len(linked) == 0 {
			continue // 2007-2012: no talk pages
		}
		key := vocab.EventKey(s.Conference.Series, s.Conference.Year)
		for i := 0; i < 15; i++ {
			tk := linked[rng.Intn(len(linked))]
			w := want{talk: m.Talk(key, tk.Slug), track: m.Track(key, tk.Track)}
			for _, p := range tk.Persons {
				w.speakers = append(w.speakers, m.Person(p.Name))
			}
			wants = append(wants, w)
			body := phrasings[n%len(phrasings)](tk.Title, tk.URL, tk.Persons[0].Name)
			post := fmt.Sprintf("---\ntitle: Notes %d\ndate: %s\n---\n\nAt %s I went to a few talks.\n\n%s\n",
				n, s.Conference.Start, s.Conference.Title, body)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("post%03d.md", n)), []byte(post), 0o644); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	cfg := newConfig(t, 2)
	rep, err := Run(context.Background(), cfg, append(files, dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Failures) > 0 {
		t.Fatalf("failures: %v", rep.Failures)
	}
	qs := cfg.Store.QuadStore()
	ctx := context.Background()
	has := func(s quad.IRI, p quad.IRI, o quad.Value) bool {
		n, _ := cayley.StartPath(qs, s).Out(p).Is(o).Iterate(ctx).Count()
		return n > 0
	}
	ok := 0
	for i, w := range wants {
		label := m.Post(filepath.Join(dir, fmt.Sprintf("post%03d.md", i)))
		// the post itself names the official talk IRI
		inPost, _ := cayley.StartPath(qs, w.talk).LabelContext(label).Out(vocab.Name).Iterate(ctx).Count()
		good := inPost > 0 && has(w.talk, vocab.SuperEvent, w.track)
		for _, sp := range w.speakers {
			good = good && has(w.talk, vocab.Performer, sp)
		}
		if good {
			ok++
		} else if testing.Verbose() {
			t.Logf("not resolved: %s", w.talk)
		}
	}
	rate := float64(ok) / float64(len(wants))
	t.Logf("linked talks resolved to the official talk with its speakers and track: %d/%d = %.1f%%", ok, len(wants), 100*rate)
	if rate < 0.95 {
		t.Errorf("resolution rate %.1f%% < 95%%", 100*rate)
	}
}
