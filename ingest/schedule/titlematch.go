package schedule

import (
	"strings"
)

// Matching a phrase of a post (a heading, a list item, bold text, a
// quotation) against every talk title of an edition, tolerating case,
// punctuation, a dropped subtitle and a small edit. Each phrase costs a
// few hash lookups and at most maxFuzzy bounded edit distances, whatever
// the number of talks: an index by normalised title, by main title (the
// part before a colon or dash) and by word.

// TitleMatch says how a phrase matched a talk title.
type TitleMatch uint8

// Kinds of title match, best first.
const (
	TitleExact TitleMatch = iota + 1 // the normalised title (or title and subtitle)
	TitleMain                        // the title without its subtitle, or the phrase without its own
	TitleFuzzy                       // within a small edit distance
)

// minTitleNorm is the shortest normalised phrase matched at all, and
// minFuzzyNorm the shortest matched with edits.
const (
	minTitleNorm = 8
	minFuzzyNorm = 16
	maxFuzzy     = 48 // talks compared by edit distance per phrase
)

type titleIndex struct {
	exact map[string][]int // norm(title), norm(title+subtitle)
	main  map[string][]int // norm(main title), when it differs and is long enough
	words map[string][]int // word -> talks whose title has it
}

// titleLookups builds the title index on first use.
func (e *Edition) titleLookups() *titleIndex {
	e.titleOnce.Do(func() {
		l := e.lookups()
		ix := &titleIndex{exact: map[string][]int{}, main: map[string][]int{}, words: map[string][]int{}}
		for i := range e.Talks {
			for _, k := range []string{l.titles[i], l.fullTitles[i]} {
				if k != "" && !hasInt(ix.exact[k], i) {
					ix.exact[k] = append(ix.exact[k], i)
				}
			}
			if m := norm(mainTitle(e.Talks[i].Title)); len(m) >= minTitleNorm && m != l.titles[i] {
				ix.main[m] = append(ix.main[m], i)
			}
			seen := map[string]bool{}
			for _, w := range strings.Fields(l.titles[i]) {
				if !seen[w] {
					seen[w] = true
					ix.words[w] = append(ix.words[w], i)
				}
			}
		}
		e.titles = ix
	})
	return e.titles
}

func hasInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// mainTitle is a title without its subtitle: the part before ": ", " - ",
// " – " or " — " (the first one), or the title itself.
func mainTitle(t string) string {
	best := len(t)
	for _, sep := range []string{": ", " - ", " – ", " — ", " -- "} {
		if i := strings.Index(t, sep); i > 0 && i < best {
			best = i
		}
	}
	return strings.TrimSpace(t[:best])
}

// MatchTitle returns the one talk of the edition whose title the phrase
// gives: the same words (case and punctuation ignored), the title without
// its subtitle or the phrase without one, or, for phrases of at least 16
// letters, a title within a small edit distance (one edit per 12
// characters, at most 3). It returns false when no talk or more than one
// talk matches equally well.
func (e *Edition) MatchTitle(phrase string) (*Talk, TitleMatch, bool) {
	q := norm(phrase)
	if len(q) < minTitleNorm {
		return nil, 0, false
	}
	ix := e.titleLookups()
	one := func(ids []int) (*Talk, bool) {
		if len(ids) == 1 {
			return &e.Talks[ids[0]], true
		}
		return nil, false
	}
	if ids, ok := ix.exact[q]; ok {
		t, ok := one(ids)
		return t, TitleExact, ok
	}
	if ids, ok := ix.main[q]; ok {
		t, ok := one(ids)
		return t, TitleMain, ok
	}
	if m := norm(mainTitle(phrase)); len(m) >= minTitleNorm && m != q && len(strings.Fields(m)) >= 2 {
		if ids, ok := ix.exact[m]; ok {
			t, ok := one(ids)
			return t, TitleMain, ok
		}
	}
	if len(q) < minFuzzyNorm {
		return nil, 0, false
	}
	// fuzzy: the talks sharing the phrase's two rarest words
	ws := strings.Fields(q)
	var r1, r2 []int
	for _, w := range ws {
		p, ok := ix.words[w]
		if !ok {
			continue
		}
		switch {
		case r1 == nil || len(p) < len(r1):
			r1, r2 = p, r1
		case r2 == nil || len(p) < len(r2):
			r2 = p
		}
	}
	limit := len(q) / 12
	if limit > 3 {
		limit = 3
	}
	if limit < 1 {
		limit = 1
	}
	l := e.lookups()
	best, bestD, tie := -1, limit+1, false
	n := 0
	for _, ids := range [][]int{r1, r2} {
		for _, i := range ids {
			if n++; n > maxFuzzy {
				break
			}
			for _, k := range []string{l.titles[i], l.fullTitles[i]} {
				d := boundedLevenshtein(q, k, limit)
				switch {
				case d < bestD:
					best, bestD, tie = i, d, false
				case d == bestD && i != best:
					tie = true
				}
			}
		}
	}
	if best < 0 || tie || bestD > limit {
		return nil, 0, false
	}
	return &e.Talks[best], TitleFuzzy, true
}

// boundedLevenshtein is the edit distance of a and b (bytes), or limit+1
// when it exceeds limit; it costs O(len(a)·limit).
func boundedLevenshtein(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-limit), min(len(b), i+limit)
		cur[0] = i
		if lo > 1 {
			cur[lo-1] = limit + 1
		}
		rowMin := limit + 1
		if lo == 1 {
			rowMin = cur[0]
		}
		for j := lo; j <= hi; j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			if prev[j]+1 < c {
				c = prev[j] + 1
			}
			if cur[j-1]+1 < c {
				c = cur[j-1] + 1
			}
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if hi < len(b) {
			cur[hi+1] = limit + 1
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	if prev[len(b)] > limit {
		return limit + 1
	}
	return prev[len(b)]
}

// TrackNamed returns the name of the edition's track that phrase names
// exactly: the same compact form (case, spaces and punctuation ignored) as
// its name, its slug, its name without a parenthesised part or the part
// itself, with or without "devroom"/"track". Unlike TrackByName it never
// matches loosely, so it may be asked about any phrase of a post; each
// call is one map lookup.
func (e *Edition) TrackNamed(phrase string) (string, bool) {
	e.trackOnce.Do(func() {
		l := e.lookups()
		idx := map[string][]string{}
		for i, keys := range l.trackKeys {
			for _, k := range keys {
				if name := e.Tracks[i].Name; !hasString(idx[k], name) {
					idx[k] = append(idx[k], name)
				}
			}
		}
		e.trackIdx = idx
	})
	var buf [96]byte
	if kb, ok := compactASCII(phrase, buf[:0]); ok {
		return e.trackNamedKey(kb)
	}
	k := compact(phrase)
	if k == "" {
		return "", false
	}
	names := e.trackIdx[k]
	if len(names) != 1 {
		for _, suf := range trackSuffixes {
			if strings.HasSuffix(k, suf) && len(k) > len(suf) {
				names = e.trackIdx[strings.TrimSuffix(k, suf)]
				break
			}
		}
	}
	if len(names) != 1 {
		return "", false
	}
	return names[0], true
}

// trackNamedKey is TrackNamed for the compact key kb, without copying it
// (the map lookups of string(kb) do not).
func (e *Edition) trackNamedKey(kb []byte) (string, bool) {
	if len(kb) == 0 {
		return "", false
	}
	names := e.trackIdx[string(kb)]
	if len(names) != 1 {
		for _, suf := range trackSuffixes {
			if len(kb) > len(suf) && string(kb[len(kb)-len(suf):]) == suf {
				names = e.trackIdx[string(kb[:len(kb)-len(suf)])]
				break
			}
		}
	}
	if len(names) != 1 {
		return "", false
	}
	return names[0], true
}

// compactASCII is compact for a short ASCII phrase, written into buf (the
// letters and digits of its words, lower case, joined): the extractor asks
// TrackNamed about many phrases of a post, and compact's copies cost more
// than the lookup. ok is false for a phrase that is not ASCII or does not
// fit in buf.
func compactASCII(s string, buf []byte) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return nil, false
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			continue
		}
		if len(buf) == cap(buf) {
			return nil, false
		}
		buf = append(buf, c)
	}
	return buf, true
}

func hasString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
