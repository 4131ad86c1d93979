package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordsGz is the English word list the builder reads too (SCOWL size 35,
// see SOURCES.md): the extractor asks it whether a word of a title is an
// ordinary word or a name.
//
//go:embed internal/build/words.txt.gz
var wordsGz []byte

// Words is a set of ordinary English words: the entries of the embedded
// word list written in lower case (names such as "African" are not in it),
// sorted, as substrings of one decompressed text (a few allocations, not
// one per word).
type Words struct{ sorted []string }

// DecodeWords reads the embedded English word list. It takes a few
// milliseconds: callers build it once, when they first need it.
func DecodeWords() (*Words, error) {
	return decodeWords(wordsGz)
}

func decodeWords(gz []byte) (*Words, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("words.txt.gz: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("words.txt.gz: %w", err)
	}
	text := string(raw)
	w := &Words{sorted: make([]string, 0, strings.Count(text, "\n")+1)}
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
			w.sorted = append(w.sorted, line)
		}
	}
	if !sort.StringsAreSorted(w.sorted) {
		sort.Strings(w.sorted)
	}
	return w, nil
}

// Has tells whether word, in lower case, is an ordinary English word.
func (w *Words) Has(word string) bool {
	if w == nil || word == "" {
		return false
	}
	lw := strings.ToLower(word)
	i := sort.SearchStrings(w.sorted, lw)
	return i < len(w.sorted) && w.sorted[i] == lw
}
