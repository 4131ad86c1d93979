// Command debsnap writes the Debian package snapshot the gazetteer builder
// reads (internal/build/debian.tsv.gz): one line per source package of the
// main archive that may name a technology in prose, with its section,
// homepage and short description.
//
//	apt-get update && apt-cache dumpavail | go run ./internal/debsnap -dict /usr/share/dict/american-english -out internal/build/debian.tsv.gz
//
// A source package is kept when its name, less a language prefix
// ("python-", "golang-", …), is one token of at least four characters that
// is not a word of the dictionary (any case), and one of its binary
// packages is in a section of programs or libraries (not documentation,
// fonts, games, debug symbols, localisation, metapackages).
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	dict := flag.String("dict", "/usr/share/dict/american-english", "word list (one word a line); names that are words are left out")
	out := flag.String("out", "internal/build/debian.tsv.gz", "snapshot to write")
	flag.Parse()
	words, err := readWords(*dict)
	if err != nil {
		fail(err)
	}
	srcs, err := readPackages(os.Stdin)
	if err != nil {
		fail(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	zw := gzip.NewWriter(f)
	n, err := write(zw, srcs, words)
	if err == nil {
		err = zw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "debsnap: %d source packages kept\n", n)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "debsnap:", err)
	os.Exit(1)
}

func readWords(path string) (map[string]bool, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// any-case entries by their lower case; entries written in lower case
	// (common words, not names or acronyms) also under "=" + word
	m := map[string]bool{}
	for _, w := range strings.Fields(string(raw)) {
		w = strings.TrimSuffix(w, "'s")
		m[strings.ToLower(w)] = true
		if w == strings.ToLower(w) {
			m["="+w] = true
		}
	}
	return m, nil
}

// source is what the snapshot keeps of a source package.
type source struct {
	name, section, homepage, descr string
	sections                       map[string]bool
}

// readPackages reads Packages stanzas and groups them by source package.
func readPackages(r io.Reader) (map[string]*source, error) {
	out := map[string]*source{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	st := map[string]string{}
	flush := func() {
		pkg := st["Package"]
		if pkg == "" {
			return
		}
		src := st["Source"]
		if i := strings.IndexByte(src, ' '); i >= 0 {
			src = src[:i] // "foo (1.2-3)"
		}
		if src == "" {
			src = pkg
		}
		s := out[src]
		if s == nil {
			s = &source{name: src, sections: map[string]bool{}}
			out[src] = s
		}
		sec := st["Section"]
		if i := strings.LastIndexByte(sec, '/'); i >= 0 {
			sec = sec[i+1:] // "contrib/net"
		}
		s.sections[sec] = true
		// the binary named like the source speaks for it
		if pkg == src || s.descr == "" {
			s.section, s.homepage, s.descr = sec, st["Homepage"], st["Description"]
		}
	}
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			st = map[string]string{}
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if ok {
			st[k] = strings.TrimSpace(v)
		}
	}
	flush()
	return out, sc.Err()
}

// prefixes of source packages that wrap another project for a language
// ecosystem; the rest of the name is the project's.
var prefixes = []string{"python-", "python3-", "golang-github-", "golang-", "node-", "ruby-", "php-", "rust-", "perl-", "lua-", "elpa-", "emacs-"}

// skipPrefixes start names that are never a project's own name in prose.
var skipPrefixes = []string{"lib", "fonts-", "texlive-", "r-cran-", "r-bioc-", "r-other-", "haskell-", "ocaml-", "firmware-", "linux-", "gir1", "hunspell-", "myspell-", "hyphen-", "aspell-", "ttf-", "xfonts-", "task-", "debian-", "dh-", "golang-github-", "golang-gopkg-", "golang-golang-", "golang-google-", "kde-l10n-", "gnome-", "xserver-", "sugar-", "vim-", "kodi-", "gst", "trinity-", "yorick-", "octave-", "coq-", "elpa-", "xul-"}

// badSections hold no programs or libraries.
var badSections = map[string]bool{"doc": true, "fonts": true, "games": true, "debug": true, "localization": true, "metapackages": true, "tasks": true, "oldlibs": true, "libdevel": true, "kernel": true, "introspection": true, "translations": true, "misc": true}

func keep(s *source, words map[string]bool) (string, bool) {
	name := s.name
	for _, p := range skipPrefixes {
		if strings.HasPrefix(name, p) {
			return "", false
		}
	}
	for _, p := range prefixes {
		if strings.HasPrefix(name, p) {
			name = strings.TrimPrefix(name, p)
			break
		}
	}
	if len(name) < 4 || len(name) > 30 || strings.ContainsAny(name, "-.+") {
		return "", false
	}
	letters := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9':
		default:
			return "", false
		}
	}
	if letters < 3 || name[len(name)-1] >= '0' && name[len(name)-1] <= '9' {
		return "", false // "python3", "gtk4": versioned names
	}
	// a name that reads as English is kept only when the description
	// writes it in its own mixed case ("FreedomBox", "TurnServer"): then
	// it is a name, and the gazetteer matches it as so written; not for
	// the small JavaScript helpers named after what they do (node-
	// "camelCase", "setImmediate")
	if jargon(name, words) && (strings.HasPrefix(s.name, "node-") || !camelSpelled(name, s.descr)) {
		return "", false
	}
	ok := false
	for sec := range s.sections {
		if !badSections[sec] {
			ok = true
		}
	}
	return name, ok
}

// camelSpelled tells whether descr writes name (ignoring case) as one word
// with a capital after its first letter and a lower-case letter.
func camelSpelled(name, descr string) bool {
	for _, w := range strings.FieldsFunc(descr, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !strings.EqualFold(w, name) {
			continue
		}
		inner, lower := false, false
		for i, r := range w {
			inner = inner || i > 0 && unicode.IsUpper(r)
			lower = lower || unicode.IsLower(r)
		}
		if inner && lower {
			return true
		}
	}
	return false
}

// suffixes and prefixes that derive English words from words.
var (
	suffixes = []string{"s", "es", "ed", "d", "er", "ers", "r", "rs", "ing", "able", "ible", "ly", "ness", "ment", "ments", "tion", "ize", "ized", "ise", "ist", "ists", "ism", "al", "or", "ors", "y", "ify"}
	wordPre  = []string{"un", "re", "de", "pre", "non", "sub", "auto", "multi", "co", "bi", "mis", "over", "under", "inter", "micro", "mini", "hyper", "super", "meta", "poly", "mono", "uni", "tri", "anti", "semi", "self"}
)

// jargon tells whether name reads as English: a word of the dictionary
// (any case), a word with an inflection or derivation ("matcher",
// "untrusted", "multiparty"), or two such words run together
// ("filesystem", "lockfile", "standalone").
func jargon(name string, words map[string]bool) bool {
	return derived(name, words, true)
}

func derived(w string, words map[string]bool, compound bool) bool {
	if len(w) >= 3 && words[w] {
		return true
	}
	return derivedLower(w, words, compound)
}

// derivedLower is derived over the lower-case entries of the dictionary
// only: parts of a word are common words, not names or acronyms ("sql").
func derivedLower(w string, words map[string]bool, compound bool) bool {
	if len(w) >= 3 && words["="+w] {
		return true
	}
	lw := func(s string) bool { return words["="+s] }
	for _, suf := range suffixes {
		if st := strings.TrimSuffix(w, suf); st != w && len(st) >= 3 && (lw(st) || lw(st+"e")) {
			return true
		}
		// doubled consonant: "shipper", "logger"
		if st := strings.TrimSuffix(w, suf); st != w && len(st) >= 4 && st[len(st)-1] == st[len(st)-2] && lw(st[:len(st)-1]) {
			return true
		}
	}
	for _, pre := range wordPre {
		if rest := strings.TrimPrefix(w, pre); rest != w && len(rest) >= 4 && derivedLower(rest, words, false) {
			return true
		}
	}
	if compound {
		for i := 3; i <= len(w)-3; i++ {
			if lw(w[:i]) && derivedLower(w[i:], words, false) {
				return true
			}
		}
	}
	return false
}

func write(w io.Writer, srcs map[string]*source, words map[string]bool) (int, error) {
	names := make([]string, 0, len(srcs))
	for n := range srcs {
		names = append(names, n)
	}
	sort.Strings(names)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Debian main (apt-cache dumpavail), source packages that may name a technology: name\tsource\tsection\thomepage\tdescription")
	seen := map[string]bool{}
	n := 0
	for _, sn := range names {
		s := srcs[sn]
		name, ok := keep(s, words)
		if !ok || seen[name] {
			continue
		}
		seen[name] = true
		clean := func(v string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(v) }
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\n", name, s.name, s.section, clean(s.homepage), clean(s.descr))
		n++
	}
	return n, bw.Flush()
}
