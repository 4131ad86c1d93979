package schedule

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The raw form of an Index (EncodeRaw) is what talkgraph embeds for the
// shipped schedules (known.idx): a one-post ingest reads it, so it is laid
// out to be read in place and in part. A table first names each edition
// (key and series) and the length of its record, so that decodeRaw only
// cuts the text into records and an edition is decoded when a lookup
// first asks for it (lazyEditions); then come the folded names of every
// edition's speakers, sorted, so that HasSpeaker answers by a binary
// search of the text instead of a set built of every talk. Every string
// is a length and its bytes, and decoding returns substrings of the
// encoded text rather than copies, so that an edition's decoding
// allocates only its talk and speaker slices and one string for the URLs
// it restores. It holds what Encode's wire holds: the URLs that follow the
// edition's pattern are left out ("") and restored from the talk's or
// speaker's slug, "-" is no URL.
//
//	magic, uvarint version, uvarint editions,
//	per edition: strings Key Series, uvarint record bytes
//	string speakers: SpeakerFold of every speaker name, sorted, unique,
//	  each followed by "\n" (no name holds one)
//	per edition, its record:
//	  strings Key Name Series Year City Venue URL Start End TalkURLBase SpeakerURLBase
//	  uvarint tracks, per track: strings Name Slug URL
//	  uvarint talks, uvarint speakers (of all its talks)
//	  per talk: strings Slug Title Subtitle Track Room Date Start URL,
//	    uvarint speakers, per speaker: strings Name Slug URL
//
// A string is a uvarint byte count and the bytes.

// rawMagic starts an index written by EncodeRaw (a gzip stream, Encode's,
// starts with 0x1f 0x8b).
const rawMagic = "talkgraph schedule index, strings, table\n"

// errRawIndex is the error of a raw index cut short or inconsistent.
var errRawIndex = errors.New("schedule index: truncated or corrupt")

// EncodeRaw writes the index in the raw form: uncompressed, and read in
// place and edition by edition (decodeRaw), several times faster than
// Encode's gob. It holds what Encode holds, and the folded names of the
// speakers (HasSpeaker). It is the form of the index embedded in the
// binary (known.idx).
func (ix *Index) EncodeRaw() ([]byte, error) {
	w := ix.wire()
	var recs [][]byte
	for _, e := range w.Editions {
		var b []byte
		str := func(s string) {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
		for _, s := range []string{e.Key, e.Name, e.Series, e.Year, e.City, e.Venue, e.URL, e.Start, e.End, e.TalkURLBase, e.SpeakerURLBase} {
			str(s)
		}
		b = binary.AppendUvarint(b, uint64(len(e.Tracks)))
		for _, tr := range e.Tracks {
			str(tr.Name)
			str(tr.Slug)
			str(tr.URL)
		}
		persons := 0
		for i := range e.Talks {
			persons += len(e.Talks[i].Persons)
		}
		b = binary.AppendUvarint(b, uint64(len(e.Talks)))
		b = binary.AppendUvarint(b, uint64(persons))
		for _, t := range e.Talks {
			for _, s := range []string{t.Slug, t.Title, t.Subtitle, t.Track, t.Room, t.Date, t.Start, t.URL} {
				str(s)
			}
			b = binary.AppendUvarint(b, uint64(len(t.Persons)))
			for _, p := range t.Persons {
				str(p.Name)
				str(p.Slug)
				str(p.URL)
			}
		}
		recs = append(recs, b)
	}
	names, err := ix.speakerList()
	if err != nil {
		return nil, err
	}
	b := []byte(rawMagic)
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(w.Version))
	b = binary.AppendUvarint(b, uint64(len(w.Editions)))
	for i, e := range w.Editions {
		str(e.Key)
		str(e.Series)
		b = binary.AppendUvarint(b, uint64(len(recs[i])))
	}
	str(names)
	for _, r := range recs {
		b = append(b, r...)
	}
	return b, nil
}

// speakerList is the speakers part of the raw form: SpeakerFold of every
// speaker's name of every edition, sorted, unique, each followed by "\n".
func (ix *Index) speakerList() (string, error) {
	set := map[string]bool{}
	for _, k := range ix.Editions() {
		e, _ := ix.Edition(k)
		for i := range e.Talks {
			for _, p := range e.Talks[i].Persons {
				if f, ok := SpeakerFold(p.Name); ok {
					if strings.Contains(f, "\n") {
						return "", fmt.Errorf("schedule index: speaker name %q folds to a line break", p.Name)
					}
					set[f] = true
				}
			}
		}
	}
	names := make([]string, 0, len(set))
	for f := range set {
		names = append(names, f)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, f := range names {
		sb.WriteString(f)
		sb.WriteByte('\n')
	}
	return sb.String(), nil
}

// rawReader reads a raw index; the first error sticks.
type rawReader struct {
	s   string
	pos int
	err error
}

func (r *rawReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var x uint64
	for shift := uint(0); ; shift += 7 {
		if r.pos >= len(r.s) || shift > 63 {
			r.err = errRawIndex
			return 0
		}
		c := r.s[r.pos]
		r.pos++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
}

// count reads a number of items each of which takes at least one more
// byte, so that a corrupt count cannot make decodeRaw allocate much.
func (r *rawReader) count() int {
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.s)-r.pos) {
		r.err = errRawIndex
		return 0
	}
	return int(n)
}

func (r *rawReader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	s := r.s[r.pos : r.pos+n]
	r.pos += n
	return s
}

// decodeRaw reads the table of an index written by EncodeRaw; its
// editions are decoded on first use (lazyEditions), their strings
// substrings of s.
// check decodes every edition at once too, so that a corrupt record fails
// here rather than at a lookup (DecodeIndex; Known trusts its embedded
// index, which TestKnown decodes whole).
func decodeRaw(s string, check bool) (*Index, error) {
	r := &rawReader{s: s, pos: len(rawMagic)}
	if v := r.uvarint(); r.err == nil && v != indexVersion {
		return nil, fmt.Errorf("%w %d", ErrIndexVersion, v)
	}
	n := r.count()
	l := &lazyEditions{keys: make([]string, 0, n), series: make([]string, 0, n), recs: make([]string, 0, n)}
	sizes := make([]int, 0, n)
	for range n {
		k, series, size := r.str(), r.str(), r.count()
		if r.err != nil {
			break
		}
		if len(l.keys) > 0 && k <= l.keys[len(l.keys)-1] {
			r.err = errRawIndex // the table is sorted by key, each key once
			break
		}
		l.keys, l.series = append(l.keys, k), append(l.series, series)
		sizes = append(sizes, size)
	}
	l.speakers = r.str()
	for _, size := range sizes {
		if r.err != nil || size > len(s)-r.pos {
			r.err = errRawIndex
			break
		}
		l.recs = append(l.recs, s[r.pos:r.pos+size])
		r.pos += size
	}
	if r.err == nil && len(l.keys) > 0 && l.keys[0] == "" { // an edition without a key is none
		l.keys, l.series, l.recs = l.keys[1:], l.series[1:], l.recs[1:]
	}
	if r.err == nil && r.pos != len(s) {
		r.err = errRawIndex
	}
	if r.err == nil && l.speakers != "" && l.speakers[len(l.speakers)-1] != '\n' {
		r.err = errRawIndex
	}
	if r.err != nil {
		return nil, r.err
	}
	l.eds = make([]lazyEdition, len(l.keys))
	if check {
		for i := range l.recs {
			if _, err := l.edition(i); err != nil {
				return nil, err
			}
		}
	}
	ix := NewIndex()
	ix.lazy = l
	return ix, nil
}

// lazyEditions are the editions of a raw index, each decoded when a lookup
// first asks for it. Several indexes may share one (Merge): what it
// decodes is never written afterwards, and every Edition it returns is
// the same for all of them.
type lazyEditions struct {
	keys     []string // sorted
	series   []string // Series of each edition
	recs     []string // the record of each edition
	speakers string   // SpeakerFold of every speaker, sorted, each followed by "\n"
	eds      []lazyEdition
}

// lazyEdition is one edition of a lazyEditions, decoded once.
type lazyEdition struct {
	once sync.Once
	e    *Edition
	err  error
}

// find returns the position of key in l.keys, or -1.
func (l *lazyEditions) find(key string) int {
	if l == nil {
		return -1
	}
	if i, ok := slices.BinarySearch(l.keys, key); ok {
		return i
	}
	return -1
}

// edition returns the i-th edition, decoding it on the first call.
func (l *lazyEditions) edition(i int) (*Edition, error) {
	le := &l.eds[i]
	le.once.Do(func() {
		le.e, le.err = decodeEdition(l.recs[i])
		if le.err == nil && (le.e.Key != l.keys[i] || le.e.Series != l.series[i]) {
			le.e, le.err = nil, errRawIndex
		}
	})
	return le.e, le.err
}

// hasSpeaker tells whether folded is one of l's speaker names: a binary
// search of the sorted lines of l.speakers, in place.
func (l *lazyEditions) hasSpeaker(folded string) bool {
	if l == nil || strings.Contains(folded, "\n") {
		return false
	}
	s := l.speakers
	lo, hi := 0, len(s) // lines start in [lo, hi) at a line start
	for lo < hi {
		mid := lo + (hi-lo)/2
		// the line holding mid starts after the previous "\n"
		start := strings.LastIndexByte(s[lo:mid], '\n') + lo + 1
		if start <= lo {
			start = lo
		}
		end := start + strings.IndexByte(s[start:], '\n')
		switch line := s[start:end]; {
		case line == folded:
			return true
		case line < folded:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// decodeEdition decodes one edition record of a raw index.
func decodeEdition(rec string) (*Edition, error) {
	r := &rawReader{s: rec}
	e := &Edition{Key: r.str(), Name: r.str(), Series: r.str(), Year: r.str(), City: r.str(),
		Venue: r.str(), URL: r.str(), Start: r.str(), End: r.str()}
	talkBase, speakerBase := r.str(), r.str()
	if nt := r.count(); nt > 0 {
		e.Tracks = make([]Track, nt)
		for i := range e.Tracks {
			e.Tracks[i] = Track{Name: r.str(), Slug: r.str(), URL: r.str()}
		}
	}
	talks := r.count()
	persons := make([]Person, r.count()) // every talk's speakers, in one allocation
	e.Talks = make([]Talk, talks)
	for i := range e.Talks {
		t := &e.Talks[i]
		*t = Talk{Slug: r.str(), Title: r.str(), Subtitle: r.str(), Track: r.str(), Room: r.str(),
			Date: r.str(), Start: r.str(), URL: r.str()}
		np := r.count()
		if np > len(persons) {
			r.err = errRawIndex
		}
		if r.err != nil {
			break
		}
		if np > 0 {
			t.Persons, persons = persons[:np:np], persons[np:]
			for j := range t.Persons {
				t.Persons[j] = Person{Name: r.str(), Slug: r.str(), URL: r.str()}
			}
		}
	}
	if r.err == nil && (r.pos != len(rec) || e.Key == "") {
		r.err = errRawIndex
	}
	if r.err != nil {
		return nil, r.err
	}
	// capped, so that an index appending to a shared edition's slices
	// copies them (see Merge)
	e.Tracks = e.Tracks[:len(e.Tracks):len(e.Tracks)]
	restoreURLs(e, talkBase, speakerBase)
	return e, nil
}

// restoreURLs replaces the URLs of e's talks and speakers as written (see
// restoreURL) by the URLs they stand for. The derived ones are substrings
// of one string built for the edition.
func restoreURLs(e *Edition, talkBase, speakerBase string) {
	n := 0
	each := func(f func(u *string, base, slug string)) {
		for i := range e.Talks {
			t := &e.Talks[i]
			f(&t.URL, talkBase, t.Slug)
			for j := range t.Persons {
				f(&t.Persons[j].URL, speakerBase, t.Persons[j].Slug)
			}
		}
	}
	derived := func(u, base, slug string) bool { return u == "" && base != "" && slug != "" }
	each(func(u *string, base, slug string) {
		if derived(*u, base, slug) {
			n += len(base) + len(slug) + 1
		}
	})
	var sb strings.Builder
	sb.Grow(n)
	each(func(u *string, base, slug string) {
		if derived(*u, base, slug) {
			sb.WriteString(base)
			sb.WriteString(slug)
			sb.WriteByte('/')
		}
	})
	all, pos := sb.String(), 0
	each(func(u *string, base, slug string) {
		switch {
		case derived(*u, base, slug):
			k := len(base) + len(slug) + 1
			*u, pos = all[pos:pos+k], pos+k
		case *u == "-":
			*u = ""
		}
	})
}
