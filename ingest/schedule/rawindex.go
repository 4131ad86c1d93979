package schedule

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// The raw form of an Index (EncodeRaw) is what talkgraph embeds for the
// shipped schedules (known.idx): a one-post ingest decodes it, so it is
// laid out to be read in place. Every string is a length and its bytes, and
// decodeRaw returns substrings of the encoded text rather than copies, so
// decoding allocates only the editions' talk and speaker slices and one
// string per edition for the URLs it restores. It holds what Encode's wire
// holds: the URLs that follow the edition's pattern are left out ("") and
// restored from the talk's or speaker's slug, "-" is no URL.
//
//	magic, uvarint version, uvarint editions, then per edition:
//	  strings Key Name Series Year City Venue URL Start End TalkURLBase SpeakerURLBase
//	  uvarint tracks, per track: strings Name Slug URL
//	  uvarint talks, uvarint speakers (of all its talks)
//	  per talk: strings Slug Title Subtitle Track Room Date Start URL,
//	    uvarint speakers, per speaker: strings Name Slug URL
//
// A string is a uvarint byte count and the bytes.

// rawMagic starts an index written by EncodeRaw (a gzip stream, Encode's,
// starts with 0x1f 0x8b).
const rawMagic = "talkgraph schedule index, strings\n"

// errRawIndex is the error of a raw index cut short or inconsistent.
var errRawIndex = errors.New("schedule index: truncated or corrupt")

// EncodeRaw writes the index in the raw form: uncompressed, and decoded in
// place (decodeRaw), several times faster than Encode's gob. It holds what
// Encode holds. It is the form of the index embedded in the binary
// (known.idx).
func (ix *Index) EncodeRaw() ([]byte, error) {
	w := ix.wire()
	b := []byte(rawMagic)
	b = binary.AppendUvarint(b, uint64(w.Version))
	b = binary.AppendUvarint(b, uint64(len(w.Editions)))
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, e := range w.Editions {
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
	}
	return b, nil
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

// decodeRaw reads an index written by EncodeRaw; its strings are
// substrings of s.
func decodeRaw(s string) (*Index, error) {
	r := &rawReader{s: s, pos: len(rawMagic)}
	if v := r.uvarint(); r.err == nil && v != indexVersion {
		return nil, fmt.Errorf("%w %d", ErrIndexVersion, v)
	}
	ix := NewIndex()
	for n := r.count(); n > 0 && r.err == nil; n-- {
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
		if r.err == nil && e.Key != "" {
			restoreURLs(e, talkBase, speakerBase)
			ix.put(e)
		}
	}
	if r.err == nil && r.pos != len(r.s) {
		r.err = errRawIndex
	}
	if r.err != nil {
		return nil, r.err
	}
	return ix, nil
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
