package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
)

// A one-post ingest used to build the whole trie of some 50,000 names
// (New) to look up the few hundred words of one post. The first-token
// index, generated with the data files (EncodeIndex, go generate), lists
// the names' folded first tokens, each with the surface forms that start
// with it in the order New inserts them. Default reads the tokens in place
// (substrings of the embedded index) into an open-addressing table, and
// Find builds a token's trie node from its forms the first time it meets
// the token: the same node New builds, since forms with different first
// tokens never share a node.
//
//	magic, uvarint checksum of the entry files (crc32), uvarint entries,
//	uvarint maxToks, uvarint tokens, per token: string token, uvarint
//	forms, per form: uvarint entry, byte flags, and the surface as a string
//	unless flagSameName;
//	then Lookup's names: uvarint names, a 4-byte little-endian offset per
//	name (from the end of the offsets) and per name, in sorted order: string
//	folded name, uvarint entry
//
// Lookup searches the sorted names in place (binary search), so that it
// needs no table of all names either.
//
// A string is a uvarint byte count and the bytes. An index whose checksum
// or entry count is not the data's is not used.

//go:generate go run ./internal/genindex -out data/first.idx

// firstIndexData is the generated first-token index of the embedded data.
//
//go:embed data/first.idx
var firstIndexData string

const indexMagic = "talkgraph gazetteer first tokens 1\n"

// form flags in the index
const (
	flagExact = 1 << iota
	flagNotInitial
	flagLoose
	flagSameName // the surface is the entry's Name
)

var errIndex = errors.New("gazetteer index: truncated, corrupt or not of this data")

// EncodeDefaultIndex writes the first-token index of the embedded entry
// files (what data/first.idx must hold: internal/genindex writes it).
func EncodeDefaultIndex() ([]byte, error) {
	entries, sum, err := defaultEntries()
	if err != nil {
		return nil, err
	}
	return EncodeIndex(entries, sum), nil
}

// EncodeIndex writes the first-token index of entries, the entries of
// files whose bytes' crc32 (IEEE, in DataFiles order) is sum. Default uses
// an index whose checksum and entry count are the embedded data's.
func EncodeIndex(entries []Entry, sum uint32) []byte {
	g := &Gazetteer{entries: append([]Entry(nil), entries...)}
	type rec struct {
		entry int
		flags byte
		s     string
	}
	var keys []string
	forms := map[string][]rec{}
	maxToks := 0
	g.eachForm(func(i int, s string, exact, notInitial, loose bool) {
		e := &g.entries[i]
		count := 0
		first := ""
		for pos := 0; ; count++ {
			ts, te, _, _ := nextToken(s, pos)
			if ts < 0 {
				break
			}
			if count == 0 {
				first = foldKey(s[ts:te], nil)
			}
			pos = te
		}
		if count == 0 {
			return
		}
		maxToks = max(maxToks, count)
		r := rec{entry: i}
		for _, f := range []struct {
			on   bool
			flag byte
		}{{exact, flagExact}, {notInitial, flagNotInitial}, {loose, flagLoose}, {s == e.Name, flagSameName}} {
			if f.on {
				r.flags |= f.flag
			}
		}
		if r.flags&flagSameName == 0 {
			r.s = s
		}
		if _, ok := forms[first]; !ok {
			keys = append(keys, first)
		}
		forms[first] = append(forms[first], r)
	})
	// Lookup's names, first entry wins (as byName)
	byName := map[string]int{}
	for _, i := range g.order() {
		e := &g.entries[i]
		for _, s := range append(append([]string{e.Name}, e.Aliases...), e.CasedAliases...) {
			k := fold(collapseSpace(s))
			if _, ok := byName[k]; !ok {
				byName[k] = i
			}
		}
	}
	names := make([]string, 0, len(byName))
	for k := range byName {
		names = append(names, k)
	}
	slices.Sort(names)
	b := []byte(indexMagic)
	b = binary.AppendUvarint(b, uint64(sum))
	b = binary.AppendUvarint(b, uint64(len(entries)))
	b = binary.AppendUvarint(b, uint64(maxToks))
	b = binary.AppendUvarint(b, uint64(len(keys)))
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, k := range keys {
		str(k)
		b = binary.AppendUvarint(b, uint64(len(forms[k])))
		for _, r := range forms[k] {
			b = binary.AppendUvarint(b, uint64(r.entry))
			b = append(b, r.flags)
			if r.flags&flagSameName == 0 {
				str(r.s)
			}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(names)))
	var recs []byte
	for _, k := range names {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(recs)))
		recs = binary.AppendUvarint(recs, uint64(len(k)))
		recs = append(recs, k...)
		recs = binary.AppendUvarint(recs, uint64(byName[k]))
	}
	return append(b, recs...)
}

// firstIndex is the decoded index: the tokens, where their forms start in
// the index, and the nodes built so far.
type firstIndex struct {
	data  string
	names int      // Lookup's names
	offs4 int      // where their offsets start in data
	recs  int      // where their records start in data
	keys  []string // folded first tokens (substrings of data)
	offs  []int    // offset in data of each token's form count
	slots []int32  // open addressing by keyHash: token index + 1; 0 empty
	mask  uint32
	nodes []atomic.Pointer[node] // built on first lookup
	g     *Gazetteer             // whose entries the forms name
}

// keyHash is FNV-1a over the bytes of a folded token: for an ASCII token,
// the hash Find computes while scanning it (tokenHash).
func keyHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

// indexReader reads the index; the first error sticks.
type indexReader struct {
	s   string
	pos int
	err error
}

func (r *indexReader) uvarint() int {
	if r.err != nil {
		return 0
	}
	x := 0
	for shift := uint(0); ; shift += 7 {
		if r.pos >= len(r.s) || shift > 35 {
			r.err = errIndex
			return 0
		}
		c := r.s[r.pos]
		r.pos++
		x |= int(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
}

func (r *indexReader) byte() byte {
	if r.err != nil || r.pos >= len(r.s) {
		r.err = errIndex
		return 0
	}
	r.pos++
	return r.s[r.pos-1]
}

func (r *indexReader) str() string {
	n := r.uvarint()
	if r.err != nil || n > len(r.s)-r.pos {
		r.err = errIndex
		return ""
	}
	r.pos += n
	return r.s[r.pos-n : r.pos]
}

// fromIndex returns the gazetteer of entries (the data whose checksum is
// sum) that reads its first tokens from the index data.
func fromIndex(entries []Entry, sum uint32, data string) (*Gazetteer, error) {
	r := &indexReader{s: data, pos: len(indexMagic)}
	if len(data) < len(indexMagic) || data[:len(indexMagic)] != indexMagic {
		return nil, errIndex
	}
	if uint32(r.uvarint()) != sum || r.uvarint() != len(entries) {
		return nil, errIndex
	}
	g := &Gazetteer{entries: entries, names: &nameTable{}, filter: make([]uint64, filterBits/64)}
	g.maxToks = r.uvarint()
	n := r.uvarint()
	if r.err != nil || n > len(data) {
		return nil, errIndex
	}
	ix := &firstIndex{data: data, keys: make([]string, n), offs: make([]int, n), nodes: make([]atomic.Pointer[node], n), g: g}
	size := 16
	for size < 2*n {
		size <<= 1
	}
	ix.slots, ix.mask = make([]int32, size), uint32(size-1)
	for i := range n {
		k := r.str()
		ix.keys[i], ix.offs[i] = k, r.pos
		for forms := r.uvarint(); forms > 0 && r.err == nil; forms-- {
			if e := r.uvarint(); e >= len(entries) {
				r.err = errIndex
			}
			if r.byte()&flagSameName == 0 {
				r.str()
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		h := keyHash(k)
		if _, ok := tokenHash(k); ok {
			f := h % filterBits
			g.filter[f>>6] |= 1 << (f & 63)
		}
		j := h & ix.mask
		for ix.slots[j] != 0 {
			j = (j + 1) & ix.mask
		}
		ix.slots[j] = int32(i + 1)
	}
	ix.names = r.uvarint()
	ix.offs4 = r.pos
	ix.recs = ix.offs4 + 4*ix.names
	if r.err != nil || ix.names > len(data) || ix.recs > len(data) {
		return nil, errIndex
	}
	if ix.names > 0 { // the last record ends the data
		r.pos = ix.recs + ix.nameOff(ix.names-1)
		r.str()
		r.uvarint()
		if r.err != nil || r.pos != len(data) {
			return nil, errIndex
		}
	} else if ix.recs != len(data) {
		return nil, errIndex
	}
	g.index = ix
	return g, nil
}

// nameOff is the offset of Lookup's i-th record from the records' start.
func (ix *firstIndex) nameOff(i int) int {
	p := ix.offs4 + 4*i
	d := ix.data
	return int(uint32(d[p]) | uint32(d[p+1])<<8 | uint32(d[p+2])<<16 | uint32(d[p+3])<<24)
}

// name reads Lookup's i-th record: the folded name and its entry (-1 when
// the record does not read).
func (ix *firstIndex) name(i int) (string, int) {
	r := &indexReader{s: ix.data, pos: ix.recs + ix.nameOff(i)}
	if r.pos > len(r.s) {
		return "", -1
	}
	k, e := r.str(), r.uvarint()
	if r.err != nil || e >= len(ix.g.entries) {
		return "", -1
	}
	return k, e
}

// lookupName finds the entry of folded name k by binary search.
func (ix *firstIndex) lookupName(k string) (*Entry, bool) {
	i, found := sort.Find(ix.names, func(i int) int {
		n, _ := ix.name(i)
		return strings.Compare(k, n)
	})
	if !found {
		return nil, false
	}
	if _, e := ix.name(i); e >= 0 {
		return ix.g.entry(e), true
	}
	return nil, false
}

// lookup returns the trie node of token tok (as Find scans it: h is its
// tokenHash when ascii), or nil when no name starts with it. buf is
// scratch space for folding tok.
func (ix *firstIndex) lookup(tok string, h uint32, ascii bool, buf []byte) *node {
	k := tok
	if !ascii {
		if len(tok) <= cap(buf) {
			k = foldKeyBuf(tok, buf)
		} else {
			k = foldKey(tok, nil)
		}
		h = keyHash(k)
	}
	for j := h & ix.mask; ; j = (j + 1) & ix.mask {
		i := ix.slots[j] - 1
		if i < 0 {
			return nil
		}
		key := ix.keys[i]
		if len(key) == len(k) && (ascii && equalLowerASCII(k, key) || !ascii && key == k) {
			return ix.node(int(i))
		}
	}
}

// node returns the node of the i-th token, building it from its forms on
// the first call. Concurrent first calls may each build it; one node wins
// and is the one every call returns.
func (ix *firstIndex) node(i int) *node {
	if n := ix.nodes[i].Load(); n != nil {
		return n
	}
	n := newNode()
	r := &indexReader{s: ix.data, pos: ix.offs[i]}
	for forms := r.uvarint(); forms > 0; forms-- {
		e := ix.g.entry(r.uvarint())
		flags := r.byte()
		s := e.Name
		if flags&flagSameName == 0 {
			s = r.str()
		}
		insertForm(n, true, s, e, flags&flagExact != 0, flags&flagNotInitial != 0, flags&flagLoose != 0, nil)
	}
	if ix.nodes[i].CompareAndSwap(nil, n) {
		return n
	}
	return ix.nodes[i].Load()
}
