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
