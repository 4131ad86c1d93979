package extract

import (
	"slices"
	"sort"
)

// evSpans answers prevOverlaps for a fixed list of mentions in logarithmic
// time: the starts of the non-empty mentions, sorted, with the largest end
// among the mentions up to each. A rule that asks for every token of a long
// paragraph (bareEditions) would otherwise scan every mention each time.
type evSpans struct {
	prev   []evMention // a short list, scanned as it is
	starts []int
	maxEnd []int
}

// evSpansMin is the length from which newEvSpans sorts the mentions.
const evSpansMin = 16

func newEvSpans(prev []evMention) evSpans {
	if len(prev) < evSpansMin {
		return evSpans{prev: prev}
	}
	sp := make([]Span, 0, len(prev))
	for _, p := range prev {
		if p.end > p.start {
			sp = append(sp, Span{p.start, p.end})
		}
	}
	slices.SortFunc(sp, func(a, b Span) int { return a.Start - b.Start })
	x := evSpans{starts: make([]int, len(sp)), maxEnd: make([]int, len(sp))}
	for i, s := range sp {
		x.starts[i] = s.Start
		x.maxEnd[i] = s.End
		if i > 0 {
			x.maxEnd[i] = max(s.End, x.maxEnd[i-1])
		}
	}
	return x
}

// overlaps is prevOverlaps(prev, s, e): whether a non-empty mention
// overlaps [s, e).
func (x evSpans) overlaps(s, e int) bool {
	if x.starts == nil {
		return prevOverlaps(x.prev, s, e)
	}
	k := sort.SearchInts(x.starts, e) // the mentions starting before e
	return k > 0 && x.maxEnd[k-1] > s
}

// knownSpans are the spans of the editions eventsIn found first (an
// "edition of" phrase, a known series), which the later rules must not
// overlap: kept sorted by start, with the longest span's length, so that
// overlaps looks only at the spans that start less than that length
// before s. A paragraph that names an edition in every sentence would
// otherwise have every candidate scan every span found before it.
type knownSpans struct {
	spans  []Span // sorted by Start
	maxLen int
}

// add inserts [s, e).
func (k *knownSpans) add(s, e int) {
	i := sort.Search(len(k.spans), func(i int) bool { return k.spans[i].Start > s })
	k.spans = slices.Insert(k.spans, i, Span{s, e})
	k.maxLen = max(k.maxLen, e-s)
}

// overlaps is overlaps(spans, s, e) for the spans added.
func (k *knownSpans) overlaps(s, e int) bool {
	if len(k.spans) < evSpansMin {
		return overlaps(k.spans, s, e)
	}
	// a span [ks, ke) overlaps when ks < e and ke > s; ke ≤ ks+maxLen
	i := sort.Search(len(k.spans), func(i int) bool { return k.spans[i].Start > s-k.maxLen })
	for ; i < len(k.spans) && k.spans[i].Start < e; i++ {
		if k.spans[i].End > s {
			return true
		}
	}
	return false
}
