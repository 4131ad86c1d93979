package store

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	nqio "github.com/cayleygraph/quad/nquads"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// storedIndex reads the edge index as stored: key -> count.
func storedIndex(t testing.TB, s *Store) map[string]int {
	t.Helper()
	got := map[string]int{}
	err := s.man.View(context.Background(), func(tx kvTx) error {
		return tx.ForEach(bIndex, func(k string, v []byte) error {
			if k == indexVersionKey {
				return nil
			}
			n, err := strconv.Atoi(string(v))
			if err != nil {
				t.Errorf("index key %q: count %q", k, v)
			}
			got[k] = n
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// checkIndex checks that the stored edge index equals one rebuilt from the
// quads Cayley holds (each triple counted once per label stating it) and
// one rebuilt from the manifest's quads.
func checkIndex(t testing.TB, s *Store) {
	t.Helper()
	got := storedIndex(t, s)
	fromCayley := map[string]int{}
	qs := s.QuadStore()
	err := graph.Iterate(context.Background(), qs.QuadsAllIterator()).Each(func(r graph.Ref) {
		for _, k := range s.index.keys([]quad.Quad{qs.Quad(r)}) {
			fromCayley[k]++
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	var fromManifest map[string]int
	err = s.man.View(context.Background(), func(tx kvTx) error {
		var err error
		fromManifest, err = s.index.build(tx)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, fromCayley) {
		t.Errorf("edge index (%d keys) differs from a rebuild from Cayley's quads (%d keys)%s", len(got), len(fromCayley), indexDiff(got, fromCayley))
	}
	if !reflect.DeepEqual(got, fromManifest) {
		t.Errorf("edge index (%d keys) differs from a rebuild from the manifest (%d keys)%s", len(got), len(fromManifest), indexDiff(got, fromManifest))
	}
}

func indexDiff(got, want map[string]int) string {
	var out []string
	for k, n := range got {
		if want[k] != n {
			out = append(out, strconv.Quote(k)+": "+strconv.Itoa(n)+" want "+strconv.Itoa(want[k]))
		}
	}
	for k, n := range want {
		if _, ok := got[k]; !ok {
			out = append(out, strconv.Quote(k)+": missing, want "+strconv.Itoa(n))
		}
	}
	sort.Strings(out)
	if len(out) > 5 {
		out = out[:5]
	}
	s := ""
	for _, l := range out {
		s += "\n  " + l
	}
	return s
}

func TestTermKeyRoundTrip(t *testing.T) {
	vals := []quad.Value{
		quad.IRI("http://example.org/a"),
		quad.IRI(vocab.DefaultBase + "person/ana"),
		quad.IRI(vocab.DefaultBase),
		quad.IRI(vocab.NS + "Person"),
		quad.IRI(vocab.Schema + "name"),
		quad.BNode("b1"),
		quad.String(""),
		quad.String("with \x01 and \x02\x03 inside"),
		quad.String("ünïcode ✓"),
		quad.TypedString{Value: "2019-02-02", Type: xsd + "date"},
		quad.LangString{Value: "texte", Lang: "fr"},
		quad.LangString{Value: "texte", Lang: "fr-be"},
		// an escape only in the second part, or only in the first
		quad.TypedString{Value: "plain", Type: "urn:x\x02y\x01z"},
		quad.LangString{Value: "a\x01b", Lang: "en"},
	}
	for _, a := range vals {
		for _, b := range vals {
			var sb strings.Builder
			termKey(&sb, a)
			termKey(&sb, b)
			x, rest, err := parseTermKey(sb.String())
			if err != nil {
				t.Fatalf("%v %v: %v", a, b, err)
			}
			y, rest, err := parseTermKey(rest)
			if err != nil || rest != "" || x != a || y != b {
				t.Errorf("round trip of %#v %#v: %#v %#v rest %q err %v", a, b, x, y, rest, err)
			}
		}
	}
	// prefix-free: no term's key is a prefix of another's
	for _, a := range vals {
		for _, b := range vals {
			var ka, kb strings.Builder
			termKey(&ka, a)
			termKey(&kb, b)
			if a != b && strings.HasPrefix(kb.String(), ka.String()) {
				t.Errorf("key of %#v is a prefix of the key of %#v", a, b)
			}
		}
	}
}

// TestNeighbors checks the edge index through puts, replaces and removes
// of docs sharing triples, on every backend.
func TestNeighbors(t *testing.T) {
	talk, ana, bo := iri("talk/1"), iri("person/ana"), iri("person/bo")
	perf := func(p quad.IRI) quad.Quad {
		return quad.Quad{Subject: talk, Predicate: vocab.Performer, Object: p}
	}
	name := func(n quad.IRI, s string) quad.Quad {
		return quad.Quad{Subject: n, Predicate: vocab.Name, Object: quad.String(s)}
	}
	other := q("x", "knows", iri("y")) // not indexed
	type want struct {
		performers []quad.Value // of talk
		talksOfBo  []quad.Value
		named      []quad.Value // nodes named "Bo"
	}
	steps := []struct {
		name string
		put  []Doc
		rm   []quad.IRI
		want want
	}{
		{"two docs state the same performer", []Doc{
			mkDoc("a", "1", perf(ana), name(ana, "Ana"), other),
			mkDoc("b", "1", perf(ana), perf(bo), name(bo, "Bo")),
		}, nil, want{[]quad.Value{ana, bo}, []quad.Value{talk}, []quad.Value{bo}}},
		{"one of them drops it", []Doc{mkDoc("b", "2", perf(bo), name(bo, "Bo"))}, nil,
			want{[]quad.Value{ana, bo}, []quad.Value{talk}, []quad.Value{bo}}},
		{"the other is removed", nil, []quad.IRI{iri("doc/a")},
			want{[]quad.Value{bo}, []quad.Value{talk}, []quad.Value{bo}}},
		{"the last is removed", nil, []quad.IRI{iri("doc/b")}, want{}},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := mustOpen(t, b.open(t))
			ctx := context.Background()
			for _, st := range steps {
				if len(st.put) > 0 {
					if _, err := s.Put(ctx, st.put); err != nil {
						t.Fatal(err)
					}
				}
				if _, err := s.Remove(ctx, st.rm...); err != nil {
					t.Fatal(err)
				}
				got, err := s.Neighbors(ctx, []quad.Value{talk, bo, quad.String("Bo")}, vocab.Performer, false)
				if err != nil {
					t.Fatal(err)
				}
				in, err := s.Neighbors(ctx, []quad.Value{bo}, vocab.Performer, true)
				if err != nil {
					t.Fatal(err)
				}
				named, err := s.Neighbors(ctx, []quad.Value{quad.String("Bo")}, vocab.Name, true)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got[0], st.want.performers) || got[1] != nil || got[2] != nil {
					t.Errorf("%s: performers %v, want %v", st.name, got, st.want.performers)
				}
				if !reflect.DeepEqual(in[0], st.want.talksOfBo) {
					t.Errorf("%s: talks of bo %v, want %v", st.name, in[0], st.want.talksOfBo)
				}
				if !reflect.DeepEqual(named[0], st.want.named) {
					t.Errorf("%s: named Bo %v, want %v", st.name, named[0], st.want.named)
				}
				checkIndex(t, s)
			}
		})
	}
}

// TestIndexRebuilt checks that a store without an edge index (written
// before it existed) gets one on Open, equal to what writes maintain.
func TestIndexRebuilt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(context.Background(), Config{DB: dir})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, mkDoc("a", "1", quad.Quad{Subject: iri("t"), Predicate: vocab.Performer, Object: iri("p")},
		quad.Quad{Subject: iri("p"), Predicate: vocab.Name, Object: quad.String("P")}))
	want := storedIndex(t, s)
	err = s.man.Update(context.Background(), func(tx kvTx) error {
		for k := range want {
			if err := tx.Delete(bIndex, k); err != nil {
				return err
			}
		}
		return tx.Delete(bIndex, indexVersionKey)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// read-only: no index, so lookups go to Cayley
	s, err = Open(context.Background(), Config{DB: dir, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Indexed(vocab.Name, false) {
		t.Error("read-only open of a store without an index: Indexed is true")
	}
	if _, err := s.Neighbors(context.Background(), []quad.Value{iri("t")}, vocab.Performer, false); err == nil {
		t.Error("Neighbors without an index: no error")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// the next writable open builds it
	s, err = Open(context.Background(), Config{DB: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.Indexed(vocab.Name, false) {
		t.Error("after a writable open: Indexed is false")
	}
	if got := storedIndex(t, s); len(want) != 4 || !reflect.DeepEqual(got, want) {
		t.Errorf("rebuilt index %v, want %v (4 keys)", got, want)
	}
	checkIndex(t, s)
}

// BenchmarkPutNQuads writes the docs of an N-Quads export (one doc per
// graph label; TALKGRAPH_BENCH_NQ names the file, e.g. bench/'s all.nq) in
// 10k-quad batches into a fresh Bolt store, with the edge index maintained
// and without it, to show what the index costs a write.
func BenchmarkPutNQuads(b *testing.B) {
	path := os.Getenv("TALKGRAPH_BENCH_NQ")
	if path == "" {
		b.Skip("TALKGRAPH_BENCH_NQ unset")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	byLabel := map[quad.Value]*Doc{}
	var docs []*Doc
	r := nqio.NewReader(f, false)
	total := 0
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		d := byLabel[q.Label]
		if d == nil {
			d = &Doc{Label: q.Label.(quad.IRI), Kind: "post", Hash: "1"}
			byLabel[q.Label] = d
			docs = append(docs, d)
		}
		d.Quads = append(d.Quads, q)
		total++
	}
	for _, mode := range []string{"index", "no-index"} {
		b.Run(mode, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				s, err := Open(context.Background(), Config{DB: filepath.Join(b.TempDir(), "db")})
				if err != nil {
					b.Fatal(err)
				}
				if mode == "no-index" {
					s.index = nil
				}
				b.StartTimer()
				start := time.Now()
				var batch []Doc
				n := 0
				for i, d := range docs {
					batch = append(batch, *d)
					n += len(d.Quads)
					if n >= 10000 || i == len(docs)-1 {
						if _, err := s.Put(context.Background(), batch); err != nil {
							b.Fatal(err)
						}
						batch, n = nil, 0
					}
				}
				b.ReportMetric(float64(total)/time.Since(start).Seconds(), "quads/s")
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
		})
	}
}
