package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestNamedSubjects(t *testing.T) {
	x := New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] },
		Word: func(w string) bool {
			return testWords[strings.ToLower(w)] || wordSet("system", "mind", "opening", "double", "slot", "learning", "deep", "future")[strings.ToLower(w)]
		}})
	tests := []struct {
		text  string
		links []string
		want  []string // software named
		not   []string
	}{
		{"I caught a zorbd talk by Jane Roe.", nil, []string{"zorbd"}, nil},
		{"There was also a ZRBD talk that I liked.", nil, []string{"ZRBD"}, nil},
		{"I saw a [zorbfs\ntalk](https://video.example/1) there.", []string{"zorbfs\ntalk|https://video.example/1"}, []string{"zorbfs"}, nil},
		{"It was a mind-opening talk and a double-slot tutorial.", nil, nil, []string{"mind-opening", "double-slot"}},
		{"I went to the Zorb Workshop on Friday.", nil, nil, []string{"Zorb"}},           // a title, not a subject
		{"I liked the Jane talk and the Acme talk.", nil, nil, []string{"Jane", "Acme"}}, // a given name, an organisation
		{"I liked the FOSDEM talk.", nil, nil, []string{"FOSDEM"}},                       // an event series
		{"It will grow in the future.\n\nTalk to us.", nil, nil, []string{"future", "future."}},
		{"I liked a systemd talk.", nil, []string{"systemd"}, nil}, // not "system" with a "d"
		{"The prevalence of zorb2vec surprised me.", []string{"zorb2vec|https://en.wikipedia.org/wiki/Zorb2vec"}, []string{"zorb2vec"}, nil},
		{"I worked in the zorblinux project.", []string{"zorblinux|https://en.wikipedia.org/wiki/Zorblinux"}, []string{"zorblinux"}, nil},
		{"They went to Zorbademy.", []string{"Zorbademy|https://en.wikipedia.org/wiki/Zorbademy"}, nil, []string{"Zorbademy"}}, // a capitalised name may be anything
		{"It uses deep learning.", []string{"deep learning|https://en.wikipedia.org/wiki/Deep_learning"}, nil, []string{"deep learning"}},
		{"It uses zorb2vec.", []string{"zorb2vec|https://en.wikipedia.org/wiki/Quux"}, nil, []string{"zorb2vec"}}, // another article
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019. "+tt.text, tt.links...))
		soft := append(names(r, vocab.Project), names(r, vocab.Technology)...)
		for _, w := range tt.want {
			if !has(soft, w) {
				t.Errorf("%q: no software %q (software %q)", tt.text, w, soft)
			}
		}
		for _, w := range tt.not {
			if has(soft, w) {
				t.Errorf("%q: software %q, want none (software %q)", tt.text, w, soft)
			}
		}
	}
}

func TestWikiTitle(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://en.wikipedia.org/wiki/Zorb_2vec", "Zorb 2vec"},
		{"https://de.wikipedia.org/wiki/Zorb", "Zorb"},
		{"https://en.wikipedia.org/wiki/Special:Random", ""},
		{"https://zorb.example/wiki/Zorb", ""},
		{"https://en.wikipedia.org/w/index.php?title=Zorb", ""},
	} {
		if got := wikiTitle(c.url); got != c.want {
			t.Errorf("wikiTitle(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

// TestPlainWordsInSubjects: in a talk's subject, a capitalised inflected
// word is no product's name; a plain word may be one.
func TestPlainWordsInSubjects(t *testing.T) {
	x := New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] },
		Word: func(w string) bool {
			return wordSet("application", "market", "asterism", "securing", "secure")[strings.ToLower(w)]
		}})
	r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019, Jane Roe gave a talk on securing Frobnix Applications. John Doe gave a talk about Asterism Marketing."))
	p := names(r, vocab.Project)
	for _, w := range []string{"Applications", "Marketing", "Frobnix Applications", "Asterism Marketing"} {
		if has(p, w) {
			t.Errorf("project %q, want none (projects %q)", w, p)
		}
	}
	for _, w := range []string{"Frobnix", "Asterism"} {
		if !has(p, w) {
			t.Errorf("no project %q (projects %q)", w, p)
		}
	}
}

// TestSiteOwnName: a lower-case anchor that is its site's own name is a
// project; an English word or another site's name is not.
func TestSiteOwnName(t *testing.T) {
	x := New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, Word: func(w string) bool { return testWords[strings.ToLower(w)] }})
	tests := []struct {
		text, link, name string
		want             bool
	}{
		{"We saw static analysis through the tool zorbtm on real projects.", "zorbtm|https://zorbtm.example/", "zorbtm", true},
		{"We saw static analysis through the tool zorbtm on real projects.", "zorbtm|https://other.example/zorbtm", "zorbtm", false},
		{"Read about it on widgets here.", "widgets|https://widgets.example/", "widgets", false},
		{"A talk about zorbgo, a promising toolkit for boards.", "zorbgo|https://zorbgo.example/", "zorbgo", true},
		{"Watch them all on zorbconfs and elsewhere.", "zorbconfs|https://zorbconfs.example/", "zorbconfs", false}, // a site, no software
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", "At FOSDEM 2019. "+tt.text, tt.link))
		if got := has(names(r, vocab.Project), tt.name); got != tt.want {
			t.Errorf("%q (%s): project %q = %v, want %v", tt.text, tt.link, tt.name, got, tt.want)
		}
	}
}
