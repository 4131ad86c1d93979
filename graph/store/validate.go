package store

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

const xsd = "http://www.w3.org/2001/XMLSchema#"

// iriForbidden marks the ASCII characters N-Quads cannot carry in an IRI
// besides controls and space. It is never modified.
var iriForbidden = [utf8.RuneSelf]bool{'<': true, '>': true, '"': true, '{': true, '}': true, '|': true, '^': true, '`': true, '\\': true}

// checkIRI reports why s is not an absolute IRI that N-Quads can carry
// unescaped, or nil.
func checkIRI(s string) error {
	if s == "" {
		return fmt.Errorf("empty IRI")
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("IRI %q is not valid UTF-8", s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c <= 0x20 || c == 0x7f || iriForbidden[c] {
				return fmt.Errorf("IRI %q contains %q", s, rune(c))
			}
			continue
		}
		// C1 controls U+0080..U+009F are encoded 0xC2 0x80..0x9F.
		if c == 0xc2 && i+1 < len(s) && s[i+1] <= 0x9f {
			r, _ := utf8.DecodeRuneInString(s[i:])
			return fmt.Errorf("IRI %q contains %q", s, r)
		}
	}
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return fmt.Errorf("IRI %q is not absolute (no scheme)", s)
	}
	for i, c := range s[:colon] {
		alpha := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !alpha && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return fmt.Errorf("IRI %q is not absolute (bad scheme)", s)
		}
	}
	return nil
}

func checkBNode(s string) error {
	if s == "" {
		return fmt.Errorf("empty blank node")
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return fmt.Errorf("blank node _:%s contains %q", s, c)
		}
	}
	return nil
}

func checkLexical(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("literal %q is not valid UTF-8", s)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return fmt.Errorf("literal %q contains NUL", s)
	}
	return nil
}

func checkLang(s string) error {
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if len(p) < 1 || len(p) > 8 {
			return fmt.Errorf("bad language tag %q", s)
		}
		for _, c := range p {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
				return fmt.Errorf("bad language tag %q", s)
			}
		}
	}
	return nil
}

// checkTyped checks the lexical form of the XSD types talkgraph writes.
func checkTyped(v, typ string) error {
	bad := func() error { return fmt.Errorf("literal %q is not a valid <%s>", v, typ) }
	switch typ {
	case xsd + "date":
		if len(v) != 10 {
			return bad()
		}
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return bad()
		}
	case xsd + "dateTime":
		if _, err := time.Parse(time.RFC3339Nano, v); err == nil {
			return nil
		}
		if _, err := time.Parse("2006-01-02T15:04:05.999999999", v); err != nil {
			return bad()
		}
	case xsd + "integer":
		if _, err := strconv.ParseInt(v, 10, 64); err != nil {
			return bad()
		}
	case xsd + "boolean":
		switch v {
		case "true", "false", "1", "0":
		default:
			return bad()
		}
	}
	return nil
}

// normValue checks v and returns it in one of the five stored kinds (IRI,
// BNode, String, TypedString, LangString). Go-typed values (quad.Int, Bool,
// Float, Time) become literals with full XSD datatype IRIs.
func normValue(v quad.Value) (quad.Value, error) {
	switch x := v.(type) {
	case nil:
		return nil, fmt.Errorf("missing term")
	case quad.IRI:
		return x, checkIRI(string(x))
	case quad.BNode:
		return x, checkBNode(string(x))
	case quad.String:
		return x, checkLexical(string(x))
	case quad.LangString:
		if err := checkLexical(string(x.Value)); err != nil {
			return nil, err
		}
		return x, checkLang(x.Lang)
	case quad.TypedString:
		if err := checkLexical(string(x.Value)); err != nil {
			return nil, err
		}
		if err := checkIRI(string(x.Type)); err != nil {
			return nil, fmt.Errorf("datatype: %w", err)
		}
		return x, checkTyped(string(x.Value), string(x.Type))
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(x), 10)), Type: xsd + "integer"}, nil
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(x))), Type: xsd + "boolean"}, nil
	case quad.Float:
		f := float64(x)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("float %v is not storable", f)
		}
		return quad.TypedString{Value: quad.String(strconv.FormatFloat(f, 'g', -1, 64)), Type: xsd + "double"}, nil
	case quad.Time:
		return quad.TypedString{Value: quad.String(time.Time(x).UTC().Format(time.RFC3339Nano)), Type: xsd + "dateTime"}, nil
	default:
		return nil, fmt.Errorf("unsupported term type %T", v)
	}
}

// prepared is a validated doc ready to write.
type prepared struct {
	label quad.IRI
	meta  docMeta
	quads []byte      // encodeQuads
	qs    []quad.Quad // the quads encoded (dropped once written)
	edges []string    // the edge index keys of qs (set by prepareAll)
	facts []byte      // encodeFacts
	att   []byte
	n     int
}

// prepare validates d and encodes it for the manifest. Quads are
// de-duplicated (first occurrence wins) and Fact indices are remapped.
func prepare(d Doc) (*prepared, error) {
	if err := checkIRI(string(d.Label)); err != nil {
		return nil, fmt.Errorf("%w: doc label: %v", ErrInvalid, err)
	}
	if !utf8.ValidString(d.Source) || !utf8.ValidString(d.Kind) {
		return nil, fmt.Errorf("%w: source or kind is not valid UTF-8", ErrInvalid)
	}
	seen := make(map[[3]quad.Value]int, len(d.Quads))
	remap := make([]int, len(d.Quads))
	out := make([]quad.Quad, 0, len(d.Quads))
	for i, q := range d.Quads {
		if q.Label != nil && q.Label != quad.Value(d.Label) {
			return nil, fmt.Errorf("%w: quad %d %s: label %s differs from the doc's", ErrInvalid, i, q, q.Label)
		}
		var t [3]quad.Value
		for j, dir := range [3]string{"subject", "predicate", "object"} {
			v := [3]quad.Value{q.Subject, q.Predicate, q.Object}[j]
			nv, err := normValue(v)
			if err != nil {
				return nil, fmt.Errorf("%w: quad %d %s: %s: %v", ErrInvalid, i, q, dir, err)
			}
			t[j] = nv
		}
		switch t[0].(type) {
		case quad.IRI, quad.BNode:
		default:
			return nil, fmt.Errorf("%w: quad %d %s: subject %s is a literal", ErrInvalid, i, q, t[0])
		}
		if _, ok := t[1].(quad.IRI); !ok {
			return nil, fmt.Errorf("%w: quad %d %s: predicate %s is not an IRI", ErrInvalid, i, q, t[1])
		}
		k, ok := seen[t]
		if !ok {
			k = len(out)
			seen[t] = k
			out = append(out, quad.Quad{Subject: t[0], Predicate: t[1], Object: t[2], Label: d.Label})
		}
		remap[i] = k
	}
	var facts []Fact
	has := make(map[int]bool, len(d.Facts))
	for i, f := range d.Facts {
		if f.Quad < 0 || f.Quad >= len(d.Quads) {
			return nil, fmt.Errorf("%w: fact %d: quad index %d out of range", ErrInvalid, i, f.Quad)
		}
		if !utf8.ValidString(f.Rule) || !utf8.ValidString(f.Evidence) {
			return nil, fmt.Errorf("%w: fact %d: rule or evidence is not valid UTF-8", ErrInvalid, i)
		}
		f.Quad = remap[f.Quad]
		if has[f.Quad] {
			continue
		}
		has[f.Quad] = true
		facts = append(facts, f)
	}
	return &prepared{
		label: d.Label,
		meta:  docMeta{Source: d.Source, Kind: d.Kind, Hash: d.Hash, Quads: len(out)},
		quads: encodeQuads(out),
		qs:    out,
		facts: encodeFacts(facts),
		att:   d.Attachment,
		n:     len(out),
	}, nil
}
