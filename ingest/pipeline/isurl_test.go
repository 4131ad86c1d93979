package pipeline

import (
	"net/url"
	"testing"
)

// TestIsURL checks isURL's shortcut against url.Parse's scheme.
func TestIsURL(t *testing.T) {
	for _, s := range []string{"", "-", "posts/a.md", "/abs/http.md", "http:", "http://example.org/a", "HTTPS://example.org",
		"https:opaque", "Http:/x", "httpx://y", "ftp://z", "http", "https", "c:\\\\x", "http%3A//x", " http://x"} {
		u, err := url.Parse(s)
		want := err == nil && (u.Scheme == "http" || u.Scheme == "https")
		if got := isURL(s); got != want {
			t.Errorf("isURL(%q) = %v, want %v", s, got, want)
		}
	}
}
