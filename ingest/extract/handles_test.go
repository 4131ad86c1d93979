package extract

import (
	"reflect"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestProfileHandle(t *testing.T) {
	tests := []struct{ anchor, slug, want string }{
		{"@zed_k", "zed_k", "@zed_k"},
		{"@Zed_K", "zed_k", "@Zed_K"},
		{"@zed@toot.example", "zed", "@zed"},
		{"zed_k", "zed_k", ""},  // no "@": the anchor is not a handle
		{"@other", "zed_k", ""}, // not the profile's handle
		{"@here", "here", ""},   // a group address
		{"@a", "a", ""},         // too short
		{"@zed.k", "zed.k", ""}, // not a handle
	}
	for _, tt := range tests {
		if got := profileHandle(tt.anchor, tt.slug); got != tt.want {
			t.Errorf("profileHandle(%q, %q) = %q, want %q", tt.anchor, tt.slug, got, tt.want)
		}
	}
}

func TestProseHandles(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"I met @quux_dev at the booth.", []string{"@quux_dev"}},
		{"(via @quux) and @flib's talk", []string{"@quux", "@flib"}},
		{"mail me at zed@example.org", nil},
		{"npm i @types/node", nil},
		{"the @decorator(x) and @media screen", nil},
		{"follow @zed@social.example today", []string{"@zed"}},
		{"cc @here and @channel", nil},
		{"ping @zz-top-", []string{"@zz-top"}},
		{"a path /home/@user and @1234", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range proseHandles(tt.text) {
			got = append(got, tt.text[h.start:h.end])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("proseHandles(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestHandlePersons(t *testing.T) {
	d := mkdoc("Notes", "A fine talk by @quux_dev about parsers. Later @quux_dev joined [@zork](https://twitter.com/Zork) on stage; see also @mel@fedi.example.", "@zork|https://twitter.com/Zork")
	r := newX().Extract(d)
	ps := names(r, vocab.Person)
	for _, want := range []string{"@quux_dev", "@zork", "@mel"} {
		if !has(ps, want) {
			t.Errorf("persons %q lack %q", ps, want)
		}
	}
	for _, e := range r.Entities {
		switch e.Name {
		case "@zork":
			if !has(e.SameAs, "https://twitter.com/Zork") {
				t.Errorf("@zork sameAs %q", e.SameAs)
			}
		case "@mel":
			if !has(e.SameAs, "https://fedi.example/@mel") {
				t.Errorf("@mel sameAs %q", e.SameAs)
			}
		}
	}
	if n := len(ps); n != 3 {
		t.Errorf("want 3 persons (one per handle), got %q", ps)
	}
}
