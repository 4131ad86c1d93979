package extract

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// findAllNearPlain is findAllNearStop as it was before its memo of the
// windows' matches: re runs on every window.
func findAllNearPlain(text string, hits []hit, re submatcher, before, after int) [][]int {
	var wins []Span
	for _, h := range hits {
		i, k := h.at, h.kw
		s, e := max(0, i-before), min(len(text), i+len(k)+after)
		for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' && i-s < before+40 {
			s--
		}
		for e < len(text) && text[e] != ' ' && text[e] != '\n' && e-i < after+40 {
			e++
		}
		if n := len(wins); n > 0 && s <= wins[n-1].End && wins[n-1].End-wins[n-1].Start < maxNearWindow {
			wins[n-1].Start = min(wins[n-1].Start, s)
			wins[n-1].End = max(wins[n-1].End, e)
			continue
		}
		wins = append(wins, Span{s, e})
	}
	var out [][]int
	lastEnd := -1
	for _, w := range wins {
		for _, m := range re.FindAllStringSubmatchIndex(text[w.Start:w.End], -1) {
			m = shiftIndex(m, w.Start)
			if m[0] < lastEnd {
				continue
			}
			lastEnd = max(m[1], m[0]+1)
			out = append(out, m)
		}
	}
	return out
}

// TestFindAllNearMemo checks findAllNearStop, which remembers the matches
// of each window's text, against the plain run on texts that repeat the
// same windows (and so reuse the memo), with windows that merge, overlap
// and run past maxMemoWindow, for patterns with and without groups and
// with empty matches.
func TestFindAllNearMemo(t *testing.T) {
	pieces := []string{"at ZorbConf 2019.", "Later,", "Jane", "the Quux devroom", "ZorbConf", "in", "ZorbConf 2020", "zorbconf", "ZorbConf2019", "\n\n", "a", "Widget Science track", strings.Repeat("x", 300)}
	pats := []submatcher{
		regexp.MustCompile(`(ZorbConf)(?:\s+(\d{4}))?`),
		regexp.MustCompile(`(?i)zorbconf`),
		regexp.MustCompile(`((?:[A-Z]\w*[ \t]+){0,3})(?:devroom|track)\b`),
		regexp.MustCompile(`x*`),
		trackScan{},
	}
	kws := []string{"ZorbConf", "devroom", "track", "zorbconf"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		for k := rng.Intn(80); k >= 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
			sb.WriteByte(" \n"[rng.Intn(2)&rng.Intn(2)])
		}
		text := sb.String()
		var hits []hit
		for i := range text {
			for _, kw := range kws {
				if strings.HasPrefix(text[i:], kw) {
					hits = append(hits, hit{i, kw})
				}
			}
		}
		for _, re := range pats {
			for _, ba := range [][2]int{{2, 8}, {0, 0}, {80, 12}, {200, 300}} {
				got := findAllNearStop(text, hits, re, ba[0], ba[1], nil)
				want := findAllNearPlain(text, hits, re, ba[0], ba[1])
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("text %q, %v, %v:\n got %v\nwant %v", text, re, ba, got, want)
				}
				// the memo's matches are not the caller's: a second run
				// gives the same
				if again := findAllNearStop(text, hits, re, ba[0], ba[1], nil); !reflect.DeepEqual(again, want) {
					t.Fatalf("second run differs: %v", again)
				}
			}
		}
	}
}
