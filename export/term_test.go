package export

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestNormalizeIRI(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"https://ex.org/a", "https://ex.org/a", nil},
		{"schema:name", "https://schema.org/name", nil},
		{"tg:Person", "https://w3id.org/talkgraph/ns#Person", nil},
		{"xsd:date", "http://www.w3.org/2001/XMLSchema#date", nil},
		{"schema://host/x", "schema://host/x", nil},
		{"urn:isbn:123", "urn:isbn:123", nil},
		{"https://ex.org/a b", "https://ex.org/a%20b", nil},
		{"https://ex.org/<{|}>^`\\\"", "https://ex.org/%3C%7B%7C%7D%3E%5E%60%5C%22", nil},
		{"https://ex.org/caf\u00e9", "https://ex.org/café", nil},
		{"https://ex.org/\xff", "https://ex.org/%FF", nil},
		{"https://ex.org/100%", "https://ex.org/100%25", nil},
		{"https://ex.org/%41%zz", "https://ex.org/%41%25zz", nil},
		{"https://ex.org/\n", "https://ex.org/%0A", nil},
		{"", "", ErrBadIRI},
		{"person/bob", "", ErrBadIRI},
		{":x", "", ErrBadIRI},
		{"1http://x", "", ErrBadIRI},
	}
	for _, tt := range tests {
		got, err := NormalizeIRI(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("NormalizeIRI(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestValidLang(t *testing.T) {
	for tag, want := range map[string]bool{
		"en": true, "fr-BE": true, "zh-Hant-TW": true, "de-1996": true, "x-private1": true,
		"": false, "en_US": false, "1en": false, "en-": false, "-en": false, "en--us": false, "abcdefghi": false,
	} {
		if got := ValidLang(tag); got != want {
			t.Errorf("ValidLang(%q) = %v, want %v", tag, got, want)
		}
	}
}

func TestCanonicalDouble(t *testing.T) {
	for f, want := range map[float64]string{
		1.5: "1.5E0", 0: "0.0E0", -0.001: "-1.0E-3", 1e21: "1.0E21", 123.456: "1.23456E2",
		math.Inf(1): "INF", math.Inf(-1): "-INF",
	} {
		if got := CanonicalDouble(f); got != want {
			t.Errorf("CanonicalDouble(%v) = %q, want %q", f, got, want)
		}
	}
	if got := CanonicalDouble(math.NaN()); got != "NaN" {
		t.Errorf("NaN: %q", got)
	}
}

func TestTermOf(t *testing.T) {
	tests := []struct {
		in   quad.Value
		want Term
		err  error
	}{
		{quad.IRI("schema:name"), Term{Kind: KindIRI, Value: "https://schema.org/name"}, nil},
		{quad.BNode("b1"), Term{Kind: KindBlank, Value: "b1"}, nil},
		{quad.BNode("a b"), Term{Kind: KindBlank, Value: "u_612062"}, nil},
		{quad.BNode(""), Term{}, ErrBadTerm},
		{quad.String("x"), Term{Kind: KindLiteral, Value: "x"}, nil},
		{quad.TypedString{Value: "x", Type: "xsd:string"}, Term{Kind: KindLiteral, Value: "x"}, nil},
		{quad.TypedString{Value: "2019-01-01", Type: "xsd:date"}, Term{Kind: KindLiteral, Value: "2019-01-01", Datatype: XSDDate}, nil},
		{quad.TypedString{Value: "x", Type: "date"}, Term{}, ErrBadIRI},
		{quad.LangString{Value: "x", Lang: "EN-gb"}, Term{Kind: KindLiteral, Value: "x", Lang: "en-gb"}, nil},
		{quad.LangString{Value: "x", Lang: "e n"}, Term{}, ErrBadLang},
		{quad.Int(-7), Term{Kind: KindLiteral, Value: "-7", Datatype: XSDInteger}, nil},
		{quad.Bool(true), Term{Kind: KindLiteral, Value: "true", Datatype: XSDBoolean}, nil},
		{quad.Time(time.Date(2019, 2, 2, 9, 0, 0, 5, time.UTC)), Term{Kind: KindLiteral, Value: "2019-02-02T09:00:00.000000005Z", Datatype: XSDDateTime}, nil},
		{nil, Term{}, ErrBadTerm},
	}
	for _, tt := range tests {
		got, err := TermOf(tt.in)
		if !errors.Is(err, tt.err) || err == nil && got != tt.want {
			t.Errorf("TermOf(%#v) = %+v, %v; want %+v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}
