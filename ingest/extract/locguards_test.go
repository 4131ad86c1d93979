package extract

import (
	"sort"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestPlacesNotOfTheEdition: a place a sentence names for where someone
// lives, works or is based, or for what the author did after the edition,
// is not where the edition took place.
func TestPlacesNotOfTheEdition(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		text string
		want bool
	}{
		{"I live in Basel and went to Snakeconf 2031.", false},
		{"Jane Doe, who works in Basel, gave a talk at Snakeconf 2031.", false},
		{"The conference team is based in Basel.", false},
		{"Jane Doe of the Basel office talked about parsers at the conference.", false},
		{"After Snakeconf 2031 I spent two days in Basel.", false},
		{"Snakeconf 2031 was held in Basel.", true},
		{"The conference took place in Basel.", true},
		{"At the conference in Basel, Jane Doe talked about parsers.", true},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("Snakeconf 2031 recap", "The talks were good. "+tt.text))
		if got := rel(r, Location, "Snakeconf 2031", "Basel"); got != tt.want {
			t.Errorf("%q: location(Snakeconf 2031, Basel) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// cityLexicon knows cities (with a GeoNames identity) and countries.
type cityLexicon struct{ cities, countries []string }

func (l cityLexicon) Find(text string) []Term {
	var out []Term
	for _, c := range l.cities {
		for _, at := range wordIndexes(text, c) {
			out = append(out, Term{Start: at, End: at + len(c), Name: c, Class: vocab.Place, SameAs: []string{"https://sws.geonames.org/1/" + c}})
		}
	}
	for _, c := range l.countries {
		for _, at := range wordIndexes(text, c) {
			out = append(out, Term{Start: at, End: at + len(c), Name: c, Class: vocab.Place})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// TestLoneSentenceCities: an edition stated to take place in one city gets
// no other city from a sentence that only names the conference beside it;
// its venue and its country stay.
func TestLoneSentenceCities(t *testing.T) {
	x := New(Config{Lexicon: cityLexicon{cities: []string{"Basel", "Fooham"}, countries: []string{"Zorbia"}}, Series: []string{"FOSDEM"}})
	tests := []struct {
		text, place string
		want        bool
	}{
		{"Snakeconf 2031 was held in Basel. The mayor of Fooham opened the conference.", "Fooham", false},
		{"Snakeconf 2031 was held in Basel. One talk at the conference was about a hackathon in Fooham.", "Fooham", false},
		{"Snakeconf 2031 was held in Basel. The mayor of Fooham opened the conference.", "Basel", true},
		{"The mayor of Fooham opened the conference.", "Fooham", true}, // nothing stated: the sentence's place stays
		{"The venue, the Quokka Hall, is in the centre of Fooham.", "Fooham", true},
		{"Snakeconf 2031 was held in Basel. The conference is the largest in Zorbia.", "Zorbia", true},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("Snakeconf 2031 recap", "The talks were good. "+tt.text))
		if got := rel(r, Location, "Snakeconf 2031", tt.place); got != tt.want {
			t.Errorf("%q: location(Snakeconf 2031, %s) = %v, want %v", tt.text, tt.place, got, tt.want)
		}
	}
}

// TestNameQualifierPlaces: a city qualifying a conference's name is where
// the edition is held; a continent or a code in capitals only names it,
// and is no Place of the post.
func TestNameQualifierPlaces(t *testing.T) {
	x := New(Config{Lexicon: cityLexicon{cities: []string{"Basel"}, countries: []string{"Zorbia"}}})
	tests := []struct {
		title, edition, place string // title: the edition as the text names it
		want                  bool
	}{
		{"ZorbCon Berlin 2031", "ZorbCon Berlin 2031", "Berlin", true},
		{"ZorbCon Europe 2031", "ZorbCon Europe 2031", "Europe", false},
		{"ZorbCon Asia 2031", "ZorbCon Asia 2031", "Asia", false},
		{"ZorbCon US 2031", "ZorbCon US 2031", "US", false},
		{"ZorbCon EU 2031", "ZorbCon EU 2031", "EU", false},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("Notes from the road", "Last week I attended "+tt.title+". The talks were good."))
		if !has(names(r, vocab.Event), tt.edition) {
			t.Errorf("%q: no edition %q in %q", tt.title, tt.edition, names(r, vocab.Event))
			continue
		}
		if got := rel(r, Location, tt.edition, tt.place); got != tt.want {
			t.Errorf("%q: location(%s, %s) = %v, want %v", tt.title, tt.edition, tt.place, got, tt.want)
		}
		if !tt.want && has(names(r, vocab.Place), tt.place) {
			t.Errorf("%q: %q is a Place", tt.title, tt.place)
		}
	}
}
