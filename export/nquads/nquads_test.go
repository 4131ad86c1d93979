package nquads

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/export/internal/golden"

	"github.com/cayleygraph/quad"
	cnq "github.com/cayleygraph/quad/nquads"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

const (
	post  = quad.IRI("https://w3id.org/talkgraph/id/post/blog--fosdem-2019")
	sched = quad.IRI("https://w3id.org/talkgraph/id/schedule/fosdem-2019-xml")
	ev    = quad.IRI("https://w3id.org/talkgraph/id/event/fosdem-2019")
	alice = quad.IRI("https://w3id.org/talkgraph/id/person/ali-ce")
)

// goldenCases are datasets written to testdata/NAME.golden.
var goldenCases = []struct {
	name  string
	quads []quad.Quad
}{
	{"empty", nil},
	{"basic", []quad.Quad{
		{Subject: post, Predicate: vocab.Type, Object: vocab.Post.IRI(), Label: post},
		{Subject: post, Predicate: vocab.Headline, Object: quad.String("My FOSDEM 2019"), Label: post},
		{Subject: post, Predicate: vocab.DatePublished, Object: vocab.Date("2019-02-05"), Label: post},
		{Subject: post, Predicate: vocab.About, Object: ev, Label: post},
		{Subject: ev, Predicate: vocab.Name, Object: quad.String("FOSDEM 2019"), Label: post},
		{Subject: ev, Predicate: vocab.Name, Object: quad.String("FOSDEM 2019"), Label: sched},
	}},
	{"escapes", []quad.Quad{
		{Subject: alice, Predicate: vocab.Name, Object: quad.String(`Ali "the" Ce`), Label: post},
		{Subject: alice, Predicate: vocab.Description, Object: quad.String("line1\nline2\r\n\ttab \\ back"), Label: post},
		{Subject: alice, Predicate: vocab.Description, Object: quad.String("bell\x07 nul\x00 del\x7f esc\x1b"), Label: post},
		{Subject: alice, Predicate: vocab.AlternateName, Object: quad.String("Gülçin Yıldırım 日本 🎉"), Label: post},
		{Subject: alice, Predicate: vocab.AlternateName, Object: quad.String("bad\xffutf8"), Label: post},
	}},
	{"typed", []quad.Quad{
		{Subject: ev, Predicate: vocab.StartDate, Object: quad.TypedString{Value: "2019-02-02", Type: "xsd:date"}, Label: sched},
		{Subject: ev, Predicate: vocab.Identifier, Object: quad.Int(42), Label: sched},
		{Subject: ev, Predicate: quad.IRI("https://example.org/ratio"), Object: quad.Float(1.5), Label: sched},
		{Subject: ev, Predicate: quad.IRI("https://example.org/ratio"), Object: quad.Float(-0.001), Label: sched},
		{Subject: ev, Predicate: quad.IRI("https://example.org/flag"), Object: quad.Bool(true), Label: sched},
		{Subject: ev, Predicate: quad.IRI("https://example.org/at"), Object: quad.Time(time.Date(2019, 2, 2, 9, 30, 0, 0, time.UTC)), Label: sched},
		{Subject: ev, Predicate: vocab.Description, Object: quad.LangString{Value: "Le FOSDEM", Lang: "fr-BE"}, Label: sched},
		{Subject: ev, Predicate: vocab.Description, Object: quad.TypedString{Value: "plain", Type: "http://www.w3.org/2001/XMLSchema#string"}, Label: sched},
	}},
	{"iris", []quad.Quad{
		{Subject: quad.IRI("https://example.org/a b{c}|d^e`f\\g\"h"), Predicate: quad.IRI("schema:name"), Object: quad.String("x"), Label: post},
		{Subject: quad.IRI("https://example.org/café"), Predicate: vocab.SameAs, Object: quad.IRI("https://example.org/<x>"), Label: post},
		{Subject: quad.IRI("https://example.org/bad\xffbyte"), Predicate: vocab.Name, Object: quad.String("y")},
	}},
	{"blank_default_graph", []quad.Quad{
		{Subject: quad.BNode("n1"), Predicate: vocab.Name, Object: quad.String("no label")},
		{Subject: quad.BNode("n1"), Predicate: vocab.SameAs, Object: quad.BNode("weird label!"), Label: quad.BNode("g1")},
	}},
}

func TestWriteGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := Write(context.Background(), &buf, export.SliceSource(tc.quads))
			if err != nil {
				t.Fatal(err)
			}
			if n != len(tc.quads) {
				t.Errorf("wrote %d quads, want %d", n, len(tc.quads))
			}
			checkGolden(t, filepath.Join("testdata", tc.name+".golden"), buf.Bytes())
			checkReparse(t, buf.Bytes(), n)
			checkRapper(t, buf.Bytes(), n)
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	golden.Check(t, path, got, *update)
}

// checkReparse reads the output back with Cayley's N-Quads reader.
func checkReparse(t *testing.T, out []byte, n int) {
	t.Helper()
	r := cnq.NewReader(bytes.NewReader(out), true)
	got := 0
	for {
		_, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("re-read line %d: %v", got+1, err)
		}
		got++
	}
	if got != n {
		t.Errorf("re-read %d quads, want %d", got, n)
	}
}

var rapperCount = regexp.MustCompile(`returned (\d+) (triple|statement)`)

// checkRapper validates out with `rapper -i nquads -c` when it is on PATH;
// with TALKGRAPH_REQUIRE_RAPPER=1 a missing rapper is a failure.
func checkRapper(t *testing.T, out []byte, n int) {
	t.Helper()
	path, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("TALKGRAPH_REQUIRE_RAPPER") == "1" {
			t.Fatal("rapper not found and TALKGRAPH_REQUIRE_RAPPER=1 (apt-get install raptor2-utils)")
		}
		t.Log("rapper not on PATH: skipping external validation")
		return
	}
	f := filepath.Join(t.TempDir(), "out.nq")
	if err := os.WriteFile(f, out, 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(path, "-i", "nquads", "-c", f)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rapper: %v\n%s", err, stderr.String())
	}
	msg := stderr.String()
	if strings.Contains(msg, "Error") || strings.Contains(msg, "Warning") {
		t.Fatalf("rapper complained:\n%s", msg)
	}
	m := rapperCount.FindStringSubmatch(msg)
	if m == nil {
		t.Fatalf("rapper: no count in %q", msg)
	}
	if c, _ := strconv.Atoi(m[1]); c != n {
		t.Errorf("rapper counted %d, want %d", c, n)
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name    string
		q       quad.Quad
		wantErr error
		wantMsg string
	}{
		{"relative subject", quad.Quad{Subject: quad.IRI("person/bob"), Predicate: vocab.Name, Object: quad.String("Bob")}, export.ErrBadIRI, "person/bob"},
		{"empty predicate", quad.Quad{Subject: alice, Predicate: quad.IRI(""), Object: quad.String("x")}, export.ErrBadIRI, `""`},
		{"literal subject", quad.Quad{Subject: quad.String("Bob"), Predicate: vocab.Name, Object: quad.String("Bob")}, export.ErrBadTerm, "Bob"},
		{"blank predicate", quad.Quad{Subject: alice, Predicate: quad.BNode("p"), Object: quad.String("x")}, export.ErrBadTerm, "_:p"},
		{"nil object", quad.Quad{Subject: alice, Predicate: vocab.Name}, export.ErrBadTerm, "missing"},
		{"bad lang", quad.Quad{Subject: alice, Predicate: vocab.Name, Object: quad.LangString{Value: "x", Lang: "en_US"}}, export.ErrBadLang, "en_US"},
		{"literal label", quad.Quad{Subject: alice, Predicate: vocab.Name, Object: quad.String("x"), Label: quad.String("g")}, export.ErrBadTerm, "label"},
		{"relative datatype", quad.Quad{Subject: alice, Predicate: vocab.Name, Object: quad.TypedString{Value: "x", Type: "date"}}, export.ErrBadIRI, `"date"`},
		{"unsupported value", quad.Quad{Subject: alice, Predicate: vocab.Name, Object: oddValue{}}, export.ErrBadTerm, "oddValue"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := export.SliceSource{{Subject: alice, Predicate: vocab.Name, Object: quad.String("ok")}, tt.q}
			var buf bytes.Buffer
			n, err := Write(context.Background(), &buf, src)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) || !strings.Contains(err.Error(), "quad 2") {
				t.Errorf("err %q does not name %q and quad 2", err, tt.wantMsg)
			}
			if n != 1 {
				t.Errorf("n = %d, want 1", n)
			}
		})
	}
}

func TestWriteCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Write(ctx, io.Discard, export.SliceSource(goldenCases[1].quads))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// oddValue is a quad.Value no exporter knows.
type oddValue struct{}

func (oddValue) String() string      { return "odd" }
func (oddValue) Native() interface{} { return nil }

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteWriterError(t *testing.T) {
	_, err := Write(context.Background(), failWriter{}, export.SliceSource(goldenCases[1].quads))
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want disk full", err)
	}
}

// FuzzLiteral checks that any string written as a literal reads back
// unchanged (each invalid UTF-8 byte replaced by U+FFFD) with Cayley's reader.
func FuzzLiteral(f *testing.F) {
	for _, tc := range goldenCases {
		for _, q := range tc.quads {
			f.Add(q.Object.String(), string(q.Subject.String()))
		}
	}
	f.Fuzz(func(t *testing.T, lit, iri string) {
		defer fuzzbudget.Start(t, len(lit)+len(iri))()
		q := quad.Quad{Subject: quad.IRI("https://x.org/" + iri), Predicate: vocab.Name, Object: quad.String(lit)}
		var buf bytes.Buffer
		if _, err := Write(context.Background(), &buf, export.SliceSource{q}); err != nil {
			t.Fatal(err)
		}
		line := buf.String()
		if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, " .\n") {
			t.Fatalf("not one line: %q", line)
		}
		got, err := cnq.Parse(strings.TrimSuffix(line, "\n"))
		if err != nil {
			t.Fatalf("parse %q: %v", line, err)
		}
		if want := string([]rune(lit)); got.Object != quad.String(want) {
			t.Fatalf("literal %q read back as %#v", want, got.Object)
		}
	})
}

// synthetic returns a Source of n quads shaped like talkgraph's data.
type synthetic int

func (s synthetic) ForEach(ctx context.Context, fn func(quad.Quad) error) error {
	m := vocab.Minter{}
	for i := 0; i < int(s); i++ {
		post := m.Post(fmt.Sprintf("posts/p%d.md", i/30))
		var q quad.Quad
		switch i % 4 {
		case 0:
			q = quad.Quad{Subject: post, Predicate: vocab.Type, Object: vocab.Post.IRI(), Label: post}
		case 1:
			q = quad.Quad{Subject: m.Person(fmt.Sprintf("Person %d", i)), Predicate: vocab.Name, Object: quad.String(fmt.Sprintf("Person \"%d\"\nX", i)), Label: post}
		case 2:
			q = quad.Quad{Subject: post, Predicate: vocab.DatePublished, Object: vocab.Date("2019-02-05"), Label: post}
		default:
			q = quad.Quad{Subject: post, Predicate: vocab.Mentions, Object: m.Technology(fmt.Sprintf("tech %d", i%97)), Label: post}
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkWrite writes 1M synthetic quads (generated before the timer
// starts); it reports quads/s.
func BenchmarkWrite(b *testing.B) {
	const n = 1_000_000
	src := make(export.SliceSource, 0, n)
	_ = synthetic(n).ForEach(context.Background(), func(q quad.Quad) error {
		src = append(src, q)
		return nil
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		got, err := Write(context.Background(), io.Discard, src)
		if err != nil || got != n {
			b.Fatal(got, err)
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "quads/s")
	}
}
