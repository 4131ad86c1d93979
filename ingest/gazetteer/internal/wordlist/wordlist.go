// Package wordlist turns the compressed English word list into the text
// the gazetteer reads in place: its lower-case entries, sorted byte-wise,
// one per line, each line ended by '\n'. Both genwords (which writes
// data/words.txt) and the gazetteer's up-to-date test use it.
package wordlist

import (
	"bytes"
	"compress/gzip"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text returns the in-place form of the gzip-compressed list gz.
func Text(gz []byte) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return "", err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return "", err
	}
	var words []string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
			words = append(words, line)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	for i, w := range words {
		if i > 0 && words[i-1] == w {
			continue
		}
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return b.String(), nil
}
