package gazetteer

import (
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func testGazetteer() *Gazetteer {
	return New([]Entry{
		{Name: "Go", Class: vocab.Technology, Aliases: []string{"golang"}, ExactCase: true, NotInitial: true},
		{Name: "Python", Class: vocab.Technology, Aliases: []string{"python3"}, ExactCase: true},
		{Name: "C", Class: vocab.Technology, Drop: true},
		{Name: "C++", Class: vocab.Technology, Aliases: []string{"cpp"}},
		{Name: "C#", Class: vocab.Technology, Aliases: []string{"csharp"}},
		{Name: ".NET", Class: vocab.Technology},
		{Name: "ASP.NET", Class: vocab.Technology},
		{Name: "Node.js", Class: vocab.Technology},
		{Name: "HTTP/2", Class: vocab.Technology},
		{Name: "Kubernetes", Class: vocab.Technology, Aliases: []string{"k8s"}},
		{Name: "Apache Cassandra", Class: vocab.Technology},
		{Name: "Apache", Class: vocab.Organization},
		{Name: "Domain-driven design", Class: vocab.Technology, CasedAliases: []string{"DDD"}},
		{Name: "Zürich", Class: vocab.Place},
		{Name: "Nice", Class: vocab.Place, ExactCase: true, NotInitial: true},
	})
}

func TestFind(t *testing.T) {
	g := testGazetteer()
	tests := []struct {
		name, text string
		want       []string // surfaces, in order
	}{
		{"go verb", "let's go to the park", nil},
		{"go language", "it is written in Go and C++.", []string{"Go", "C++"}},
		{"go sentence initial", "Go is fun. Go to bed.", nil},
		{"go initial with version", "Go 1.22 was released.", []string{"Go"}},
		{"go in heading", "## Go\n", nil},
		{"golang any case", "Golang and GOLANG", []string{"Golang", "GOLANG"}},
		{"python lower", "pip install python stuff", nil},
		{"python capitalised", "We like Python. Python is nice.", []string{"Python", "Python"}},
		{"python3 alias", "run python3 now", []string{"python3"}},
		{"c dropped", "written in C", nil},
		{"c++ and c#", "C++, C# and .NET", []string{"C++", "C#", ".NET"}},
		{"c++ glued", "C++x", nil},
		{"asp.net longest", "ASP.NET rocks", []string{"ASP.NET"}},
		{"node.js", "Node.js, node.js and nodejs", []string{"Node.js", "node.js"}},
		{"http/2", "served over HTTP/2 today", []string{"HTTP/2"}},
		{"kubernetes operators", "Kubernetes operators and k8s", []string{"Kubernetes", "k8s"}},
		{"inside words", "Kubernetesy Gopher Pythonic", nil},
		{"longest multiword", "Apache Cassandra at the Apache booth", []string{"Apache Cassandra", "Apache"}},
		{"multiword across newline", "we run Apache\nCassandra", []string{"Apache\nCassandra"}},
		{"multiword not across paragraphs", "the Apache\n\nCassandra", []string{"Apache", "Cassandra"}[:1]},
		{"url ignored", "see https://kubernetes.io/docs/Go and http://x.org/Python", nil},
		{"www ignored", "www.python.org/Python", nil},
		{"email ignored", "mail go-team@Kubernetes.io", nil},
		{"domain-like", "visit python.org or Kubernetes.io", nil},
		{"cased alias", "we use DDD but not ddd", []string{"DDD"}},
		{"accents folded", "in Zurich and Zürich", []string{"Zurich", "Zürich"}},
		{"nice city vs adjective", "a nice talk in Nice", []string{"Nice"}},
		{"nice at sentence start", "Nice to meet you.", nil},
		{"repo path", "github.com/foo/Kubernetes", nil},
		{"glued by a colon", "the BBC:Python board and Note: Python", []string{"Python"}},
		{"hyphen compound", "it is Go-based and Kubernetes-native", []string{"Go", "Kubernetes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range g.Find(tc.text) {
				if tc.text[m.Start:m.End] != m.Surface {
					t.Errorf("span %d:%d is %q, surface %q", m.Start, m.End, tc.text[m.Start:m.End], m.Surface)
				}
				if m.Loose {
					continue // for the extractor to confirm (TestDefault)
				}
				got = append(got, m.Surface)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	g := testGazetteer()
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"go", "Go", true}, {"GOLANG", "Go", true}, {"c", "C", true}, {"ddd", "Domain-driven design", true},
		{"apache  cassandra", "Apache Cassandra", true}, {"zurich", "Zürich", true}, {"Rust", "", false},
	} {
		e, ok := g.Lookup(tc.in)
		if ok != tc.ok || ok && e.Name != tc.want {
			t.Errorf("Lookup(%q) = %v %v, want %q %v", tc.in, e, ok, tc.want, tc.ok)
		}
	}
}

func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[vocab.Class]int{}
	for _, e := range g.Entries() {
		counts[e.Class]++
	}
	for _, c := range []vocab.Class{vocab.Technology, vocab.Organization, vocab.Place} {
		if counts[c] == 0 {
			t.Errorf("no %s entries", c)
		}
	}
	for _, tc := range []struct{ name, class string }{
		{"Kubernetes", "Technology"}, {"PostgreSQL", "Technology"}, {"Rust", "Technology"}, {"Node.js", "Technology"},
		{"Belgium", "Place"}, {"Brussels", "Place"}, {"Microsoft", "Organization"},
	} {
		e, ok := g.Lookup(tc.name)
		if !ok || string(e.Class) != tc.class {
			t.Errorf("Lookup(%q) = %+v %v, want class %s", tc.name, e, ok, tc.class)
		}
	}
	text := "We deployed Kubernetes on Linux in Brussels; let's go write some Rust, Python and C++ for Microsoft."
	var got, loose []string
	for _, m := range g.Find(text) {
		if m.Loose {
			loose = append(loose, m.Surface)
			continue
		}
		got = append(got, m.Surface)
	}
	t.Logf("Find: %q, loose %q", got, loose)
	// "python" is Python's name in another casing: a loose match only,
	// for the extractor to confirm with context; "go" is too short for one
	if len(loose) > 0 {
		t.Errorf("Find: loose matches %q in %q", loose, text)
	}
	ms := g.Find("the back-end is python code")
	if len(ms) != 1 || !ms[0].Loose || ms[0].Entry.Name != "Python" {
		t.Errorf("Find(python code) = %+v, want one loose Python", ms)
	}
	for _, w := range []string{"Kubernetes", "Brussels", "Rust", "Python", "C++", "Microsoft"} {
		if !strings.Contains("|"+strings.Join(got, "|")+"|", "|"+w+"|") {
			t.Errorf("Find missed %q in %q: %q", w, text, got)
		}
	}
	for _, w := range []string{"go", "some", "for"} {
		if strings.Contains("|"+strings.Join(got, "|")+"|", "|"+w+"|") {
			t.Errorf("Find matched %q", w)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func corpus(tb testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "data", "corpus", "rust-blog")
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) == 0 {
		tb.Skipf("no corpus in %s", dir)
	}
	var b strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(raw)
		b.WriteByte('\n')
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := corpus(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Find(text)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"written in Go and C++", "see https://x.org/Go a@b.io", "Apache\nCassandra", "Zürich Nice.", "C#x .NET", "\xff\xfe@", "##Go 1"} {
		f.Add(s)
	}
	if seeds, err := filepath.Glob(filepath.Join("testdata", "*.txt")); err == nil {
		for _, s := range seeds {
			if raw, err := os.ReadFile(s); err == nil {
				f.Add(string(raw))
			}
		}
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		defer fuzzbudget.Start(t, len(text))()
		prev := 0
		for _, m := range g.Find(text) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Surface || m.Entry == nil {
				t.Fatalf("bad match %+v in %q", m, text)
			}
			prev = m.End
		}
	})
}

func TestGivenName(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want bool
	}{
		{"David", true}, {"daniel", true}, {"Saúl", true},
		{"Rust", false}, {"The", false}, {"Open", false}, {"Research", false}, {"Leadership", false}, {"", false},
	}
	for _, tt := range tests {
		if got := g.GivenName(tt.name) > 0; got != tt.want {
			t.Errorf("GivenName(%q) > 0 = %v, want %v", tt.name, got, tt.want)
		}
	}
	// the ASCII path (a buffer, no fold) finds what fold finds
	given, err := DecodeGivenNames(givenNamesTSV)
	if err != nil {
		t.Fatal(err)
	}
	for k := range given {
		for _, s := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:], k + strings.Repeat("x", 70)} {
			if got, want := g.GivenName(s), given[fold(s)]; got != want {
				t.Errorf("GivenName(%q) = %d, want %d", s, got, want)
			}
		}
	}
	if _, err := DecodeGivenNames("Ana\tx\n"); err == nil {
		t.Error("DecodeGivenNames accepted a bad count")
	}
}

func FuzzDecodeGivenNames(f *testing.F) {
	f.Add("# c\nAna\t3\nSaúl\t1\n")
	f.Add("x\t-1\n")
	f.Fuzz(func(t *testing.T, data string) {
		defer fuzzbudget.Start(t, len(data))()
		m, err := DecodeGivenNames(data)
		if err != nil {
			return
		}
		for k, v := range m {
			if v < 1 || k == "" {
				t.Fatalf("bad entry %q: %d", k, v)
			}
		}
	})
}

func TestSentenceInitialAfterBlankLine(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"- a list item\n\nJust so", 15, true},
		{"a wrapped line\nJust so", 15, false},
		{"end. Just so", 5, true},
		{"in the middle Just so", 14, false},
		{"(4) Much more (5) Less drama", 18, true},
		{"many answers:\n2) Less drama", 17, true},
		{"it was (see Zorb) Less so", 18, false},
		{"in the middle 5) Less", 17, false},
	}
	for _, tt := range tests {
		if got := sentenceInitial(tt.text, tt.at); got != tt.want {
			t.Errorf("sentenceInitial(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

// TestPlainCityNames: the shipped gazetteer finds cities written without
// their diacritics, in their casing only, as the accented name's entry.
func TestPlainCityNames(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, want, entry string
	}{
		{"We flew to Dusseldorf on Friday.", "Dusseldorf", "Düsseldorf"},
		{"We flew to Düsseldorf on Friday.", "Düsseldorf", "Düsseldorf"},
		{"The meetup moved to Malmo this year.", "Malmo", "Malmö"},
		{"the dusseldorf office", "", ""},
	} {
		got, entry := "", ""
		for _, m := range g.Find(tc.text) {
			if m.Entry.Class == vocab.Place && !m.Loose {
				got, entry = m.Surface, m.Entry.Name
			}
		}
		if got != tc.want || entry != tc.entry {
			t.Errorf("Find(%q): place %q of %q, want %q of %q", tc.text, got, entry, tc.want, tc.entry)
		}
	}
}
