package schedule

import (
	"bytes"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

func knownEdition(t *testing.T, key string) *Edition {
	t.Helper()
	ix, err := Known()
	if err != nil {
		t.Fatal(err)
	}
	e, ok := ix.Edition(key)
	if !ok {
		t.Fatalf("edition %s missing", key)
	}
	return e
}

func TestKnown(t *testing.T) {
	start := time.Now()
	ix, err := Known()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Known(): %d bytes decoded in %v", len(knownIndex), time.Since(start))
	keys := ix.Editions()
	if len(keys) != 20 || keys[0] != "fosdem-2007" || keys[19] != "fosdem-2026" {
		t.Fatalf("editions = %v", keys)
	}
	e, _ := ix.Edition("fosdem-2019")
	if e.Name != "FOSDEM 2019" || e.Year != "2019" || e.City != "Brussels" || e.URL != "https://fosdem.org/2019/" || len(e.Talks) != 775 {
		t.Errorf("edition = %s %s %s %s %d", e.Name, e.Year, e.City, e.URL, len(e.Talks))
	}
	for _, tk := range e.Talks {
		if tk.Abstract != "" {
			t.Fatal("index keeps abstracts")
		}
	}
	if len(knownIndex) > 3<<20 {
		t.Errorf("known.idx is %d bytes", len(knownIndex))
	}
}

func TestEditionLookups(t *testing.T) {
	e := knownEdition(t, "fosdem-2019")
	if tk, ok := e.TalkBySlug("python_ast_module"); !ok || tk.Track != "Python" {
		t.Errorf("TalkBySlug = %+v %v", tk, ok)
	}
	if _, ok := e.TalkBySlug("/Python_AST_Module/"); !ok {
		t.Error("TalkBySlug ignores case and slashes")
	}
	if _, ok := e.TalkBySlug("no_such_talk"); ok {
		t.Error("TalkBySlug found a missing talk")
	}
	tk, _ := e.TalkBySlug("python_ast_module")
	if len(tk.Persons) == 0 {
		t.Fatal("no speakers")
	}
	sp := tk.Persons[0]
	if p, ok := e.SpeakerBySlug(sp.Slug); !ok || p.Name != sp.Name {
		t.Errorf("SpeakerBySlug(%q) = %+v %v", sp.Slug, p, ok)
	}
	if _, ok := e.SpeakerBySlug("nobody_at_all"); ok {
		t.Error("SpeakerBySlug found nobody")
	}
	found := false
	for _, x := range e.TalksOf(sp.Name) {
		found = found || x.Slug == "python_ast_module"
	}
	if !found {
		t.Errorf("TalksOf(%q) lacks the talk", sp.Name)
	}
	if got := e.FindPersons(sp.Name); len(got) != 1 || got[0].Name != sp.Name {
		t.Errorf("FindPersons(%q) = %v", sp.Name, got)
	}
	if got := e.FindTalksByTitle(tk.Title); len(got) == 0 || got[0].Slug != tk.Slug {
		t.Errorf("FindTalksByTitle(%q) = %v", tk.Title, got)
	}
}

func TestTrackByName(t *testing.T) {
	tests := []struct{ edition, query, want string }{
		{"fosdem-2019", "Python", "Python"},
		{"fosdem-2019", "python", "Python"},
		{"fosdem-2019", "Real Time Communications", "Real Time Communications (RTC)"},
		{"fosdem-2019", "real_time_communications", "Real Time Communications (RTC)"},
		{"fosdem-2019", "Real Time Comms", "Real Time Communications (RTC)"},
		{"fosdem-2019", "RTC", "Real Time Communications (RTC)"},
		{"fosdem-2019", "Postgresql", "PostgreSQL"},
		{"fosdem-2019", "Postgres", "PostgreSQL"},
		{"fosdem-2019", "Community", "Community devroom"},
		{"fosdem-2019", "Go", "Go"},
		{"fosdem-2019", "Quantum Computing", "Quantum Computing"},
		{"fosdem-2019", "hpc_big_data_and_data_science", "HPC, Big Data and Data Science"},
		{"fosdem-2019", "Rust devroom", "Rust"},
		{"fosdem-2019", "Cooking", ""},
		{"fosdem-2019", "Open", ""}, // many tracks begin so
		{"fosdem-2019", "", ""},
		{"fosdem-2026", "ai", "AI Plumbers"},
		{"fosdem-2026", "Main", "Main Track"},
		{"fosdem-2024", "AI and Machine Learning", "AI and Machine Learning devroom"},
	}
	for _, tt := range tests {
		e := knownEdition(t, tt.edition)
		got, ok := e.TrackByName(tt.query)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s TrackByName(%q) = %q %v, want %q", tt.edition, tt.query, got, ok, tt.want)
		}
	}
}

func fixtureEdition(t *testing.T) *Edition {
	t.Helper()
	ix := NewIndex()
	ix.Add(parseFile(t, "testdata/mini.xml"))
	e, ok := ix.Edition("fosdem-2019")
	if !ok {
		t.Fatal("no edition")
	}
	return e
}

func TestFindPersons(t *testing.T) {
	ix := NewIndex()
	s := parseFile(t, "testdata/mini.xml")
	s.Talks[2].Persons = []Person{{Name: "Giovanni Rossi"}, {Name: "Gulcin Yildirim"}}
	ix.Add(s)
	e, _ := ix.Edition("fosdem-2019")
	tests := []struct {
		q    string
		want []string
	}{
		{"Gülçin Yildirim", []string{"Gülçin Yildirim"}}, // folded exact: the first spelling
		{"gulcin  YILDIRIM", []string{"Gülçin Yildirim"}},
		{"Giovanni Maruzzelli", []string{"Giovanni Maruzzelli (gmaruzz)"}},
		{"Giovanni", []string{"Giovanni Maruzzelli (gmaruzz)", "Giovanni Rossi"}},
		{"Maruzzelli", []string{"Giovanni Maruzzelli (gmaruzz)"}},
		{"Giovanni Verdi", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range e.FindPersons(tt.q) {
			got = append(got, p.Name)
		}
		if len(got) != len(tt.want) {
			t.Errorf("FindPersons(%q) = %q, want %q", tt.q, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("FindPersons(%q) = %q, want %q", tt.q, got, tt.want)
			}
		}
	}
}

func TestFindTalksByTitle(t *testing.T) {
	e := fixtureEdition(t)
	tests := []struct{ q, want string }{
		{"Tricks with the AST & friends", "py_ast_tricks"},
		{"tricks with the ast and friends", ""}, // "and" is not "&"
		{"Tricks with the AST friends", "py_ast_tricks"},
		{"Tricks with the AST & friends: Walking trees", "py_ast_tricks"},
		{"the RTC devroom", "rtc_intro"},
		{"I enjoyed 'Welcome to the RTC devroom' a lot", "rtc_intro"},
		{"Closing", "closing"},
		{"closing remarks by the staff", ""}, // "closing" is too short to be contained
		{"", ""},
	}
	for _, tt := range tests {
		got := e.FindTalksByTitle(tt.q)
		switch {
		case tt.want == "" && len(got) != 0:
			t.Errorf("FindTalksByTitle(%q) = %v, want none", tt.q, got[0].Slug)
		case tt.want != "" && (len(got) != 1 || got[0].Slug != tt.want):
			t.Errorf("FindTalksByTitle(%q) = %d talks, want %s", tt.q, len(got), tt.want)
		}
	}
}

func TestIndexRoundTripAndMerge(t *testing.T) {
	a := NewIndex()
	a.Add(parseFile(t, "testdata/mini.xml"))
	b := NewIndex()
	b.Add(parseFile(t, "testdata/frab.json"))
	b.Add(parseFile(t, "testdata/pretalx-era.xml"))
	a.Merge(b)
	if got := a.Editions(); len(got) != 3 {
		t.Fatalf("editions = %v", got)
	}
	enc, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	dec, err := DecodeIndex(enc)
	if err != nil {
		t.Fatal(err)
	}
	enc2, _ := dec.Encode()
	if !bytes.Equal(enc, enc2) {
		t.Error("encode(decode(x)) != x")
	}
	// the uncompressed form holds the same index
	raw, err := a.EncodeRaw()
	if err != nil {
		t.Fatal(err)
	}
	fromRaw, err := DecodeIndex(raw)
	if err != nil {
		t.Fatal(err)
	}
	if enc3, _ := fromRaw.Encode(); !bytes.Equal(enc, enc3) {
		t.Error("DecodeIndex(EncodeRaw(x)) differs from DecodeIndex(Encode(x))")
	}
	if _, err := DecodeIndex(raw[:len(raw)/2]); err == nil {
		t.Error("truncated raw index decoded")
	}
	e, ok := dec.Edition("chaos-communication-camp-2019")
	if !ok {
		t.Fatalf("editions = %v", dec.Editions())
	}
	if _, ok := e.TalkBySlug("Camp2019-10386-opening_ceremony"); !ok {
		t.Error("decoded index lost a talk")
	}
	// Merging an edition twice adds nothing; a new talk is added.
	s := parseFile(t, "testdata/mini.xml")
	s.Talks = append(s.Talks, Talk{Slug: "extra", Title: "Extra", Persons: []Person{{Name: "New Person", Slug: "new_person"}}})
	more := NewIndex()
	more.Add(s)
	dec.Merge(more)
	dec.Merge(more)
	e, _ = dec.Edition("fosdem-2019")
	if len(e.Talks) != 4 {
		t.Errorf("merged talks = %d", len(e.Talks))
	}
	if _, ok := e.SpeakerBySlug("new_person"); !ok {
		t.Error("merged speaker not found")
	}
}

func TestDecodeIndexErrors(t *testing.T) {
	if _, err := DecodeIndex(nil); err == nil {
		t.Error("nil decoded")
	}
	if _, err := DecodeIndex([]byte("not gzip")); err == nil {
		t.Error("garbage decoded")
	}
	// A valid index of another version.
	ix := NewIndex()
	b, _ := ix.Encode()
	if _, err := DecodeIndex(b); err != nil {
		t.Errorf("empty index: %v", err)
	}
	if _, err := DecodeIndex(b[:len(b)/2]); err == nil {
		t.Error("truncated index decoded")
	}
}

// TestKnownIsGenerated checks that known.idx is what internal/genknown
// writes from the shared schedules (go generate ./ingest/schedule).
func TestKnownIsGenerated(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "data", "schedules", "fosdem-*.xml"))
	if len(files) == 0 {
		t.Skip("shared schedules absent: cannot check known.idx")
	}
	sort.Strings(files)
	ix := NewIndex()
	for _, f := range files { // as internal/genknown reads them
		s, err := ParseXML(filepath.Base(f), mustRead(t, f))
		if err != nil {
			t.Fatal(err)
		}
		ix.Add(s)
	}
	want, err := ix.EncodeRaw()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal([]byte(knownIndex), want) {
		t.Error("known.idx differs from the generator's output: run go generate ./ingest/schedule")
	}
}

func BenchmarkKnown(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Known(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMergeShares checks that indexes merged from one index do not see
// each other's additions (Merge shares the talk and track arrays).
func TestMergeShares(t *testing.T) {
	base := NewIndex()
	base.Add(parseFile(t, "testdata/mini.xml"))
	a, b := NewIndex(), NewIndex()
	a.Merge(base)
	b.Merge(base)
	s := parseFile(t, "testdata/mini.xml")
	s.Talks = append(s.Talks, Talk{Slug: "extra", Title: "Extra"})
	s.Tracks = append(s.Tracks, Track{Name: "Extra Track"})
	more := NewIndex()
	more.Add(s)
	a.Merge(more)
	ea, _ := a.Edition("fosdem-2019")
	eb, _ := b.Edition("fosdem-2019")
	e0, _ := base.Edition("fosdem-2019")
	if len(ea.Talks) != len(e0.Talks)+1 || len(ea.Tracks) != len(e0.Tracks)+1 {
		t.Fatalf("merged: %d talks %d tracks, want %d %d", len(ea.Talks), len(ea.Tracks), len(e0.Talks)+1, len(e0.Tracks)+1)
	}
	if _, ok := eb.TalkBySlug("extra"); ok || len(eb.Talks) != len(e0.Talks) || len(eb.Tracks) != len(e0.Tracks) {
		t.Errorf("another index merged from the same one sees the addition")
	}
	if _, ok := e0.TalkBySlug("extra"); ok {
		t.Errorf("the merged index sees the addition")
	}
}
