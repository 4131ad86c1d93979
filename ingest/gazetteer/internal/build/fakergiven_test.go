package build

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestAddFakerNames(t *testing.T) {
	lex := &lexicon{lower: map[string]bool{"said": true, "maria": true}, proper: map[string]bool{}, common: map[string]bool{"will": true}}
	recs := []*Record{
		{Name: "Quuxlang", Class: vocab.Technology, Aliases: []string{"Qlang"}, sources: map[string]bool{"linguist": true}},
		{Name: "Fooorg", Class: vocab.Organization, Weak: true, sources: map[string]bool{"icons": true}},
		{Name: "Barville", Class: vocab.Place, sources: map[string]bool{"tz": true, "geonames": true}},
		{Name: "Bazton", Class: vocab.Place, Aliases: []string{"Jane"}, sources: map[string]bool{"geonames": true}},
	}
	given := "# header\n# columns\nDana\t7\n"
	names := []fakerName{
		{"Jane", 5},     // kept: a GeoNames city's alias does not count
		{"Dana", 2},     // kept with the speakers' count
		{"Quuxlang", 3}, // a technology
		{"Qlang", 2},    // a technology's alias
		{"Fooorg", 4},   // a (weak) organization
		{"Barville", 2}, // a tzdata place
		{"Bazton", 2},   // kept: a GeoNames city only
		{"Said", 5},     // an English word in too few languages
		{"Maria", 6},    // an English word in enough languages
		{"Will", 1},     // a common word
		{"Al", 3},       // too short
		{"April", 3},    // a month
		{"McQuux", 2},   // not shaped like a given name
	}
	got := string(addFakerNames([]byte(given), lex, recs, names))
	want := "# header\n# columns\nBazton\t2\nDana\t7\nJane\t5\nMaria\t6\n"
	if got != want {
		t.Errorf("addFakerNames:\n%s\nwant:\n%s", got, want)
	}
}

func TestReadFakerNames(t *testing.T) {
	names, err := readFakerNames(fakerNamesGz)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 1000 {
		t.Fatalf("%d names in the snapshot, want thousands", len(names))
	}
	for _, n := range names {
		if n.langs < 1 || strings.ContainsAny(n.name, " \t") {
			t.Fatalf("bad snapshot entry %+v", n)
		}
	}
}
