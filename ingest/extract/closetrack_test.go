package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestMayCloseTrackDifferential checks that mayCloseTrack never turns
// down a text reCloseTrack matches, in any window ending where the name
// would start, and that it turns some down.
func TestMayCloseTrackDifferential(t *testing.T) {
	re := newRules().reCloseTrack
	parts := []string{"after", "After", "AFTER", "afters", "my", "the", "The", "our", "this", "thiſ", "that", "then",
		" ", " ", "  ", "\t", "\n", "\r", "\f", "Zorb", "é", ",", "."}
	rng := rand.New(rand.NewSource(17))
	matched, rejected := 0, 0
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			sb.WriteString(parts[rng.Intn(len(parts))])
		}
		s := sb.String()
		low := lowerASCII(s)
		for at := 0; at <= len(s); at++ {
			may := mayCloseTrack(low, at)
			if !may {
				rejected++
			}
			for from := 0; from <= at; from++ {
				if re.MatchString(s[from:at]) {
					matched++
					if !may {
						t.Fatalf("reCloseTrack matches %q (of %q), which mayCloseTrack turns down at %d", s[from:at], s, at)
					}
				}
			}
		}
	}
	if matched < 1000 || rejected == 0 {
		t.Fatalf("matched %d, turned down %d: the texts do not exercise both sides", matched, rejected)
	}
}
