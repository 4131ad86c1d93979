package gazetteer

import (
	"embed"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

//go:embed data/*.tsv
var dataFS embed.FS

// The entry files again, as strings: Default decodes them in place (the
// entries' strings are substrings of them), where dataFS.ReadFile copies.
var (
	//go:embed data/technology.tsv
	technologyTSV string
	//go:embed data/organization.tsv
	organizationTSV string
	//go:embed data/place.tsv
	placeTSV string
	//go:embed data/givennames.tsv
	givenNamesTSV string
	// givenFoldText is givenNamesTSV as DecodeGivenNames decodes it, in
	// the form read in place: a "key\tcount\n" line per folded name,
	// sorted byte-wise by key (internal/gengiven writes it; a test fails
	// when it is stale). Default searches it instead of decoding a map.
	//go:embed data/givenfold.txt
	givenFoldText string
)

// dataTexts are the contents of DataFiles, in their order.
func dataTexts() [len(DataFiles)]string {
	return [...]string{technologyTSV, organizationTSV, placeTSV}
}

// DataFiles are the embedded data files of entries, in the order Default reads them.
var DataFiles = [...]string{"data/technology.tsv", "data/organization.tsv", "data/place.tsv"}

// GivenNamesFile is the embedded list of given names (first tokens of
// official speakers' names, with their speaker counts, and faker's first
// names, with the number of languages listing them).
const GivenNamesFile = "data/givennames.tsv"

// Entry is one named thing of the gazetteer.
type Entry struct {
	Name         string      // canonical name ("Node.js", "PostgreSQL", "Brussels")
	Class        vocab.Class // Technology, Organization or Place
	Aliases      []string    // other names, matched case-insensitively
	CasedAliases []string    // other names matched only in exactly this casing (acronyms: "DDD", "UK")
	SameAs       []string    // IRIs naming the same thing elsewhere (Wikipedia, DBpedia, GeoNames)
	ExactCase    bool        // Name matches only in exactly this casing ("Go", "Swift", "Nice")
	NotInitial   bool        // Name is also not matched at the start of a sentence unless a version number follows ("Go 1.22")
	Drop         bool        // Name is never matched in prose (single letters, rare words); Lookup still finds it
	// Weak marks a name known only from a package index (Debian): it may
	// also be a word of jargon ("codegen"), so the extractor keeps its
	// mentions only with context (casing, code, a link, a cue).
	Weak bool
}

// Match is one mention found by Find: text[Start:End] == Surface.
type Match struct {
	Start, End int
	Surface    string
	Entry      *Entry
	// Loose: the surface matches a technology's name only in another
	// casing ("python" for "Python") or names one never matched in prose
	// ("C", "pandas"): the extractor keeps it only with a strong context
	// ("python code", "written in C", a list of technologies).
	Loose bool
}

// Gazetteer holds entries and the tables Find and Lookup use. It is
// immutable after construction and safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	names   *nameTable // Lookup's table, built on first use
	root    *node      // the trie (nil when index is set)
	// index, when set, holds the first tokens of the names as generated
	// with the data (index.go): the node of a first token is built on
	// first use from its forms, instead of the whole trie at once.
	index   *firstIndex
	maxToks int
	filter  []uint64       // bit set of hashed folded first tokens
	first   firstTable     // root.adj's ASCII first tokens by hash (first.go)
	given   map[string]int // folded given name -> speakers carrying it (WithGivenNames)
	// givenText, when given is nil, holds the given names in the form
	// read in place (givenFoldText): Default's
	givenText string
	// givenStarts, with givenText, returns the start of each of its lines,
	// found in one pass on first use (shared by copies of g): a binary
	// search over them compares keys only, where one over the text also
	// looks for each probe's line ends
	givenStarts func() givenLines
	// lazy, when set, holds the lines of the entries, each decoded into
	// entries when first asked for (entry): Default's, read with the index
	lazy *lazyEntries
}

// lazyEntries are the lines of the embedded entry files, entry i decoded
// from lines[i] on its first use. A one-post ingest meets a few hundred of
// the entries; decoding them all took most of Default's time.
type lazyEntries struct {
	lines []string
	once  []sync.Once
}

// entry returns the i-th entry, decoding it first if it is still a line.
func (g *Gazetteer) entry(i int) *Entry {
	if l := g.lazy; l != nil {
		l.once[i].Do(func() {
			// embedded data, every line of which TestDefaultLazy decodes:
			// only a broken build fails here (the entry stays empty)
			if e, err := decodeEntry(l.lines[i]); err == nil {
				g.entries[i] = e
			}
		})
	}
	return &g.entries[i]
}

// nameTable maps folded names and aliases to their entries (Lookup).
type nameTable struct {
	once   sync.Once
	byName map[string]*Entry
}

// Default decodes the embedded data files. It takes a few milliseconds;
// callers should build it once and share it. It reads the names' first
// tokens from the index generated with the data (data/first.idx) and
// builds the matcher's trie a first token at a time, as Find meets them;
// an index that does not match the data is ignored (New builds the trie).
//
// With the index, an entry is decoded from its line when first met (by
// Find, Whole or Lookup); Entries decodes them all.
func Default() (*Gazetteer, error) {
	lazy, sum := defaultLines()
	g, err := fromIndex(make([]Entry, len(lazy.lines)), sum, firstIndexData)
	if err != nil {
		entries, _, err := defaultEntries()
		if err != nil {
			return nil, err
		}
		g = New(entries)
	} else {
		g.lazy = lazy
	}
	return g.withDefaultGivenNames()
}

// defaultLines cuts the embedded entry files into the lines of their
// entries (decodeAppend's lines), with the checksum of their bytes.
func defaultLines() (*lazyEntries, uint32) {
	texts := dataTexts()
	n := 0
	for _, t := range texts {
		n += strings.Count(t, "\n") + 1
	}
	lines := make([]string, 0, n)
	var sum uint32
	for _, t := range texts {
		sum = indexSum(sum, t)
		for data := t; data != ""; {
			line, rest, _ := strings.Cut(data, "\n")
			data = rest
			if line = strings.TrimSuffix(line, "\r"); line != "" && line[0] != '#' {
				lines = append(lines, line)
			}
		}
	}
	return &lazyEntries{lines: lines, once: make([]sync.Once, len(lines))}, sum
}

// defaultEntries decodes the embedded entry files, with the checksum of
// their bytes (indexSum).
func defaultEntries() ([]Entry, uint32, error) {
	texts := dataTexts()
	lines := 0
	for _, t := range texts {
		lines += strings.Count(t, "\n") + 1
	}
	entries := make([]Entry, 0, lines)
	var sum uint32
	for i, t := range texts {
		sum = indexSum(sum, t)
		var err error
		if entries, err = decodeAppend(entries, t); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", DataFiles[i], err)
		}
	}
	return entries, sum, nil
}

// indexSum adds text to the checksum of the entry files that an index
// records (crc32, IEEE), through a small buffer rather than a copy of the
// whole text.
func indexSum(sum uint32, text string) uint32 {
	var buf [4096]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		sum = crc32.Update(sum, crc32.IEEETable, buf[:n])
		text = text[n:]
	}
	return sum
}

// withDefaultGivenNames is g with the embedded given names, searched in
// place in givenFoldText: nothing is decoded (TestGivenInPlace checks the
// text against DecodeGivenNames of the data file).
func (g *Gazetteer) withDefaultGivenNames() (*Gazetteer, error) {
	c := *g
	c.given = nil
	c.givenText = givenFoldText
	c.givenStarts = sync.OnceValue(func() givenLines { return newGivenLines(givenFoldText) })
	return &c, nil
}

// DecodeGivenNames parses a given-names file: a name and a count per line,
// tab-separated; '#' starts a comment line. Keys are folded.
func DecodeGivenNames(data string) (map[string]int, error) {
	out := map[string]int{}
	for n, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, num, ok := strings.Cut(line, "\t")
		c, err := strconv.Atoi(num)
		k := fold(name)
		if !ok || k == "" || err != nil || c < 1 {
			return nil, fmt.Errorf("line %d: want a name, a tab and a positive count", n+1)
		}
		out[k] = c
	}
	return out, nil
}

// WithGivenNames returns a copy of g that knows the given names (folded
// name -> count, as DecodeGivenNames returns them; not copied, do not
// modify it afterwards).
func (g *Gazetteer) WithGivenNames(given map[string]int) *Gazetteer {
	c := *g
	c.given = given
	c.givenText = ""
	c.givenStarts = nil
	return &c
}

// GivenName returns how many official speakers' names start with name (a
// single token, any case and accents), or for a name no speaker carries how
// many languages' first-name lists hold it; 0 when it is not a known given
// name.
func (g *Gazetteer) GivenName(name string) int {
	if g == nil || (g.given == nil && g.givenText == "") {
		return 0
	}
	if len(name) <= 64 {
		// an ASCII name lower-cased into a buffer: the map lookup with
		// string(buf) does not allocate
		var buf [64]byte
		ascii := true
		for i := 0; i < len(name); i++ {
			c := name[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			return g.givenCount(string(buf[:len(name)]))
		}
	}
	return g.givenCount(fold(name))
}

// givenCount is the count of the folded name key: from the map when
// WithGivenNames set one, else a binary search over the lines of givenText.
func (g *Gazetteer) givenCount(key string) int {
	if g.given != nil {
		return g.given[key]
	}
	if t := g.givenText; g.givenStarts != nil {
		gl := g.givenStarts()
		if h := givenHash(key); gl.filter[h>>6&(givenFilterWords-1)]&(1<<(h&63)) == 0 {
			return 0 // most capitalised words are no given name
		}
		starts := gl.starts
		lo, hi := 0, len(starts)
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			line := t[starts[mid]:]
			tab := strings.IndexByte(line, '\t')
			switch k := line[:tab]; {
			case k == key:
				return lineCount(line[tab+1:])
			case k < key:
				lo = mid + 1
			default:
				hi = mid
			}
		}
		return 0
	}
	return 0
}

// givenLines indexes the in-place given names: the offset of each line
// and a bit set of the keys' hashes, which turns down most lookups of a
// word that is no given name without a search.
type givenLines struct {
	starts []uint32
	filter []uint64
}

// givenFilterWords is the size of givenLines.filter in 64-bit words (a
// power of two): 2^17 bits for about 15k keys, one probe in ten passes.
const givenFilterWords = 1 << 11

// givenHash is FNV-1a of key.
func givenHash(key string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h
}

// newGivenLines indexes t, key\tcount lines each ended by '\n'.
func newGivenLines(t string) givenLines {
	gl := givenLines{starts: make([]uint32, 0, strings.Count(t, "\n")), filter: make([]uint64, givenFilterWords)}
	for i := 0; i < len(t); {
		gl.starts = append(gl.starts, uint32(i))
		e := strings.IndexByte(t[i:], '\n')
		if e < 0 {
			e = len(t) - i
		}
		if tab := strings.IndexByte(t[i:i+e], '\t'); tab >= 0 {
			h := givenHash(t[i : i+tab])
			gl.filter[h>>6&(givenFilterWords-1)] |= 1 << (h & 63)
		}
		i += e + 1
	}
	return gl
}

// lineCount reads the decimal count that starts rest and runs to its
// line's end.
func lineCount(rest string) int {
	n := 0
	for i := 0; i < len(rest) && rest[i] != '\n'; i++ {
		n = n*10 + int(rest[i]-'0')
	}
	return n
}

// Decode parses one data file: tab-separated name, class, aliases
// ('|'-separated, "=" marks a cased alias), sameAs ('|'-separated) and flags
// (comma-separated: drop, exact-case, not-initial, weak). Lines starting with '#'
// are comments.
//
// The entries' strings are substrings of data: a one-post ingest decodes
// the embedded files, so Decode copies and allocates as little as it can.
func Decode(data string) ([]Entry, error) {
	return decodeAppend(make([]Entry, 0, strings.Count(data, "\n")+1), data)
}

// decodeAppend is Decode appending to out.
func decodeAppend(out []Entry, data string) ([]Entry, error) {
	for n := 1; data != ""; n++ {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		e, err := decodeEntry(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// decodeEntry decodes the line of one entry (not empty, no comment).
func decodeEntry(line string) (Entry, error) {
	var f [5]string
	nf := strings.Count(line, "\t") + 1
	if nf == 5 {
		field := line
		for i := range 4 {
			f[i], field, _ = strings.Cut(field, "\t")
		}
		f[4] = field
	}
	if nf != 5 || f[0] == "" {
		return Entry{}, fmt.Errorf("want 5 tab-separated fields, got %d", nf)
	}
	e := Entry{Name: f[0], Class: vocab.Class(f[1])}
	switch e.Class {
	case vocab.Technology, vocab.Organization, vocab.Place:
	default:
		return Entry{}, fmt.Errorf("unknown class %q", f[1])
	}
	for _, a := range split(f[2]) {
		if c, ok := strings.CutPrefix(a, "="); ok {
			e.CasedAliases = append(e.CasedAliases, c)
		} else {
			e.Aliases = append(e.Aliases, a)
		}
	}
	e.SameAs = split(f[3])
	for flags, more := f[4], f[4] != ""; more; {
		var fl string
		fl, flags, more = cutAny(flags, ",|")
		switch fl {
		case "drop":
			e.Drop = true
		case "exact-case":
			e.ExactCase = true
		case "not-initial":
			e.NotInitial = true
		case "weak":
			e.Weak = true
		default:
			return Entry{}, fmt.Errorf("unknown flag %q", fl)
		}
	}
	return e, nil
}

// cutAny is strings.Cut at the first of the bytes in seps.
func cutAny(s, seps string) (before, after string, found bool) {
	if i := strings.IndexAny(s, seps); i >= 0 {
		return s[:i], s[i+1:], true
	}
	return s, "", false
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// New builds a gazetteer from entries (copied). When two entries share a
// name or alias, the first one wins.
func New(entries []Entry) *Gazetteer {
	g := &Gazetteer{entries: append([]Entry(nil), entries...), names: &nameTable{}, root: newNode(),
		filter: make([]uint64, filterBits/64)}
	g.root.adj = make(map[string]*node, len(entries))
	g.eachForm(func(i int, s string, exact, notInitial, loose bool) {
		g.addForm(s, &g.entries[i], exact, notInitial, loose)
	})
	g.first = newFirstTable(g.root.adj)
	return g
}

// order lists the entries in the order their names are taken: non-weak
// entries first, so that where a weak name (known from a package index
// only) equals another entry's, the other wins Lookup and Find.
func (g *Gazetteer) order() []int {
	order := make([]int, 0, len(g.entries))
	for _, weak := range []bool{false, true} {
		for i := range g.entries {
			if g.entries[i].Weak == weak {
				order = append(order, i)
			}
		}
	}
	return order
}

// eachForm calls f with every surface form Find matches (and the index
// of its entry), in the order they enter the trie (the order decides
// between forms at one node).
func (g *Gazetteer) eachForm(f func(entry int, s string, exact, notInitial, loose bool)) {
	for _, i := range g.order() {
		e := &g.entries[i]
		if !e.Drop {
			f(i, e.Name, e.ExactCase, e.NotInitial, false)
		}
		if looseForm(e) {
			f(i, e.Name, false, false, true)
		}
		for _, a := range e.Aliases {
			f(i, a, false, false, false)
		}
		for _, a := range e.CasedAliases {
			f(i, a, true, false, false)
		}
	}
}

// byName returns Lookup's table, building it on the first call.
func (g *Gazetteer) byName() map[string]*Entry {
	t := g.names
	t.once.Do(func() {
		names := 0
		for i := range g.entries {
			names += 1 + len(g.entries[i].Aliases) + len(g.entries[i].CasedAliases)
		}
		t.byName = make(map[string]*Entry, names)
		for _, i := range g.order() {
			e := &g.entries[i]
			addName(t.byName, e.Name, e)
			for _, a := range e.Aliases {
				addName(t.byName, a, e)
			}
			for _, a := range e.CasedAliases {
				addName(t.byName, a, e)
			}
		}
	})
	return t.byName
}

// addName makes s a name Lookup finds e by, unless it names an entry already.
func addName(byName map[string]*Entry, s string, e *Entry) {
	k := fold(collapseSpace(s))
	if _, ok := byName[k]; !ok {
		byName[k] = e
	}
}

// Lookup finds an entry by canonical name or alias, ignoring case, accents
// and runs of spaces.
func (g *Gazetteer) Lookup(name string) (*Entry, bool) {
	k := fold(collapseSpace(name))
	if g.index != nil {
		return g.index.lookupName(k)
	}
	e, ok := g.byName()[k]
	return e, ok
}

// collapseSpace is strings.Join(strings.Fields(s), " "), without
// allocating for an ASCII s that is already so (almost every name).
func collapseSpace(s string) string {
	if collapsedASCII(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsedASCII tells whether s is ASCII whose only white space is single
// spaces between other characters.
func collapsedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') ||
			c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			return false
		}
	}
	return true
}

// Entries returns the gazetteer's entries (shared, do not modify).
func (g *Gazetteer) Entries() []Entry {
	if g.lazy != nil {
		for i := range g.entries {
			g.entry(i)
		}
	}
	return g.entries
}

// fold is vocab.Fold with a fast path for ASCII.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return vocab.Fold(s)
		}
	}
	return strings.ToLower(s)
}

// looseForm tells whether entry e is also matched loosely (Match.Loose): a
// technology whose name is matched only as written ("Python") or never in
// prose, when that name is a letter ("C") or written in lower case
// ("pandas"), not a capitalised common word ("Mobile").
func looseForm(e *Entry) bool {
	if e.Class != vocab.Technology || e.Weak {
		return false
	}
	n := utf8.RuneCountInString(e.Name)
	switch {
	case e.Drop:
		return n <= 2 || e.Name == strings.ToLower(e.Name)
	case e.ExactCase:
		return n >= 5 && e.Name != strings.ToLower(e.Name)
	}
	return false
}
