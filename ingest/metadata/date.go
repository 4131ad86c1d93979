package metadata

import (
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/talkgraph/talkgraph/internal/lazyre"
)

var (
	// 2019-02-04, 2019/02/04, 2019.02.04, optionally followed by a time.
	isoDate = lazyre.New(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]|[^0-9])`)
	// 20190204 (alone or followed by a time).
	compactDate = lazyre.New(`^(\d{4})(\d{2})(\d{2})(?:$|T)`)
	// 04.02.2019, 04/02/2019, 4-2-2019 (day or month first).
	dmyDate = lazyre.New(`^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})(?:$|[^0-9])`)
	// "4 February 2019", "4th of Feb. 2019", "Mon, 04 Feb 2019 10:00:00 +0000".
	dayMonthYear = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-zé]{3,10})\.?,?\s+(\d{4})\b`)
	// "February 4, 2019", "Feb 4th 2019", "Monday, February 4, 2019".
	monthDayYear = lazyre.New(`(?i)\b([a-zé]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "2019 Feb 04", "2019-Feb-04".
	yearMonthDay = lazyre.New(`(?i)\b(\d{4})[-\s]([a-z]{3,10})\.?[-\s](\d{1,2})\b`)
	// a date inside a file name or path: 2015-02-04-x.md, 2014/12/12/slug, 2015_02_04.
	nameDate = lazyre.New(`(?:^|[^0-9])((?:19|20)\d{2})([-_/.])(\d{2})([-_/.])(\d{2})(?:[^0-9]|$)`)
)

// months maps lower-case month names and abbreviations (English, with the
// common French, German, Spanish, Dutch and Italian spellings) to 1..12.
var months = func() map[string]int {
	m := map[string]int{}
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	}
	for _, l := range lists {
		for i, name := range l {
			m[name] = i + 1
			if r := []rune(name); len(r) > 3 {
				if _, ok := m[string(r[:3])]; !ok {
					m[string(r[:3])] = i + 1
				}
			}
		}
	}
	m["sept"] = 9
	m["febr"] = 2
	m["fevrier"] = 2
	m["aout"] = 8
	m["decembre"] = 12
	m["marz"] = 3
	return m
}()

// Date turns a date or date-time in any common spelling into "YYYY-MM-DD",
// or "" when s holds no recognisable calendar date. Accepted spellings
// include "2017-02-09 16:00", "2019-02-04T10:00:00+01:00", "2019/02/04",
// "20190204", "04.02.2019", "Mon, 04 Feb 2019 10:00:00 +0000",
// "February 4, 2019", "4 February 2019" and "4th of Feb 2019". The date is
// the one written: a time-zone offset never moves it to another day. Unix
// timestamps are not dates.
func Date(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, `"'`)
	if len(s) < 6 || len(s) > 200 {
		return ""
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := dmyDate.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[3])
		// Dots and dashes are day-first (European); a slash is month-first
		// unless the first number cannot be a month.
		if m[2] == "/" && a <= 12 && b <= 31 && !(b <= 12 && a > 12) {
			return ymd(m[4], m[1], m[3])
		}
		return ymd(m[4], m[3], m[1])
	}
	if m := dayMonthYear.FindStringSubmatch(s); m != nil {
		if mo, ok := months[strings.ToLower(m[2])]; ok {
			return ymd(m[3], strconv.Itoa(mo), m[1])
		}
	}
	if m := monthDayYear.FindStringSubmatch(s); m != nil {
		if mo, ok := months[strings.ToLower(m[1])]; ok {
			return ymd(m[3], strconv.Itoa(mo), m[2])
		}
	}
	if m := yearMonthDay.FindStringSubmatch(s); m != nil {
		if mo, ok := months[strings.ToLower(m[2])]; ok {
			return ymd(m[1], strconv.Itoa(mo), m[3])
		}
	}
	return ""
}

// DateFromName finds a date written into a file name or URL path, as blog
// engines do: "2015-02-04-cfgmgmtcamp.md", "_posts/2019_02_04_x.md" or
// "2014/12/12/1.0-Timeline". It returns "YYYY-MM-DD" or "".
func DateFromName(name string) string {
	// a date holds eight digits: most names have fewer, and skip nameDate
	digits := 0
	for i := 0; i < len(name) && digits < 8; i++ {
		if name[i] >= '0' && name[i] <= '9' {
			digits++
		}
	}
	if digits < 8 {
		return ""
	}
	// Prefer the base name; fall back to the whole path (dated folders).
	for _, s := range []string{path.Base(strings.ReplaceAll(name, `\`, "/")), name} {
		for _, m := range nameDate.FindAllStringSubmatch(s, -1) {
			if m[2] != m[4] {
				continue
			}
			if d := ymd(m[1], m[3], m[5]); d != "" {
				return d
			}
		}
	}
	return ""
}

// ymd validates a year, month and day and formats them.
func ymd(ys, ms, ds string) string {
	y, err1 := strconv.Atoi(ys)
	m, err2 := strconv.Atoi(ms)
	d, err3 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || err3 != nil || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April and the like
		return ""
	}
	return t.Format("2006-01-02")
}
