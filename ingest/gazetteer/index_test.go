package gazetteer

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestIndexIsGenerated checks that data/first.idx is the index of the
// embedded entry files (go generate ./ingest/gazetteer writes it).
func TestIndexIsGenerated(t *testing.T) {
	want, err := EncodeDefaultIndex()
	if err != nil {
		t.Fatal(err)
	}
	if firstIndexData != string(want) {
		t.Fatal("data/first.idx is not the index of data/*.tsv: run go generate ./ingest/gazetteer")
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if g.index == nil {
		t.Fatal("Default did not use the embedded index")
	}
}

// TestIndexSame checks that the gazetteer read from the index finds what
// the whole trie finds (New), on the corpora's posts and on texts of
// non-ASCII, multi-token and cased names, and that each node it builds is
// the trie's.
func TestIndexSame(t *testing.T) {
	entries, _, err := defaultEntries()
	if err != nil {
		t.Fatal(err)
	}
	full := New(entries)
	lazy, err := Default()
	if err != nil || lazy.index == nil {
		t.Fatalf("Default: %v (index %v)", err, lazy != nil && lazy.index != nil)
	}
	if lazy.maxToks != full.maxToks {
		t.Errorf("maxToks %d, trie's %d", lazy.maxToks, full.maxToks)
	}
	if !reflect.DeepEqual(lazy.filter, full.filter) {
		t.Error("first-token filters differ")
	}
	texts := append(corpusTexts(t), "Zürich ZÜRICH zurich São Paulo SÃO PAULO Köln Málaga Apache Cassandra apache  cassandra",
		"Node.js node.JS C++ c# .NET ASP.NET HTTP/2 Go go GO Nice nice UK uk")
	for _, text := range texts {
		got, want := lazy.Find(text), full.Find(text)
		if len(got) != len(want) {
			t.Fatalf("%d matches, trie's %d (text %.60q)", len(got), len(want), text)
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.Start != w.Start || g.End != w.End || g.Loose != w.Loose || g.Entry.Name != w.Entry.Name || g.Entry.Class != w.Entry.Class {
				t.Fatalf("match %d: %+v, trie's %+v", i, g, w)
			}
		}
	}
	// Lookup reads the index's sorted names: the same entries as New's table
	lookups := 0
	for _, e := range entries {
		for _, n := range append(append([]string{e.Name, strings.ToUpper(e.Name), " " + e.Name + "x"}, e.Aliases...), e.CasedAliases...) {
			lookups++
			ge, gok := lazy.Lookup(n)
			we, wok := full.Lookup(n)
			if gok != wok || gok && (ge.Name != we.Name || ge.Class != we.Class) {
				t.Fatalf("Lookup(%q) = %v %v, New's %v %v", n, ge, gok, we, wok)
			}
		}
	}
	if lazy.names.byName != nil {
		t.Error("Lookup built the table of every name")
	}
	t.Logf("%d lookups", lookups)
	// every node built equals the trie's node of its token
	n := 0
	for i, k := range lazy.index.keys {
		if nd := lazy.index.nodes[i].Load(); nd != nil {
			n++
			if !sameNode(nd, full.root.adj[k], &lazy.entries[0], &full.entries[0]) {
				t.Fatalf("node of %q differs from the trie's", k)
			}
		}
	}
	t.Logf("%d texts, %d of %d first-token nodes built", len(texts), n, len(lazy.index.keys))
}

// sameNode compares two tries, entries by their index in their gazetteer.
func sameNode(a, b *node, ea, eb *Entry) bool {
	if a == nil || b == nil {
		return a == b
	}
	if len(a.forms) != len(b.forms) || len(a.adj) != len(b.adj) || len(a.sp) != len(b.sp) {
		return false
	}
	for i, f := range a.forms {
		g := b.forms[i]
		if f.text != g.text || f.exact != g.exact || f.notInitial != g.notInitial || f.loose != g.loose ||
			f.entry.Name != g.entry.Name || f.entry.Class != g.entry.Class {
			return false
		}
	}
	for k, c := range a.adj {
		if !sameNode(c, b.adj[k], ea, eb) {
			return false
		}
	}
	for k, c := range a.sp {
		if !sameNode(c, b.sp[k], ea, eb) {
			return false
		}
	}
	return true
}

func TestIndexRejected(t *testing.T) {
	entries := []Entry{{Name: "Frobnicate DB", Class: vocab.Technology, Aliases: []string{"frobdb"}}, {Name: "Acme", Class: vocab.Organization}}
	data := string(EncodeIndex(entries, 42))
	g, err := fromIndex(entries, 42, data)
	if err != nil {
		t.Fatal(err)
	}
	if ms := g.Find("we use Frobnicate  DB and frobdb at ACME"); len(ms) != 3 {
		t.Errorf("Find = %+v, want 3 matches", ms)
	}
	if e, ok := g.Lookup("frobnicate db"); !ok || e.Name != "Frobnicate DB" {
		t.Errorf("Lookup = %v %v", e, ok)
	}
	for _, tt := range []struct {
		name    string
		entries []Entry
		sum     uint32
		data    string
	}{
		{"other checksum", entries, 43, data},
		{"other entries", entries[:1], 42, data},
		{"truncated", entries, 42, data[:len(data)-3]},
		{"trailing bytes", entries, 42, data + "x"},
		{"not an index", entries, 42, "talkgraph"},
	} {
		if _, err := fromIndex(tt.entries, tt.sum, tt.data); err == nil {
			t.Errorf("%s: index accepted", tt.name)
		}
	}
}

// TestIndexConcurrent builds nodes from several goroutines at once (run
// with -race): every caller gets the same node.
func TestIndexConcurrent(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Rust, Python and Go in Berlin, with the Apache Software Foundation and PostgreSQL"
	var wg sync.WaitGroup
	res := make([][]Match, 8)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = g.Find(text)
		}()
	}
	wg.Wait()
	for i := range res {
		if !reflect.DeepEqual(res[i], res[0]) {
			t.Fatalf("goroutine %d found %v, goroutine 0 %v", i, res[i], res[0])
		}
	}
}
