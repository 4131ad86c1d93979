package schedule

import (
	"bytes"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestKnownSpeakers checks the speaker names embedded in known.idx against
// its editions, decoded whole: HasSpeaker knows SpeakerFold of every
// speaker's name and the list holds nothing else. It fails when the list
// is stale (vocab.Fold changed: run go generate ./ingest/schedule), even
// without the shared schedules TestKnownIsGenerated needs.
func TestKnownSpeakers(t *testing.T) {
	ix, err := Known()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, k := range ix.Editions() {
		e, ok := ix.Edition(k)
		if !ok {
			t.Fatalf("edition %s does not decode", k)
		}
		for i := range e.Talks {
			for _, p := range e.Talks[i].Persons {
				if f, ok := SpeakerFold(p.Name); ok {
					want[f] = true
				}
			}
		}
	}
	if len(want) < 1000 {
		t.Fatalf("%d speaker names in the shipped schedules", len(want))
	}
	for f := range want {
		if !ix.HasSpeaker(f) {
			t.Fatalf("HasSpeaker(%q) = false: known.idx is stale (go generate ./ingest/schedule)", f)
		}
	}
	if n := strings.Count(ix.lazy.speakers, "\n"); n != len(want) {
		t.Errorf("known.idx lists %d speaker names, the editions have %d (go generate ./ingest/schedule)", n, len(want))
	}
	for _, q := range []string{"", "jane", "jane quux fooproject", "zzzz zzzz", "a a", "\n"} {
		if ix.HasSpeaker(q) != want[q] {
			t.Errorf("HasSpeaker(%q) = %v", q, !want[q])
		}
	}
	for f := range want { // neighbours of a listed name are not listed
		for _, q := range []string{f + "x", f[:len(f)-1], " " + f} {
			if ix.HasSpeaker(q) != want[q] {
				t.Errorf("HasSpeaker(%q) = %v", q, !want[q])
			}
		}
		break
	}
}

// TestSpeakerFold: names of one word are not speakers' full names.
func TestSpeakerFold(t *testing.T) {
	for name, want := range map[string]string{"Jane Quux": vocab.Fold("Jane Quux"), "  Jané\tQuux ": vocab.Fold("  Jané\tQuux "), "Jane": "", "": "", " Quux ": ""} {
		f, ok := SpeakerFold(name)
		if ok != (want != "") || f != want {
			t.Errorf("SpeakerFold(%q) = %q, %v; want %q", name, f, ok, want)
		}
	}
}

// lazyAndWhole returns the same index twice: read from its raw form (its
// editions decoded on first use) and decoded whole from Encode's.
func lazyAndWhole(t *testing.T, files ...string) (lazy, whole *Index) {
	t.Helper()
	ix := NewIndex()
	for _, f := range files {
		ix.Add(parseFile(t, f))
	}
	raw, err := ix.EncodeRaw()
	if err != nil {
		t.Fatal(err)
	}
	if lazy, err = decodeRaw(string(raw), false); err != nil {
		t.Fatal(err)
	}
	enc, err := ix.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if whole, err = DecodeIndex(enc); err != nil {
		t.Fatal(err)
	}
	return lazy, whole
}

// TestLazyMerge: an index merging a raw one (whose editions it reads from
// the same table) and then other schedules holds what it holds merging the
// same index decoded whole, and knows the same speakers; the raw index
// does not see what was merged into the other.
func TestLazyMerge(t *testing.T) {
	files := []string{"testdata/mini.xml", "testdata/frab.json", "testdata/pretalx-era.xml"}
	s := parseFile(t, "testdata/mini.xml")
	s.Talks = append(s.Talks, Talk{Slug: "extra", Title: "Extra", Persons: []Person{{Name: "Jane Quux", Slug: "jane_quux"}}})
	s.Tracks = append(s.Tracks, Track{Name: "Fooproject Track"})
	more := NewIndex()
	more.Add(s)
	other := NewIndex()
	other.Add(parseFile(t, "testdata/legacy.xml"))

	lazy, whole := lazyAndWhole(t, files...)
	if got, want := lazy.Editions(), whole.Editions(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("editions %v, want %v", got, want)
	}
	if got, want := lazy.Series(), whole.Series(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("series %v, want %v", got, want)
	}
	jane, _ := SpeakerFold("Jane Quux")
	var encs [2][]byte
	for i, base := range []*Index{lazy, whole} {
		ix := NewIndex()
		ix.Merge(other) // an edition of its own first
		ix.Merge(base)
		if ix.HasSpeaker(jane) {
			t.Fatalf("%d: a speaker not merged yet is known", i)
		}
		ix.Merge(more)
		ix.Merge(more)
		if !ix.HasSpeaker(jane) {
			t.Errorf("%d: the merged speaker is unknown", i)
		}
		e, ok := ix.Edition("fosdem-2019")
		if !ok {
			t.Fatalf("%d: editions %v", i, ix.Editions())
		}
		if _, ok := e.SpeakerBySlug("jane_quux"); !ok {
			t.Errorf("%d: merged speaker not found by slug", i)
		}
		var err error
		if encs[i], err = ix.Encode(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(encs[0], encs[1]) {
		t.Error("merging the raw index and merging it decoded whole differ")
	}
	e, _ := lazy.Edition("fosdem-2019")
	if _, ok := e.TalkBySlug("extra"); ok || lazy.HasSpeaker(jane) {
		t.Error("the raw index sees what was merged into another")
	}
	// a raw index merged into a raw one is decoded and copied
	lazy2, _ := lazyAndWhole(t, "testdata/mini.xml")
	lazy2.Merge(lazy)
	lazy2.Merge(more)
	enc, _ := lazy2.Encode()
	ref := NewIndex()
	ref.Merge(whole)
	ref.Merge(more)
	if want, _ := ref.Encode(); !bytes.Equal(enc, want) {
		t.Error("merging a raw index into a raw one differs")
	}
}

// TestRawIndexErrors: a raw index cut short or with a corrupt record does
// not decode through DecodeIndex, which checks every record.
func TestRawIndexErrors(t *testing.T) {
	ix := NewIndex()
	ix.Add(parseFile(t, "testdata/mini.xml"))
	raw, err := ix.EncodeRaw()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeIndex(raw); err != nil {
		t.Fatal(err)
	}
	for n := len(rawMagic); n < len(raw); n += 1 + len(raw)/50 {
		if _, err := DecodeIndex(raw[:n]); err == nil {
			t.Errorf("raw index cut at %d of %d bytes decoded", n, len(raw))
		}
	}
	bad := bytes.Clone(raw)
	bad[len(bad)-1] ^= 0x7f // the last speaker's URL (derived: empty) gets a length past the end
	if _, err := DecodeIndex(bad); err == nil {
		t.Error("raw index with a corrupt record decoded")
	}
}
