package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// weakLexicon finds its names as weak terms (known from a package index
// only), matched ignoring case like the gazetteer does.
type weakLexicon []string

func (w weakLexicon) Find(text string) []Term {
	var out []Term
	low := lowerASCII(text)
	for _, name := range w {
		for _, at := range wordIndexes(low, name) {
			out = append(out, Term{Start: at, End: at + len(name), Name: name, Class: vocab.Technology, Weak: true})
		}
	}
	return out
}

func TestWeakTermsNeedContext(t *testing.T) {
	x := New(Config{Lexicon: weakLexicon{"zorblat", "quuxfs", "frobz"}, Series: []string{"FOSDEM"}})
	tests := []struct {
		text  string
		links []string
		want  bool
	}{
		{"We store blobs on QuuxFS these days.", nil, true},             // inner capital
		{"We moved our build to Zorblat last year.", nil, true},         // capitalised inside a sentence
		{"The service is written in zorblat and runs well.", nil, true}, // cue before
		{"We used the zorblat library for parsing.", nil, true},         // head noun after
		{"On Sunday I wanted to check on a zorblat issue.", nil, true},  // a program's issue
		{"Our goal was to get the frobz setup running.", nil, true},     // a program's setup
		{"Read about zorblat here.", []string{"zorblat|https://zorblat.example/"}, true},
		{"the zorblat step runs before the rest.", nil, false}, // lower case, no cue
		{"Zorblat is what we do first.", nil, false},           // sentence start
		{"Ten Ways To Zorblat Your Code", nil, false},          // title case
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("T", tt.text, tt.links...))
		got := false
		for _, e := range r.Entities {
			if e.Class == vocab.Technology || e.Class == vocab.Project {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: software found = %v, want %v (%q)", tt.text, got, tt.want, names(r, vocab.Technology))
		}
	}
}

func TestTermsInLinkedTalkTitles(t *testing.T) {
	text := "Highlights of FOSDEM 2019:\n\n- Scaling Kubernetes for Fun\n- A talk about nothing"
	d := mkdoc("Notes", text, "Scaling Kubernetes for Fun|https://fosdem.org/2019/schedule/event/scaling_k8s/")
	r := newX().Extract(d)
	if !has(names(r, vocab.Technology), "Kubernetes") {
		t.Errorf("technologies %q: want Kubernetes from the linked title", names(r, vocab.Technology))
	}
}

func TestTitleProjectName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Widgetd: the new era of widgets", "Widgetd"},
		{"Quux - a tiny web server", "Quux"},
		{"frobnik: booking made easy", "frobnik"},
		{"Frobnik, the leading booking system", "Frobnik"},
		{"Introducing Zorbl: A New Typesetter", "Zorbl"},
		{"Developing Quux Companion", "Quux Companion"},
		{"Zorbl goes Qt", "Zorbl"},
		{"Zorbl 101: first steps", "Zorbl"},
		{"Keynote: the state of things", ""},
		{"Show and Tell: widgets", ""},
		{"Demystifying Zorbl: a deep dive", ""},
		{"Why we moved: a story", ""},
		{"A plain title without a lead", ""},
		{"Zorbl Marketing 2030: our plans", "Zorbl"},
		{"Zorbl 10-12: what changed", "Zorbl"},
		{"and: a conjunction", ""},
		{"Migrating code with Zorbl", "Zorbl"},
		{"Finding bugs at scale with Zorbl static analyzer", "Zorbl"},
		{"Dinner with Friends", ""}, // no sentence case: "Friends" may be a word
		{"Living With Legacy", ""},  // title case
		{"Zorbl and a future of the web", "Zorbl"},
		{"Bread and circuses", ""},
		{"Making apps with care", ""},
		{"📈: charts", ""},
	}
	for _, tt := range tests {
		if got := titleProjectName(newRules(), tt.title); got != tt.want {
			t.Errorf("titleProjectName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestWeakNameInTitledSpan(t *testing.T) {
	bl := brandLexicon{"Zorbl": {Class: vocab.Technology, Weak: true}}
	x := New(Config{Lexicon: bl, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		name, text string
		want       bool
	}{
		{"only in a quoted title", `The last talk of the day was "Zorbl Web Apps with Widgets", which was fun.`, false},
		{"in a title and in prose", `The last talk of the day was "Zorbl Web Apps with Widgets". We then tried Zorbl on our laptops.`, true},
		{"quoted alone", `The last talk of the day used "Zorbl" on a laptop.`, true},
		{"in a quoted sentence", `She said "we use Zorbl for most of our work" at lunch.`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := len(names(x.Extract(mkdoc("T", tt.text)), vocab.Technology)) > 0
			if got != tt.want {
				t.Errorf("Zorbl a technology = %v, want %v", got, tt.want)
			}
		})
	}
}
