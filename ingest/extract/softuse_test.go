package extract

import (
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// TestSoftwareUses covers names of software used for something else: a
// hosting site, part of a longer token, an event series, a person's first
// name, a person or a show linked by its homepage.
func TestSoftwareUses(t *testing.T) {
	x := New(Config{
		Lexicon:   fakeLexicon{"Vidtube": vocab.Technology, "Arc": vocab.Technology, "Opscamp": vocab.Technology, "micro": vocab.Technology, "Snakecon": vocab.Technology, "Dylan": vocab.Technology, "Linux": vocab.Technology},
		Series:    []string{"FOSDEM", "SnakeCon"},
		GivenName: func(t string) bool { return givenNames[t] },
	})
	tests := []struct {
		name  string
		d     *doc.Document
		class vocab.Class
		want  string
		found bool
	}{
		{"site with a hosting noun", mkdoc("FOSDEM 2019", "All talks are in this Vidtube playlist for you."), vocab.Technology, "Vidtube", false},
		{"site linked, named as host", mkdoc("FOSDEM 2019", "All talks are on Vidtube now: see the list.", "see the list|https://www.vidtube.com/list"), vocab.Technology, "Vidtube", false},
		{"site discussed", mkdoc("FOSDEM 2019", "We rebuilt Vidtube with a new player."), vocab.Technology, "Vidtube", true},
		{"on a site not linked", mkdoc("FOSDEM 2019", "Our service runs on Vidtube servers."), vocab.Technology, "Vidtube", true},
		{"the series of an edition the post names", mkdoc("Impressions of OpsCamp 2016", "Summary of the second day of Opscamp 2016. It was fun."), vocab.Technology, "Opscamp", false},
		{"part of an expression of code", mkdoc("FOSDEM 2019", "Pass &Arc<T> where &T is wanted."), vocab.Technology, "Arc", false},
		{"part of a path of code", mkdoc("FOSDEM 2019", "Call Arc::new on it."), vocab.Technology, "Arc", false},
		{"the name in prose", mkdoc("FOSDEM 2019", "We share it with an Arc here."), vocab.Technology, "Arc", true},
		{"part of a longer token", mkdoc("FOSDEM 2019", "They gave away micro:bits to the kids."), vocab.Technology, "micro", false},
		{"an event series", mkdoc("FOSDEM 2019", "Last year I went to Snakecon in Basel."), vocab.Technology, "Snakecon", false},
		{"first name of a person named in full", mkdoc("FOSDEM 2019", "Dylan Quimby gave the keynote.\n\nLater, Dylan showed a demo.", "Dylan Quimby|https://twitter.com/dquimby"), vocab.Technology, "Dylan", false},
		{"the technology itself", mkdoc("FOSDEM 2019", "The compiler was written in Dylan, sadly."), vocab.Technology, "Dylan", true},
		{"homepage of a friend: a person", mkdoc("FOSDEM 2019", "I also met my friend Kora again.", "Kora|https://kora.example/"), vocab.Person, "Kora", true},
		{"homepage of a friend: no project", mkdoc("FOSDEM 2019", "I also met my friend Kora again.", "Kora|https://kora.example/"), vocab.Project, "Kora", false},
		{"homepage after an honorific: the person", mkdoc("FOSDEM 2019", "Then Prof. Ilse Quimby gave a talk.", "Prof. Ilse Quimby|https://uni.example/~iq"), vocab.Person, "Ilse Quimby", true},
		{"homepage of a show: no project", mkdoc("FOSDEM 2019", "Meet the hosts of the Tux Pundits podcast there.", "Tux Pundits|https://pundits.example/"), vocab.Project, "Tux Pundits", false},
		{"homepage of a show: no technology in its name", mkdoc("FOSDEM 2019", "Meet the hosts of the Linux Pundits podcast there.", "Linux Pundits|https://pundits.example/"), vocab.Technology, "Linux", false},
		{"homepage of a product", mkdoc("FOSDEM 2019", "We now deploy with Zorbl, a small tool.", "Zorbl|https://zorbl.example/"), vocab.Project, "Zorbl", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(tt.d)
			if got := has(names(r, tt.class), tt.want); got != tt.found {
				t.Errorf("%s %q found = %v, want %v (%s: %q)", tt.class, tt.want, got, tt.found, tt.class, names(r, tt.class))
			}
		})
	}
}

func TestAccentedOnly(t *testing.T) {
	tests := []struct {
		surface, name string
		want          bool
	}{
		{"Léo", "Leo", true}, {"Leo", "Leo", false}, {"leo", "Leo", false}, {"Düsseldorf", "Düsseldorf", false},
	}
	for _, tt := range tests {
		if got := accentedOnly(tt.surface, tt.name); got != tt.want {
			t.Errorf("accentedOnly(%q, %q) = %v, want %v", tt.surface, tt.name, got, tt.want)
		}
	}
}
