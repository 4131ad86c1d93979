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
