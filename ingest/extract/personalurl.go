package extract

import (
	"net/url"
	"strings"
)

// articleURL tells whether u reads as an article or a document rather than a
// person's own page: its path has a year segment ("/2016/05/…") or ends in
// a slug of three words or more ("sip-routing-in-lua"). A lone given name
// linking such a page names its subject ("a talk about `Quux <…>`"), not a
// person.
func articleURL(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	segs := strings.Split(strings.Trim(p.Path, "/"), "/")
	for _, s := range segs {
		if len(s) == 4 && (s[0] == '1' || s[0] == '2') && allDigits(s) {
			return true
		}
	}
	last := segs[len(segs)-1]
	if i := strings.LastIndexByte(last, '.'); i > 0 {
		last = last[:i]
	}
	return strings.Count(last, "-")+strings.Count(last, "_") >= 2
}
