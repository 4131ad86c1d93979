package extract

import "strings"

// "He gave a great talk titled *Widgets*": a sentence opened by "He" or
// "She" that names a talk and no person gives the talk of the one person
// the text just named: the only person of the paragraph before the
// sentence or, when the paragraph names nobody before it, the only person
// of the paragraph before (a writer introduces the speaker, then starts a
// paragraph on the talk). Two people there leave the pronoun unresolved.

// hePerformer returns the person "He"/"She" opening sentence s stands for,
// as a mention at the pronoun.
func (b *builder) hePerformer(s Span) (personMention, bool) {
	first, _, _ := strings.Cut(strings.TrimLeft(b.text[s.Start:s.End], " \t*-"), " ")
	if first != "He" && first != "She" {
		return personMention{}, false
	}
	p := find(b.paras, s.Start)
	if p < 0 {
		return personMention{}, false
	}
	for _, lo := range []int{b.paras[p].Start, -1} {
		if lo < 0 {
			if p == 0 {
				break
			}
			lo = b.paras[p-1].Start
		}
		ent, n := -1, 0
		for _, pm := range b.persons {
			if pm.ent < 0 || pm.start < lo || pm.start >= s.Start {
				continue
			}
			if c := b.canonical(pm.ent); c != ent {
				if n > 0 && ent >= 0 {
					return personMention{}, false
				}
				ent, n = c, n+1
			}
		}
		if n == 1 {
			at := s.Start + strings.Index(b.text[s.Start:s.End], first)
			return personMention{ent: ent, start: at, end: at + len(first), speak: true}, true
		}
	}
	return personMention{}, false
}
