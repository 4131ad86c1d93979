package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestArticleURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://quux.example/w/2016/05/routing-in-quux/", true},
		{"https://quux.example/blog/how-we-built-the-thing.html", true},
		{"https://quux.example/posts/a_long_slug_here", true},
		{"https://marc.example/", false},
		{"https://twitter.com/marcq", false},
		{"https://quux.example/people/marc-quux", false},
		{"https://quux.example/about", false},
		{"::not a url", false},
	}
	for _, tt := range tests {
		if got := articleURL(tt.url); got != tt.want {
			t.Errorf("articleURL(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

// TestLoneNameLinkToArticle: a given name alone as the anchor of a link to
// an article names the article's subject; to a home page, a person.
func TestLoneNameLinkToArticle(t *testing.T) {
	tests := []struct {
		text, link string
		want       bool // a Person named Marc
	}{
		{"The last talk was about `Marc`, the new routing interface.", "Marc|https://quux.example/w/2016/05/routing-in-quux/", false},
		{"Thanks to Marc for the tour of the venue.", "Marc|https://marc.example/", true},
	}
	for _, tt := range tests {
		r := newX().Extract(mkdoc("T", tt.text, tt.link))
		if got := has(names(r, vocab.Person), "Marc"); got != tt.want {
			t.Errorf("%q: persons %q, want Marc: %v", tt.text, names(r, vocab.Person), tt.want)
		}
	}
}
