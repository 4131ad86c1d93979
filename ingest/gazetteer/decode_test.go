package gazetteer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       []Entry
		err        string // substring of the error; "" for none
	}{
		{name: "empty", data: ""},
		{name: "comments and blank lines", data: "# header\n\n# more\n"},
		{
			name: "fields, aliases, flags",
			data: "Node.js\tTechnology\tnodejs|=NODE\thttps://a|https://b\texact-case,not-initial\nACME\tOrganization\t\t\tweak|drop",
			want: []Entry{
				{Name: "Node.js", Class: vocab.Technology, Aliases: []string{"nodejs"}, CasedAliases: []string{"NODE"},
					SameAs: []string{"https://a", "https://b"}, ExactCase: true, NotInitial: true},
				{Name: "ACME", Class: vocab.Organization, Weak: true, Drop: true},
			},
		},
		{
			name: "CRLF line ends",
			data: "Ghent\tPlace\t\t\t\r\nBrussels\tPlace\t\t\t\r\n",
			want: []Entry{{Name: "Ghent", Class: vocab.Place}, {Name: "Brussels", Class: vocab.Place}},
		},
		{name: "too few fields", data: "# c\nGo\tTechnology\t\t\n", err: "line 2: want 5 tab-separated fields, got 4"},
		{name: "too many fields", data: "Go\tTechnology\t\t\t\t\n", err: "line 1: want 5 tab-separated fields, got 6"},
		{name: "no name", data: "\tTechnology\t\t\t\n", err: "line 1: want 5"},
		{name: "unknown class", data: "Go\tLanguage\t\t\t\n", err: `line 1: unknown class "Language"`},
		{name: "unknown flag", data: "Go\tTechnology\t\t\tbold\n", err: `line 1: unknown flag "bold"`},
		{name: "empty flag", data: "Go\tTechnology\t\t\tweak,\n", err: `line 1: unknown flag ""`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Decode(tc.data)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) || len(got) > 0 && !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %#v\nwant %#v", got, tc.want)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", "Go", "Apache Kafka", " Go", "Go ", "Apache  Kafka", "a\tb", "a\nb", "Zürich  city", "a\u00a0b", "x\u2003 y"} {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestDecodeOneElementLists: entries whose one alias or sameAs shares a
// backing array stay apart when a caller appends to one of them.
func TestDecodeOneElementLists(t *testing.T) {
	es, err := Decode("Quuxburg\tPlace\t=Quux\thttps://a.example/1\texact-case\nZorbia\tPlace\tZorbland\thttps://a.example/2\t\n")
	if err != nil || len(es) != 2 {
		t.Fatalf("Decode: %v, %d entries", err, len(es))
	}
	es[0].SameAs = append(es[0].SameAs, "https://a.example/3")
	es[0].CasedAliases = append(es[0].CasedAliases, "QB")
	if got := es[1].SameAs; len(got) != 1 || got[0] != "https://a.example/2" {
		t.Errorf("second entry's sameAs = %q after an append to the first's", got)
	}
	if got := es[1].Aliases; len(got) != 1 || got[0] != "Zorbland" {
		t.Errorf("second entry's aliases = %q", got)
	}
	if got := es[0].CasedAliases; len(got) != 2 || got[0] != "Quux" {
		t.Errorf("first entry's cased aliases = %q", got)
	}
}
