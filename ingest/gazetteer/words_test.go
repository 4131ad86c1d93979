package gazetteer

import "testing"

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
