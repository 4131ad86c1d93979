package vocab

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// Minter derives entity IRIs from identities under a base IRI. The same
// identity always gives the same IRI, on every run and machine.
type Minter struct {
	Base string // ends with '/'; DefaultBase if empty
}

func (m Minter) base() string {
	if m.Base == "" {
		return DefaultBase
	}
	if !strings.HasSuffix(m.Base, "/") && !strings.HasSuffix(m.Base, "#") {
		return m.Base + "/"
	}
	return m.Base
}

// Fold lower-cases s, removes accents and turns ß, æ, ø, ł and the like into
// ASCII, so that "Saúl" and "saul" compare equal.
func Fold(s string) string {
	if isASCII(s) {
		return lowerASCII(s)
	}
	return foldRunes(s)
}

// foldRunes is Fold for any text: NFKD, marks dropped, letters mapped.
func foldRunes(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ß':
			b.WriteString("ss")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'ø', 'Ø':
			b.WriteString("o")
			continue
		case 'ł', 'Ł':
			b.WriteString("l")
			continue
		case 'đ', 'Đ':
			b.WriteString("d")
			continue
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// slugSymbols spells out the symbols that distinguish names ("C++", "C#").
// A Replacer is immutable and safe for concurrent use.
var slugSymbols = strings.NewReplacer("++", "-plus-plus", "+", "-plus", "#", "-sharp", ".", "-", "&", "-and-")

// Slug turns a name into a lower-case ASCII slug of letters, digits and '-'
// ("Saúl Ibarra" -> "saul-ibarra", "C++" -> "c-plus-plus", "C#" -> "c-sharp").
// Non-Latin letters are kept (percent-encoded in the IRI).
func Slug(s string) string {
	if out, ok := slugASCII(s); ok {
		return out
	}
	return slugRunes(s)
}

// slugRunes is Slug for any text.
func slugRunes(s string) string {
	s = slugSymbols.Replace(Fold(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if out == "" {
		h := sha256.Sum256([]byte(s))
		out = "x" + hex.EncodeToString(h[:6])
	}
	return out
}

// iri is the base, then the escaped parts joined by '/', built with one
// allocation.
func (m Minter) iri(parts ...string) quad.IRI {
	base := m.base()
	n := len(base) + max(len(parts)-1, 0)
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
		n += len(parts[i])
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(base)
	for i, p := range parts {
		if i > 0 {
			b.WriteByte('/')
		}
		b.WriteString(p)
	}
	return quad.IRI(b.String())
}

// Post is the IRI of a post read from source (a path as given, or a URL).
// Paths are cleaned and made slash-separated, so "./a/b.md" and "a/b.md" agree.
func (m Minter) Post(source string) quad.IRI {
	s := source
	var u *url.URL
	if strings.Contains(source, ":") { // a scheme ends at a ':' (a walk's file paths have none: not parsed)
		if p, err := url.Parse(source); err == nil {
			u = p
		}
	}
	if u != nil && (u.Scheme == "http" || u.Scheme == "https") {
		s = u.Host + u.Path
	} else {
		s = filepath.ToSlash(filepath.Clean(source))
		s = strings.TrimLeft(s, "./")
	}
	return m.iri("post", pathSlug(s))
}

// Schedule is the IRI of the graph holding facts from a schedule file.
func (m Minter) Schedule(source string) quad.IRI {
	return m.iri("schedule", pathSlug(filepath.ToSlash(filepath.Clean(source))))
}

func pathSlug(s string) string {
	segs := strings.Split(s, "/")
	out := make([]string, 0, len(segs))
	for _, seg := range segs {
		if seg == "" || seg == "." || seg == ".." {
			continue
		}
		out = append(out, Slug(seg))
	}
	return strings.Join(out, "--")
}

// Person is the IRI of a person, from their name.
func (m Minter) Person(name string) quad.IRI { return m.iri("person", Slug(name)) }

// Organization is the IRI of an organization, from its name.
func (m Minter) Organization(name string) quad.IRI { return m.iri("org", Slug(name)) }

// Place is the IRI of a place, from its name.
func (m Minter) Place(name string) quad.IRI { return m.iri("place", Slug(name)) }

// Technology is the IRI of a technology, from its canonical name.
func (m Minter) Technology(name string) quad.IRI { return m.iri("tech", Slug(name)) }

// EventKey is the slug identifying an edition: series and year ("fosdem-2019").
// year may be "" for a series whose edition is unknown.
func EventKey(series, year string) string {
	if year == "" {
		return Slug(series)
	}
	return Slug(series) + "-" + year
}

// Event is the IRI of an event edition ("FOSDEM", "2019").
func (m Minter) Event(series, year string) quad.IRI { return m.iri("event", EventKey(series, year)) }

// Track is the IRI of a track or devroom of an edition.
func (m Minter) Track(eventKey, track string) quad.IRI {
	return m.iri("event", eventKey, "track", Slug(track))
}

// Talk is the IRI of a talk of an edition, from its schedule slug or, for a
// talk known only from prose, from its (descriptive) name.
func (m Minter) Talk(eventKey, slugOrName string) quad.IRI {
	return m.iri("event", eventKey, "talk", Slug(slugOrName))
}

// Project is the IRI of a software project. Given a repository URL
// ("https://github.com/PyCQA/astroid/") it is derived from host and path
// ("project/github.com/pycqa/astroid"); otherwise from the name.
func (m Minter) Project(repoURLOrName string) quad.IRI {
	if u, err := url.Parse(repoURLOrName); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
		host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		segs := []string{"project", host}
		for _, p := range strings.Split(strings.Trim(u.Path, "/"), "/") {
			if p != "" {
				segs = append(segs, Slug(strings.TrimSuffix(p, ".git")))
			}
		}
		return m.iri(segs...)
	}
	return m.iri("project", Slug(repoURLOrName))
}
