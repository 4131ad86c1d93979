package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestDefinedSoftware(t *testing.T) {
	x := newX()
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Zorbl is a Qt-based desktop environment that has been in development.", "Zorbl", true},
		{"Zorbl is free software that aims to provide messaging.", "Zorbl", true},
		{"  Zorbl is a damn simple privacy friendly file sharing web application.", "Zorbl", true},
		{"Frobnik is a personal server running free software.", "Frobnik", true},
		{"Zorbl is a project driven by people who care.", "Zorbl", true},
		{"Zorbl is an excellent, volunteer-run conference.", "Zorbl", false},                               // no software noun
		{"Zorbl is a city known for its software companies.", "Zorbl", false},                              // the head ends before "for"
		{"This is a tool I like.", "This", false},                                                          // a stop word
		{"Acme is a company that makes an editor.", "Acme", false},                                         // known organisation
		{"Jane is a developer of a small library.", "Jane", false},                                         // a given name
		{"We think Zorbl is a library worth a look.", "Zorbl", false},                                      // not the sentence's opening
		{"Kubernetes is a platform for containers.", "Kubernetes", false},                                  // a known technology stays one
		{"News of the Zorbl Foundation. Zorbl is a personal server running free software.", "Zorbl", true}, // a foundation named after it
	}
	for _, tt := range tests {
		r := x.Extract(mkdoc("FOSDEM 2019", tt.text))
		if got := has(names(r, vocab.Project), tt.name); got != tt.want {
			t.Errorf("%q: project %q = %v, want %v (projects %q)", tt.text, tt.name, got, tt.want, names(r, vocab.Project))
		}
	}
}

// TestMayDefine checks that mayDefine is true wherever reDefined matches
// (it only lets definedSoftware skip the regexp), on invented openings and
// on every sentence of the dev, dev2 and regression posts.
func TestMayDefine(t *testing.T) {
	tests := []struct {
		w    string
		want bool // reDefined matches
	}{
		{"Zorbl is a library for frobnicating.", true},
		{"Zorbl\tis\ta library.", true},
		{"Zorbl   is   the tool.", true},
		{"Ärger is a tool to frobnicate.", true},
		{"Frob-nik is an engine.", true},
		{"C++ is a language.", false},
		{"Zorbl is", false},
		{"Zorbl isn't a library.", false},
		{"zorbl is a library.", false},
		{"Zorbl, is a library.", false},
		{"Zorbl\nis a library.", false},
		{"The Zorbl is a library.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := reDefined.FindStringSubmatchIndex(tt.w) != nil; got != tt.want {
			t.Errorf("%q: reDefined matches = %v, want %v", tt.w, got, tt.want)
		}
		if tt.want && !mayDefine(tt.w) {
			t.Errorf("%q: mayDefine false where reDefined matches", tt.w)
		}
	}
	var files []string
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	matched := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, ss := range Sentences(text) {
			for s := ss.Start; s < ss.End; s++ {
				w := text[s:min(ss.End, s+200)]
				if reDefined.FindStringSubmatchIndex(w) == nil {
					continue
				}
				matched++
				if !mayDefine(w) {
					t.Errorf("%s: mayDefine false where reDefined matches %q", f, w)
				}
			}
		}
	}
	if len(files) > 0 && matched == 0 {
		t.Errorf("no sentence of %d files matched reDefined: the corpus check checked nothing", len(files))
	}
}
