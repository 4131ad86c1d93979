package extract

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestEditionForms(t *testing.T) {
	tests := []struct {
		name, title, text, date string
		want                    []string // every Event of the post, sorted
		main                    string
	}{
		{"year before a series the post names", "SnakeCon 2018 recap",
			"SnakeCon 2018 was held in Basel. See you at the 2019 SnakeCon!", "2018-06-01",
			[]string{"SnakeCon 2018", "SnakeCon 2019"}, "SnakeCon 2018"},
		{"a year opening a sentence is a date", "SnakeCon 2018 recap",
			"SnakeCon 2018 was held in Basel.\n\n2019 SnakeCon tickets sold out fast.", "2018-06-01",
			[]string{"SnakeCon 2018"}, "SnakeCon 2018"},
		{"a series named like a host", "open.conf.xy 2014, or a week of fun",
			"I went to open.conf.xy again, the largest conference around.", "2014-01-20",
			[]string{"open.conf.xy 2014"}, "open.conf.xy 2014"},
		{"a version number is not a series", "Release 1.2.3 2014 notes",
			"We shipped it.", "2014-01-20",
			nil, ""},
		{"short name of the same edition", "Notes on the Widget Summit Basel 2015",
			"The Widget Summit 2015 was held in a big hall. The talks were good.", "2015-10-01",
			[]string{"Widget Summit Basel 2015"}, "Widget Summit Basel 2015"},
		{"camel-case contraction of the same edition", "Recap of Acme Developer Days 2024",
			"The Developer Days were held in Basel, and DevDays 2024 had many talks.", "2024-09-18",
			[]string{"Acme Developer Days 2024"}, "Acme Developer Days 2024"},
		{"two long names: a short one stays", "Widget Summit Basel 2015 and Widget Summit Brussels 2015",
			"The Widget Summit 2015 was everywhere.", "2015-10-01",
			[]string{"Widget Summit 2015", "Widget Summit Basel 2015", "Widget Summit Brussels 2015"}, ""},
		{"an edition of a named series took place", "Notes on the weekend",
			"Last weekend an amazing edition of Snake Valley took place. The talks were good.", "2018-10-15",
			[]string{"Snake Valley 2018"}, "Snake Valley 2018"},
		{"a book's edition is no event", "Reading list",
			"The second edition of Fluent Snakes is on my desk now.", "2018-10-15",
			nil, ""},
		{"an edition of a common word is no series", "Notes",
			"All in all, another good edition of the European conference for open source.", "2018-10-15",
			nil, ""},
		{"names with a year past 4 KiB of text with other digits, one at the end", "Notes",
			strings.Repeat("We saw 12 talks and 21 demos in room 2B, then 1 more. ", 80) + "Next stop: the FrobCon 2020 edition, and ZorbFest 2021",
			"2018-10-15", []string{"FrobCon 2020", "ZorbFest 2021"}, ""},
		{"a name before a year in a sentence about going to conferences", "Autumn notes",
			"This autumn I went to two conferences: Zorbmeet 2021 in Basel and more.", "2021-11-20",
			[]string{"Zorbmeet 2021"}, ""},
		{"a trip to a name before a year", "Autumn notes",
			"My trip to Zorbmeet 2021 was long.", "2021-11-20",
			[]string{"Zorbmeet 2021"}, ""},
		{"a name before a year that was in a city", "Autumn notes",
			"Zorbmeet 2021 was in Basel this year.", "2021-11-20",
			[]string{"Zorbmeet 2021"}, ""},
		{"a name before a year without a word of an event is none", "Autumn notes",
			"Zorbmeet 2021 is nice.", "2021-11-20",
			nil, ""},
		{"a conference centre is a building, not an edition", "Zorbmeet 2021 recap",
			"Zorbmeet 2021 was held at the Quuxville Conference Centre.", "2021-11-20",
			[]string{"Zorbmeet 2021"}, "Zorbmeet 2021"},
		{"an expo hall is a building, not an edition", "Zorbmeet 2021 recap",
			"The talks of Zorbmeet 2021 were in the Quuxville Expo Hall.", "2021-11-20",
			[]string{"Zorbmeet 2021"}, "Zorbmeet 2021"},
		{"a series with a conference word in small letters took place in the post's year", "Thoughts on the summer",
			"This year Quuxcon took place in Zorbtown. Quuxcon is an annual conference.", "2022-09-03",
			[]string{"Quuxcon 2022"}, "Quuxcon 2022"},
		{"a series with a camp word in small letters the author attended", "Notes",
			"Last week I attended Fooquuxcamp for the first time.", "2022-09-03",
			[]string{"Fooquuxcamp 2022"}, "Fooquuxcamp 2022"},
		{"a trip to a series with a conference word the text does not repeat", "My trip to Quuxcon",
			"It was a long trip but worth it.", "2023-06-10",
			[]string{"Quuxcon 2023"}, "Quuxcon 2023"},
		{"a title recap of a camel name the text does not repeat is no series", "ZorbQuux recap",
			"It was a long trip but worth it.", "2023-06-10",
			nil, ""},
		{"the spelled-out name of an acronym series is no edition of its own", "ZAQEC 2018",
			"ZAQEC is the **Zorb And Quux European Conference**, an annual conference, and this year it was in Basel.", "2018-07-13",
			[]string{"ZAQEC 2018"}, "ZAQEC 2018"},
		{"a conference name whose initials are not the acronym stays", "ZAQC 2018",
			"ZAQC is the Quux Developer Conference of the south.", "2018-07-13",
			[]string{"Quux Developer Conference 2018", "ZAQC 2018"}, "ZAQC 2018"},
		{"a word ending in con without a cue is no series", "Notes",
			"The Zorbicon logo is nice.", "2022-09-03",
			nil, ""},
		{"an edition of a devroom is a track", "Notes",
			"We co-organized the fourth edition of the Snake Devroom at the conference.", "2018-10-15",
			nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(withAuthorDate(mkdoc(tt.title, tt.text), tt.date))
			got := names(r, vocab.Event)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("events %q, want %q", got, tt.want)
			}
			if tt.main != "" {
				if m := mainEvents(r); len(m) == 0 || !has(m, tt.main) {
					t.Errorf("main editions %q, want %s", m, tt.main)
				}
			}
		})
	}
}
