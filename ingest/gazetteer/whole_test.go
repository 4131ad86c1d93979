package gazetteer

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// wholeRef is Whole as the extractor used to read it: Find over "x " + w,
// the match covering all of w.
func wholeRef(g *Gazetteer, w string) (Match, bool) {
	for _, m := range g.Find("x " + w) {
		if m.Start == 2 && m.End == 2+len(w) {
			m.Start, m.End = 0, len(w)
			return m, true
		}
	}
	return Match{}, false
}

// wholeWords are words and names to look up in g: its names and aliases
// in several casings and with text around them, and odd inputs.
func wholeWords(g *Gazetteer) []string {
	ws := []string{"", " ", "x", "X", "Go 1.22", " Go", "Go ", "Go.", "go", "Nice", "nice", "C++x", "python.org",
		"foo.Go", "a@b.io", "www.x.org", "https://x.org/Go", "Apache\nCassandra", "Apache\n\nCassandra", "Apache  Cassandra",
		"Zürich", "ZÜRICH", "\xff\xfe", "Jane Quux", "Fooproject", "k8s", "DDD", "ddd", "C#", ".NET", "HTTP/2", "Window System", "Window"}
	for i := range g.entries {
		e := &g.entries[i]
		for _, s := range append(append([]string{e.Name}, e.Aliases...), e.CasedAliases...) {
			ws = append(ws, s, strings.ToLower(s), strings.ToUpper(s), s+" 2", s+" and", "the "+s, s+".")
		}
	}
	return ws
}

func TestWholeIsFindOfProbe(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// a name starting with the probe word, going on into the word after it
	withX := New([]Entry{
		{Name: "X Window System", Class: vocab.Technology},
		{Name: "X", Class: vocab.Organization},
		{Name: "Window", Class: vocab.Technology},
		{Name: "Window System", Class: vocab.Technology},
		{Name: "Go", Class: vocab.Technology, ExactCase: true, NotInitial: true},
	})
	for name, g := range map[string]*Gazetteer{"test": testGazetteer(), "default": def, "x": withX} {
		n, hits := 0, 0
		for _, w := range wholeWords(g) {
			got, gok := g.Whole(w)
			want, wok := wholeRef(g, w)
			if gok != wok || got != want {
				t.Errorf("%s: Whole(%q) = %+v, %v; Find of the probe: %+v, %v", name, w, got, gok, want, wok)
			}
			n++
			if wok {
				hits++
			}
		}
		if hits == 0 || hits == n {
			t.Errorf("%s: %d of %d words found: the test words do not tell hits from misses", name, hits, n)
		}
	}
	if _, ok := withX.Whole("Window System"); ok {
		t.Error(`withX: "x Window System" is one name: "Window System" is not whole after "x"`)
	}
	if m, ok := withX.Whole("Go"); !ok || m.Entry.Name != "Go" {
		t.Errorf(`withX: Whole("Go") = %+v, %v: a not-initial name mid-sentence`, m, ok)
	}
}

func TestWholeAllocates(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Kubernetes", "Quuxbar", "Jane"} {
		if n := testing.AllocsPerRun(20, func() { g.Whole(w) }); n != 0 {
			t.Errorf("Whole(%q): %v allocations a call, want 0", w, n)
		}
	}
}
