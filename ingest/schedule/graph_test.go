package schedule

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

var testMinter = vocab.Minter{Base: "https://ex.org/id/"}

// parseFile parses a fixture with the parser its content calls for.
func parseFile(t testing.TB, path string) *Schedule {
	t.Helper()
	data := mustRead(t, path)
	format, ok := Detect(data)
	if !ok {
		t.Fatalf("%s: not detected as a schedule", path)
	}
	var s *Schedule
	var err error
	if format == FormatPentabarfXML {
		s, err = ParseXML(path, data)
	} else {
		s, err = ParseJSON(path, data)
	}
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func dump(d store.Doc) []byte {
	var b bytes.Buffer
	for _, q := range d.Quads {
		b.WriteString(q.NQuad())
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestGraphGolden compares the quads of every fixture with its golden file.
func TestGraphGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.xml")
	js, _ := filepath.Glob("testdata/*.json")
	files = append(files, js...)
	if len(files) < 4 {
		t.Fatalf("fixtures missing: %v", files)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			s := parseFile(t, f)
			d, err := Graph(s, testMinter, "h1")
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			got := dump(d)
			golden := strings.TrimSuffix(f, filepath.Ext(f)) + "-" + filepath.Ext(f)[1:] + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// checkDoc checks the contract's invariants on a schedule's Doc.
func checkDoc(t *testing.T, d store.Doc) {
	t.Helper()
	if d.Kind != KindSchedule || d.Label == "" || d.Hash == "" || len(d.Attachment) == 0 {
		t.Errorf("doc header = %q %q %q %d", d.Kind, d.Label, d.Hash, len(d.Attachment))
	}
	names := map[quad.Value]int{}
	typed := map[quad.Value]bool{}
	for _, q := range d.Quads {
		if q.Label != d.Label {
			t.Fatalf("quad with label %v", q.Label)
		}
		if !q.IsValid() {
			t.Fatalf("invalid quad %v", q)
		}
		if q.Predicate == vocab.Name {
			names[q.Subject]++
		}
		if q.Predicate == vocab.Type {
			typed[q.Subject] = true
		}
		if ts, ok := q.Object.(quad.TypedString); ok {
			switch ts.Type {
			case vocab.XSDDate:
				if isoDate(string(ts.Value)) != string(ts.Value) {
					t.Errorf("bad xsd:date %q", ts.Value)
				}
			case vocab.XSDDateTime:
				if !dateTimeR.MatchString(string(ts.Value)) {
					t.Errorf("bad xsd:dateTime %q", ts.Value)
				}
			}
		}
		if iri, ok := q.Object.(quad.IRI); ok && strings.ContainsAny(string(iri), " <>\"") {
			t.Errorf("bad IRI %q", iri)
		}
	}
	for s := range typed {
		if names[s] != 1 {
			t.Errorf("%v has %d schema:name", s, names[s])
		}
	}
}

func TestGraphRealSchedules(t *testing.T) {
	for _, y := range []string{"2007", "2019", "2021", "2026"} {
		t.Run(y, func(t *testing.T) {
			name := "fosdem-" + y + ".xml"
			s, err := ParseXML(name, readShared(t, name))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Graph(s, testMinter, "h")
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			ev := testMinter.Event("FOSDEM", y)
			var n int
			for _, q := range d.Quads {
				if q.Subject == ev && q.Predicate == vocab.Name {
					n++
					if q.Object != quad.String("FOSDEM "+y) {
						t.Errorf("event name %v", q.Object)
					}
				}
			}
			if n != 1 {
				t.Errorf("event has %d names", n)
			}
			ix, err := DecodeIndex(d.Attachment)
			if err != nil {
				t.Fatal(err)
			}
			if e, ok := ix.Edition("fosdem-" + y); !ok || len(e.Talks) != len(s.Talks) {
				t.Errorf("attachment index lacks the edition")
			}
		})
	}
}

func TestGraphDeterministic(t *testing.T) {
	a, err := Graph(parseFile(t, "testdata/frab.json"), testMinter, "h")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Graph(parseFile(t, "testdata/frab.json"), testMinter, "h")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(dump(a), dump(b)) || !bytes.Equal(a.Attachment, b.Attachment) {
		t.Error("two runs differ")
	}
}

func TestGraphNoEdition(t *testing.T) {
	if _, err := Graph(&Schedule{Source: "x.xml"}, testMinter, "h"); err == nil || !strings.Contains(err.Error(), "x.xml") {
		t.Errorf("err = %v", err)
	}
}
