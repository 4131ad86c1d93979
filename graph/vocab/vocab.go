package vocab

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// Namespaces used by the graph.
const (
	NS      = "https://w3id.org/talkgraph/ns#" // talkgraph's own classes
	Schema  = "https://schema.org/"
	RDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS    = "http://www.w3.org/2000/01/rdf-schema#"
	XSD     = "http://www.w3.org/2001/XMLSchema#"
	DCTerms = "http://purl.org/dc/terms/"
	PROV    = "http://www.w3.org/ns/prov#"

	// DefaultBase is the base IRI of entities unless the user sets another.
	DefaultBase = "https://w3id.org/talkgraph/id/"
)

// Prefixes maps the short names users may write in queries to namespaces.
// It is a function so that callers cannot mutate shared state.
func Prefixes() map[string]string {
	return map[string]string{
		"tg":      NS,
		"schema":  Schema,
		"rdf":     RDF,
		"rdfs":    RDFS,
		"xsd":     XSD,
		"dcterms": DCTerms,
		"prov":    PROV,
	}
}

// Class is one of the entity classes of the contract.
type Class string

// The entity classes.
const (
	Post         Class = "Post"
	Person       Class = "Person"
	Organization Class = "Organization"
	Event        Class = "Event"
	Talk         Class = "Talk"
	Track        Class = "Track"
	Project      Class = "Project"
	Technology   Class = "Technology"
	Place        Class = "Place"
)

// Classes lists every class, in the order diagrams and stats show them.
func Classes() []Class {
	return []Class{Post, Event, Track, Talk, Person, Organization, Project, Technology, Place}
}

// IRI is the class's IRI in talkgraph's namespace.
func (c Class) IRI() quad.IRI { return quad.IRI(NS + string(c)) }

// Alignment is the schema.org class added beside the class (may be "").
func (c Class) Alignment() quad.IRI {
	switch c {
	case Post:
		return quad.IRI(Schema + "BlogPosting")
	case Person:
		return quad.IRI(Schema + "Person")
	case Organization:
		return quad.IRI(Schema + "Organization")
	case Event, Talk, Track:
		return quad.IRI(Schema + "Event")
	case Project:
		return quad.IRI(Schema + "SoftwareSourceCode")
	case Technology:
		return quad.IRI(Schema + "DefinedTerm")
	case Place:
		return quad.IRI(Schema + "Place")
	}
	return ""
}

// ClassOf returns the class whose IRI is iri, if any.
func ClassOf(iri quad.IRI) (Class, bool) {
	s := string(iri)
	if !strings.HasPrefix(s, NS) {
		return "", false
	}
	c := Class(strings.TrimPrefix(s, NS))
	for _, k := range Classes() {
		if k == c {
			return c, true
		}
	}
	return "", false
}

// Predicates.
const (
	Type          = quad.IRI(RDF + "type")
	Name          = quad.IRI(Schema + "name")
	AlternateName = quad.IRI(Schema + "alternateName")
	Headline      = quad.IRI(Schema + "headline")
	Author        = quad.IRI(Schema + "author")
	About         = quad.IRI(Schema + "about")
	Mentions      = quad.IRI(Schema + "mentions")
	Performer     = quad.IRI(Schema + "performer")
	SuperEvent    = quad.IRI(Schema + "superEvent")
	Affiliation   = quad.IRI(Schema + "affiliation")
	CodeRepo      = quad.IRI(Schema + "codeRepository")
	Location      = quad.IRI(Schema + "location")
	SameAs        = quad.IRI(Schema + "sameAs")
	DatePublished = quad.IRI(Schema + "datePublished")
	Keywords      = quad.IRI(Schema + "keywords")
	URL           = quad.IRI(Schema + "url")
	InLanguage    = quad.IRI(Schema + "inLanguage")
	StartDate     = quad.IRI(Schema + "startDate")
	EndDate       = quad.IRI(Schema + "endDate")
	Identifier    = quad.IRI(Schema + "identifier")
	Description   = quad.IRI(Schema + "description")
	Source        = quad.IRI(DCTerms + "source") // Post -> the path or URL it was read from (literal)
	XSDDate       = quad.IRI(XSD + "date")
	XSDDateTime   = quad.IRI(XSD + "dateTime")
)

// Date returns an xsd:date literal for a YYYY-MM-DD string.
func Date(ymd string) quad.Value { return quad.TypedString{Value: quad.String(ymd), Type: XSDDate} }

// Short returns iri written with a known prefix ("schema:name"), or iri itself.
func Short(iri string) string {
	for p, ns := range Prefixes() {
		if strings.HasPrefix(iri, ns) && len(iri) > len(ns) {
			return p + ":" + iri[len(ns):]
		}
	}
	return iri
}

// Expand turns "schema:name" into the full IRI; other strings are returned as is.
func Expand(s string) string {
	if i := strings.IndexByte(s, ':'); i > 0 && !strings.HasPrefix(s[i+1:], "//") {
		if ns, ok := namespace(s[:i]); ok {
			return ns + s[i+1:]
		}
	}
	return s
}

// namespace is Prefixes()[prefix] without building the map (Expand runs
// once per quad when a diagram loads the store).
func namespace(prefix string) (string, bool) {
	switch prefix {
	case "tg":
		return NS, true
	case "schema":
		return Schema, true
	case "rdf":
		return RDF, true
	case "rdfs":
		return RDFS, true
	case "xsd":
		return XSD, true
	case "dcterms":
		return DCTerms, true
	case "prov":
		return PROV, true
	}
	return "", false
}
