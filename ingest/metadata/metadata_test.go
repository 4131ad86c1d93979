package metadata

import (
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

func TestDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2017-02-09 16:00", "2017-02-09"},
		{"2019-02-04T10:00:00+01:00", "2019-02-04"},
		{"2019-02-04T23:30:00-08:00", "2019-02-04"},
		{"2019-2-4", "2019-02-04"},
		{"2019/02/04", "2019-02-04"},
		{"2019.02.04", "2019-02-04"},
		{"20190204", "2019-02-04"},
		{"04.02.2019", "2019-02-04"},
		{"02/04/2019", "2019-02-04"},
		{"25/12/2019", "2019-12-25"},
		{"Mon, 04 Feb 2019 10:00:00 +0000", "2019-02-04"},
		{"February 4, 2019", "2019-02-04"},
		{"Monday, February 4th, 2019", "2019-02-04"},
		{"Feb. 4 2019", "2019-02-04"},
		{"4 February 2019", "2019-02-04"},
		{"4th of February, 2019", "2019-02-04"},
		{"3 février 2019", "2019-02-03"},
		{"2019 Feb 04", "2019-02-04"},
		{`"2015-02-04"`, "2015-02-04"},
		// negatives
		{"", ""},
		{"yesterday", ""},
		{"1549274400", ""},
		{"2019-13-01", ""},
		{"2019-02-30", ""},
		{"31 Foo 2019", ""},
		{"version 1.2.3", ""},
		{"true", ""},
	}
	for _, tt := range tests {
		if got := Date(tt.in); got != tt.want {
			t.Errorf("Date(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateFromName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2015-02-04-cfgmgmtcamp.md", "2015-02-04"},
		{"_posts/2019-02-04-fosdem.markdown", "2019-02-04"},
		{"content/2019_02_04_fosdem.rst", "2019-02-04"},
		{"2014/12/12/1.0-Timeline", "2014-12-12"},
		{"blog/2019/02/04/index.md", "2019-02-04"},
		{"fosdem-2019.md", ""},
		{"2019-13-45-x.md", ""},
		{"2019-02_04-x.md", ""},
		{"12019-02-04.md", ""},
		{"2019-02-4-x.md", ""}, // seven digits
		{"", ""},
	}
	for _, tt := range tests {
		if got := DateFromName(tt.in); got != tt.want {
			t.Errorf("DateFromName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestApply(t *testing.T) {
	fx := textfix.New()
	tests := []struct {
		name   string
		fields map[string]any
		want   doc.Document
	}{
		{
			name: "jekyll with engine category and mojibake",
			fields: map[string]any{"published": true, "layout": "post", "category": "jekyll",
				"title": "FOSDEM 2019\u200a‚Äî\u200aWhy"},
			want: doc.Document{Title: "FOSDEM 2019 — Why", Meta: map[string]string{"layout": "post"}},
		},
		{
			name: "hugo yaml",
			fields: map[string]any{"title": "FOSDEM 2025 Highlights", "date": time.Date(2025, 2, 15, 0, 0, 0, 0, time.UTC),
				"url": "/fosdem-2025/", "author": "Flavio Hafner", "tags": []any{"conference", "python"},
				"showToc": false, "description": "My summary"},
			want: doc.Document{Title: "FOSDEM 2025 Highlights", Date: "2025-02-15", Authors: []string{"Flavio Hafner"},
				Tags: []string{"conference", "python"}, Meta: map[string]string{"url": "/fosdem-2025/", "description": "My summary"}},
		},
		{
			name: "pelican strings",
			fields: map[string]any{"Title": "Fosdem 2017 review", "date": "2017-02-09 16:00", "tags": "fosdem, kamailio, conferences",
				"author": "eloycoto", "metatags": "fosdem, go", "keywords": "fosdem, voip", "language": "en_GB", "category": "Conferences"},
			want: doc.Document{Title: "Fosdem 2017 review", Date: "2017-02-09", Authors: []string{"eloycoto"},
				Tags: []string{"fosdem", "kamailio", "conferences", "Conferences"}, Keywords: []string{"fosdem", "voip", "go"}, Language: "en-GB"},
		},
		{
			name: "zola taxonomies and extra",
			fields: map[string]any{"title": "T", "date": "2020-01-02", "taxonomies": map[string]any{"tags": []any{"a"}, "categories": []any{"b", "blog"}},
				"extra": map[string]any{"author": map[string]any{"name": "Jane Doe"}, "toc": true, "mood": "happy"}},
			want: doc.Document{Title: "T", Date: "2020-01-02", Authors: []string{"Jane Doe"}, Tags: []string{"a", "b"},
				Meta: map[string]string{"extra.mood": "happy"}},
		},
		{
			name:   "updated only as fallback",
			fields: map[string]any{"updated": "2021-05-06", "lastmod": "2021-05-07"},
			want:   doc.Document{Date: "2021-05-07", Meta: map[string]string{"updated": "2021-05-06", "lastmod": "2021-05-07"}},
		},
		{
			name:   "published date wins over updated",
			fields: map[string]any{"updated": "2021-05-06", "published": "2020-01-01", "canonical": "https://example.org/p"},
			want:   doc.Document{Date: "2020-01-01", URL: "https://example.org/p", Meta: map[string]string{"updated": "2021-05-06"}},
		},
		{
			name:   "authors list of maps and strings, entities",
			fields: map[string]any{"authors": []any{map[string]any{"name": "A &amp; B"}, "Carol", []any{"x"}}, "by": "Dan and Eve"},
			want:   doc.Document{Authors: []string{"A & B", "Carol", "Dan", "Eve"}},
		},
		{
			name:   "nothing usable",
			fields: map[string]any{"draft": false, "title": []any{"x"}, "url": "relative/path"},
			want:   doc.Document{Meta: map[string]string{"url": "relative/path"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc.Document
			Apply(&d, tt.fields, fx)
			if len(d.Meta) == 0 {
				d.Meta = nil
			}
			if !reflect.DeepEqual(d, tt.want) {
				t.Errorf("Apply:\n got %+v\nwant %+v", d, tt.want)
			}
		})
	}
}

func TestApplyKeepsExisting(t *testing.T) {
	d := doc.Document{Title: "Kept", Tags: []string{"a"}}
	Apply(&d, map[string]any{"title": "Other", "tags": []any{"a", "b"}}, nil)
	if d.Title != "Kept" || !reflect.DeepEqual(d.Tags, []string{"a", "b"}) {
		t.Errorf("got %+v", d)
	}
	Apply(nil, map[string]any{"title": "x"}, nil) // must not panic
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"2017-02-09 16:00", "February 4, 2019", "4 February 2019", "04.02.2019", "2014/12/12/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		for _, d := range []string{Date(s), DateFromName(s)} {
			if d != "" {
				if err := (&doc.Document{Date: d}).Check(); err != nil {
					t.Fatalf("%q: %v", s, err)
				}
			}
		}
	})
}

func TestTitleFromName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"posts/2015-02-04-cfgmgmt-camp.md", "Cfgmgmt camp"},
		{"corpus/000_2e5dd42e0fd52141.txt", ""}, // numbers and hashes are no title
		{"12345.md", ""},
		{"cafe-notes.md", "Cafe notes"},
		{"fab.md", "Fab"},
		{"content/fosdem_2019/index.md", "Fosdem 2019"},
		{"https://example.org/blog/my-fosdem-trip/", "My fosdem trip"},
		{"notes.txt", "Notes"},
		{"-", ""},
		{"", ""},
		{"2019-02-04.md", ""},
	}
	for _, tt := range tests {
		if got := TitleFromName(tt.in); got != tt.want {
			t.Errorf("TitleFromName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFillDefaults(t *testing.T) {
	d := doc.Document{Source: "blog/x.md", Meta: map[string]string{"path": "2014/12/12/1.0-Timeline"}}
	FillDefaults(&d)
	if d.Date != "2014-12-12" || d.Title != "X" {
		t.Errorf("got date %q title %q", d.Date, d.Title)
	}
	d = doc.Document{Source: "https://example.org/2019/02/04/post.html", Title: "Kept"}
	FillDefaults(&d)
	if d.Date != "2019-02-04" || d.Title != "Kept" {
		t.Errorf("got date %q title %q", d.Date, d.Title)
	}
	FillDefaults(nil)
}

func TestFillDefaultsTitle(t *testing.T) {
	tests := []struct {
		name string
		d    doc.Document
		want string
	}{
		{"file name", doc.Document{Source: "my-trip.md", Text: "Body."}, "My trip"},
		{"heading when the name is a hash", doc.Document{Source: "004_8c60d6a1.txt", Text: "Intro\n\nBody", Sections: []doc.Section{{Heading: "Intro", Level: 1}}}, "Intro"},
		{"first short paragraph", doc.Document{Source: "004_8c60d6a1.txt", Text: "FOSDEM notes\n\nBody text."}, "FOSDEM notes"},
		{"no title from a sentence", doc.Document{Source: "004_8c60d6a1.txt", Text: "Some text here.\n\nMore."}, ""},
		{"no title from a lower-case line", doc.Document{Source: "004_8c60d6a1.txt", Text: "a b\n\nMore."}, ""},
		{"no title from a long line", doc.Document{Source: "004_8c60d6a1.txt", Text: strings.Repeat("word ", 40)}, ""},
		{"declared title kept", doc.Document{Source: "x.md", Title: "Declared"}, "Declared"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.d
			FillDefaults(&d)
			if d.Title != tt.want {
				t.Errorf("Title = %q, want %q", d.Title, tt.want)
			}
		})
	}
}
