package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

func TestTableTalks(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel. These are the talks I watched.\n\n"
	tests := []struct {
		name, src, talk, speaker string
		want                     bool
	}{
		{"talk and speaker columns",
			"Talk | Speaker\nParsing logs for fun | Jane Doe\nWidgets at scale | Marc Roe\n",
			"Parsing logs for fun", "Jane Doe", true},
		{"second row",
			"Talk | Speaker\nParsing logs for fun | Jane Doe\nWidgets at scale | Marc Roe\n",
			"Widgets at scale", "Marc Roe", true},
		{"speaker column first, with a time column",
			"Time | Speaker | Title\n10:00 | Jane Doe | Parsing logs for fun\n",
			"Parsing logs for fun", "Jane Doe", true},
		{"two speakers in a cell",
			"Title | Speakers\nParsing logs for fun | Jane Doe, Marc Roe\n",
			"Parsing logs for fun", "Marc Roe", true},
		{"a plain-text table with its rule",
			"| Talk | Speaker |\n|------|---------|\n| Parsing logs for fun | Jane Doe |\n",
			"Parsing logs for fun", "Jane Doe", true},
		{"no talk header: no talk",
			"Project | Maintainer\nParsing logs for fun | Jane Doe\n",
			"Parsing logs for fun", "Jane Doe", false},
		{"the table ends at a line without cells",
			"Talk | Speaker\nParsing logs for fun | Jane Doe\n\nWidgets at scale | Marc Roe\n",
			"Widgets at scale", "Marc Roe", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(mkdoc("SnakeCon 2024 notes", intro+tt.src))
			if got := rel(r, Performer, tt.talk, tt.speaker); got != tt.want {
				t.Errorf("performer(%s, %s) = %v, want %v; talks %q", tt.talk, tt.speaker, got, tt.want, names(r, "Talk"))
			}
		})
	}
}

func TestTableCells(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"a | b", []string{"a", "b"}},
		{"| a b | c |", []string{"a b", "c"}},
		{"no cells", nil},
	}
	for _, tt := range tests {
		cs := tableCells(tt.line)
		var got []string
		for _, c := range cs {
			got = append(got, tt.line[c.s:c.e])
		}
		if len(got) != len(tt.want) {
			t.Errorf("tableCells(%q) = %q, want %q", tt.line, got, tt.want)
			continue
		}
		for k := range got {
			if got[k] != tt.want[k] {
				t.Errorf("tableCells(%q) = %q, want %q", tt.line, got, tt.want)
			}
		}
	}
}

func TestStrongLineTalks(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel. These are the talks I watched.\n\n"
	tests := []struct {
		name, src string
		bold      []string
		talk      string
		speaker   string
		want      bool
	}{
		{"bold title, speaker joined by a soft break",
			"I liked the talk from Marc Roe about widgets.\n\nParsing logs for fun Jane Doe\n\nThis talk was about logs.\n",
			[]string{"Parsing logs for fun"}, "Parsing logs for fun", "Jane Doe", true},
		{"bold title, speaker paragraph below",
			"Parsing logs for fun\n\nJane Doe\n\nThis talk was about logs.\n",
			[]string{"Parsing logs for fun"}, "Parsing logs for fun", "Jane Doe", true},
		{"bold title inside a sentence: no talk",
			"We used Parsing logs for fun with Jane Doe and others all week long, it was fine.\n",
			[]string{"Parsing logs for fun"}, "Parsing logs for fun", "Jane Doe", false},
		{"bold title, a sentence goes on below: no talk",
			"Parsing logs for fun\nJane Doe wrote it and we\nread it.\n",
			[]string{"Parsing logs for fun"}, "Parsing logs for fun", "Jane Doe", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := withMarks(mkdoc("SnakeCon 2024 notes", intro+tt.src), doc.MarkStrong, tt.bold...)
			r := newGenericX().Extract(d)
			if got := rel(r, Performer, tt.talk, tt.speaker); got != tt.want {
				t.Errorf("performer(%s, %s) = %v, want %v; talks %q", tt.talk, tt.speaker, got, tt.want, names(r, "Talk"))
			}
		})
	}
}

func TestSectionTitlesAlias(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel. These are the talks I watched.\n\n"
	two := "## Parsing logs for fun\n\nThe talk was given by Jane Doe. She began with a story.\n\n## Widgets at scale today\n\nMarc Roe explained how widgets are tested.\n"
	tests := []struct {
		name, src, person, alias string
		want                     bool
	}{
		{"first section", two, "Jane Doe", "Parsing logs for fun", true},
		{"second section", two, "Marc Roe", "Widgets at scale today", true},
		{"a talk noun before the title dropped",
			"## Keynote: Parsing logs for fun\n\nThe talk was given by Jane Doe.\n\n## Widgets at scale today\n\nMarc Roe explained how widgets are tested.\n",
			"Jane Doe", "Parsing logs for fun", true},
		{"one section alone: no alias",
			"## Parsing logs for fun\n\nThe talk was given by Jane Doe. She began with a story.\n\n## Notes\n\nNothing else.\n",
			"Jane Doe", "Parsing logs for fun", false},
		{"a two-word heading names a topic",
			"## Parsing logs\n\nThe talk was given by Jane Doe.\n\n## Widgets scale\n\nMarc Roe explained how widgets are tested.\n",
			"Jane Doe", "Parsing logs", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(headingDoc("SnakeCon 2024 notes", intro+tt.src))
			got, talks := false, []string{}
			for _, x := range r.Relations {
				if x.Pred != Performer || r.Entities[x.To].Name != tt.person {
					continue
				}
				tk := r.Entities[x.From]
				talks = append(talks, tk.Name)
				for _, a := range tk.Aliases {
					if a == tt.alias {
						got = true
					}
				}
			}
			if got != tt.want {
				t.Errorf("talk of %s has alias %q: %v, want %v (talks %q)", tt.person, tt.alias, got, tt.want, talks)
			}
		})
	}
}

func TestTitleLinePairs(t *testing.T) {
	const intro = "SnakeCon 2024 was held in Basel. These are the talks I watched.\n\n"
	pairs := "Parsing logs for fun\nJane Doe\n\nA fine talk.\n\nWidgets at scale today\nMarc Roe\n\nAbout widgets.\n"
	tests := []struct {
		name, format, src, talk, speaker string
		want                             bool
	}{
		{"markdown line breaks, first", "markdown-yaml", pairs, "Parsing logs for fun", "Jane Doe", true},
		{"markdown line breaks, second", "markdown-yaml", pairs, "Widgets at scale today", "Marc Roe", true},
		{"plain text keeps its hard wrap: no talk", "plaintext", pairs, "Parsing logs for fun", "Jane Doe", false},
		{"a sentence line: no talk", "markdown-yaml",
			"We went to lunch with our friends.\nJane Doe\n\nText.\n\nWidgets at scale today.\nMarc Roe\n\nText.\n",
			"We went to lunch with our friends", "Jane Doe", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mkdoc("SnakeCon 2024 notes", intro+tt.src)
			d.Format = tt.format
			r := newGenericX().Extract(d)
			if got := rel(r, Performer, tt.talk, tt.speaker); got != tt.want {
				t.Errorf("performer(%s, %s) = %v, want %v; talks %q", tt.talk, tt.speaker, got, tt.want, names(r, "Talk"))
			}
		})
	}
}
