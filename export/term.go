package export

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Errors returned (wrapped with the offending term) when a quad cannot be
// written as standard RDF.
var (
	// ErrBadIRI: an IRI is empty or not absolute (no scheme).
	ErrBadIRI = errors.New("IRI is empty or not absolute")
	// ErrBadLang: a language tag is not BCP 47 shaped (a-z{1,8}(-[a-z0-9]{1,8})*).
	ErrBadLang = errors.New("invalid language tag")
	// ErrBadTerm: a value is missing, of an unsupported type, or of a kind
	// not allowed in its position (a literal subject, a blank predicate, ...).
	ErrBadTerm = errors.New("invalid term")
)

// Standard datatype IRIs used for Go-typed values.
const (
	XSDString     = vocab.XSD + "string"
	XSDDate       = vocab.XSD + "date"
	XSDInteger    = vocab.XSD + "integer"
	XSDDouble     = vocab.XSD + "double"
	XSDBoolean    = vocab.XSD + "boolean"
	XSDDateTime   = vocab.XSD + "dateTime"
	RDFLangString = vocab.RDF + "langString"
)

// Kind says what an RDF term is.
type Kind uint8

// The kinds of term.
const (
	KindNone    Kind = iota // absent (the default graph)
	KindIRI                 // Value is an absolute IRI, already escaped
	KindBlank               // Value is a blank node label valid in N-Quads (no "_:")
	KindLiteral             // Value is the lexical form; Datatype or Lang may be set
)

// Term is one RDF term in the form every exporter writes it.
type Term struct {
	Kind     Kind
	Value    string
	Datatype string // full datatype IRI; "" for a simple (xsd:string) literal or a language-tagged one
	Lang     string // language tag (lower case) of a rdf:langString literal
}

// Statement is a quad checked and converted to standard RDF terms.
type Statement struct {
	Subject, Predicate, Object Term
	Graph                      Term // Kind == KindNone for the default graph
}

// prefixes maps the contract's prefix names to namespaces; read only.
var prefixes = vocab.Prefixes()

// NormalizeIRI returns iri as exporters write it: a prefixed name of the
// talkgraph vocabulary (schema:name, xsd:date, ...) is expanded; characters
// N-Quads forbids inside <...> (controls, space, <>"{}|^`\) and bytes of
// invalid UTF-8 are %-escaped, and so is a '%' not followed by two hex
// digits. An empty or relative IRI is an error naming it.
func NormalizeIRI(iri string) (string, error) {
	colon := schemeEnd(iri)
	if colon < 0 {
		return "", fmt.Errorf("IRI %q: %w", iri, ErrBadIRI)
	}
	if ns, ok := prefixes[iri[:colon]]; ok && !strings.HasPrefix(iri[colon+1:], "//") {
		iri = ns + iri[colon+1:]
	}
	for i := 0; i < len(iri); i++ {
		if c := iri[i]; iriForbidden(c) || c >= utf8.RuneSelf || c == '%' && !pctEncoded(iri, i) {
			return escapeIRI(iri), nil
		}
	}
	return iri, nil
}

// schemeEnd returns the index of the ':' ending a valid URI scheme, or -1.
func schemeEnd(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return i
		default:
			return -1
		}
	}
	return -1
}

func iriForbidden(c byte) bool {
	if c <= 0x20 || c == 0x7f {
		return true
	}
	switch c {
	case '<', '>', '"', '{', '}', '|', '^', '`', '\\':
		return true
	}
	return false
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// pctEncoded reports whether the '%' at s[i] starts a %XX escape.
func pctEncoded(s string, i int) bool {
	return i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
}

// escapeIRI %-escapes forbidden bytes, a '%' not starting %XX, and invalid
// UTF-8; valid non-ASCII characters are kept (IRIs allow them).
func escapeIRI(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if iriForbidden(c) || c == '%' && !pctEncoded(s, i) {
				b.WriteByte('%')
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&15])
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// blankLabel returns a label valid in N-Quads and JSON-LD: labels made of
// ASCII letters, digits, '_', '-' and inner '.' are kept; any other label is
// replaced by "u_" followed by its hex bytes, so distinct labels stay distinct.
func blankLabel(s string) (string, error) {
	if s == "" {
		return "", fmt.Errorf("empty blank node label: %w", ErrBadTerm)
	}
	ok := s[len(s)-1] != '.' && s[0] != '-' && s[0] != '.'
	for i := 0; ok && i < len(s); i++ {
		c := s[i]
		ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
	}
	if ok {
		return s, nil
	}
	return "u_" + fmt.Sprintf("%x", s), nil
}

// ValidLang reports whether tag is shaped like a BCP 47 language tag as
// N-Quads' LANGTAG requires: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func ValidLang(tag string) bool {
	if tag == "" {
		return false
	}
	first := true
	n := 0
	for i := 0; i < len(tag); i++ {
		c := tag[i]
		switch {
		case c == '-':
			if n == 0 {
				return false
			}
			first, n = false, 0
			continue
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case !first && c >= '0' && c <= '9':
		default:
			return false
		}
		n++
		if n > 8 {
			return false
		}
	}
	return n > 0
}

// TermOf converts a quad value to a standard RDF term. Go-typed values get
// full XSD datatype IRIs (quad.Int: xsd:integer, quad.Float: xsd:double in
// canonical form, quad.Bool: xsd:boolean, quad.Time: xsd:dateTime).
// An xsd:string typed literal becomes a simple literal; language tags are
// lower-cased (they compare case-insensitively; JSON-LD processors lower them).
func TermOf(v quad.Value) (Term, error) {
	switch v := v.(type) {
	case quad.IRI:
		s, err := NormalizeIRI(string(v))
		return Term{Kind: KindIRI, Value: s}, err
	case quad.BNode:
		s, err := blankLabel(string(v))
		return Term{Kind: KindBlank, Value: s}, err
	case quad.String:
		return Term{Kind: KindLiteral, Value: string(v)}, nil
	case quad.TypedString:
		if v.Type == "" {
			return Term{Kind: KindLiteral, Value: string(v.Value)}, nil
		}
		dt, err := NormalizeIRI(string(v.Type))
		if err != nil {
			return Term{}, fmt.Errorf("datatype of %q: %w", string(v.Value), err)
		}
		if dt == XSDString {
			dt = ""
		}
		return Term{Kind: KindLiteral, Value: string(v.Value), Datatype: dt}, nil
	case quad.LangString:
		if !ValidLang(v.Lang) {
			return Term{}, fmt.Errorf("literal %q: language %q: %w", string(v.Value), v.Lang, ErrBadLang)
		}
		return Term{Kind: KindLiteral, Value: string(v.Value), Lang: strings.ToLower(v.Lang)}, nil
	case quad.Int:
		return Term{Kind: KindLiteral, Value: strconv.FormatInt(int64(v), 10), Datatype: XSDInteger}, nil
	case quad.Float:
		return Term{Kind: KindLiteral, Value: CanonicalDouble(float64(v)), Datatype: XSDDouble}, nil
	case quad.Bool:
		return Term{Kind: KindLiteral, Value: strconv.FormatBool(bool(v)), Datatype: XSDBoolean}, nil
	case quad.Time:
		return Term{Kind: KindLiteral, Value: time.Time(v).Format(time.RFC3339Nano), Datatype: XSDDateTime}, nil
	case nil:
		return Term{}, fmt.Errorf("missing value: %w", ErrBadTerm)
	}
	return Term{}, fmt.Errorf("value %v of type %T: %w", v, v, ErrBadTerm)
}

// CanonicalDouble formats f in the canonical xsd:double lexical form
// (1.5E0, -1.0E-3, INF, -INF, NaN).
func CanonicalDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "INF"
	case math.IsInf(f, -1):
		return "-INF"
	}
	s := strconv.FormatFloat(f, 'E', -1, 64) // 1.5E+00
	i := strings.IndexByte(s, 'E')
	mant, exp := s[:i], s[i+1:]
	if !strings.Contains(mant, ".") {
		mant += ".0"
	}
	e, _ := strconv.Atoi(exp)
	return mant + "E" + strconv.Itoa(e)
}

// StatementOf checks q and converts its terms: the subject must be an IRI
// or blank node, the predicate an IRI, the label absent, an IRI or a blank
// node. Errors name the quad's position and the offending term.
func StatementOf(q quad.Quad) (Statement, error) {
	var st Statement
	var err error
	if st.Subject, err = TermOf(q.Subject); err != nil {
		return st, fmt.Errorf("subject: %w", err)
	}
	if st.Subject.Kind == KindLiteral {
		return st, fmt.Errorf("subject %v is a literal: %w", q.Subject, ErrBadTerm)
	}
	if st.Predicate, err = TermOf(q.Predicate); err != nil {
		return st, fmt.Errorf("predicate of %v: %w", q.Subject, err)
	}
	if st.Predicate.Kind != KindIRI {
		return st, fmt.Errorf("predicate %v is not an IRI: %w", q.Predicate, ErrBadTerm)
	}
	if st.Object, err = TermOf(q.Object); err != nil {
		return st, fmt.Errorf("object of %v %v: %w", q.Subject, q.Predicate, err)
	}
	if q.Label != nil {
		if st.Graph, err = TermOf(q.Label); err != nil {
			return st, fmt.Errorf("graph label: %w", err)
		}
		if st.Graph.Kind == KindLiteral {
			return st, fmt.Errorf("graph label %v is a literal: %w", q.Label, ErrBadTerm)
		}
	}
	return st, nil
}
