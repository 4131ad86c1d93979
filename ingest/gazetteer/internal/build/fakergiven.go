package build

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// fakerNamesGz is the first-name snapshot of @faker-js/faker that
// internal/fakernames writes (see SOURCES.md): a name and the languages
// whose lists hold it, a line each.
//
//go:embed fakernames.tsv.gz
var fakerNamesGz []byte

// minWordLangs is how many languages' first-name lists must hold a name
// that is also an ordinary English word ("Maria", but not "Will", "Grace" or
// "Said") for it to be kept.
const minWordLangs = 6

// fakerName is one name of the snapshot.
type fakerName struct {
	name  string
	langs int
}

// readFakerNames reads the snapshot.
func readFakerNames(gz []byte) ([]fakerName, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("fakernames.tsv.gz: %w", err)
	}
	var out []fakerName
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		name, langs, ok := strings.Cut(line, "\t")
		if !ok || name == "" || langs == "" {
			return nil, fmt.Errorf("fakernames.tsv.gz: want a name, a tab and languages: %q", line)
		}
		out = append(out, fakerName{name, strings.Count(langs, ",") + 1})
	}
	return out, sc.Err()
}

// addFakerNames returns the given-names file given with the names of the
// faker snapshot that the speakers' names do not already hold and that can
// be told apart from the gazetteer's entries: a name of at least three
// letters shaped like a given name, not the name or alias of a technology
// or organization of any source, nor the name of a tzdata place (GeoNames
// cities are left out, so that the file does not depend on cities.pbf),
// no month name, and no English word unless minWordLangs languages list
// it. Such a name's
// count is the number of languages listing it.
func addFakerNames(given []byte, lex *lexicon, recs []*Record, names []fakerName) []byte {
	known := map[string]bool{}
	for _, r := range recs {
		if r.Class == vocab.Place {
			if r.sources["tz"] {
				known[vocab.Fold(r.Name)] = true
			}
			continue
		}
		for _, n := range append(append([]string{r.Name}, r.Aliases...), r.Cased...) {
			known[vocab.Fold(n)] = true
		}
	}
	for m := time.January; m <= time.December; m++ {
		known[vocab.Fold(m.String())] = true // "April" opens a date, rarely a name
	}
	var header, lines []string
	have := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(string(given), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			header = append(header, line)
			continue
		}
		if n, _, ok := strings.Cut(line, "\t"); ok {
			have[vocab.Fold(n)] = true
			lines = append(lines, line)
		}
	}
	for _, fn := range names {
		f := vocab.Fold(fn.name)
		if have[f] || known[f] || utf8.RuneCountInString(fn.name) < 3 || givenToken(fn.name) != fn.name {
			continue
		}
		if (lex.isWord(fn.name) || lex.isCommon(fn.name)) && fn.langs < minWordLangs {
			continue
		}
		have[f] = true
		lines = append(lines, fn.name+"\t"+strconv.Itoa(fn.langs))
	}
	sort.Strings(lines)
	var b strings.Builder
	for _, h := range header {
		b.WriteString(h + "\n")
	}
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return []byte(b.String())
}
