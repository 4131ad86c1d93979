package build

import (
	"slices"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestBilingualName(t *testing.T) {
	tests := []struct {
		in, want string
		other    []string
	}{
		{"Quuxstad / Vila Quux", "Quuxstad", []string{"Vila Quux"}},
		{"Zorbville", "Zorbville", nil},
		{"Quuxstad (Kreis 4) / Zorbfeld", "", nil}, // a district
		{"Quuxstad / ", "", nil},
	}
	for _, tt := range tests {
		got, other := bilingualName(tt.in)
		if got != tt.want || !slices.Equal(other, tt.other) {
			t.Errorf("bilingualName(%q) = %q, %q; want %q, %q", tt.in, got, other, tt.want, tt.other)
		}
	}
}

// TestWeakPlaces: small towns stay as weak places unless their name reads
// as a word, a dictionary or given name, another source's name or a larger
// city's; of two towns of one name the first (larger) stays.
func TestWeakPlaces(t *testing.T) {
	lex := &lexicon{
		lower:  map[string]bool{"harbour": true},
		proper: map[string]bool{"marigold": true},
		common: map[string]bool{},
	}
	geo := func(name string, weak bool, cased ...string) *Record {
		return &Record{Name: name, Class: vocab.Place, Weak: weak, Cased: cased, sources: map[string]bool{"geonames": true}}
	}
	recs := []*Record{
		geo("Quuxburg", false),
		geo("Zorbstadt", true, "Zob", "Quuxburg", "Zorbia"), // aliases: too short, a larger city's, kept
		geo("Quuxburg", true),                               // a larger city's name
		geo("Harbour", true),                                // an English word
		geo("Marigold", true),                               // a dictionary proper name
		geo("Widgetd", true),                                // a technology's name
		geo("Ors", true),                                    // under four letters
		geo("Zorbstadt", true),                              // a second town of that name
		geo("Fooham", true),
		{Name: "Widgetd", Class: vocab.Technology, sources: map[string]bool{"topic": true}},
	}
	known := map[string]bool{vocab.Fold("Widgetd"): true}
	var got []string
	for _, r := range weakPlaces(recs, lex, known) {
		if r.Class == vocab.Place {
			got = append(got, r.Name+"/"+fmtBool(r.Weak)+"/"+fmtList(r.Cased))
		}
	}
	want := []string{"Quuxburg/strong/", "Zorbstadt/weak/Zorbia", "Fooham/weak/"}
	if !slices.Equal(got, want) {
		t.Errorf("weakPlaces = %q, want %q", got, want)
	}
}

func fmtBool(weak bool) string {
	if weak {
		return "weak"
	}
	return "strong"
}

func fmtList(l []string) string {
	s := ""
	for i, x := range l {
		if i > 0 {
			s += "|"
		}
		s += x
	}
	return s
}

// TestPlainAliases: a city's accented names get their spelling without
// diacritics as a cased alias, unless that spelling is short, a word, a
// proper or given name, another record's name, or not ASCII after the
// marks are dropped.
func TestPlainAliases(t *testing.T) {
	lex := &lexicon{
		lower:  map[string]bool{"harbour": true},
		proper: map[string]bool{"marigold": true},
		common: map[string]bool{},
	}
	known := map[string]bool{"zelina": true}
	names := map[string]bool{"Quuxfeld": true}
	tests := []struct {
		name  string
		cased []string
		want  []string
	}{
		{"Zörbville", nil, []string{"Zorbville"}},
		{"Zörbville", []string{"Vila Zörb"}, []string{"Zorbville", "Vila Zorb"}},
		{"Zorbville", nil, nil}, // nothing to drop
		{"Quüx", nil, nil},      // too short
		{"Hárbour", nil, nil},   // a word
		{"Márigold", nil, nil},  // a proper name
		{"Zélina", nil, nil},    // a given name of another source
		{"Quüxfeld", nil, nil},  // another record's name
		{"Łódźville", nil, nil}, // Ł has no decomposition
		{"Blörp Vãlley", nil, []string{"Blorp Valley"}},
	}
	for _, tt := range tests {
		r := &Record{Name: tt.name, Class: vocab.Place, Cased: tt.cased, sources: map[string]bool{"geonames": true}}
		if got := plainAliases(r, lex, known, names); !slices.Equal(got, tt.want) {
			t.Errorf("plainAliases(%q, %q) = %q, want %q", tt.name, tt.cased, got, tt.want)
		}
	}
}

// TestPlainSpellingKept: finish keeps a plain spelling that folds as the
// name does (other such aliases are dropped as repeats of the name).
func TestPlainSpellingKept(t *testing.T) {
	r := &Record{Name: "Zörbville", Class: vocab.Place, Cased: []string{"Zorbville", "ZÖRBVILLE"}}
	if !isPlainSpelling(r, "Zorbville") || isPlainSpelling(r, "ZÖRBVILLE") || isPlainSpelling(r, "Zörbville") {
		t.Errorf("isPlainSpelling: wrong answers for %q", r.Cased)
	}
}
