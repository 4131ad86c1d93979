package extract

import (
	"sort"
	"strings"
)

// headingOtherYear tells whether heading names years ("Quuxconf 2030",
// "2030 and 2031") but not year: the section is on another edition than
// the one of that year, even when it names that one's series.
func headingOtherYear(heading, year string) bool {
	other := false
	for i := 0; i+4 <= len(heading); i++ {
		if i > 0 && isWordByte(heading[i-1]) || i+4 < len(heading) && isWordByte(heading[i+4]) {
			continue
		}
		y := heading[i : i+4]
		if (y[:2] == "19" || y[:2] == "20") && y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9' {
			if y == year {
				return false
			}
			other = true
		}
	}
	return other
}

// headingSpan tells whether Text[start:end] is the whole heading of a
// section ("## Quuxconf").
func (b *builder) headingSpan(start, end int) bool {
	secs := b.d.Sections
	k := sort.Search(len(secs), func(i int) bool { return secs[i].Start >= start })
	if k == len(secs) || secs[k].Start != start {
		return false
	}
	return strings.TrimRight(strings.TrimSpace(secs[k].Heading), ":") == strings.TrimSpace(b.text[start:end])
}
