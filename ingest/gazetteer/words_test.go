package gazetteer

import (
	"os"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/gazetteer/internal/wordlist"
)

func TestWords(t *testing.T) {
	w, err := DecodeWords()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word string
		want bool
	}{
		{"guide", true},
		{"Guide", true},
		{"introduction", true},
		{"frobnicatord", false},
		{"African", false}, // a name of the list, not an ordinary word
		{"", false},
	} {
		if got := w.Has(c.word); got != c.want {
			t.Errorf("Has(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// BenchmarkDecodeWords measures decoding the embedded word list, which a
// process does once, when a rule first asks whether a token is a word.
func BenchmarkDecodeWords(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := DecodeWords(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWordsInPlace: the embedded text is what genwords makes of the
// compressed list now (run go generate ./ingest/gazetteer when it is
// not), and Has finds every entry of it and nothing between them.
func TestWordsInPlace(t *testing.T) {
	gz, err := os.ReadFile("internal/build/words.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	want, err := wordlist.Text(gz)
	if err != nil {
		t.Fatal(err)
	}
	if wordsText != want {
		t.Fatal("data/words.txt is not what genwords makes of internal/build/words.txt.gz: run go generate ./ingest/gazetteer")
	}
	w, _ := DecodeWords()
	entries := strings.Split(strings.TrimSuffix(wordsText, "\n"), "\n")
	if len(entries) < 30000 {
		t.Fatalf("%d entries, want the whole list", len(entries))
	}
	set := make(map[string]bool, len(entries))
	for _, e := range entries {
		set[e] = true
	}
	for i, e := range entries {
		if !w.Has(e) {
			t.Fatalf("Has(%q) = false for entry %d", e, i)
		}
		for _, n := range []string{e + "zq", e[:len(e)-1] + "\x7f", "0" + e} {
			if w.Has(n) != set[strings.ToLower(n)] {
				t.Fatalf("Has(%q) disagrees with the entries", n)
			}
		}
	}
	for _, n := range []string{"\x00", "\xff", "zzzzzz", "A", "aaaaa"} {
		if w.Has(n) != set[strings.ToLower(n)] {
			t.Errorf("Has(%q) disagrees with the entries", n)
		}
	}
}
