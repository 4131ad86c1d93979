package build

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// debianGz is the snapshot of Debian's package index that
// internal/debsnap writes (see SOURCES.md): source packages whose name may
// name a technology, with section, homepage and short description.
//
//go:embed debian.tsv.gz
var debianGz []byte

// debianRecords makes Technology records of the Debian snapshot's packages
// that no other source knows (known holds the folded names and aliases of
// the other records). A package's name is written as its description
// spells it when the description names it ("SQLAlchemy"), else in lower
// case; names that are ordinary or proper words of the lexicon are left
// out (the snapshot has already dropped the words of a larger dictionary).
func debianRecords(lex *lexicon, known map[string]bool) ([]*Record, error) {
	zr, err := gzip.NewReader(bytes.NewReader(debianGz))
	if err != nil {
		return nil, fmt.Errorf("debian.tsv.gz: %w", err)
	}
	var out []*Record
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("debian.tsv.gz: want 5 fields: %q", line)
		}
		name, descr := f[0], f[4]
		k := vocab.Fold(name)
		if known[k] || lex.isWord(name) || lex.isProper(name) || lex.isCommon(name) {
			continue
		}
		out = append(out, &Record{Name: spelling(name, descr), Class: vocab.Technology, sources: map[string]bool{"debian": true}, Weak: true})
	}
	return out, sc.Err()
}

// spelling returns name as descr writes it (the first word of descr equal
// to name ignoring case, when it has a capital), else name.
func spelling(name, descr string) string {
	for _, w := range strings.FieldsFunc(descr, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.EqualFold(w, name) && w != strings.ToLower(w) {
			return w
		}
	}
	return name
}

// debianNames returns the folded package names of the Debian snapshot.
func debianNames() (map[string]bool, error) {
	zr, err := gzip.NewReader(bytes.NewReader(debianGz))
	if err != nil {
		return nil, fmt.Errorf("debian.tsv.gz: %w", err)
	}
	out := map[string]bool{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if n, _, ok := strings.Cut(line, "\t"); ok {
			out[vocab.Fold(n)] = true
		}
	}
	return out, sc.Err()
}
