package extract

import "strings"

// quotedTitleLists makes titled talks of the quotations that make up a list
// of titles in a paragraph about talks: two or more quotations of several
// words each, joined by commas or "and" ("the talks were …: "Widgets at
// scale", "Quux for all!" and "Frobs in practice""). A quotation alone
// needs a talk word near it (the quoted-title rule of talks); a list of
// them in a paragraph that speaks of talks is a list of talks.
func (b *builder) quotedTitleLists(titles map[int][]talkCand) {
	known := b.talkSpans()
	var run []candidate // consecutive quotations joined by list separators
	flush := func() {
		if len(run) >= 2 {
			if p := find(b.paras, run[0].start); p >= 0 && b.re.reTalksPlural.MatchString(b.lower[b.paras[p].Start:b.paras[p].End]) {
				for _, c := range run {
					if _, ok := overlapping(known, c.start, c.end); ok || b.isClaimed(c.start, c.end) {
						continue
					}
					title := strings.Join(strings.Fields(b.text[c.start:c.end]), " ")
					i := b.talkTitled(title, c.start, c.end, "talk:quoted-title-list")
					si := find(b.sents, c.start)
					titles[si] = append(titles[si], talkCand{ent: i, pos: c.start})
				}
			}
		}
		run = run[:0]
	}
	for _, c := range b.candidates() {
		if b.stopped() {
			return
		}
		if c.kind != candQuoted {
			continue
		}
		if n := len(strings.Fields(b.text[c.start:c.end])); n < 2 || n > 20 {
			flush()
			continue
		}
		if len(run) > 0 {
			prev := run[len(run)-1]
			if c.start <= prev.end || !quoteListSep(b.text[prev.end:c.start]) {
				flush()
			}
		}
		run = append(run, c)
	}
	flush()
}

// quoteListSep tells whether the text between two quotations joins them
// as items of a list: a comma, "and", "&" or ";", with the closing and
// opening quotation marks.
func quoteListSep(s string) bool {
	s = strings.Trim(s, " \t\n\"“”'‘’«»")
	switch s {
	case ",", ", and", "and", "&", ";", ",and":
		return true
	}
	return false
}
