package inline

import (
	"regexp"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/textbuild"
	"github.com/talkgraph/talkgraph/ingest/textfix"
)

func TestUnwrap(t *testing.T) {
	w := New(nil, "**", "*", "_", "/")
	tests := []struct{ in, want string }{
		{"*bold* and _em_", "bold and em"},
		{"**strong** text", "strong text"},
		{"a*b*c stays", "a*b*c stays"},
		{"snake_case_name stays", "snake_case_name stays"},
		{"2 * 3 * 4", "2 * 3 * 4"},
		{"/italic/ but a/b/c", "italic but a/b/c"},
		{"unclosed *star", "unclosed *star"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := w.Unwrap(tt.in); got != tt.want {
			t.Errorf("Unwrap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWrite(t *testing.T) {
	rules := []Rule{
		{RE: regexp.MustCompile(`\[\[([^\]]+)\]\[([^\]]*)\]\]`), Piece: func(m []string) Piece { return Piece{Text: m[2], URL: m[1]} }},
		{RE: regexp.MustCompile(`!([^!\s]+)!`), Piece: func(m []string) Piece { return Piece{Text: "pic", URL: m[1], Image: true} }},
		{RE: regexp.MustCompile(`x*`), Piece: func(m []string) Piece { return Piece{Text: m[0]} }}, // may match empty
	}
	w := New(rules, "*")
	d := &doc.Document{}
	b := textbuild.New(textfix.New(), d, 64)
	w.Write(b, "See [[https://a.example][the *site*]], then [[https://b.example][]] and !p.png! end")
	d.Text = b.Text()
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	if want := "See the site, then https://b.example and\npic\nend"; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
	if len(d.Links) != 3 || d.Links[0].Anchor != "the site" || !d.Links[2].Image || len(d.Alts) != 1 {
		t.Errorf("links %+v alts %+v", d.Links, d.Alts)
	}
}
