package gazetteer

import (
	_ "embed"
	"strings"
)

// wordsText is the English word list (SCOWL size 35, see SOURCES.md; the
// builder reads internal/build/words.txt.gz, its source, too) in the form
// read in place: the list's lower-case entries (names such as "African"
// are not in it), sorted byte-wise, one per line, each line ended by
// '\n'. The extractor asks it whether a word of a title is an ordinary
// word or a name.
//
//go:generate go run ./internal/genwords -out data/words.txt
//go:embed data/words.txt
var wordsText string

// Words is a set of ordinary English words, searched in place in the
// embedded sorted text: nothing is decoded or allocated to build it.
type Words struct{ text string }

// DecodeWords returns the embedded English word list. It costs nothing
// (the list is searched in place); the error is kept for callers written
// when it had to be decompressed.
func DecodeWords() (*Words, error) {
	return &Words{text: wordsText}, nil
}

// Has tells whether word, in lower case, is an ordinary English word: a
// binary search over the lines of the sorted text.
func (w *Words) Has(word string) bool {
	if w == nil || word == "" {
		return false
	}
	lw := strings.ToLower(word)
	t := w.text
	// lo and hi are line starts; the lines in [lo, hi) are the candidates
	lo, hi := 0, len(t)
	for lo < hi {
		mid := lo + (hi-lo)/2
		s := lo + strings.LastIndexByte(t[lo:mid], '\n') + 1 // the start of mid's line
		e := s + strings.IndexByte(t[s:hi], '\n')            // every line ends with '\n'
		switch line := t[s:e]; {
		case line == lw:
			return true
		case line < lw:
			lo = e + 1
		default:
			hi = s
		}
	}
	return false
}
