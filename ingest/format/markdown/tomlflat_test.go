package markdown

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestSimpleTOMLSame checks that decodeSimpleTOML gives exactly what
// toml.Decode gives wherever it accepts the source, and that it leaves to
// the library what it does not read (or what the library refuses).
func TestSimpleTOMLSame(t *testing.T) {
	tests := []struct {
		src  string
		fast bool // decodeSimpleTOML accepts it
	}{
		{`title = "Frobnicating at Acme"`, true},
		{"title = \"Frobnicating\"\nauthors = [\"Jane Doe\", 'John Roe']\naliases = []\n", true},
		{"authors = [\n    \"Jane Doe\",\n    \"John Roe\",\n]\n", true},
		{"authors = [ # who\n  \"Jane Doe\" # first\n]\n", true},
		{"# a comment\n\ntitle = 'C:\\path'\n\n[extra]\nrelease = true\nteam = \"Acme\"\n", true},
		{"[ extra ]\ndraft = false\n", true},
		{"title = \"Ünïcödé – “quoted”\"\ttags = 1", false},
		{"title = \"tab\there\"", true},
		{`title = "a \"quoted\" word"`, false},
		{`title = ""`, false},
		{`title = """multi"""`, false},
		{`date = 2019-02-04`, false},
		{`weight = 10`, false},
		{`title = "x" # trailing comment`, false},
		{"a.b = \"x\"", false},
		{"[[extra.see_also]]\nurl = \"x\"", false},
		{"[extra.sub]\nurl = \"x\"", false},
		{"title = \"x\"\ntitle = \"y\"", false},
		{"extra = \"x\"\n[extra]\nk = \"y\"", false},
		{"[a]\nk = \"x\"\n[a]\nk = \"y\"", false},
		{`flags = [true, false]`, false},
		{`point = { x = "1" }`, false},
		{`truex = truey`, false},
		{"title = \"unterminated", false},
		{"title = \"ctl\x01\"", false},
		{"title \"x\"", false},
		{"= \"x\"", false},
		{"title = \"x\" y", false},
	}
	for _, tt := range tests {
		got, ok := decodeSimpleTOML(tt.src)
		if ok != tt.fast {
			t.Errorf("%q: accepted = %v, want %v", tt.src, ok, tt.fast)
		}
		if ok {
			sameAsLibrary(t, tt.src, got)
		}
	}
	// every TOML front matter of the Rust blog corpus
	files, _ := filepath.Glob("/work/shared/data/corpus/rust-blog/*.md")
	sub, _ := filepath.Glob("/work/shared/data/corpus/rust-blog/*/*.md")
	files = append(files, sub...)
	fast := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := normalise(data)
		if !strings.HasPrefix(s, "+++\n") {
			continue
		}
		end := strings.Index(s[4:], "\n+++")
		if end < 0 {
			continue
		}
		src := s[4 : 4+end+1]
		if got, ok := decodeSimpleTOML(src); ok {
			fast++
			sameAsLibrary(t, src, got)
		}
	}
	t.Logf("%d of %d corpus posts took the fast path", fast, len(files))
	if len(files) > 0 && fast == 0 {
		t.Errorf("none of %d corpus front matters took the fast path", len(files))
	}
}

func sameAsLibrary(t *testing.T, src string, got map[string]any) {
	t.Helper()
	want := map[string]any{}
	if _, err := toml.Decode(src, &want); err != nil {
		t.Errorf("%q: fast path accepted what toml.Decode refuses: %v", src, err)
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q:\n got %#v\nwant %#v", src, got, want)
	}
}
