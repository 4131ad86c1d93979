package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTrackScan(t *testing.T) {
	re := newRules().reTrack
	for _, c := range []struct {
		s    string
		want []string // the names matched
	}{
		{"in the Quux devroom today", []string{"Quux"}},
		{"the Quux and Zorb Dev Rooms were full", []string{"Quux and Zorb"}},
		{"the Fooproject Track record", []string{"Fooproject"}},
		{"the Fooproject tracks", nil},
		{"eBPF dev-room", []string{"BPF"}},
		{"xand Quux devroom", []string{"and Quux"}},
		{"A B C D E F G devroom", []string{"B C D E F G"}},
		{"Quux Devroom Track", []string{"Quux Devroom"}},
		{"Zorb mini-conference and Quux miniconfs.", []string{"Zorb", "and Quux"}},
		{"Zorb miniconferencex", nil},
		{"Ünïcode/C++ devroomsé", []string{"Ünïcode/C++"}},
		{"Quux devroom_", nil},
		{"Quux\tdev room", []string{"Quux"}},
	} {
		var got []string
		for _, m := range (trackScan{}).FindAllStringSubmatchIndex(c.s, -1) {
			got = append(got, c.s[m[2]:m[3]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("trackScan on %q: %q, want %q", c.s, got, c.want)
		}
		if want := re.FindAllStringSubmatchIndex(c.s, -1); !reflect.DeepEqual((trackScan{}).FindAllStringSubmatchIndex(c.s, -1), want) {
			t.Errorf("trackScan on %q differs from reTrack %v", c.s, want)
		}
	}
}

// TestTrackScanSame compares trackScan with reTrack on the lines of the
// regression posts and on random strings of the grammar's words.
func TestTrackScanSame(t *testing.T) {
	files, _ := filepath.Glob("testdata/regression/*.md")
	rst, _ := filepath.Glob("testdata/regression/*.rst")
	files = append(files, rst...)
	if len(files) == 0 {
		t.Fatal("no regression posts")
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	words := []string{"Quux", "eBPF", "and", "&", "of", "for", "fork", "android", "Ünï", "C++", "x/y", "the", "devroom", "Devrooms", "dev room", "Dev-Room", "dev  room", "track", "Tracks", "Track", "miniconf", "Mini-Conference", "mini-confs", "miniconferences", "é", "_", ",", "."}
	blanks := []string{" ", " ", "\t", "  ", ""}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := 1 + rng.Intn(12); k > 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString(blanks[rng.Intn(len(blanks))])
		}
		texts = append(texts, b.String())
	}
	re := newRules().reTrack
	matches := 0
	for _, s := range texts {
		want := re.FindAllStringSubmatchIndex(s, -1)
		got := (trackScan{}).FindAllStringSubmatchIndex(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trackScan on %q = %v, reTrack %v", s, got, want)
		}
		if w1, g1 := re.FindStringSubmatchIndex(s), (trackScan{}).FindStringSubmatchIndex(s); !reflect.DeepEqual(g1, w1) {
			t.Fatalf("trackScan first on %q = %v, reTrack %v", s, g1, w1)
		}
		matches += len(want)
	}
	if matches < 20000 {
		t.Errorf("%d matches in %d strings: the comparison is weak", matches, len(texts))
	}
}
