package turtle

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cnq "github.com/cayleygraph/quad/nquads"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/export/internal/golden"
	"github.com/talkgraph/talkgraph/export/internal/testkit"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func dataset() []quad.Quad {
	m := vocab.Minter{}
	post, sched := m.Post("posts/a.md"), m.Schedule("fosdem-2019.xml")
	ev, talk, p := m.Event("FOSDEM", "2019"), m.Talk("fosdem-2019", "rust"), m.Person("Zoë O'Brien-日本")
	return []quad.Quad{
		{Subject: post, Predicate: vocab.Type, Object: vocab.Post.IRI(), Label: post},
		{Subject: post, Predicate: vocab.Headline, Object: quad.String(`A "quoted" \ title`), Label: post},
		{Subject: post, Predicate: vocab.DatePublished, Object: vocab.Date("2019-02-05"), Label: post},
		{Subject: post, Predicate: vocab.About, Object: ev, Label: post},
		{Subject: post, Predicate: vocab.Mentions, Object: p, Label: post},
		{Subject: post, Predicate: vocab.Mentions, Object: talk, Label: post},
		{Subject: post, Predicate: vocab.Source, Object: quad.String("posts/a.md"), Label: post},
		{Subject: talk, Predicate: vocab.Type, Object: vocab.Talk.IRI(), Label: sched},
		{Subject: talk, Predicate: vocab.Name, Object: quad.String("Rust\nin two lines\t\x01"), Label: sched},
		{Subject: talk, Predicate: vocab.SuperEvent, Object: ev, Label: sched},
		{Subject: talk, Predicate: vocab.SuperEvent, Object: ev, Label: post}, // one triple, two graphs
		{Subject: talk, Predicate: vocab.Performer, Object: p, Label: sched},
		{Subject: p, Predicate: vocab.Type, Object: vocab.Person.IRI(), Label: sched},
		{Subject: p, Predicate: vocab.Name, Object: quad.String("Zoë O'Brien-日本"), Label: sched},
		{Subject: p, Predicate: vocab.AlternateName, Object: quad.LangString{Value: "ゾーイ", Lang: "ja"}, Label: sched},
		{Subject: p, Predicate: vocab.SameAs, Object: quad.IRI("https://fosdem.org/2019/schedule/speaker/zoe/"), Label: sched},
		{Subject: ev, Predicate: vocab.Identifier, Object: quad.Int(42), Label: sched},
		{Subject: ev, Predicate: vocab.Name, Object: quad.String("FOSDEM 2019")}, // default graph
		{Subject: quad.BNode("b1"), Predicate: vocab.Name, Object: quad.String("blank"), Label: sched},
	}
}

func write(t *testing.T, qs []quad.Quad, opts Options) ([]byte, Stats) {
	t.Helper()
	var buf bytes.Buffer
	st, err := Write(context.Background(), &buf, export.SliceSource(qs), opts)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), st
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		qs   []quad.Quad
		opts Options
	}{
		{"dataset.ttl", dataset(), Options{Base: vocab.DefaultBase}},
		{"dataset.trig", dataset(), Options{TriG: true, Base: vocab.DefaultBase}},
		{"empty.ttl", nil, Options{}},
	} {
		got, _ := write(t, tc.qs, tc.opts)
		golden.Check(t, filepath.Join("testdata", tc.name+".golden"), got, *update)
	}
}

func TestStats(t *testing.T) {
	qs := dataset()
	_, st := write(t, qs, Options{})
	if st.Triples != len(qs)-1 || st.Graphs != 0 {
		t.Errorf("turtle: %+v, want %d triples (one stated twice)", st, len(qs)-1)
	}
	_, st = write(t, qs, Options{TriG: true})
	if st.Triples != len(qs) || st.Graphs != 2 {
		t.Errorf("trig: %+v, want %d statements in 2 named graphs", st, len(qs))
	}
}

func TestBadTerm(t *testing.T) {
	qs := []quad.Quad{{Subject: quad.IRI("relative"), Predicate: vocab.Name, Object: quad.String("x")}}
	var buf bytes.Buffer
	if _, err := Write(context.Background(), &buf, export.SliceSource(qs), Options{}); !errors.Is(err, export.ErrBadIRI) {
		t.Errorf("relative IRI: %v, want ErrBadIRI", err)
	}
}

// TestRapper: rapper parses the output and reads back the same triples
// (Turtle) or quads (TriG).
func TestRapper(t *testing.T) {
	path, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("TALKGRAPH_REQUIRE_RAPPER") == "1" {
			t.Fatal("rapper not found and TALKGRAPH_REQUIRE_RAPPER=1")
		}
		t.Skip("rapper (raptor2-utils) not installed")
	}
	qs := dataset()
	for _, tc := range []struct {
		syntax string
		opts   Options
		want   []quad.Quad
	}{
		{"turtle", Options{Base: vocab.DefaultBase}, withoutLabels(qs)},
		{"trig", Options{TriG: true, Base: vocab.DefaultBase}, qs},
	} {
		out, _ := write(t, qs, tc.opts)
		f := filepath.Join(t.TempDir(), "out."+tc.syntax)
		if err := os.WriteFile(f, out, 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(path, "-q", "-i", tc.syntax, "-o", "nquads", f, "http://example.org/base/")
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || strings.Contains(stderr.String(), "rror") || strings.Contains(stderr.String(), "arning") {
			t.Fatalf("rapper -i %s: %v\n%s\n%s", tc.syntax, err, stderr.String(), out)
		}
		var back []quad.Quad
		r := cnq.NewReader(&stdout, true)
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: read rapper's output: %v", tc.syntax, err)
			}
			back = append(back, q)
		}
		if got, want := testkit.NQuadLines(t, back), testkit.NQuadLines(t, tc.want); !slices.Equal(got, want) {
			t.Errorf("%s: rapper read\n%s\nwant\n%s", tc.syntax, strings.Join(got, ""), strings.Join(want, ""))
		}
	}
}

func withoutLabels(qs []quad.Quad) []quad.Quad {
	out := make([]quad.Quad, len(qs))
	for i, q := range qs {
		q.Label = nil
		out[i] = q
	}
	return out
}
