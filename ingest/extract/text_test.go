package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// sentencesByByte is Sentences as it was written before it skipped the
// bytes it does not look at: every byte visited. TestSentencesSkipSame
// compares the two.
func sentencesByByte(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t') {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	lastBreak := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(i)
			start, lastBreak = i+1, -1
			continue
		}
		if (c == ',' || c == ';') && i+1 < len(text) && text[i+1] == ' ' {
			lastBreak = i + 1
		}
		if i-start >= maxSentence {
			cut := lastBreak
			if cut <= start {
				cut = strings.LastIndexByte(text[start:i], ' ') + start + 1
			}
			if cut <= start {
				cut = i
			}
			for cut > start && cut < len(text) && !utf8.RuneStart(text[cut]) {
				cut--
			}
			emit(cut)
			start, lastBreak = cut, -1
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && i+2 < len(text) && text[i+1] == ' ' {
			if c == ';' {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[i+2:])
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '(') {
				continue
			}
			if c == '.' {
				w := lastWord(text[start:i])
				if abbreviations[strings.ToLower(w)] || (len(w) == 1 && unicode.IsUpper(rune(w[0]))) {
					continue
				}
			}
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

func TestSentencesSkipSame(t *testing.T) {
	texts := []string{
		"",
		"One. Two! Three? Four",
		"Dr. Jane Doe spoke. Then J. Roe, with Acme; and more.\nNext line",
		strings.Repeat("frobnicate ", 500),                             // run-on, cut at spaces
		strings.Repeat("x", 4500),                                      // run-on, no space
		strings.Repeat("frob, nicate ", 400) + ". End",                 // cut at commas
		strings.Repeat("é", 1999) + strings.Repeat("ü", 2000) + " end", // cuts inside runes move back
		strings.Repeat("a", 1999) + "\n" + strings.Repeat("b", 2001),
	}
	var files []string
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, s := range texts {
		if got, want := Sentences(s), sentencesByByte(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q…: Sentences differ from the byte-by-byte reading\n got %v\nwant %v", s, got, want)
		}
	}
}

func TestLexiconRule(t *testing.T) {
	for _, c := range []vocab.Class{vocab.Technology, vocab.Organization, vocab.Place, vocab.Project, vocab.Person, vocab.Event, vocab.Track} {
		if got, want := lexiconRule(c), "lexicon:"+strings.ToLower(string(c)); got != want {
			t.Errorf("lexiconRule(%s) = %q, want %q", c, got, want)
		}
	}
}

// TestTalkWordsSame checks that the scanner's talk words find a post to
// speak of talks exactly when reTalkWords matches its lower-cased text.
func TestTalkWordsSame(t *testing.T) {
	x := newX()
	texts := []string{"", "a talk", "Talks!", "talking", "_talk", "talk_", "2talk", "talk2", "é talk", "talké", "keynote-speaker",
		"tracking issue", "the track.", "lightning", "sessionstorage", "presentations", "dev room", "devroom"}
	var files []string
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, s := range texts {
		b := &builder{x: x, re: x.re, text: s, lower: lowerASCII(s)}
		b.hits = x.scan.run(b.text, b.lower)
		if got, want := b.speaksOfTalks(), x.re.reTalkWords.MatchString(b.lower); got != want {
			t.Errorf("%.60q…: speaksOfTalks = %v, reTalkWords matches = %v", s, got, want)
		}
	}
}

// TestMayCapName checks that mayCapName is true wherever reCapName
// matches (it only lets orgCues skip the regexp): invented cases, and the
// window after every space of the dev, dev2 and regression posts.
func TestMayCapName(t *testing.T) {
	x := newX()
	texts := []string{"Acme Corp", "the Acme", "the\t\tAcme", "theAcme", "there", "the acme", "the ", "Éole", "acme", "", " Acme"}
	var files []string
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' {
				texts = append(texts, s[i+1:min(len(s), i+81)])
			}
		}
	}
	matched := 0
	for _, w := range texts {
		if x.re.reCapName.FindStringSubmatchIndex(w) == nil {
			continue
		}
		matched++
		if !mayCapName(w) {
			t.Errorf("%q: mayCapName false where reCapName matches", w)
		}
	}
	if matched == 0 {
		t.Error("reCapName matched nothing: the test checked nothing")
	}
}

// TestTrackConnectorsShort guards namedTracks' length test: it looks up
// only words of three bytes or fewer.
func TestTrackConnectorsShort(t *testing.T) {
	for w := range trackConnectors {
		if len(w) > 3 || strings.ToLower(w) != w {
			t.Errorf("track connector %q: longer than three bytes or not lower case; namedTracks' len(w) <= 3 test would miss it", w)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{{"Acme", true}, {"acme", false}, {"Étoile", true}, {"été", false}, {"", false}, {"1x", false}} {
		if got := capWordAt(tt.s, 0); got != tt.want {
			t.Errorf("capWordAt(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// quotedByByte is quotedCandidates as it was before it skipped the bytes
// outside quotes: every byte visited.
func quotedByByte(t string) []candidate {
	var out []candidate
	open, closeR := -1, rune(0)
	for i := 0; i < len(t); {
		c := t[i]
		if c != '"' && c != '\n' && c != 0xE2 && c != 0xC2 {
			i++
			if open >= 0 && i-open > maxQuoted {
				open = -1
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '\n':
			open = -1
		case open >= 0 && r == closeR:
			if (r != '"' || !wordRuneAt(t, i+n)) && i > open {
				if s, e := trimSpan(t, open, i); e > s {
					out = append(out, candidate{kind: candQuoted, start: s, end: e, link: -1})
				}
				open = -1
				i += n
				continue
			}
		case open >= 0 && i-open > maxQuoted:
			open = -1
		}
		if open < 0 {
			if c, ok := quotePairs[r]; ok && (r != '"' || !wordRuneBefore(t, i)) {
				open, closeR = i+n, c
			}
		}
		i += n
	}
	return out
}

func TestQuotedSkipSame(t *testing.T) {
	texts := []string{`He said "frobnicate" and “Acme Widgets” then «Zorbl» „x“ ok`, `a"b" "c`, "\"" + strings.Repeat("x", maxQuoted+5) + "\" \"y\""}
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	for _, s := range texts {
		if got, want := quotedCandidates(s), quotedByByte(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q…: quotedCandidates differ from the byte-by-byte reading\n got %v\nwant %v", s, got, want)
		}
	}
}

// TestScannerFiltersSame checks the scanner's pass against the same pass
// without its pair and three-byte filters (every position tried), on the
// extractor's keyword sets and the dev, dev2, regression and Rust blog
// posts.
func TestScannerFiltersSame(t *testing.T) {
	x := newX()
	sc := x.scan
	unfiltered := func(text, lower string) [][]hit {
		out := make([][]hit, len(sc.sets))
		for i := 0; i+2 < len(text); i++ {
			last := -1
			try := func(refs []kwRef, fold bool) {
				for _, r := range refs {
					if r.fold != fold || r.set == last {
						continue
					}
					src := text
					if fold {
						src = lower
					}
					if !strings.HasPrefix(src[i:], r.word) {
						continue
					}
					if k := sc.sets[r.set]; k.accept != nil && !k.accept(text, lower, i, r.word) {
						continue
					}
					out[r.set] = append(out[r.set], hit{i, r.word})
					last = r.set
				}
			}
			try(sc.byTwo[pair(text[i], text[i+1])], false)
			try(sc.byTwo[pair(lower[i], lower[i+1])], true)
		}
		return out
	}
	texts := []string{"FOSDEM 2019 devroom, Acme Inc. sponsored by Acme GmbH at the Frobnicate track"}
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	hits := 0
	for _, s := range texts {
		lower := lowerASCII(s)
		got, want := sc.run(s, lower), unfiltered(s, lower)
		for i := range want {
			hits += len(want[i])
			if len(got[i]) == 0 && len(want[i]) == 0 {
				continue
			}
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%.60q…: set %d: hits %v, unfiltered %v", s, i, got[i], want[i])
			}
		}
	}
	if hits == 0 {
		t.Error("no keyword hit at all: the test checked nothing")
	}
}
