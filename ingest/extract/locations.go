package extract

import (
	"regexp"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

var (
	rePlaceCue = regexp.MustCompile(`(?i)\b(?:in|at|of)[ \t]+(?:the[ \t]+)?$`)
	reEventRef = regexp.MustCompile(`(?i)\b(?:event|conference|edition|gathering|summit|festival)\b`)
)

// locations states where editions took place: a place named with "in"/"at"
// in a sentence about the edition, and the edition's city or venue (as
// official schedules give them) wherever the post names them.
func (b *builder) locations() {
	if b.x.cfg.Venues != nil {
		for i := range b.res.Entities {
			e := b.res.Entities[i]
			if e.Class != vocab.Event || !e.Main {
				continue
			}
			for _, v := range b.x.cfg.Venues(e.Series, e.Year) {
				for _, at := range wordIndexes(b.text, v) {
					j, ok := b.lookup(vocab.Place, fold(v))
					if !ok {
						j = b.entity(vocab.Place, v, fold(v))
					}
					b.mention(j, at, at+len(v), "place:edition-venue", 0.8)
					ss := b.sentence(at)
					b.rel(Location, i, j, ss.Start, ss.End, "location:schedule-venue", 0.8)
				}
			}
		}
	}
	for j, p := range b.res.Entities {
		if p.Class != vocab.Place {
			continue
		}
		for _, m := range p.Mentions {
			if m.End <= m.Start || !rePlaceCue.MatchString(b.text[max(0, m.Start-12):m.Start]) {
				continue
			}
			ss := b.sentence(m.Start)
			sent := b.text[ss.Start:ss.End]
			ev := -1
			for _, k := range b.entitiesIn(ss.Start, ss.End, vocab.Event) {
				ev = k
				break
			}
			if ev < 0 && b.main >= 0 && reEventRef.MatchString(sent) {
				ev = b.main
			}
			if ev < 0 || b.isNext(m.Start) {
				continue
			}
			b.rel(Location, ev, j, ss.Start, ss.End, "location:in-sentence", 0.65)
		}
	}

}

// wordIndexes returns where w occurs in text as a whole word.
func wordIndexes(text, w string) []int {
	var out []int
	if w == "" {
		return nil
	}
	from := 0
	for {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return out
		}
		i += from
		j := i + len(w)
		if (i == 0 || !isWordByte(text[i-1])) && (j >= len(text) || !isWordByte(text[j])) {
			out = append(out, i)
		}
		from = j
	}
}

// finish drops merged entities, renumbers relations and ties each track to
// its edition.
func (b *builder) finish() {
	ents := b.res.Entities
	remap := make([]int, len(ents))
	var out []Entity
	for i, e := range ents {
		if e.Class == "" {
			remap[i] = -1
			continue
		}
		remap[i] = len(out)
		out = append(out, e)
	}
	fix := func(i int) int {
		if i < 0 {
			return i
		}
		return remap[b.canonical(i)]
	}
	for i := range out {
		if out[i].Edition >= 0 {
			out[i].Edition = fix(out[i].Edition)
		}
	}
	seen := map[string]bool{}
	var rels []Relation
	for _, r := range b.res.Relations {
		r.From, r.To = fix(r.From), fix(r.To)
		if r.To < 0 || (r.From < 0 && r.Pred != Author) || r.From == r.To {
			continue
		}
		k := string(r.Pred) + ":" + itoa(r.From) + ":" + itoa(r.To)
		if seen[k] {
			continue
		}
		seen[k] = true
		rels = append(rels, r)
	}
	for i, e := range out {
		if e.Class == vocab.Track && e.Edition >= 0 {
			k := string(SuperEvent) + ":" + itoa(i) + ":" + itoa(e.Edition)
			if !seen[k] {
				seen[k] = true
				s, en := 0, 0
				if len(e.Mentions) > 0 {
					s, en = e.Mentions[0].Start, e.Mentions[0].End
				}
				rels = append(rels, Relation{Pred: SuperEvent, From: i, To: e.Edition, Start: s, End: en, Rule: "track:of-edition", Confidence: 0.9})
			}
		}
	}
	b.res.Entities, b.res.Relations = out, rels
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
