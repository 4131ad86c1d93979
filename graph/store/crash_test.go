package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// The crash test re-runs this test binary as an ingest process (TestCrashChild
// with crashDirEnv set), SIGKILLs it at random moments, reopens the store and
// checks that every doc is fully old or fully new.

const (
	crashDirEnv   = "TALKGRAPH_STORE_CRASH_DIR"
	crashRoundEnv = "TALKGRAPH_STORE_CRASH_ROUND"
	crashDocs     = 120
)

// crashVersion is doc i's version after round r, or -1 if it is removed
// (or r < 0: before the first round).
func crashVersion(i, r int) int {
	if r < 0 || (i+r)%7 == 0 {
		return -1
	}
	return (r + i) / 3
}

func crashLabel(i int) quad.IRI { return iri(fmt.Sprintf("doc/%d", i)) }

// crashDoc is doc i at version v: its own facts, facts about shared
// entities (also written by other docs), and typed literals. Names,
// mentions and performers are the real predicates, so the edge index is
// exercised with triples several docs state.
func crashDoc(i, v int) Doc {
	post := iri(fmt.Sprintf("post/%d", i))
	qs := []quad.Quad{
		{Subject: post, Predicate: vocab.Name, Object: quad.String(fmt.Sprintf("post %d v%d", i, v))},
		{Subject: post, Predicate: iri("date"), Object: quad.TypedString{Value: quad.String(fmt.Sprintf("20%02d-01-%02d", v%30, 1+i%28)), Type: xsd + "date"}},
		{Subject: post, Predicate: iri("lang"), Object: quad.LangString{Value: "texte", Lang: "fr"}},
	}
	for k := range 8 {
		tech := iri(fmt.Sprintf("tech/%d", (i+v+k)%15))
		qs = append(qs,
			quad.Quad{Subject: post, Predicate: vocab.Mentions, Object: tech},
			quad.Quad{Subject: tech, Predicate: vocab.Name, Object: quad.String(fmt.Sprintf("Tech %s", tech))},
			quad.Quad{Subject: iri(fmt.Sprintf("talk/%d", (i+k)%9)), Predicate: vocab.Performer, Object: tech})
	}
	d := Doc{Label: crashLabel(i), Source: fmt.Sprintf("p/%d.md", i), Kind: "post", Hash: fmt.Sprintf("%d-%d", i, v), Quads: qs}
	d.Facts = []Fact{{Quad: 0, Rule: "title", Confidence: 1}}
	return d
}

// crashRound brings the store to round r's state.
func crashRound(s *Store, r int) error {
	var put []Doc
	var rm []quad.IRI
	for i := range crashDocs {
		if v := crashVersion(i, r); v < 0 {
			rm = append(rm, crashLabel(i))
		} else {
			put = append(put, crashDoc(i, v))
		}
	}
	// Shuffle so batches mix new, changed and unchanged docs.
	rand.Shuffle(len(put), func(a, b int) { put[a], put[b] = put[b], put[a] })
	if r%2 == 1 { // as an ingest writes: Cayley's last transaction left running
		for _, half := range [][]Doc{put[:len(put)/2], put[len(put)/2:]} {
			if _, err := s.PutPipelined(context.Background(), half); err != nil {
				return err
			}
		}
	} else if _, err := s.Put(context.Background(), put); err != nil {
		return err
	}
	_, err := s.Remove(context.Background(), rm...)
	return err
}

func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("helper for TestCrash")
	}
	r, _ := strconv.Atoi(os.Getenv(crashRoundEnv))
	s, err := Open(context.Background(), Config{DB: filepath.Join(dir, "db"), LockTimeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	s.batch = 400 // several intents per round
	progress, err := os.OpenFile(filepath.Join(dir, "progress"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	for ; ; r++ {
		fmt.Fprintf(progress, "%d\n", r)
		if err := crashRound(s, r); err != nil {
			t.Fatal(err)
		}
	}
}

func lastRound(t *testing.T, dir string) int {
	f, err := os.Open(filepath.Join(dir, "progress"))
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if n, err := strconv.Atoi(sc.Text()); err == nil {
			r = n
		}
	}
	return r
}

// checkCrashState checks manifest and Cayley against the allowed versions
// of each doc (old: round r-1, new: round r).
func checkCrashState(t *testing.T, s *Store, rounds ...int) {
	t.Helper()
	byLabel := map[quad.Value][]string{}
	qs := s.QuadStore()
	err := graph.Iterate(context.Background(), qs.QuadsAllIterator()).Each(func(ref graph.Ref) {
		q := qs.Quad(ref)
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v == nil || v.String() == "" || strings.Contains(quad.StringOf(v), "<nil>") {
				t.Errorf("nil or blank term in %v", q)
				return
			}
		}
		byLabel[q.Label] = append(byLabel[q.Label], q.NQuad())
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range crashDocs {
		l := crashLabel(i)
		h, ok := s.Hash(l)
		v := -1
		if ok {
			v, _ = strconv.Atoi(strings.SplitN(h, "-", 2)[1])
		}
		allowed := false
		for _, r := range rounds {
			allowed = allowed || crashVersion(i, r) == v
		}
		if !allowed {
			t.Errorf("doc %d at version %d, want one of rounds %v: %d/%d", i, v, rounds, crashVersion(i, rounds[0]), crashVersion(i, rounds[len(rounds)-1]))
		}
		var want []string
		if v >= 0 {
			want = nquads(mkLabel(crashDoc(i, v)).Quads...)
		}
		got := byLabel[l]
		sort.Strings(got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("doc %d (version %d): Cayley holds %d quads, want %d\n got %v\nwant %v", i, v, len(got), len(want), got, want)
		}
		delete(byLabel, l)
	}
	for l, qs := range byLabel {
		t.Errorf("quads under unknown label %v: %v", l, qs)
	}
	checkIndex(t, s)
}

func mkLabel(d Doc) Doc {
	for i := range d.Quads {
		d.Quads[i].Label = d.Label
	}
	return d
}

func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test is slow")
	}
	dir := t.TempDir()
	kills, maxRound := 30, 0
	for k := range kills {
		start := lastRound(t, dir)
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, crashRoundEnv+"="+strconv.Itoa(start))
		logf, err := os.Create(filepath.Join(dir, "child.log"))
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(10+rand.IntN(400)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		err = cmd.Wait()
		logf.Close()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			b, _ := os.ReadFile(filepath.Join(dir, "child.log"))
			t.Fatalf("kill %d: child ended on its own (%v):\n%s", k, err, b)
		}
		r := lastRound(t, dir)
		maxRound = max(maxRound, r)
		s, err := Open(context.Background(), Config{DB: filepath.Join(dir, "db")})
		if err != nil {
			t.Fatalf("kill %d (round %d): reopen: %v", k, r, err)
		}
		checkCrashState(t, s, r-1, r)
		s.Close()
		if t.Failed() {
			t.Fatalf("invariant broken after kill %d in round %d", k, r)
		}
	}
	if maxRound < 3 {
		t.Errorf("child reached only round %d: kills did not land inside writes", maxRound)
	}
	s, err := Open(context.Background(), Config{DB: filepath.Join(dir, "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	final := maxRound + 1
	if err := crashRound(s, final); err != nil {
		t.Fatal(err)
	}
	checkCrashState(t, s, final)
	t.Logf("%d kills, reached round %d", kills, maxRound)
}
