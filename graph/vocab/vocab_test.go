package vocab

import "testing"

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Saúl Ibarra", "saul-ibarra"},
		{"SAUL  ibarra", "saul-ibarra"},
		{"Gülçin Yildirim", "gulcin-yildirim"},
		{"C++", "c-plus-plus"},
		{"C#", "c-sharp"},
		{"Vue.js", "vue-js"},
		{"Daniel-Constantin Mierla", "daniel-constantin-mierla"},
		{"Straße", "strasse"},
		{"  --  ", ""}, // replaced by a hash below
	}
	for _, tt := range tests {
		got := Slug(tt.in)
		if tt.want == "" {
			if len(got) != 13 || got[0] != 'x' {
				t.Errorf("Slug(%q) = %q, want hash slug", tt.in, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMinter(t *testing.T) {
	m := Minter{Base: "https://ex.org/id"}
	tests := []struct{ got, want string }{
		{string(m.Person("Saúl Ibarra")), "https://ex.org/id/person/saul-ibarra"},
		{string(m.Event("FOSDEM", "2019")), "https://ex.org/id/event/fosdem-2019"},
		{string(m.Track("fosdem-2019", "Python")), "https://ex.org/id/event/fosdem-2019/track/python"},
		{string(m.Talk("fosdem-2017", "grpc101")), "https://ex.org/id/event/fosdem-2017/talk/grpc101"},
		{string(m.Project("https://github.com/PyCQA/astroid/")), "https://ex.org/id/project/github.com/pycqa/astroid"},
		{string(m.Project("https://www.github.com/PyCQA/astroid.git")), "https://ex.org/id/project/github.com/pycqa/astroid"},
		{string(m.Project("Kibi")), "https://ex.org/id/project/kibi"},
		{string(m.Post("./posts/2019/a.md")), "https://ex.org/id/post/posts--2019--a-md"},
		{string(m.Post("posts/2019/a.md")), "https://ex.org/id/post/posts--2019--a-md"},
		{string(m.Post("https://blog.example.com/2019/fosdem/")), "https://ex.org/id/post/blog-example-com--2019--fosdem"},
		{string(Minter{}.Person("x")), DefaultBase + "person/x"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %s, want %s", tt.got, tt.want)
		}
	}
}

func TestShortExpand(t *testing.T) {
	if got := Short(string(Name)); got != "schema:name" {
		t.Errorf("Short = %s", got)
	}
	if got := Expand("schema:name"); got != string(Name) {
		t.Errorf("Expand = %s", got)
	}
	if got := Expand("https://x.org/a"); got != "https://x.org/a" {
		t.Errorf("Expand of full IRI = %s", got)
	}
	if c, ok := ClassOf(Talk.IRI()); !ok || c != Talk {
		t.Errorf("ClassOf(Talk) = %v %v", c, ok)
	}
	if _, ok := ClassOf("https://schema.org/Person"); ok {
		t.Errorf("ClassOf(schema:Person) should be false")
	}
}

// TestNamespaceMatchesPrefixes keeps Expand's switch and Prefixes in step.
func TestNamespaceMatchesPrefixes(t *testing.T) {
	for p, ns := range Prefixes() {
		if got, ok := namespace(p); !ok || got != ns {
			t.Errorf("namespace(%q) = %q, %v; want %q", p, got, ok, ns)
		}
	}
	if _, ok := namespace("nope"); ok {
		t.Error("namespace of an unknown prefix")
	}
}

// TestFoldASCII checks Fold's ASCII fast path against the rune-by-rune
// fold: every byte below 0x80, and names.
func TestFoldASCII(t *testing.T) {
	all := make([]byte, 0, 128)
	for c := 0; c < 128; c++ {
		all = append(all, byte(c))
	}
	for _, s := range []string{string(all), "", "Jane DOE", "Acme Corp.", "frobnicate-42_X", "a\tB\nC"} {
		if got, want := Fold(s), foldRunes(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	for _, tt := range []struct{ in, want string }{{"Saúl", "saul"}, {"Straße", "strasse"}, {"ÆSIR", "aesir"}} {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMinterIRI(t *testing.T) {
	m := Minter{Base: "https://ex.org/id/"}
	for _, tt := range []struct {
		parts []string
		want  string
	}{
		{nil, "https://ex.org/id/"},
		{[]string{"person"}, "https://ex.org/id/person"},
		{[]string{"event", "a b", "talk", "x/y?"}, "https://ex.org/id/event/a%20b/talk/x%2Fy%3F"},
		{[]string{"", ""}, "https://ex.org/id//"},
	} {
		if got := string(m.iri(append([]string(nil), tt.parts...)...)); got != tt.want {
			t.Errorf("iri(%q) = %s, want %s", tt.parts, got, tt.want)
		}
	}
	// one allocation: the IRI itself
	if n := testing.AllocsPerRun(20, func() { m.Person("jane-quux") }); n != 1 {
		t.Errorf("Person of a slug: %v allocations, want 1", n)
	}
}
