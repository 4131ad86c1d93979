package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"
	"sync"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Places a sentence names beside an edition without saying it took place
// there: where someone lives, works, studies or is based ("I live in X and
// went to <Event>", "Jane, who works in X, spoke at <Event>", "the team
// is based in X", "a talk by Jane of the X office").

var reResidence = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:live[sd]?|living|work(?:s|ed|ing)?|based|born|grew[ \t]+up|raised|headquartered|resid(?:e[sd]?|ing)|stud(?:y|ies|ied|ying)|teach(?:es|ing)?|taught)[ \t]+(?:[\p{Ll}]+[ \t]+){0,2}(?:in|at|near|of)[ \t]+(?:the[ \t]+)?$|\b(?:of|from)[ \t]+(?:the|our|their|his|her)[ \t]+$`)
})

// residencePlace tells whether the place named at [s,e) is where someone
// lives, works or is based, not where an edition happens: a verb of
// residence right before it, or "of the X office", "from our X team".
func (b *builder) residencePlace(s, e int) bool {
	pre := b.text[max(0, s-40):s]
	m := reResidence().FindStringIndex(pre)
	if m == nil {
		return false
	}
	if w := nextWord(b.text, e); pre[m[0]:] != "" && (pre[m[0]] == 'o' || pre[m[0]] == 'O' || pre[m[0]] == 'f' || pre[m[0]] == 'F') {
		// "of the X office": only before a noun of a group or a place of work
		return orgUnitWords[w]
	}
	return true
}

// orgUnitWords are the nouns after a city that make it the seat of a
// group ("the Springfield office", "our Springfield team").
var orgUnitWords = wordSetCase("office", "offices", "team", "teams", "branch", "chapter", "group", "user", "users", "meetup", "community", "lab", "labs", "headquarters", "HQ", "campus", "site")

// dropLoneSentencePlaces removes the cities an edition gets only from a
// sentence that names it, or a conference word, beside a city
// ("location:in-sentence": "the mayor of X opened the conference", "a talk
// about open data in X") when the post states elsewhere, by a stronger
// rule, that the edition took place in another city: an edition takes
// place in one city, so the stated one wins. A city right after the
// edition's name ("<Event> in X") is stated too. Venues, countries and
// regions are no cities (a gazetteer city has a GeoNames identity), and a
// region in the edition's own name states nothing here ("Europe" of
// "SnakeCon Europe").
func (b *builder) dropLoneSentencePlaces() {
	stated := map[int]map[int]bool{} // edition -> cities stated
	strong := func(r Relation) bool {
		if r.Rule == "location:event-name" {
			return false
		}
		if r.Rule != "location:in-sentence" {
			return true
		}
		// "<Event> in X": the edition named right before the place
		for _, m := range b.res.Entities[r.To].Mentions {
			if m.End > m.Start && m.Start >= r.Start && m.End <= r.End && b.editionRightBefore(m.Start, Span{r.Start, r.End}) == r.From {
				return true
			}
		}
		return false
	}
	weak := map[int]bool{} // relations of in-sentence places only
	for k, r := range b.res.Relations {
		if r.Pred != Location || r.From < 0 || !b.isCity(r.To) {
			continue
		}
		if strong(r) {
			if stated[r.From] == nil {
				stated[r.From] = map[int]bool{}
			}
			stated[r.From][r.To] = true
		} else {
			weak[k] = true
		}
	}
	if len(weak) == 0 || len(stated) == 0 {
		return
	}
	out := b.res.Relations[:0]
	for k, r := range b.res.Relations {
		if weak[k] && len(stated[r.From]) > 0 && !stated[r.From][r.To] {
			continue
		}
		out = append(out, r)
	}
	b.res.Relations = out
	b.relsOf.reset() // indexes changed: merges look at every relation from now on
}

// isCity tells whether entity i is a city of the gazetteer: a Place with a
// GeoNames identity.
func (b *builder) isCity(i int) bool {
	e := b.res.Entities[i]
	if e.Class != vocab.Place {
		return false
	}
	for _, s := range e.SameAs {
		if strings.Contains(s, "geonames.org/") {
			return true
		}
	}
	return false
}
