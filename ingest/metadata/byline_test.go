package metadata

import (
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"reflect"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestParseByline(t *testing.T) {
	tests := []struct{ in, author, date string }{
		{"Posted on 2015-02-03 by Lee Wong", "Lee Wong", "2015-02-03"},
		{"By Jane Doe, February 4, 2019", "Jane Doe", "2019-02-04"},
		{"Written by Ana de la Cruz on 5 February 2018", "Ana de la Cruz", "2018-02-05"},
		{"— Kim Park, 4 Feb 2019", "Kim Park", "2019-02-04"},
		{"-- Kim Park, 2019-02-04", "Kim Park", "2019-02-04"},
		{"Posted by Lee Wong", "Lee Wong", ""},
		{"by @jdoe42", "@jdoe42", ""},
		{"Published: 2019-02-04", "", "2019-02-04"},
		{"Posted on February 6, 2017", "", "2017-02-06"},
		{"Author: Jane Doe", "Jane Doe", ""},
		{"By Jane Doe on 2019-02-04 at 10:00", "Jane Doe", "2019-02-04"},
		// negatives
		{"by the way, the talks were great", "", ""},
		{"By far the best talk was about Rust", "", ""},
		{"Posted in Conferences", "", ""},
		{"Posted in Conferences, Python", "", ""},
		{"By Sunday, we were tired", "", ""},
		{"By Alice, who spoke about eBPF", "", ""},
		{"— quoted from the keynote", "", ""},
		{"I went to FOSDEM on 2019-02-02 by train", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		a, d := ParseByline(tt.in)
		if a != tt.author || d != tt.date {
			t.Errorf("ParseByline(%q) = %q, %q; want %q, %q", tt.in, a, d, tt.author, tt.date)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		name    string
		in      doc.Document
		authors []string
		date    string
	}{
		{"byline after title", doc.Document{Text: "FOSDEM 2019 recap\n\nBy Jane Doe, February 4, 2019\n\nThe weekend..."}, []string{"Jane Doe"}, "2019-02-04"},
		{"date line then byline", doc.Document{Text: "Recap\n\n2015-02-03\n\nPosted by Lee Wong\n\nText"}, []string{"Lee Wong"}, "2015-02-03"},
		{"kept values", doc.Document{Text: "By Jane Doe, February 4, 2019", Authors: []string{"X"}, Date: "2000-01-01"}, []string{"X"}, "2000-01-01"},
		{"fills only date", doc.Document{Text: "By Jane Doe, February 4, 2019", Authors: []string{"X"}}, []string{"X"}, "2019-02-04"},
		{"too deep", doc.Document{Text: "a\nb\nc\nd\ne\nf\ng\nh\ni\nBy Jane Doe, February 4, 2019"}, nil, ""},
		{"date in prose", doc.Document{Text: "Recap\n\nOn 2019-02-02 I took the train to Brussels and met many people there."}, nil, ""},
		{"by the way", doc.Document{Text: "Recap\n\nby the way, it rained"}, nil, ""},
	}
	for _, tt := range tests {
		d := tt.in
		Byline(&d)
		if !reflect.DeepEqual(d.Authors, tt.authors) || d.Date != tt.date {
			t.Errorf("%s: authors %q date %q; want %q %q", tt.name, d.Authors, d.Date, tt.authors, tt.date)
		}
	}
	Byline(nil)
}

func FuzzParseByline(f *testing.F) {
	for _, s := range []string{"Posted on 2015-02-03 by Lee Wong", "By Jane Doe, February 4, 2019", "— Kim Park, 4 Feb 2019", "by the way"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		a, d := ParseByline(s)
		if d != "" && Date(d) != d {
			t.Fatalf("date %q not normalised", d)
		}
		if a != "" && len(a) > len(s) {
			t.Fatalf("author %q longer than line", a)
		}
	})
}
