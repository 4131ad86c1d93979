package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/cayleygraph/quad"
)

// The manifest stores each doc's quads as a value table followed by index
// triples (the label is implicit: it is the doc's key), so repeated IRIs are
// written once per doc and decoding a doc allocates each term once.

const codecVersion = 1

// Value tags in the manifest encoding.
const (
	tagIRI byte = iota + 1
	tagBNode
	tagString
	tagTyped
	tagLang
)

var errShort = errors.New("manifest record truncated")

// encoder appends manifest records to a byte slice.
type encoder struct{ b []byte }

func (e *encoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) bytes(p []byte)   { e.uvarint(uint64(len(p))); e.b = append(e.b, p...) }
func (e *encoder) f64(f float64)    { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(f)) }

func (e *encoder) value(v quad.Value) {
	switch v := v.(type) {
	case quad.IRI:
		e.b = append(e.b, tagIRI)
		e.str(string(v))
	case quad.BNode:
		e.b = append(e.b, tagBNode)
		e.str(string(v))
	case quad.String:
		e.b = append(e.b, tagString)
		e.str(string(v))
	case quad.TypedString:
		e.b = append(e.b, tagTyped)
		e.str(string(v.Value))
		e.str(string(v.Type))
	case quad.LangString:
		e.b = append(e.b, tagLang)
		e.str(string(v.Value))
		e.str(v.Lang)
	default:
		// normalize() only lets the five kinds above through.
		panic(fmt.Sprintf("store: cannot encode %T", v))
	}
}

// decoder reads manifest records; every read checks bounds so a damaged
// record is an error, never a panic.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) raw() []byte {
	n := d.uvarint()
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = errShort
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *decoder) str() string { return string(d.raw()) }

func (d *decoder) f64() float64 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 8 {
		d.err = errShort
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *decoder) byte() byte {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 1 {
		d.err = errShort
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) value() quad.Value {
	switch tag := d.byte(); tag {
	case tagIRI:
		return quad.IRI(d.str())
	case tagBNode:
		return quad.BNode(d.str())
	case tagString:
		return quad.String(d.str())
	case tagTyped:
		v := d.str()
		return quad.TypedString{Value: quad.String(v), Type: quad.IRI(d.str())}
	case tagLang:
		v := d.str()
		return quad.LangString{Value: quad.String(v), Lang: d.str()}
	default:
		if d.err == nil {
			d.err = fmt.Errorf("manifest record: unknown value tag %d", tag)
		}
		return nil
	}
}

// count reads an element count and rejects counts that cannot fit in the
// rest of the record (each element needs at least min bytes).
func (d *decoder) count(min int) int {
	n := d.uvarint()
	if d.err == nil && n > uint64(len(d.b)/min) {
		d.err = errShort
		return 0
	}
	return int(n)
}

// encodeQuads encodes a doc's quads (labels dropped).
func encodeQuads(qs []quad.Quad) []byte {
	idx := make(map[quad.Value]int, len(qs))
	vals := make([]quad.Value, 0, len(qs))
	ids := make([]int, 0, 3*len(qs))
	for _, q := range qs {
		for _, v := range [3]quad.Value{q.Subject, q.Predicate, q.Object} {
			i, ok := idx[v]
			if !ok {
				i = len(vals)
				idx[v] = i
				vals = append(vals, v)
			}
			ids = append(ids, i)
		}
	}
	e := encoder{b: make([]byte, 0, 64*len(qs)+8)}
	e.b = append(e.b, codecVersion)
	e.uvarint(uint64(len(vals)))
	for _, v := range vals {
		e.value(v)
	}
	e.uvarint(uint64(len(qs)))
	for _, i := range ids {
		e.uvarint(uint64(i))
	}
	return e.b
}

// decodeQuads decodes a record written by encodeQuads, setting every quad's
// label to label.
func decodeQuads(b []byte, label quad.Value) ([]quad.Quad, error) {
	if len(b) == 0 {
		return nil, nil
	}
	d := decoder{b: b}
	if v := d.byte(); v != codecVersion {
		return nil, fmt.Errorf("manifest record: unknown version %d", v)
	}
	vals := make([]quad.Value, d.count(2))
	for i := range vals {
		vals[i] = d.value()
	}
	n := d.count(3)
	if d.err != nil {
		return nil, d.err
	}
	out := make([]quad.Quad, n)
	for i := range out {
		var t [3]quad.Value
		for j := range t {
			k := d.uvarint()
			if d.err != nil {
				return nil, d.err
			}
			if k >= uint64(len(vals)) {
				return nil, fmt.Errorf("manifest record: value index %d out of range", k)
			}
			t[j] = vals[k]
		}
		out[i] = quad.Quad{Subject: t[0], Predicate: t[1], Object: t[2], Label: label}
	}
	if d.err != nil {
		return nil, d.err
	}
	return out, nil
}

// countQuads returns the number of quads in a record without decoding terms.
func countQuads(b []byte) (int, error) {
	q, err := decodeQuads(b, nil)
	return len(q), err
}

// encodeFacts encodes provenance records.
func encodeFacts(fs []Fact) []byte {
	if len(fs) == 0 {
		return nil
	}
	e := encoder{}
	e.b = append(e.b, codecVersion)
	e.uvarint(uint64(len(fs)))
	for _, f := range fs {
		e.uvarint(uint64(f.Quad))
		e.str(f.Rule)
		e.f64(f.Confidence)
		e.varint(int64(f.Start))
		e.varint(int64(f.End))
		e.str(f.Evidence)
	}
	return e.b
}

func decodeFacts(b []byte) ([]Fact, error) {
	if len(b) == 0 {
		return nil, nil
	}
	d := decoder{b: b}
	if v := d.byte(); v != codecVersion {
		return nil, fmt.Errorf("manifest facts: unknown version %d", v)
	}
	out := make([]Fact, d.count(13))
	for i := range out {
		out[i] = Fact{
			Quad:       int(d.uvarint()),
			Rule:       d.str(),
			Confidence: d.f64(),
			Start:      int(d.varint()),
			End:        int(d.varint()),
			Evidence:   d.str(),
		}
	}
	return out, d.err
}

// docMeta is the per-doc manifest record besides quads, facts and attachment.
type docMeta struct {
	Source, Kind, Hash string
	Quads              int
}

func encodeMeta(m docMeta) []byte {
	e := encoder{}
	e.b = append(e.b, codecVersion)
	e.str(m.Source)
	e.str(m.Kind)
	e.str(m.Hash)
	e.uvarint(uint64(m.Quads))
	return e.b
}

func decodeMeta(b []byte) (docMeta, error) {
	d := decoder{b: b}
	if v := d.byte(); v != codecVersion {
		return docMeta{}, fmt.Errorf("manifest doc record: unknown version %d", v)
	}
	m := docMeta{Source: d.str(), Kind: d.str(), Hash: d.str(), Quads: int(d.uvarint())}
	return m, d.err
}

// intentEntry is one doc of an unfinished write: the quads to delete from
// Cayley. The quads to add are the doc's current manifest quads (none if the
// doc is no longer in the manifest).
type intentEntry struct {
	Label quad.IRI
	Old   []byte // encodeQuads record, possibly empty
}

func encodeIntent(es []intentEntry) []byte {
	e := encoder{}
	e.b = append(e.b, codecVersion)
	e.uvarint(uint64(len(es)))
	for _, x := range es {
		e.str(string(x.Label))
		e.bytes(x.Old)
	}
	return e.b
}

func decodeIntent(b []byte) ([]intentEntry, error) {
	d := decoder{b: b}
	if v := d.byte(); v != codecVersion {
		return nil, fmt.Errorf("manifest intent: unknown version %d", v)
	}
	out := make([]intentEntry, d.count(2))
	for i := range out {
		out[i] = intentEntry{Label: quad.IRI(d.str()), Old: d.raw()}
	}
	return out, d.err
}
