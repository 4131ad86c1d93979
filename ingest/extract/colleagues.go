package extract

import (
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Persons a colleague cue names (affiliations.go relates them to the
// organisation): "two colleagues from acme, Jane and John", "my colleague
// Jane", "a talk of a colleague, this time Jane", "one of Acme's
// engineers, Jane Roe". A name is one capitalised
// word that is a known given name, or two capitalised words the first of
// which is one; the persons people.go found already are kept as they are.

// onePersons makes a Person of the name after "one of … engineers, "
// ("One of Acme's infrastructure engineers, Jane Roe, spoke").
func (b *builder) onePersons() {
	for _, at := range wordIndexes(b.lower, "one of") {
		from := at + len("one of ")
		if from > len(b.lower) || b.lower[from-1] != ' ' {
			continue
		}
		sent := b.sentence(at)
		limit := min(sent.End, from+80)
		if limit <= from {
			continue
		}
		c := strings.IndexByte(b.lower[from:limit], ',')
		if c < 0 {
			continue
		}
		words := strings.Fields(b.lower[from : from+c])
		if len(words) == 0 || len(words) > 5 || !affRoleWords[words[len(words)-1]] || !strings.HasSuffix(words[len(words)-1], "s") {
			continue
		}
		pos := from + c + 1
		for pos < limit && (b.text[pos] == ' ' || b.text[pos] == '\n' || b.text[pos] == '\t') {
			pos++
		}
		if pos < limit {
			b.colleagueName(pos, limit)
		}
	}
}

// colleaguePersons makes Persons of the names a colleague cue introduces.
func (b *builder) colleaguePersons() {
	b.onePersons()
	sing, plural := wordIndexesPlural(b.lower, "colleague")
	ats := append(sing, plural...)
	sort.Ints(ats)
	for _, at := range ats {
		e := tokenEnd(b.text, at)
		if !colleagueWords[b.lower[at:e]] {
			continue
		}
		sent := b.sentence(at)
		limit := min(sent.End, e+80)
		if limit <= e {
			continue
		}
		pos := e
		// "colleagues from acme": skip the organisation's name
		rest := b.lower[pos:limit]
		for _, conn := range []string{" from ", " at "} {
			if strings.HasPrefix(rest, conn) {
				pos += len(conn)
				if strings.HasPrefix(b.lower[pos:max(pos, limit)], "the ") {
					pos += 4
				}
				if o := b.orgAfterCue(pos, limit, true, "organization:colleagues-from"); o >= 0 {
					if _, oe := b.orgMentionAt(pos); oe > pos {
						pos = oe
						break
					}
				}
				pos = tokenEndOrg(b.text, pos, limit)
				break
			}
		}
		if pos >= limit {
			continue
		}
		r := b.text[pos:limit]
		r2 := strings.TrimLeft(r, " \t")
		r2 = strings.TrimPrefix(r2, ",")
		r2 = strings.TrimPrefix(r2, ":")
		r2 = strings.TrimLeft(r2, " \t")
		r2 = strings.TrimPrefix(r2, "this time ")
		pos += len(r) - len(r2)
		for n := 0; n < 4 && pos < limit; n++ {
			ne := b.colleagueName(pos, limit)
			if ne < 0 {
				break
			}
			// the next name of a list
			r := b.text[ne:limit]
			sep := 0
			for _, s := range []string{", and ", ", ", " and ", " & "} {
				if strings.HasPrefix(r, s) {
					sep = len(s)
					break
				}
			}
			if sep == 0 {
				break
			}
			pos = ne + sep
		}
	}
}

// tokenEndOrg returns the end of the organisation's name at pos: its
// characters up to a space, comma or colon.
func tokenEndOrg(text string, pos, limit int) int {
	for pos < limit && text[pos] != ' ' && text[pos] != ',' && text[pos] != ':' && text[pos] != '\n' {
		pos++
	}
	return pos
}

// colleagueName makes a Person of the name at pos (unless one is already
// named there) and returns its end, or -1 when no name is there.
func (b *builder) colleagueName(pos, limit int) int {
	if ps := b.entitiesIn(pos, min(limit, pos+60), vocab.Person); len(ps) > 0 {
		for _, i := range ps {
			for _, m := range b.res.Entities[i].Mentions {
				if m.Start == pos {
					return m.End
				}
			}
		}
	}
	e1 := tokenEnd(b.text, pos)
	w := b.text[pos:e1]
	if !isNameToken(w) || leadStop[w] || notName[w] || !b.givenName(w) || b.isTerm(w) {
		return -1
	}
	end := e1
	if e1+1 < limit && b.text[e1] == ' ' {
		e2 := tokenEnd(b.text, e1+1)
		if w2 := b.text[e1+1 : e2]; isNameToken(w2) && !leadStop[w2] && !notName[w2] && !b.isTerm(w2) {
			end = e2
		}
	}
	if b.isHardClaimed(pos, end) {
		return -1
	}
	i := b.person(b.text[pos:end])
	b.mention(i, pos, end, "person:colleague-cue", 0.6)
	return end
}
