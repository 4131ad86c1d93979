// Package givenlist turns the decoded given names into the text the
// gazetteer reads in place (data/givenfold.txt): a line "key\tcount\n" per
// folded name, sorted byte-wise by key. Both gengiven (which writes the
// file) and the gazetteer's up-to-date test use it.
package givenlist

import (
	"sort"
	"strconv"
	"strings"
)

// Text returns the in-place form of given (folded name -> count, as
// gazetteer.DecodeGivenNames returns it).
func Text(given map[string]int) string {
	keys := make([]string, 0, len(given))
	for k := range given {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('\t')
		b.WriteString(strconv.Itoa(given[k]))
		b.WriteByte('\n')
	}
	return b.String()
}
