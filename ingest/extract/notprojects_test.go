package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestNotSoftwareRepo(t *testing.T) {
	for n, want := range map[string]bool{"lang-team": true, "wg-governance": true, "awesome-widgets": true, "book": true, "rfcs": true, "widgetd": false, "teamcity-agent": false, "booklet": false} {
		if got := notSoftwareRepo(n); got != want {
			t.Errorf("notSoftwareRepo(%q) = %v, want %v", n, got, want)
		}
	}
}

// TestLinksNoProject: links to team repositories, API items and a site's
// own address make no Project; a product's homepage does.
func TestLinksNoProject(t *testing.T) {
	x := newX()
	tests := []struct {
		name, text, link, want string
		found                  bool
	}{
		{"team repository", "Ask the lang team about it.", "lang team|https://github.com/acme-lang/lang-team", "lang team", false},
		{"program repository", "We use widgetd for it.", "widgetd|https://github.com/acme/widgetd", "widgetd", true},
		{"API item in a manual", "Use RefCell for that.", "RefCell|https://doc.example.org/std/cell/struct.RefCell.html", "RefCell", false},
		{"dotted key in a manual", "Set build.target in the file.", "build.target|https://doc.example.org/cargo/reference/config.html", "build.target", false},
		{"a site's own address", "Read blog.zorbl.org every week.", "blog.zorbl.org|https://blog.zorbl.org/", "blog.zorbl.org", false},
		{"a product's homepage", "We deploy with Zorbl now.", "Zorbl|https://zorbl.example/", "Zorbl", true},
		{"a product named by its domain", "We host it on zorbl.io now.", "zorbl.io|https://zorbl.io/", "zorbl.io", true},
		{"a known technology with its release", "Then Kubernetes 1.13 came out.", "Kubernetes 1.13|https://kubernetes.example/releases/1.13", "Kubernetes 1.13", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("FOSDEM 2019", tt.text, tt.link))
			if got := has(names(r, vocab.Project), tt.want); got != tt.found {
				t.Errorf("project %q = %v, want %v (projects %q)", tt.want, got, tt.found, names(r, vocab.Project))
			}
		})
	}
}
