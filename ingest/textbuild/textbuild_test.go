package textbuild

import (
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

func TestBuilderOffsets(t *testing.T) {
	d := &doc.Document{}
	b := New(textfix.New(), d, 64)
	h := b.Open()
	b.Write("Intro")
	b.Heading(h, 1)
	b.Separate(SepPara)
	b.Write("See ")
	l := b.Open()
	b.Write(b.Clean("the ‚Äúdocs‚Äù")) // Clean repairs Mac Roman mojibake
	b.Link(l, "https://example.org/docs", false)
	b.Separate(SepSpace)
	b.Write("now.")
	d.Text = b.Text()
	if d.Text != "Intro\n\nSee the “docs” now." {
		t.Fatalf("text = %q", d.Text)
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	if len(d.Links) != 1 || d.Links[0].Anchor != "the “docs”" || len(d.Sections) != 1 {
		t.Fatalf("links %+v sections %+v", d.Links, d.Sections)
	}
}

func TestLinkBareURLs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"see https://example.org/a.", []string{"https://example.org/a"}},
		{"(https://example.org/a_(b)) and http://x.io/", []string{"https://example.org/a_(b)", "http://x.io/"}},
		{"no links here", nil},
		{"mail me@example.org", nil},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		LinkBareURLs(d)
		var got []string
		for _, l := range d.Links {
			got = append(got, l.URL)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: links %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: links %v, want %v", tt.text, got, tt.want)
			}
		}
		if err := d.Check(); err != nil {
			t.Errorf("%q: %v", tt.text, err)
		}
	}
}
