package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
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
// word list written in lower case (names such as "African" are not in it).
type Words map[string]bool

// DecodeWords reads the embedded English word list. It takes a few
// milliseconds: callers build it once, when they first need it.
func DecodeWords() (Words, error) {
	return decodeWords(wordsGz)
}

func decodeWords(gz []byte) (Words, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("words.txt.gz: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("words.txt.gz: %w", err)
	}
	w := Words{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
			w[s] = true
		}
	}
	return w, sc.Err()
}

// Has tells whether word, in lower case, is an ordinary English word.
func (w Words) Has(word string) bool {
	return w[strings.ToLower(word)]
}
