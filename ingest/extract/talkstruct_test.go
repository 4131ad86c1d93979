package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// headingDoc builds a post whose lines starting with "# " are headings of
// the given level (the marker is removed from the text).
func headingDoc(title, src string, links ...string) *doc.Document {
	var b strings.Builder
	var secs []doc.Section
	for _, l := range strings.Split(src, "\n") {
		level := 0
		for strings.HasPrefix(l, "#") {
			level++
			l = l[1:]
		}
		if level > 0 {
			l = strings.TrimSpace(l)
			secs = append(secs, doc.Section{Heading: l, Level: level, Start: b.Len()})
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	d := mkdoc(title, b.String(), links...)
	d.Sections = secs
	return d
}

func TestHeadingTalks(t *testing.T) {
	const intro = "SnakeCon 2024 was great. These are the talks I watched.\n\n"
	tests := []struct {
		name     string
		src      string
		talk     string
		speakers []string
		want     bool
	}{
		{"heading then speaker line, repeated",
			"## Parsing logs for fun\n\nZorba Quintero\n\nA nice talk.\n\n## Widgets at scale\n\nYelena Brask\n\nAlso nice.\n",
			"Parsing logs for fun", []string{"Zorba Quintero"}, true},
		{"heading then a list of speakers",
			"## Opening Keynote\n\nZorba Quintero, Yelena Brask and Jane Doe.\n\nThey opened.\n",
			"Opening Keynote", []string{"Zorba Quintero", "Yelena Brask", "Jane Doe"}, true},
		{"heading then a handle, repeated",
			"## Macros for the brave\n\nzq42\n\nFun.\n\n## Widgets at scale\n\nYelena Brask\n\nAlso nice.\n",
			"Macros for the brave", []string{"zq42"}, true},
		{"heading, speaker in emphasis after a comma",
			"### Statistics of program text, _Jane Doe_\n\nShe began.\n",
			"Statistics of program text", []string{"Jane Doe"}, true},
		{"heading title by speaker, repeated",
			"### Snakes in the kernel by Zorba Quintero\n\nText.\n\n### Widgets at scale by Yelena Brask\n\nText.\n",
			"Snakes in the kernel", []string{"Zorba Quintero"}, true},
		{"a single unknown name under a heading: no talk",
			"## Parsing logs for fun\n\nZorba Quintero\n\nA nice talk.\n",
			"Parsing logs for fun", []string{"Zorba Quintero"}, false},
		{"a sentence under a heading: no talk",
			"## Parsing logs for fun\n\nJane Doe explained it.\n\n## Widgets\n\nMarc Roe did too.\n",
			"Parsing logs for fun", []string{"Jane Doe"}, false},
		{"a day heading is not a title",
			"## Day 2\n\nJane Doe\n\n## Day 3\n\nMarc Roe\n",
			"Day 2", []string{"Jane Doe"}, false},
		{"a heading followed by a heading",
			"## Parsing logs\n\n### Jane Doe\n\nText.\n",
			"Parsing logs", []string{"Jane Doe"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(headingDoc("SnakeCon 2024 notes", intro+tt.src))
			for _, sp := range tt.speakers {
				if got := rel(r, Performer, tt.talk, sp); got != tt.want {
					var rs []string
					for _, e := range r.Entities {
						rs = append(rs, string(e.Class)+":"+e.Name)
					}
					t.Errorf("performer(%s, %s) = %v, want %v; entities %v", tt.talk, sp, got, tt.want, rs)
				}
			}
		})
	}
}

func TestHeadingTalksNeedATalkPost(t *testing.T) {
	src := "## Parsing logs for fun\n\nJane Doe\n\nText.\n\n## Widgets at scale\n\nMarc Roe\n\nText.\n"
	r := newGenericX().Extract(headingDoc("Release notes", "Our release notes for the month.\n\n"+src))
	if rel(r, Performer, "Parsing logs for fun", "Jane Doe") {
		t.Errorf("a post that speaks of no talk made a talk of a heading")
	}
}

func TestTalkBySpeakers(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel.\n\n"
	tests := []struct {
		name, text, person string
		want               bool
	}{
		{"initial and surname", "At noon there was a keynote by Z. Quintero about tiny boards.", "Z. Quintero", true},
		{"a particle", "Then came the talk by Yelena de Brask on widgets.", "Yelena de Brask", true},
		{"a verb, not a talk noun", "The room was booked by Z. Quintero for the day.", "Z. Quintero", false},
		{"an initialism is no name", "We heard a talk by IBM Research on chips.", "IBM Research", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", intro+tt.text))
			got := false
			for _, x := range r.Relations {
				if x.Pred == Performer && r.Entities[x.To].Name == tt.person {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("a talk performed by %s: %v, want %v (persons %q)", tt.person, got, tt.want, names(r, vocab.Person))
			}
		})
	}
}
