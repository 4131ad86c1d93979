package extract

import "sort"

// spanSet answers "does [s,e) overlap a span of the set?" in logarithmic
// time: the spans sorted by start with the running maximum of their ends,
// rebuilt when spans were added since the last question.
type spanSet struct {
	spans  []Span
	sorted int   // spans[:sorted] are sorted and indexed in maxEnd
	maxEnd []int // running maximum of the ends of spans[:sorted]
}

func (ss *spanSet) add(s, e int) { ss.spans = append(ss.spans, Span{s, e}) }

func (ss *spanSet) overlaps(s, e int) bool {
	if len(ss.spans) == 0 {
		return false
	}
	if ss.sorted != len(ss.spans) {
		sort.Slice(ss.spans, func(i, j int) bool { return ss.spans[i].Start < ss.spans[j].Start })
		ss.maxEnd = ss.maxEnd[:0]
		m := 0
		for _, c := range ss.spans {
			m = max(m, c.End)
			ss.maxEnd = append(ss.maxEnd, m)
		}
		ss.sorted = len(ss.spans)
	}
	n := sort.Search(len(ss.spans), func(i int) bool { return ss.spans[i].Start >= e })
	return n > 0 && ss.maxEnd[n-1] > s
}

// bitSpans is a set of byte positions, grown as needed, marked and asked
// span by span.
type bitSpans []uint64

// set marks [s,e).
func (bs *bitSpans) set(s, e int) {
	s = max(s, 0)
	if e <= s {
		return
	}
	if n := (e + 63) / 64; n > len(*bs) {
		*bs = append(*bs, make([]uint64, n-len(*bs))...)
	}
	for i := s; i < e; {
		if i%64 == 0 && e-i >= 64 {
			(*bs)[i/64] = ^uint64(0)
			i += 64
			continue
		}
		(*bs)[i/64] |= 1 << (i % 64)
		i++
	}
}

// any tells whether a position of [s,e) is marked.
func (bs bitSpans) any(s, e int) bool {
	s, e = max(s, 0), min(e, len(bs)*64)
	for i := s; i < e; {
		if i%64 == 0 && e-i >= 64 {
			if bs[i/64] != 0 {
				return true
			}
			i += 64
			continue
		}
		if bs[i/64]&(1<<(i%64)) != 0 {
			return true
		}
		i++
	}
	return false
}
