// Command fakernames writes the first-name snapshot the gazetteer builder
// reads (internal/build/fakernames.tsv.gz) from the locale data of the
// @faker-js/faker npm package (MIT, see SOURCES.md):
//
//	cd /tmp && npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
//	cd ingest/gazetteer && go run ./internal/fakernames -pkg /tmp/package -out internal/build/fakernames.tsv.gz
//
// Each locale bundle (dist/LOCALE-HASH.js) holds a first_name object whose
// lists are template literals, either one name each or names joined by dots
// with .split(`.`). A line of the snapshot is one name of a single word
// written in Latin script and the languages (the locale's part before "_",
// so en_AU counts as en) whose lists hold it.
package main

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	pkg := flag.String("pkg", "/tmp/package", "the unpacked @faker-js/faker npm package (package.json, dist/)")
	out := flag.String("out", "internal/build/fakernames.tsv.gz", "snapshot to write")
	flag.Parse()
	version, err := packageVersion(filepath.Join(*pkg, "package.json"))
	if err != nil {
		fail(err)
	}
	names, err := readNames(filepath.Join(*pkg, "dist"))
	if err != nil {
		fail(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	zw := gzip.NewWriter(f)
	err = write(zw, version, names)
	if err == nil {
		err = zw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "fakernames: %d names\n", len(names))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "fakernames:", err)
	os.Exit(1)
}

// packageVersion reads the "version" of package.json.
func packageVersion(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var p struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if p.Name != "@faker-js/faker" || p.Version == "" {
		return "", fmt.Errorf("%s: not the @faker-js/faker package", path)
	}
	return p.Version, nil
}

// localeFile matches a locale bundle's name and captures its locale.
var localeFile = regexp.MustCompile(`^([a-z]{2,3}(?:_[A-Za-z]+)*)-[^.]*\.js$`)

// literal matches a template literal, optionally split on dots.
var literal = regexp.MustCompile("`([^`]*)`(\\.split\\(`\\.`\\))?")

// readNames maps each name of the first_name lists of the bundles in dir to
// the set of languages listing it.
func readNames(dir string) (map[string]map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.js"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	names := map[string]map[string]bool{}
	locales := 0
	for _, f := range files {
		m := localeFile.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue
		}
		lang, _, _ := strings.Cut(m[1], "_")
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		list, ok := firstNames(string(data))
		if !ok {
			continue
		}
		locales++
		for _, n := range list {
			if !latinWord(n) {
				continue
			}
			if names[n] == nil {
				names[n] = map[string]bool{}
			}
			names[n][lang] = true
		}
	}
	if locales == 0 {
		return nil, errors.New(dir + ": no locale bundle with first names")
	}
	return names, nil
}

// firstNames returns the names of a bundle's first_name object.
func firstNames(js string) ([]string, bool) {
	i := strings.Index(js, "first_name:{")
	if i < 0 {
		return nil, false
	}
	j := strings.IndexByte(js[i:], '}')
	if j < 0 {
		return nil, false
	}
	var out []string
	for _, m := range literal.FindAllStringSubmatch(js[i:i+j], -1) {
		if m[2] != "" {
			out = append(out, strings.Split(m[1], ".")...)
		} else {
			out = append(out, m[1])
		}
	}
	return out, true
}

// latinWord tells whether n is one capitalised word of Latin letters (with
// inner hyphens or apostrophes).
func latinWord(n string) bool {
	r, _ := utf8.DecodeRuneInString(n)
	if !unicode.IsUpper(r) {
		return false
	}
	for i, c := range n {
		switch {
		case unicode.Is(unicode.Latin, c):
		case (c == '-' || c == '\'') && i > 0 && i < len(n)-1:
		default:
			return false
		}
	}
	return true
}

// write writes the snapshot: a header, then one name a line with its
// languages, sorted.
func write(w io.Writer, version string, names map[string]map[string]bool) error {
	keys := make([]string, 0, len(names))
	for n := range names {
		keys = append(keys, n)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "# fakernames.tsv: first names of @faker-js/faker %s (MIT; Faker - Copyright (c) 2022-2025, faker.js - Copyright (c) 2011-2020 Marak Squires), written by internal/fakernames\n", version)
	b.WriteString("# name\tlanguages listing it\n")
	for _, n := range keys {
		langs := make([]string, 0, len(names[n]))
		for l := range names[n] {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		b.WriteString(n + "\t" + strings.Join(langs, ",") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
