package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestNotProductLinks(t *testing.T) {
	x := newX()
	tests := []struct {
		text, anchor string
		project      bool // the anchor is a Project
	}{
		{"For details see the Zorb Handbook before you start.", "Zorb Handbook", false},
		{"The code follows the Quux Style Guide to the letter.", "Quux Style Guide", false},
		{"Please fill in the Widget Survey this month.", "Widget Survey", false},
		{"This year Quux Gathering will take place in Zorbtown again.", "Quux Gathering", false},
		{"Last year Quux Gathering was held in Zorbtown.", "Quux Gathering", false},
		{"This year will have the first edition of the Zorb Meet next to it.", "Zorb Meet", false},
		{"Many conferences were spun up (Zorbfest, Quux Gathering, Frob Nights) since then.", "Quux Gathering", false},
		{"We visited meetups such as Frob Nights last year.", "Frob Nights", false},
		{"We tried Zorbtool and it took place of our old scripts.", "Zorbtool", true},
		{"Many tools were written (Zorbfest, Zorbtool, Frob) since then.", "Zorbtool", true},
		{"We used Zorbtool for the survey this month.", "Zorbtool", true},
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text, tt.anchor+"|https://zorb.example/"))
		if got := has(names(r, vocab.Project), tt.anchor); got != tt.project {
			t.Errorf("%q: project %q = %v, want %v (projects %q)", tt.text, tt.anchor, got, tt.project, names(r, vocab.Project))
		}
	}
}
