package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/parse"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// The forms in which write-ups of editions without a shipped schedule
// give their talks, speakers and affiliations, each in a post parsed by
// the pipeline's Markdown reader (so that list items, headings, emphasis
// and quotations are marked as they are in real posts). Every name is
// invented; "Zora Vexley" has a first name no schedule knows.

// parseMarkdown parses a Markdown post with front matter.
func parseMarkdown(t *testing.T, title, body string) *doc.Document {
	t.Helper()
	src := "---\ntitle: \"" + title + "\"\ndate: 2024-06-01\n---\n" + body
	pd, err := parse.New().Parse(context.Background(), source.Input{Name: "post.md", Data: []byte(src), Explicit: true})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return pd.Doc
}

// talksOf lists the talks whose performers include person.
func talksOf(r *Result, person string) []string {
	var out []string
	for _, x := range r.Relations {
		if x.Pred == Performer && x.From >= 0 && r.Entities[x.To].Name == person {
			out = append(out, r.Entities[x.From].Name)
		}
	}
	return out
}

func TestConferenceTalkForms(t *testing.T) {
	x := newGenericX()
	const head = "SnakeCon 2024 took place in Basel. Here are the talks I liked.\n\n"
	tests := []struct {
		name, body      string
		talk, performer string // talk "": one talk of any name; "0": no talk; "-": no talk and no person
	}{
		{"bold title by speaker: summary", "- **Frobnicating the kernel** by Marc Roe: a look at widgets.\n- **Quux at scale** by Maria Lopez\n",
			"Frobnicating the kernel", "Marc Roe"},
		{"emphasised title by an unknown first name", "- *Quux for everyone* by Zora Vexley\n- *Blorp in practice* by Marc Roe\n",
			"Quux for everyone", "Zora Vexley"},
		{"quoted title - speaker: summary", "- \"The state of Blorp\" - Zora Vexley: how blorp grew up.\n- \"Widgets\" - Marc Roe: more widgets.\n",
			"The state of Blorp", "Zora Vexley"},
		{"bold paragraph title - speaker: summary", "**Frobnicate your dataframes** - Zora Vexley: how to frobnicate faster.\n\n**Zorb in production** - Maria Lopez: lessons.\n",
			"Frobnicate your dataframes", "Zora Vexley"},
		{"quotation: title, by speaker", "> Teaching quux to kids, by Maria Lopez\n\nIt was fun.\n",
			"Teaching quux to kids", "Maria Lopez"},
		{"heading then an emphasised 'Speaker, Room' line", "### Widgets all the way down\n\n*Zora Vexley, Room 4*\n\nShe explained widgets.\n\n### Quux at scale\n\n*Marc Roe, Main Hall*\n\nMarc showed quux.\n",
			"Widgets all the way down", "Zora Vexley"},
		{"the second heading of the same shape", "### Widgets all the way down\n\n*Zora Vexley, Room 4*\n\nShe explained widgets.\n\n### Quux at scale\n\n*Marc Roe, Main Hall*\n\nMarc showed quux.\n",
			"Quux at scale", "Marc Roe"},
		{"speaker's talk on X", "Then Marc Roe's talk on widget pipelines was great.\n", "", "Marc Roe"},
		{"speaker gave a talk about X", "Maria Lopez gave a talk about zorbing networks.\n", "", "Maria Lopez"},
		{"a possessive without its apostrophe, full name", "Then Marc Roes talk on widget pipelines was great.\n", "", "Marc Roe"},
		{"a possessive without its apostrophe, a name used alone elsewhere", "Zoltrans talk about quux was short. I met Zoltran later.\n", "", "Zoltran"},
		{"a linked speaker gave a talk about X", "[Dr. Zora Vexley](https://zora.example.org/) gave a very good talk about zorbing networks.\n", "", "Zora Vexley"},
		{"not a person: a name ending in ss", "Then Ross talk was short.\n", "-", "Ros"},
		{"not a person: an unknown bare genitive", "Then Zoltrans talk about quux was short.\n", "-", "Zoltran"},
		{"list item: speaker: title", "- Marc Roe: Frobnicating the kernel\n- Maria Lopez: Quux at scale\n", "Frobnicating the kernel", "Marc Roe"},
		{"list item: speaker - title", "- Daniel Weber - The state of quux\n- Maria Lopez - Quux at scale\n", "The state of quux", "Daniel Weber"},
		{"list item: speaker, quoted title", "- **Zora Vexley**, \"Blorp for beginners\"\n", "Blorp for beginners", "Zora Vexley"},
		{"list item: title, speaker (organisation)", "- Widgets at scale, Zora Vexley (Globex)\n- Quux at scale, Maria Lopez\n", "Widgets at scale", "Zora Vexley"},
		{"not a talk: speaker-first needs a known speaker", "- Zora Vexley: Frobnicating the kernel\n", "-", "Zora Vexley"},
		{"not a talk: speaker-first needs a list item", "Marc Roe: Frobnicating the kernel\n", "0", "Marc Roe"},
		{"not a talk: speaker-first, a sentence", "- Marc Roe: we should frobnicate more\n", "0", "Marc Roe"},
		{"not a talk: title, speaker with a one-word title", "- Thanks, Zora Vexley\n", "-", "Zora Vexley"},
		{"speaker with a talk on X", "Next up was Marc Roe with a talk on snake charming.\n", "", "Marc Roe"},
		{"not a person: a field that talks", "Machine Learning talks were everywhere.\n", "-", "Machine Learning"},
		{"not a person: an organisation that presented", "Zorbix Labs presented the new release.\n", "-", "Zorbix Labs"},
		{"not a talk: a photo credit", "- Cover photo by Zora Vexley\n- Quux at scale by Maria Lopez\n", "-", "Zora Vexley"},
		{"the speakers included X, Y and Z: the first", "The speakers included Marc Roe, Maria Lopez (Globex) and Daniel Weber.\n", "", "Marc Roe"},
		{"the speakers included X, Y and Z: the last", "The speakers included Marc Roe, Maria Lopez (Globex) and Daniel Weber.\n", "", "Daniel Weber"},
		{"not a speaker: named after the speakers' sentence ends", "The speakers were great. Marc Roe agreed.\n", "0", "Marc Roe"},
		{"not a talk: an unknown name in prose", "- Widget deep dive by Acme Corp\n", "-", "Acme Corp"},
		{"not a talk: a sponsor", "The whole event was sponsored by Vandelay Industries.\n\nLunch was sponsored by Pendant Publishing.\n", "-", "Vandelay Industries"},
		{"not a talk: a second sponsor", "The whole event was sponsored by Vandelay Industries.\n\nLunch was sponsored by Pendant Publishing.\n", "-", "Pendant Publishing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(parseMarkdown(t, "SnakeCon 2024 recap", head+tt.body))
			got := talksOf(r, tt.performer)
			switch tt.talk {
			case "-":
				if len(got) > 0 || has(names(r, vocab.Person), tt.performer) {
					t.Errorf("%s is a person with talks %q", tt.performer, got)
				}
				return
			case "0":
				if len(got) > 0 {
					t.Errorf("talks of %s = %q, want none", tt.performer, got)
				}
				return
			case "":
				if len(got) != 1 {
					t.Errorf("talks of %s = %q, want one", tt.performer, got)
				}
			default:
				if !has(got, tt.talk) {
					t.Errorf("talks of %s = %q, want %q; talks %q", tt.performer, got, tt.talk, names(r, vocab.Talk))
				}
			}
			for _, n := range got {
				if !rel(r, SuperEvent, n, "SnakeCon 2024") {
					t.Errorf("no superEvent(%s, SnakeCon 2024)", n)
				}
			}
		})
	}
}

// TestDescribedTwinOfTitledTalk: a talk the post titles and then tells of
// ("Marc showed quux" under the heading of Marc Roe's talk) is one talk;
// a bracketed description is never kept beside it.
func TestDescribedTwinOfTitledTalk(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		name, body, person string
		want               []string
	}{
		{"heading talk, then its speaker by first name", "### Widgets all the way down\n\n*Zora Vexley, Room 4*\n\nZora explained widgets.\n\n### Quux at scale\n\n*Marc Roe, Main Hall*\n\nMarc showed quux.\n",
			"Marc Roe", []string{"Quux at scale"}},
		{"list talk, then the speaker's talk told of", "- *Quux for everyone* by Maria Lopez\n- *Blorp in practice* by Marc Roe\n\nMaria Lopez's talk on quux was the best one.\n",
			"Maria Lopez", []string{"Quux for everyone"}},
		{"two titled talks: the description stays apart", "### Quux for everyone\n\n*Maria Lopez, Room 1*\n\n### Blorp in practice\n\n*Maria Lopez, Room 2*\n\nMaria gave a talk about zorbing.\n",
			"Maria Lopez", []string{"Quux for everyone", "Blorp in practice", "[Maria on zorbing]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(parseMarkdown(t, "SnakeCon 2024 recap", "SnakeCon 2024 took place in Basel. Here are the talks I liked.\n\n"+tt.body))
			got := talksOf(r, tt.person)
			if len(got) != len(tt.want) {
				t.Fatalf("talks of %s = %q, want %q", tt.person, got, tt.want)
			}
			for _, w := range tt.want {
				if !has(got, w) {
					t.Errorf("talks of %s = %q, want %q", tt.person, got, w)
				}
			}
		})
	}
}

func TestConferenceAffiliationForms(t *testing.T) {
	lex := fakeLexicon{"Zentrix Labs": vocab.Organization, "Rust": vocab.Technology, "Kubernetes": vocab.Technology, "Basel": vocab.Place}
	x := New(Config{Lexicon: lex, GivenName: func(t string) bool { return givenNames[t] }})
	tests := []struct {
		name, text, person, org string
		want                    bool
	}{
		{"X from Y", "Ana Lima from Frobnitz talked about frobnication.", "Ana Lima", "Frobnitz", true},
		{"X (Y)", "Daniel Weber (Quuxly) gave a talk on widgets.", "Daniel Weber", "Quuxly", true},
		{"Y's X", "Globex's John Black gave the keynote about zorbing.", "John Black", "Globex", true},
		{"X, who works at Y", "Jane Quimby, who works at Umbrella, spoke about quux.", "Jane Quimby", "Umbrella", true},
		{"X of Y", "Maria Lopez of Cyberdyne Systems presented her work on blorp.", "Maria Lopez", "Cyberdyne Systems", true},
		{"X of one-word Y", "John Black of Zentrix presented his work on blorp.", "John Black", "Zentrix", true},
		{"X, CTO at Y", "Marc Roe, CTO at Hooli, gave a lightning talk on snakes.", "Marc Roe", "Hooli", true},
		{"X, a Y engineer", "Marc Roe, a Zorbix engineer, talked about frobnication.", "Marc Roe", "Zorbix", true},
		{"Y engineer X inside a sentence", "Then Zorbix engineer Daniel Weber presented his work on widgets.", "Daniel Weber", "Zorbix", true},
		{"X (@handle) from Y", "Ana Lima (@alima) from Frobnitz talked about blorp.", "Ana Lima", "Frobnitz", true},
		{"X, from Y,", "Jane Quimby, from Frobnitz, spoke about snakes.", "Jane Quimby", "Frobnitz", true},
		{"X, Y, with a known Y", "John Black, Zentrix Labs, gave the keynote.", "John Black", "Zentrix Labs", true},
		{"not: a Senior Engineer", "Marc Roe, a Senior Engineer, talked about frobnication.", "Marc Roe", "Senior", false},
		{"not: a technology developer", "Marc Roe, a Rust developer, talked about frobnication.", "Marc Roe", "Rust", false},
		{"not: sentence-initial word before a role", "Lead developer Daniel Weber presented his work on widgets.", "Daniel Weber", "Lead", false},
		{"not: X, an unknown capitalised word,", "John Black, Yesterday, gave the keynote.", "John Black", "Yesterday", false},
		{"not: X of Y fame", "John Black of Widgetron fame also gave a talk.", "John Black", "Widgetron", false},
		{"not: X of a technology", "John Black of Kubernetes gave a talk.", "John Black", "Kubernetes", false},
		{"not: Y's X where Y is a person", "John Black gave a talk. Later John's Marc Roe joke was retold.", "Marc Roe", "John", false},
		{"not: sponsored by Y", "John Black gave a talk. The event was sponsored by Vandelay Industries.", "John Black", "Vandelay Industries", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("SnakeCon 2024 recap", "SnakeCon 2024 took place in Basel.\n\n"+tt.text))
			if got := rel(r, Affiliation, tt.person, tt.org); got != tt.want {
				t.Errorf("affiliation(%s, %s) = %v, want %v; people %q, organizations %q", tt.person, tt.org, got, tt.want, names(r, vocab.Person), names(r, vocab.Organization))
			}
		})
	}
}

// TestSponsorIsNoPerson: "sponsored by Y" names an organisation, never a
// speaker (nor a person at all).
func TestSponsorIsNoPerson(t *testing.T) {
	x := newGenericX()
	for _, text := range []string{
		"SnakeCon 2024 was sponsored by Pendant Publishing.",
		"Lunch at SnakeCon 2024 was kindly sponsored by the Pendant Publishing.",
		"SnakeCon 2024 was funded by Vandelay Industries and Kramerica.",
	} {
		r := x.Extract(mkdoc("SnakeCon 2024 recap", text))
		for _, n := range []string{"Pendant Publishing", "Vandelay Industries"} {
			if has(names(r, vocab.Person), n) {
				t.Errorf("%q: %s is a person", text, n)
			}
		}
		if tl := names(r, vocab.Talk); len(tl) > 0 {
			t.Errorf("%q: talks %q", text, tl)
		}
		if !strings.Contains(text, "Kramerica") && !has(names(r, vocab.Organization), "Pendant Publishing") {
			t.Errorf("%q: organizations %q, want Pendant Publishing", text, names(r, vocab.Organization))
		}
	}
}

// TestQuotedTitleLists: quotations listed in a paragraph about talks are
// talk titles, even when no talk word stands next to each one.
func TestQuotedTitleLists(t *testing.T) {
	x := newGenericX()
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a list of titles", "In the morning the talks covered several topics, mainly tracing, \"Moving from Frobdb to Quuxstore without tears\", \"Break It Up! Taming the monolith\" and \"Widgets for the rest of us\".",
			[]string{"Moving from Frobdb to Quuxstore without tears", "Break It Up! Taming the monolith", "Widgets for the rest of us"}, nil},
		{"no talk word in the paragraph", "We laughed at \"the best of both worlds\", \"worse is better\" and \"move fast\".",
			nil, []string{"the best of both worlds", "worse is better"}},
		{"one quotation alone", "The talks were many. Someone said \"move fast and break things\" at lunch.",
			nil, []string{"move fast and break things"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(mkdoc("SnakeCon 2024 recap", "SnakeCon 2024 took place in Basel.\n\n"+tt.text))
			talks := names(r, vocab.Talk)
			for _, w := range tt.want {
				if !has(talks, w) || !rel(r, SuperEvent, w, "SnakeCon 2024") {
					t.Errorf("no talk %q of SnakeCon 2024; talks %q", w, talks)
				}
			}
			for _, n := range tt.not {
				if has(talks, n) {
					t.Errorf("talk %q", n)
				}
			}
		})
	}
}
