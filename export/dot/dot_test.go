package dot

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/export/internal/golden"

	"github.com/talkgraph/talkgraph/export/selectq"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

const id = "https://ex.org/id/"

func sample() *selectq.Graph {
	g := &selectq.Graph{Focus: []string{id + "talk"}}
	for _, c := range vocab.Classes() {
		g.Nodes = append(g.Nodes, selectq.Node{IRI: id + strings.ToLower(string(c)), Class: string(c), Name: "A " + string(c)})
	}
	g.Nodes = append(g.Nodes,
		selectq.Node{IRI: id + "weird", Name: "Quote \" back\\slash \\n newline\nTab\t<html> &amp; end"},
		selectq.Node{IRI: id + "long", Class: "Talk", Name: "A very long talk title that goes on and on about Rust async runtimes"},
		selectq.Node{IRI: id + "uni", Class: "Person", Name: "Gülçin Yıldırım 日本 \u200b🎉"},
	)
	g.Edges = []selectq.Edge{
		{From: id + "talk", To: id + "person", Predicate: string(vocab.Performer)},
		{From: id + "talk", To: id + "track", Predicate: string(vocab.SuperEvent)},
		{From: id + "track", To: id + "event", Predicate: string(vocab.SuperEvent)},
		{From: id + "talk", To: id + "technology", Predicate: string(vocab.About)},
		{From: id + "post", To: id + "weird", Predicate: "https://example.org/odd#rel"},
		{From: id + "long", To: id + "uni", Predicate: string(vocab.Performer)},
	}
	return g
}

// boxed is an edition drawn with a track box, a group of posts and links.
func boxed() *selectq.Graph {
	return &selectq.Graph{
		Focus:    []string{id + "ev"},
		Clusters: []selectq.Node{{IRI: id + "py", Class: "Track", Name: "Python"}},
		Up:       map[string]string{id + "py": id + "ev"},
		Nodes: []selectq.Node{
			{IRI: id + "ev", Class: "Event", Name: "FOSDEM 2019"},
			{IRI: id + "t1", Class: "Talk", Name: "Asyncio", Cluster: id + "py"},
			{IRI: id + "saul", Class: "Person", Name: "Saúl Ibarra", Cluster: id + "py"},
			{IRI: id + "ana", Class: "Person", Name: "Ana"},
			{IRI: selectq.GroupPrefix + "mentions:" + id + "t1", Class: "Post", Name: "mentioned in 7 posts", Count: 7, Of: id + "t1"},
		},
		Edges: []selectq.Edge{
			{From: id + "t1", To: id + "saul", Predicate: string(vocab.Performer)},
			{From: id + "t1", To: id + "ana", Predicate: string(vocab.Performer)},
			{From: selectq.GroupPrefix + "mentions:" + id + "t1", To: id + "t1", Predicate: string(vocab.Mentions)},
			{From: id + "ana", To: id + "py", Predicate: "https://example.org/odd#likes"},
		},
	}
}

// collapsed is an edition too large to draw talk by talk.
func collapsed() *selectq.Graph {
	g := &selectq.Graph{Focus: []string{id + "ev"}, Collapsed: true,
		Clusters: []selectq.Node{{IRI: id + "ev", Class: "Event", Name: "FOSDEM 2019"}}}
	for i, name := range []string{"Rust", "Go", "ada", "BSD", "Python", "Java", "DNS"} {
		g.Nodes = append(g.Nodes, selectq.Node{IRI: fmt.Sprintf("%strack%d", id, i), Class: "Track", Name: name,
			Cluster: id + "ev", Count: i + 1, Note: fmt.Sprintf("%d talks, %d speakers", i+1, i)})
	}
	return g
}

func links(iri string) string { return "/page?iri=" + iri }

func TestWriteGolden(t *testing.T) {
	tests := []struct {
		name string
		g    *selectq.Graph
		opts Options
	}{
		{"empty", &selectq.Graph{}, Options{}},
		{"nil", nil, Options{Title: "nothing"}},
		{"sample", sample(), Options{Title: `Talks "2019"`}},
		{"short_labels", sample(), Options{MaxLabel: 8}},
		{"boxed", boxed(), Options{Title: "FOSDEM 2019", Link: links}},
		{"collapsed", collapsed(), Options{Title: "FOSDEM 2019"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			warn, err := Write(&buf, tt.g, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if warn != nil {
				t.Errorf("unexpected warning %v", warn)
			}
			checkGolden(t, filepath.Join("testdata", tt.name+".golden"), buf.Bytes())
			RunDot(t, buf.Bytes())
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	golden.Check(t, path, got, *update)
}

// RunDot renders src with the system `dot -Tsvg` when it is on PATH and
// returns the SVG (nil when dot is missing); with TALKGRAPH_REQUIRE_DOT=1 a
// missing dot is a failure.
func RunDot(t *testing.T, src []byte) []byte {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("TALKGRAPH_REQUIRE_DOT") == "1" {
			t.Fatal("dot not found and TALKGRAPH_REQUIRE_DOT=1 (apt-get install graphviz)")
		}
		t.Log("dot not on PATH: skipping Graphviz validation")
		return nil
	}
	var out, stderr bytes.Buffer
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin = bytes.NewReader(src)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s\n%s", err, stderr.String(), src)
	}
	if s := stderr.String(); strings.Contains(s, "Error") || strings.Contains(s, "Warning") {
		t.Fatalf("dot -Tsvg complained:\n%s", s)
	}
	return out.Bytes()
}

func TestWriteLabels(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Write(&buf, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`rankdir="LR"`, `label="rel"`, `fontcolor="#2471A3",fontname="DejaVu Sans",fontsize="10",height="0.2",label="performer"`,
		`shape="doubleoctagon"`, `shape="folder"`, `shape="component"`, `shape="hexagon"`, `shape="house"`,
		`shape="invtriangle"`, `shape="note"`, `shape="box"`, `shape="ellipse"`, `penwidth="3"`,
		`label="Quote \" back\\slash \\n newline Tab <html>…"`,
		`label="A very long talk title that goes on and o…"`,
		`label="Gülçin Yıldırım 日本 🎉"`,
		`subgraph cluster_`, `label="Legend"`, `label="Other"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if svg := RunDot(t, buf.Bytes()); svg != nil {
		for _, want := range []string{"A Person", "Gülçin Yıldırım", "performer", "Legend", "Quote &quot; back\\slash \\n newline Tab &lt;html&gt;…"} {
			if !bytes.Contains(svg, []byte(want)) {
				t.Errorf("svg lacks %q", want)
			}
		}
	}
}

// TestWriteBoxes checks the track box, the edge to the box, the grouped
// posts linking to the entity they are next to, and the collapsed grid.
func TestWriteBoxes(t *testing.T) {
	var buf bytes.Buffer
	if _, err := Write(&buf, boxed(), Options{Link: links}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`compound="true"`, `label="Python"`, `URL="/page?iri=` + id + `py"`, `lhead="cluster_`,
		`label="mentioned in 7 posts"`, `URL="/page?iri=` + id + `t1"`, `ltail="cluster_`, `label="likes"`,
		`label="mentions"`, `style="dotted"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if strings.Contains(out, "group:") && strings.Contains(out, `URL="/page?iri=group:`) {
		t.Error("a group node links to itself")
	}
	if svg := RunDot(t, buf.Bytes()); svg != nil && !bytes.Contains(svg, []byte("cluster")) {
		t.Error("dot drew no cluster")
	}
	buf.Reset()
	if _, err := Write(&buf, collapsed(), Options{}); err != nil {
		t.Fatal(err)
	}
	out = buf.String()
	for _, want := range []string{`style="invis"`, `rank="same"`, `label="Rust\n1 talks, 0 speakers"`, "one box per track"} {
		if !strings.Contains(out, want) {
			t.Errorf("collapsed output lacks %s", want)
		}
	}
}

func TestWriteWarning(t *testing.T) {
	tests := []struct {
		nodes, limit int
		warn         bool
	}{{300, 0, false}, {301, 0, true}, {5, 4, true}, {4, 4, false}}
	for _, tt := range tests {
		g := &selectq.Graph{}
		for i := 0; i < tt.nodes; i++ {
			g.Nodes = append(g.Nodes, selectq.Node{IRI: fmt.Sprintf("%sn%d", id, i), Class: "Person", Name: fmt.Sprint(i)})
		}
		var buf bytes.Buffer
		w, err := Write(&buf, g, Options{WarnNodes: tt.limit})
		if err != nil {
			t.Fatal(err)
		}
		if (w != nil) != tt.warn {
			t.Errorf("%d nodes, limit %d: warning %v, want %v", tt.nodes, tt.limit, w, tt.warn)
		}
		if w != nil && (!strings.Contains(w.String(), "--focus") || !strings.Contains(w.String(), fmt.Sprint(tt.nodes))) {
			t.Errorf("warning %q lacks advice", w)
		}
	}
}

func TestWriteDanglingEdge(t *testing.T) {
	g := &selectq.Graph{Nodes: []selectq.Node{{IRI: id + "a"}}, Edges: []selectq.Edge{{From: id + "a", To: id + "b", Predicate: string(vocab.About)}}}
	if _, err := Write(&bytes.Buffer{}, g, Options{}); err == nil || !strings.Contains(err.Error(), id+"b") {
		t.Fatalf("err = %v, want one naming the missing node", err)
	}
}

func TestClean(t *testing.T) {
	for _, tt := range []struct {
		in   string
		max  int
		want string
	}{
		{"", 40, ""}, {"  a \n\n b  ", 40, "a b"}, {"abcdef", 3, "abc…"}, {"abc", 3, "abc"},
		{"bad\xffutf8", 40, "badutf8"}, {"zero\u200bwidth", 40, "zerowidth"}, {"日本語のテキスト", 4, "日本語の…"},
	} {
		if got := clean(tt.in, tt.max); got != tt.want {
			t.Errorf("clean(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}
