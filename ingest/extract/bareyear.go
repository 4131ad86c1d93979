package extract

import "strings"

// titleYearOf returns the year the title gives the series name ("Zorbcon
// 2030 retrospective", "Zorbcon '30: notes"), or "" when the title names
// no year right after it. A bare mention of the series in the text of a
// post dated the next January is the titled edition, not one of the
// post's year.
func titleYearOf(title, name string) string {
	for i := 0; i < len(title); {
		j := strings.Index(title[i:], name)
		if j < 0 {
			return ""
		}
		s, e := i+j, i+j+len(name)
		i = e
		rest := strings.TrimLeft(title[e:], " ")
		short := strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
		if s > 0 && isWordByte(title[s-1]) || !short && e < len(title) && isWordByte(title[e]) {
			continue
		}
		rest = strings.TrimLeft(rest, "'’")
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n < len(rest) && isWordByte(rest[n]) {
			continue
		}
		switch {
		case n == 4 && (rest[:2] == "19" || rest[:2] == "20"):
			return rest[:4]
		case n == 2 && short:
			return fullYear(rest[:2])
		}
	}
	return ""
}

// confWordName tells whether the one-word name ends with a conference word
// that no common word ends with ("Quuxconf", "Zorbcamp", "Barfest"): with
// a year after it, it names an edition without any other cue. "con" is
// left out ("Falcon 2020", "Silicon 2020").
func confWordName(name string) bool {
	low := strings.ToLower(name)
	for _, w := range [...]string{"conf", "camp", "fest"} {
		if strings.HasSuffix(low, w) && len(name) > len(w)+2 {
			return true
		}
	}
	return false
}
