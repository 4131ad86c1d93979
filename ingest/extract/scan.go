package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// keywords is a set of literal strings a scanner finds in a text.
type keywords struct {
	words  []string
	fold   bool // matched in the ASCII-lower-cased text (words are lower case)
	accept func(text, lower string, at int, kw string) bool
}

// newKeywords builds a case-sensitive set; accept, when not nil, filters
// each hit.
func newKeywords(accept func(text, lower string, at int, kw string) bool, kws ...string) *keywords {
	return &keywords{words: kws, accept: accept}
}

// newFoldKeywords builds a set matched ignoring ASCII case.
func newFoldKeywords(accept func(text, lower string, at int, kw string) bool, kws ...string) *keywords {
	k := &keywords{fold: true, accept: accept}
	for _, w := range kws {
		k.words = append(k.words, lowerASCII(w))
	}
	return k
}

// hit is one keyword occurrence.
type hit struct {
	at int
	kw string
}

// scanner finds the keywords of several sets in one pass over a text. It is
// immutable after newScanner.
type scanner struct {
	sets  []*keywords
	index map[*keywords]int
	exact [1 << 16 / 64]uint64 // hashed first three bytes of case-sensitive keywords
	folds [1 << 16 / 64]uint64 // hashed first three bytes of folded keywords
	// the first two bytes of the keywords, exactly (one bit per pair): a
	// test without a multiplication that most positions fail first
	exactPairs [1 << 16 / 64]uint64
	foldPairs  [1 << 16 / 64]uint64
	// anyPairs holds the pairs of text bytes that pass exactPairs or,
	// lower-cased, foldPairs; secondPairs the same for the keywords'
	// second and third bytes; evenPairs is their union, run's one test at
	// most even positions
	anyPairs    [1 << 16 / 64]uint64
	secondPairs [1 << 16 / 64]uint64
	evenPairs   [1 << 16 / 64]uint64
	byTwo       map[uint16][]kwRef // keywords by their first two bytes
}

type kwRef struct {
	set  int
	word string
	fold bool
}

func pair(a, b byte) uint16 { return uint16(a)<<8 | uint16(b) }

// tri hashes three bytes into 16 bits.
func tri(a, b, c byte) uint16 {
	return uint16((uint32(a)*961 + uint32(b)*31 + uint32(c)) * 2654435761 >> 16)
}

func newScanner(sets ...*keywords) *scanner {
	sc := &scanner{index: map[*keywords]int{}, byTwo: map[uint16][]kwRef{}}
	for _, k := range sets {
		if k == nil {
			continue
		}
		if _, ok := sc.index[k]; ok {
			continue
		}
		si := len(sc.sets)
		sc.sets = append(sc.sets, k)
		sc.index[k] = si
		for _, w := range k.words {
			if len(w) < 3 {
				continue // every keyword has three bytes or more
			}
			h := tri(w[0], w[1], w[2])
			p := pair(w[0], w[1])
			if k.fold {
				sc.folds[h>>6] |= 1 << (h & 63)
				sc.foldPairs[p>>6] |= 1 << (p & 63)
			} else {
				sc.exact[h>>6] |= 1 << (h & 63)
				sc.exactPairs[p>>6] |= 1 << (p & 63)
			}
			sc.byTwo[p] = append(sc.byTwo[p], kwRef{si, w, k.fold})
			sc.addPair(&sc.anyPairs, w[0], w[1], k.fold)
			sc.addPair(&sc.secondPairs, w[1], w[2], k.fold)
		}
	}
	for i := range sc.evenPairs {
		sc.evenPairs[i] = sc.anyPairs[i] | sc.secondPairs[i]
	}
	return sc
}

// addPair sets in set the pair of text bytes a, b, or when fold every
// pair that lowerASCII makes a, b.
func (sc *scanner) addPair(set *[1 << 16 / 64]uint64, a, b byte, fold bool) {
	if !fold {
		q := pair(a, b)
		set[q>>6] |= 1 << (q & 63)
		return
	}
	for _, x := range caseVariants(a) {
		for _, y := range caseVariants(b) {
			q := pair(x, y)
			set[q>>6] |= 1 << (q & 63)
		}
	}
}

// caseVariants returns the bytes lowerASCII turns into c: c, and its upper
// case when c is a lower-case ASCII letter.
func caseVariants(c byte) []byte {
	if c >= 'a' && c <= 'z' {
		return []byte{c, c - 32}
	}
	return []byte{c}
}

// run returns the accepted hits of every set in text (lower is text with
// ASCII letters lower-cased), by set index, each in text order.
func (sc *scanner) run(text, lower string) [][]hit {
	out := make([][]hit, len(sc.sets))
	n := len(text) - 2 // keywords have three bytes or more
	// Only the pairs at even positions j are read: a keyword at even i
	// has its first two bytes at j = i (anyPairs), one at odd i its second
	// and third at j = i+1 (secondPairs). A pair in neither set (in
	// evenPairs, their union) rules out both i = j and i = j-1.
	for j := 0; j <= n && j+1 < len(text); j += 2 {
		p := pair(text[j], text[j+1])
		if sc.evenPairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		if j > 0 && sc.secondPairs[p>>6]&(1<<(p&63)) != 0 {
			sc.at(text, lower, j-1, out)
		}
		if j < n && sc.anyPairs[p>>6]&(1<<(p&63)) != 0 {
			sc.at(text, lower, j, out)
		}
	}
	return out
}

// at adds to out the accepted hits of the keywords that start at i.
func (sc *scanner) at(text, lower string, i int, out [][]hit) {
	p := pair(text[i], text[i+1])
	if sc.anyPairs[p>>6]&(1<<(p&63)) == 0 {
		return
	}
	lp := pair(lower[i], lower[i+1])
	e := sc.exactPairs[p>>6]&(1<<(p&63)) != 0
	f := sc.foldPairs[lp>>6]&(1<<(lp&63)) != 0
	if !e && !f {
		return
	}
	if e {
		h := tri(text[i], text[i+1], text[i+2])
		e = sc.exact[h>>6]&(1<<(h&63)) != 0
	}
	if f {
		lh := tri(lower[i], lower[i+1], lower[i+2])
		f = sc.folds[lh>>6]&(1<<(lh&63)) != 0
	}
	if !e && !f {
		return
	}
	var last = -1
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
			k := sc.sets[r.set]
			if k.accept != nil && !k.accept(text, lower, i, r.word) {
				continue
			}
			out[r.set] = appendDoubling(out[r.set], hit{i, r.word})
			last = r.set
		}
	}
	if e {
		try(sc.byTwo[p], false)
	}
	if f {
		try(sc.byTwo[lp], true)
	}
}

// hitsOf returns the hits of set k in the builder's text.
func (b *builder) hitsOf(k *keywords) []hit {
	if i, ok := b.x.scan.index[k]; ok && b.hits != nil {
		return b.hits[i]
	}
	return nil
}

// submatcher is a compiled pattern: a *regexp.Regexp or an rx.Regexp.
type submatcher interface {
	FindAllStringSubmatchIndex(s string, n int) [][]int
	FindStringSubmatchIndex(s string) []int
}

// findAllNear runs re only on windows of text around the hits (before
// bytes before, after bytes after, widened to spaces) and returns its
// submatch indexes in text offsets, in order and without duplicates. It is
// how the extractor keeps regexps with leading capitalised runs off the
// bulk of a post.
func findAllNear(text string, hits []hit, re submatcher, before, after int) [][]int {
	return findAllNearStop(text, hits, re, before, after, nil)
}

// maxNearWindow bounds a merged window of findAllNearStop: in text dense
// with hits the windows would merge into one as long as the text, and
// stopping is only possible between windows.
const maxNearWindow = 16 << 10

// findAllNearStop is findAllNear that asks stop (if not nil) before each
// window and gives up, returning what it found, when stop says so.
// Windows are at most maxNearWindow long (plus one hit's margins); a
// match found again in the overlap of two windows is kept once.
func findAllNearStop(text string, hits []hit, re submatcher, before, after int, stop func() bool) [][]int {
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
	if len(wins) == 0 {
		return nil
	}
	var out [][]int
	lastEnd := -1 // end of the last match kept
	// the matches in each short window's text, relative to the window: in
	// text dense with hits the same words stand around the same keyword
	// again and again ("at FOSDEM 2019. Later,"), and re, a pure function
	// of the window's text, runs once for each distinct one
	var memo map[string][][]int
	for _, w := range wins {
		if stop != nil && stop() {
			return out
		}
		ws := text[w.Start:w.End]
		if len(wins) == 1 || len(ws) > maxMemoWindow {
			for _, m := range re.FindAllStringSubmatchIndex(ws, -1) {
				m = shiftIndex(m, w.Start)
				if m[0] < lastEnd {
					continue // found in the previous window already
				}
				lastEnd = max(m[1], m[0]+1)
				out = append(out, m)
			}
			continue
		}
		ms, ok := memo[ws]
		if !ok {
			ms = re.FindAllStringSubmatchIndex(ws, -1)
			if memo == nil {
				memo = make(map[string][][]int)
			}
			memo[ws] = ms
		}
		for _, m := range ms {
			if m[0]+w.Start < lastEnd {
				continue // found in the previous window already
			}
			m = shiftIndex(slices.Clone(m), w.Start) // the memo's stays as it is
			lastEnd = max(m[1], m[0]+1)
			out = append(out, m)
		}
	}
	return out
}

// maxMemoWindow is the longest window whose matches findAllNearStop
// remembers by its text: longer ones, merged from several hits, seldom
// recur.
const maxMemoWindow = 512

// findNear is findAllNear that stops with the extraction (b.stopped).
func (b *builder) findNear(text string, hits []hit, re submatcher, before, after int) [][]int {
	return findAllNearStop(text, hits, re, before, after, b.stopNow)
}

// lettersAt returns the ASCII letters of text starting at i.
func lettersAt(text string, i int) string {
	j := i
	for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
		j++
	}
	return text[i:j]
}

// prevWord returns the word (non-space run) before the spaces or tabs
// that precede i, or "" when i does not follow a space.
func prevWord(text string, i int) string {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == i {
		return ""
	}
	k := j
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\t' && text[k-1] != '\n' {
		k--
	}
	return text[k:j]
}

// afterCapWord accepts a keyword hit that follows a capitalised word (or a
// connector inside a name) and ends a word.
func afterCapWord(text, _ string, at int, kw string) bool {
	if e := at + len(kw); e < len(text) && isWordByte(text[e]) {
		return false
	}
	w := prevWord(text, at)
	if w == "" {
		return false
	}
	if w == "and" || w == "&" || w == "of" || w == "for" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lowerASCII lower-cases the ASCII letters of s, keeping its length. It
// lower-cases eight bytes at a time (each word's upper-case letters found
// by exact per-byte bit tests, as in nextUpperOrHigh, and given their 0x20
// bit), into one buffer that becomes the string without a second copy.
func lowerASCII(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	const low7, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		l := w & low7
		upper := (l + 0x3f3f3f3f3f3f3f3f) &^ (l + 0x2525252525252525) &^ w & highs
		binary.LittleEndian.PutUint64(b[i:], w|upper>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b)) // b is not written again
}

// particles that may sit inside a person's name.
var particles = map[string]bool{"de": true, "van": true, "der": true, "von": true, "da": true, "del": true, "di": true, "la": true, "le": true, "dos": true, "du": true}

// nameRuns returns the runs of capitalised name tokens of text (joined by
// single spaces or tabs, with name particles allowed inside), as spans; the
// runs of one token are returned too. It replaces a regexp over the whole
// text for speed.
func nameRuns(text string) []Span {
	var out []Span
	i := 0
	n := len(text)
	for i < n {
		// find the start of a token: an upper-case letter, ASCII or not
		if i = nextUpperOrHigh(text, i); i >= n {
			break
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) || (i > 0 && isWordBefore(text, i)) {
			i += sz
			continue
		}
		start := i
		end := -1
		j := i
		for {
			te := tokenEnd(text, j)
			poss := false
			if strings.HasSuffix(text[j:te], "'s") {
				te, poss = te-2, true
			} else if strings.HasSuffix(text[j:te], "’s") {
				te, poss = te-len("’s"), true
			}
			if !isNameToken(text[j:te]) {
				break
			}
			end = te
			if poss {
				break
			}
			// next token after one space or tab
			if te >= n || (text[te] != ' ' && text[te] != '\t') {
				break
			}
			k := te + 1
			pe := tokenEnd(text, k)
			if pe-k <= 3 && particles[text[k:pe]] && pe < n && text[pe] == ' ' {
				k = pe + 1
			}
			if k >= n {
				break
			}
			if r2, _ := utf8.DecodeRuneInString(text[k:]); !unicode.IsUpper(r2) {
				break
			}
			j = k
		}
		if end < 0 {
			i = tokenEnd(text, i) + 1
			continue
		}
		out = appendDoubling(out, Span{start, end})
		i = end
	}
	return out
}

// appendDoubling is append that doubles a full slice: append grows a long
// slice by a quarter, and the lists of a long text dense with names (name
// runs, keyword hits) were copied over and over.
func appendDoubling[T any](s []T, v T) []T {
	if n := len(s); n == cap(s) && n >= 256 {
		s = slices.Grow(s, n)
	}
	return append(s, v)
}

// nextUpperOrHigh returns the index of the first byte at or after i that is
// an ASCII upper-case letter or not ASCII, or len(text). It tests eight
// bytes at a time: the sums on their low seven bits cannot carry into the
// next byte, so each byte's answer is exact.
func nextUpperOrHigh(text string, i int) int {
	const low7, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		l := w & low7
		// bit 7 of a byte: low bits >= 'A' and not >= 'Z'+1, or the byte's own
		upper := (l + 0x3f3f3f3f3f3f3f3f) &^ (l + 0x2525252525252525)
		if m := (upper | w) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return i
		}
	}
	return len(text)
}

// isWordBefore tells whether the byte before i continues a word.
func isWordBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '\'' || r == '’'
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// tokenEnd returns the end of the word starting at i: letters, digits,
// hyphens and apostrophes followed by a letter.
func tokenEnd(text string, i int) int {
	j := i
	for j < len(text) {
		if asciiAlnum[text[j]] {
			j++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += sz
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(text[j+sz:]); j+sz < len(text) && unicode.IsLetter(r2) {
				j += sz
				continue
			}
		}
		break
	}
	if j == i {
		_, sz := utf8.DecodeRuneInString(text[i:])
		return i + sz
	}
	return j
}

// shiftIndex adds off to the positions of m, a regexp's submatch index
// found in a substring starting at off (groups that did not match, -1,
// stay): the indexes become the whole text's. It returns m.
func shiftIndex(m []int, off int) []int {
	for k := range m {
		if m[k] >= 0 {
			m[k] += off
		}
	}
	return m
}
