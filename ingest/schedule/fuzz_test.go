package schedule

import (
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"os"
	"path/filepath"
	"testing"
)

func seed(f *testing.F, pattern string) {
	files, _ := filepath.Glob(pattern)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// exercise runs everything downstream of a parse on its result.
func exercise(t *testing.T, s *Schedule) {
	if _, err := Graph(s, testMinter, "h"); err != nil && s.Conference.Series != "" {
		t.Fatalf("Graph: %v", err)
	}
	ix := NewIndex()
	ix.Add(s)
	for _, k := range ix.Editions() {
		e, _ := ix.Edition(k)
		for _, tk := range e.Talks {
			e.TalkBySlug(tk.Slug)
			e.FindTalksByTitle(tk.Title)
			e.TrackByName(tk.Track)
			for _, p := range tk.Persons {
				e.FindPersons(p.Name)
				e.SpeakerBySlug(p.Slug)
			}
		}
	}
}

func FuzzParseXML(f *testing.F) {
	seed(f, "testdata/*.xml")
	f.Add([]byte(`<schedule><conference><title>A 2020</title></conference></schedule>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		Detect(data)
		s, err := ParseXML("fuzz.xml", data)
		if err != nil {
			return
		}
		exercise(t, s)
	})
}

func FuzzParseJSON(f *testing.F) {
	seed(f, "testdata/*.json")
	f.Add([]byte(`{"schedule":{"conference":{"title":"A 2020","days":[{"rooms":{"r":[{"title":"t","persons":[{"name":"n"}]}]}}]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		Detect(data)
		s, err := ParseJSON("fuzz.json", data)
		if err != nil {
			return
		}
		exercise(t, s)
	})
}

func FuzzPlainText(f *testing.F) {
	f.Add("<p>a &amp; b</p><script>x</script>")
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		PlainText(s)
		PersonSlug(s)
		TrackSlug(s)
	})
}

func FuzzDecodeIndex(f *testing.F) {
	ix := NewIndex()
	b, _ := ix.Encode()
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		DecodeIndex(data)
	})
}
