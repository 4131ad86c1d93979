package build

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

	"github.com/talkgraph/talkgraph/graph/vocab"
)

//go:embed words.txt.gz
var wordsGz []byte

//go:embed common.txt
var commonTxt string

// lexicon answers "is this an ordinary English word?".
type lexicon struct {
	lower  map[string]bool // dictionary entries written in lower case
	proper map[string]bool // dictionary entries written capitalised (folded)
	common map[string]bool // the curated list of very frequent words
}

func loadLexicon() (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		return nil, fmt.Errorf("words.txt.gz: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("words.txt.gz: %w", err)
	}
	l := &lexicon{lower: map[string]bool{}, proper: map[string]bool{}, common: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			l.proper[vocab.Fold(w)] = true
		} else {
			l.lower[w] = true
		}
	}
	for _, line := range strings.Split(commonTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			l.common[w] = true
		}
	}
	return l, nil
}

// words splits a name into its letter/digit runs, folded.
func words(name string) []string {
	return strings.FieldsFunc(vocab.Fold(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// isWord reports whether every word of name is an ordinary lower-case
// dictionary word (so the name can be read as plain English).
func (l *lexicon) isWord(name string) bool {
	ws := words(name)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !l.lower[w] && !l.common[w] {
			return false
		}
	}
	return true
}

// isProper reports whether name is a capitalised dictionary entry (a given
// name or place such as "Julia").
func (l *lexicon) isProper(name string) bool { return l.proper[vocab.Fold(name)] }

// isCommon reports whether name is one of the very frequent words.
func (l *lexicon) isCommon(name string) bool { return l.common[vocab.Fold(name)] }
