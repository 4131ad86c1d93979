package extract

import (
	"sort"
	"strings"
	"testing"
)

func TestAttendedList(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string // the editions the post reports on, sorted
	}{
		{"two editions the author went to", "Autumn travels",
			"This autumn I went to Barmeet 2021 in Zorbtown, Quuxland and Quuxfest 2021 in Fooville. Next year I hope to go to Bazcamp 2022.",
			[]string{"Barmeet 2021", "Quuxfest 2021"}},
		{"three editions in a comma list", "Autumn travels",
			"We attended Barmeet 2021, Quuxfest 2021 and Bazcamp 2021. The talks were good.",
			[]string{"Barmeet 2021", "Bazcamp 2021", "Quuxfest 2021"}},
		{"a list without going is not reported on", "Barmeet 2021 recap",
			"Barmeet 2021 was held in Zorbtown. Quuxfest 2021 and Bazcamp 2021 are other conferences.",
			[]string{"Barmeet 2021"}},
		{"an edition of last year in the list is not reported on", "Autumn travels",
			"I went to Barmeet 2021 and Quuxfest 2020 last year.",
			[]string{"Barmeet 2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newGenericX().Extract(withAuthorDate(mkdoc(tt.title, tt.text), "2021-11-20"))
			got := mainEvents(r)
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("main editions %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListedEditionPlaces(t *testing.T) {
	x := newGenericX()
	const went = "This autumn I went to Barmeet 2021 in Brussels, Belgium and Zorbmeet 2021 in Basel."
	tests := []struct {
		name, text, from, to string
		want                 bool
	}{
		{"the first edition's city", went, "Barmeet 2021", "Brussels", true},
		{"the second edition's city", went, "Zorbmeet 2021", "Basel", true},
		{"not the second edition's city for the first", went, "Barmeet 2021", "Basel", false},
		{"not the first edition's city for the second", went, "Zorbmeet 2021", "Brussels", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Extract(withAuthorDate(mkdoc("Autumn travels", tt.text), "2021-11-20"))
			if got := rel(r, Location, tt.from, tt.to); got != tt.want {
				t.Errorf("location(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
			}
		})
	}
}
