package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestEditionLinkToPlace: a link to next year's edition site whose anchor is
// a place names that edition (of the series the post names, whose letters
// start with the host's label) and its place.
func TestEditionLinkToPlace(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorbtown": vocab.Place, "Open": vocab.Technology}, Series: []string{"FOSDEM"}})
	d := withAuthorDate(mkdoc("open.conf.xy 2014, or a week of fun",
		"I went to open.conf.xy again, the largest conference around. Open rocks. Next year's venue is Zorbtown, but it will be worth it.",
		"Zorbtown|http://oc2015.open.org.xy"), "2014-01-20")
	r := x.Extract(d)
	evs := names(r, vocab.Event)
	if !has(evs, "open.conf.xy 2015") || has(evs, "Open 2015") || has(evs, "Zorbtown") {
		t.Fatalf("events %q, want open.conf.xy 2015", evs)
	}
	if !rel(r, Location, "open.conf.xy 2015", "Zorbtown") {
		t.Errorf("no location(open.conf.xy 2015, Zorbtown)")
	}
}
