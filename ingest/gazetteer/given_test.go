package gazetteer

import (
	"strconv"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/gazetteer/internal/givenlist"
)

// TestGivenInPlace: the embedded in-place text is what gengiven makes of
// data/givennames.tsv now (run go generate ./ingest/gazetteer when it is
// not), and Default's search finds every key of DecodeGivenNames with its
// count, and nothing between the keys.
func TestGivenInPlace(t *testing.T) {
	given, err := DecodeGivenNames(givenNamesTSV)
	if err != nil {
		t.Fatal(err)
	}
	if givenFoldText != givenlist.Text(given) {
		t.Fatal("data/givenfold.txt is not what gengiven makes of data/givennames.tsv: run go generate ./ingest/gazetteer")
	}
	if len(given) < 10000 {
		t.Fatalf("%d given names, want the whole list", len(given))
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range given {
		if got := g.givenCount(k); got != want {
			t.Fatalf("givenCount(%q) = %d, want %d", k, got, want)
		}
		for _, n := range []string{k + "zq", k[:len(k)-1] + "\x7f", "0" + k, k + "\t1"} {
			if got := g.givenCount(n); got != given[n] {
				t.Fatalf("givenCount(%q) = %d, want %d", n, got, given[n])
			}
		}
	}
	for _, n := range []string{"", "\x00", "\xff", "zzzzzz", "a"} {
		if got := g.givenCount(n); got != given[n] {
			t.Errorf("givenCount(%q) = %d, want %d", n, got, given[n])
		}
	}
}

// TestWithGivenNames: a map given by the caller replaces Default's
// embedded names, and the last of duplicate keys in a file wins.
func TestWithGivenNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := DecodeGivenNames("# c\nJaneqx\t3\nJANEQX\t5\nQuuxé\t2\n")
	if err != nil {
		t.Fatal(err)
	}
	w := g.WithGivenNames(m)
	for name, want := range map[string]int{"janeqx": 5, "JaneQX": 5, "Quuxe": 2, "QUUXÉ": 2, "David": 0} {
		if got := w.GivenName(name); got != want {
			t.Errorf("WithGivenNames: GivenName(%q) = %d, want %d", name, got, want)
		}
	}
	if g.GivenName("Janeqx") != 0 || g.GivenName("David") == 0 {
		t.Error("WithGivenNames changed the gazetteer it copied")
	}
	// a duplicate key in the embedded file keeps its last count, as the map did
	lines := strings.Split(givenNamesTSV, "\n")
	seen := map[string]string{}
	for _, l := range lines {
		if l == "" || l[0] == '#' {
			continue
		}
		name, num, _ := strings.Cut(l, "\t")
		seen[fold(name)] = num
	}
	for k, num := range seen {
		want, err := strconv.Atoi(num)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.givenCount(k); got != want {
			t.Fatalf("givenCount(%q) = %d, want the last line's %d", k, got, want)
		}
	}
}
