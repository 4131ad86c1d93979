package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestTitleSeries: a title that reports on a plain name ("Back from
// Fooconf") makes it the series of the edition the post reports on, in the
// post's year, when the text says it took place or the author went there.
func TestTitleSeries(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		title, text, want string
	}{
		{"Back from Fooconf", "Fooconf took place in Basel and the talks were good.", "Fooconf 2031"},
		{"Notes from Snakemeet", "I attended Snakemeet last week. The talks were good.", "Snakemeet 2031"},
		{"Notes from Snakemeet", "Snakemeet is a library I like.", ""},    // nothing says it is an event
		{"Notes from Basel", "I attended a meetup in Basel.", ""},         // a place
		{"Thoughts on Kubernetes", "I attended Kubernetes training.", ""}, // a technology
		{"Snakemeet and me", "I attended Snakemeet last week.", ""},       // no recap shape around the name
	}
	for _, tt := range tests {
		d := mkdoc(tt.title, tt.text)
		d.Date = "2031-05-10"
		r := x.Extract(d)
		got := ""
		for _, e := range r.Entities {
			if e.Class == vocab.Event && e.Main {
				got = e.Name
			}
		}
		if got != tt.want {
			t.Errorf("%q / %q: reported edition %q, want %q", tt.title, tt.text, got, tt.want)
		}
	}
	// the place the text gives it
	d := mkdoc("Back from Fooconf", "Fooconf took place in Basel and the talks were good.")
	d.Date = "2031-05-10"
	if r := x.Extract(d); !rel(r, Location, "Fooconf 2031", "Basel") {
		t.Errorf("no location(Fooconf 2031, Basel)")
	}
}
