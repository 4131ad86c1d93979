package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// testWords is the English word list of the tests.
var testWords = wordSet("with", "guide", "floss", "alternative", "using", "freedom", "and", "wrote", "shall", "use", "widget", "widgets", "free", "hosting", "users", "introduction", "copyleft", "frob", "federate", "models")

// slugX is an extractor with the test vocabulary, the test word list and a
// schedule that knows one talk's official title.
func slugX() *Extractor {
	return New(Config{Lexicon: lex, Series: []string{"FOSDEM"}, GivenName: func(t string) bool { return givenNames[t] },
		Word: func(w string) bool { return testWords[strings.ToLower(w)] },
		Talk: func(series, year, slug string) (string, bool) {
			if slug == "acme_rtfm" {
				return "ZORK", true
			}
			return "", false
		}})
}

func TestSlugNames(t *testing.T) {
	x := slugX()
	tests := []struct {
		anchor, slug string
		want         []string // software named
		not          []string
	}{
		{"Enhancing FrobPBX with Quuxly", "quuxly_frobpbx", []string{"FrobPBX"}, []string{"Quuxly"}}, // title case: capitals say nothing
		{"I wrote Zorblmatch, shall we use it?", "zorblmatch", []string{"Zorblmatch"}, nil},
		{"Zorbl: Free Widget Hosting for Users", "zorbl", []string{"Zorbl"}, []string{"Free"}}, // leads a title-cased title
		{"zorbl.sh helps you to host widgets", "zorbl_sh", []string{"zorbl.sh"}, nil},
		{"widgets.zorbl.example reloaded!", "widgets_reloaded", []string{"widgets"}, nil}, // a site by its first label
		{"HTTP/7", "http7", []string{"HTTP/7"}, nil},
		{"ONOZ", "onoz_introduction", []string{"ONOZ"}, nil},
		{"Programming ZORBL QUUXSTORMS robots", "zorbl_quuxstorms", []string{"ZORBL QUUXSTORMS"}, nil},
		{"A real Frobly alternative using standards compliant FLOSS", "frobly_alternative_floss", []string{"Frobly"}, []string{"FLOSS"}},
		{"Understanding The Complexity of Copyleft Defense", "copyleft_defense", nil, []string{"Copyleft"}},
		{"Let's de-Acme-ify the web", "de_acme_ify", nil, []string{"Acme", "de-Acme-ify"}}, // a known organisation
		{"ZORK", "acme_rtfm", nil, []string{"ZORK"}},                                       // an acronym that is the whole official title
		{"Zorbl: Frobbing widgets", "zorbl_frobbing", []string{"Zorbl"}, []string{"Frobbing"}},
		{"Manyzorb: Federating 3d models", "manyzorb_federating_3d_models", []string{"Manyzorb"}, []string{"Federating", "3d"}},
		{"Quuxing e2e widgets", "quuxing_e2e", nil, []string{"Quuxing", "e2e"}}, // a sentence's first capital, two letters and a digit
		{"Jane on widgets", "jane_widgets", nil, []string{"Jane"}},              // a given name
		{"Why Python matters", "why_python", []string{"Python"}, nil},           // the vocabulary's technology
		{"frobulator", "acme_frobulator", nil, []string{"frobulator"}},          // a lower-case word
	}
	for _, tt := range tests {
		text := "At FOSDEM 2019 I saw " + tt.anchor + " there."
		r := x.Extract(mkdoc("FOSDEM 2019", text, tt.anchor+"|https://fosdem.org/2019/schedule/event/"+tt.slug+"/"))
		soft := append(names(r, vocab.Project), names(r, vocab.Technology)...)
		for _, w := range tt.want {
			if !has(soft, w) {
				t.Errorf("%q (%s): no software %q (software %q)", tt.anchor, tt.slug, w, soft)
			}
		}
		for _, w := range tt.not {
			if has(soft, w) {
				t.Errorf("%q (%s): software %q, want none (software %q)", tt.anchor, tt.slug, w, soft)
			}
		}
	}
}

// TestSlugNamesNeedASlug: the same title without a schedule link names no
// software by this rule, and a word the slug does not repeat is none.
func TestSlugNamesNeedASlug(t *testing.T) {
	x := slugX()
	text := "At FOSDEM 2019 I saw I wrote Zorblmatch, shall we use it? there."
	r := x.Extract(mkdoc("FOSDEM 2019", text, "I wrote Zorblmatch, shall we use it?|https://fosdem.org/2019/schedule/event/other_talk/"))
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if m.Rule == slugRule {
				t.Errorf("slug rule found %s %q", e.Class, e.Name)
			}
		}
	}
}

// TestSlugNamesDropInnerTerm: a technology the vocabulary found only inside
// a longer name of a slug ("Go" of "Go2x") is dropped.
func TestSlugNamesDropInnerTerm(t *testing.T) {
	x := New(Config{Lexicon: fakeLexicon{"Zorb": vocab.Technology}, Series: []string{"FOSDEM"}, Word: func(string) bool { return false }})
	text := "At FOSDEM 2019 I missed the Zorb/7 talk."
	r := x.Extract(mkdoc("FOSDEM 2019", text, "Zorb/7|https://fosdem.org/2019/schedule/event/zorb7/"))
	soft := append(names(r, vocab.Project), names(r, vocab.Technology)...)
	if !has(soft, "Zorb/7") || has(soft, "Zorb") {
		t.Errorf("software %q, want Zorb/7 and not Zorb", soft)
	}
}

func TestSlugHas(t *testing.T) {
	toks := slugTokens("zorbl_sh-frob_widget")
	for _, c := range []struct {
		f    string
		want bool
	}{{"zorbl", true}, {"zorblsh", true}, {"zorblshfrob", true}, {"zorblshfrobwidget", false}, {"shfrob", true}, {"zor", false}, {"", false}} {
		if got := slugHas(toks, c.f); got != c.want {
			t.Errorf("slugHas(%q) = %v, want %v", c.f, got, c.want)
		}
	}
}
