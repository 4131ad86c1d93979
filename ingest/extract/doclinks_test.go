package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestNotProductLinks(t *testing.T) {
	x := newX()
	tests := []struct {
		text, anchor string
		project      bool   // the anchor is a Project
		url          string // the link's address, if not the anchor's own site
	}{
		{"For details see the Zorb Handbook before you start.", "Zorb Handbook", false, ""},
		{"The code follows the Quux Style Guide to the letter.", "Quux Style Guide", false, ""},
		{"Please fill in the Widget Survey this month.", "Widget Survey", false, ""},
		{"This year Quux Gathering will take place in Zorbtown again.", "Quux Gathering", false, ""},
		{"Last year Quux Gathering was held in Zorbtown.", "Quux Gathering", false, ""},
		{"The town hosts the first edition of the Zorb Meet.", "Zorb Meet", false, ""},
		{"Several conferences started (Zorbfest, Quux Gathering, Frob Nights) lately.", "Quux Gathering", false, ""},
		{"We visited meetups such as Frob Nights last year.", "Frob Nights", false, ""},
		{"We tried Zorbtool and it took place of our old scripts.", "Zorbtool", true, ""},
		{"Many tools were written (Zorbfest, Zorbtool, Frob) since then.", "Zorbtool", true, ""},
		{"We used Zorbtool for the survey this month.", "Zorbtool", true, ""},
		{"The fix is ZSA-2023-0042 in the advisory database.", "ZSA-2023-0042", false, ""},
		{"The patch is D12345 on the review site.", "D12345", false, ""},
		{"The format follows ZEP-0323 closely.", "ZEP-0323", true, ""}, // a proposal the post discusses
		{"Join #zorb-dev on the chat server.", "#zorb-dev", false, ""},
		{"We built it on Zorb64 last week.", "Zorb64", true, ""},
		{"You can take the survey in Traditional Zorbish or Quuxish.", "Traditional Zorbish", false, "https://forms.example/c/x1y2"},
		{"The talk was about Zorbkit and its routing.", "Zorbkit", true, "https://quux.example/2016/routing-in-lua/"}, // one word
		{"We tried Zorbtool on our laptops.", "Zorbtool", true, "https://quuxcorp.example/products/zorbtool/"},
		{"We tried Zorb Tool on our laptops.", "Zorb Tool", false, "https://quuxcorp.example/docs/chapter-3.html"},
	}
	for _, tt := range tests {
		u := "https://" + strings.ToLower(strings.ReplaceAll(tt.anchor, " ", "")) + ".example/"
		if strings.ContainsAny(tt.anchor, "0123456789#") {
			u = "https://tracker.example/" + strings.Trim(tt.anchor, "#")
		}
		if tt.url != "" {
			u = tt.url
		}
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019 we talked. "+tt.text, tt.anchor+"|"+u))
		if got := has(names(r, vocab.Project), tt.anchor); got != tt.project {
			t.Errorf("%q: project %q = %v, want %v (projects %q)", tt.text, tt.anchor, got, tt.project, names(r, vocab.Project))
		}
	}
}
