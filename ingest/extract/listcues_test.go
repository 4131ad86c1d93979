package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// oldListCueIndexes is what softwareLists read before the scanner found
// the cues: one wordIndexes scan of b.lower per cue.
func oldListCueIndexes(lower string) [][]int {
	out := make([][]int, len(listCues))
	for ci, cue := range listCues {
		if cue != "e.g.," {
			out[ci] = wordIndexes(lower, cue)
		}
	}
	return out
}

func cueBuilder(text string, withHits bool) *builder {
	x := &Extractor{scan: newScanner(kwEvent, kwTalk, kwListCue)}
	b := &builder{x: x, text: text, lower: lowerASCII(text)}
	if withHits {
		b.hits = x.scan.run(b.text, b.lower)
	}
	return b
}

func TestListCueIndexes(t *testing.T) {
	text := "Tools Such as Fooproject, e.g. Quuxd, e.g., Zorbl; eg. Blorp, LIKE Frob including Baz. " +
		"unlike likes such-as xlike like_ e.g.x eg.. such  as including"
	b := cueBuilder(text, true)
	got := b.listCueIndexes()
	low := b.lower
	want := map[string][]int{
		"such as":   {strings.Index(low, "such as")},
		"e.g.":      {strings.Index(low, "e.g. "), strings.Index(low, "e.g.,")},
		"eg.":       {strings.Index(low, "eg. "), strings.Index(low, "eg..")}, // "." is no word byte
		"like":      {strings.Index(low, "like frob")},
		"including": {strings.Index(low, "including baz"), strings.LastIndex(low, "including")},
	}
	for ci, cue := range listCues {
		if cue == "e.g.," {
			if got[ci] != nil {
				t.Errorf("e.g.,: %v, want nil", got[ci])
			}
			continue
		}
		if !reflect.DeepEqual(got[ci], want[cue]) {
			t.Errorf("%q: %v, want %v", cue, got[ci], want[cue])
		}
	}
}

// TestListCueIndexesSame: the scanner's cue places equal the old scans'
// on random texts dense in cues, and without hits the old scans are run.
func TestListCueIndexesSame(t *testing.T) {
	parts := []string{"such as", "Such As", "e.g.", "E.G.", "e.g.,", "eg.", "EG.", "like", "Like", "including",
		"INCLUDING", " ", "  ", ",", "(", ".", "-", "_", "x", "s", "e", "g", "l", "i", "unlike", "é", "\n", "talk", "conference"}
	rng := rand.New(rand.NewSource(4))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := rng.Intn(40); k >= 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		text := sb.String()
		want := oldListCueIndexes(lowerASCII(text))
		for _, withHits := range []bool{true, false} {
			got := cueBuilder(text, withHits).listCueIndexes()
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q (hits %v): %v, want %v", text, withHits, got, want)
			}
		}
	}
}
