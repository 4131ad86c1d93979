package resolve

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

const (
	devDir   = "/work/shared/corpus/dev"
	scorer   = "/work/shared/tools/kgscore.py"
	rustBlog = "/work/shared/data/corpus/rust-blog"
)

var (
	sharedOnce sync.Once
	sharedRes  *Resolver
	sharedErr  error
)

// testResolver builds a Resolver over the embedded gazetteer and schedules.
func testResolver(t testing.TB) *Resolver {
	sharedOnce.Do(func() {
		g, err := gazetteer.Default()
		if err != nil {
			sharedErr = err
			return
		}
		ix, err := schedule.Known()
		if err != nil {
			sharedErr = err
			return
		}
		sharedRes = New(Config{Gazetteer: g, Schedules: ix})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedRes
}

// resolveFiles parses and resolves every file.
func resolveFiles(t testing.TB, r *Resolver, files []string) []store.Doc {
	var out []store.Doc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pd, err := parseFile(f, data)
		if err != nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		if pd == nil {
			continue
		}
		d, err := r.Post(pd, "h")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

// writeNQuads writes docs as N-Quads.
func writeNQuads(path string, docs []store.Doc) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, d := range docs {
		for _, q := range d.Quads {
			fmt.Fprintln(w, q.NQuad())
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

var reF1 = regexp.MustCompile(`ENTITY_F1 ([0-9.]+) RELATION_F1 ([0-9.]+)`)

// TestDevScore measures the dev corpus with kgscore.py and fails on a
// regression below the floors.
func TestDevScore(t *testing.T) {
	if _, err := os.Stat(scorer); err != nil {
		t.Skip("no /work/shared: scorer not found")
	}
	files, _ := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no dev corpus")
	}
	r := testResolver(t)
	docs := resolveFiles(t, r, files)
	nq := filepath.Join(t.TempDir(), "dev.nq")
	if os.Getenv("TG_DUMP") != "" {
		nq = os.Getenv("TG_DUMP")
	}
	if err := writeNQuads(nq, docs); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", scorer, "--nq", nq, "--gold", devDir).CombinedOutput()
	if err != nil {
		t.Skipf("scorer failed: %v\n%s", err, out)
	}
	t.Logf("kgscore:\n%s", out)
	m := reF1.FindSubmatch(out)
	if m == nil {
		t.Fatalf("no score in output")
	}
	ef, _ := strconv.ParseFloat(string(m[1]), 64)
	rf, _ := strconv.ParseFloat(string(m[2]), 64)
	const entityFloor, relationFloor = 0.88, 0.92
	if ef < entityFloor || rf < relationFloor {
		t.Errorf("entity F1 %.3f (floor %.2f), relation F1 %.3f (floor %.2f)", ef, entityFloor, rf, relationFloor)
	}
}

// TestRustBlogCounts reports Persons, Talks and Events per post on ordinary
// posts, where a capitalised phrase is rarely a person.
func TestRustBlogCounts(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(rustBlog, "*.md"))
	if len(files) == 0 {
		t.Skip("no rust-blog corpus")
	}
	r := testResolver(t)
	docs := resolveFiles(t, r, files)
	count := map[vocab.Class]int{}
	names := map[vocab.Class]map[string]int{}
	for _, d := range docs {
		typ := map[quad.Value]vocab.Class{}
		for _, q := range d.Quads {
			if q.Predicate == quad.Value(vocab.Type) {
				if iri, ok := q.Object.(quad.IRI); ok {
					if c, ok := vocab.ClassOf(iri); ok {
						typ[q.Subject] = c
					}
				}
			}
		}
		for _, q := range d.Quads {
			if q.Predicate == quad.Value(vocab.Name) {
				c := typ[q.Subject]
				count[c]++
				if names[c] == nil {
					names[c] = map[string]int{}
				}
				names[c][q.Object.(quad.String).String()]++
			}
		}
	}
	n := float64(len(docs))
	t.Logf("%d posts; per post: Person %.2f Talk %.2f Event %.2f Track %.2f Org %.2f Project %.2f Tech %.2f Place %.2f",
		len(docs), float64(count[vocab.Person])/n, float64(count[vocab.Talk])/n, float64(count[vocab.Event])/n,
		float64(count[vocab.Track])/n, float64(count[vocab.Organization])/n, float64(count[vocab.Project])/n,
		float64(count[vocab.Technology])/n, float64(count[vocab.Place])/n)
	if os.Getenv("TG_VERBOSE") != "" {
		for _, c := range []vocab.Class{vocab.Person, vocab.Event, vocab.Talk, vocab.Track, vocab.Organization, vocab.Project} {
			var l []string
			for k, v := range names[c] {
				l = append(l, fmt.Sprintf("%d %s", v, k))
			}
			sort.Strings(l)
			t.Logf("%s: %s", c, strings.Join(l, " | "))
		}
	}
}
