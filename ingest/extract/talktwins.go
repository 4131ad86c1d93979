package extract

import (
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// No invented twins inside one post: a write-up often lists the titles of
// the talks it saw (under a day's heading, as links or list items) and
// narrates them in the same section ("the talk on securing web apps",
// "Daniel talked about teaching kids programming"). The narrated talk,
// given only by its subject, is then the listed one when exactly one
// listed title of that section shares most of its subject words.

// maxTitledPerSection bounds the titled talks a described talk is
// compared with (a section listing thousands stays linear).
const maxTitledPerSection = 64

// mergeSectionTwins merges each talk known only by its subject into the
// one titled talk of the same top-level section (same edition, no other
// performer) whose title shares most of its subject words.
func (b *builder) mergeSectionTwins(perfs map[int][]int) {
	if len(b.d.Sections) == 0 {
		return
	}
	tops := b.topHeadings()
	bySec := map[int][]int{}
	for l, L := range b.res.Entities {
		if L.Class != vocab.Talk || !L.Titled && L.Slug == "" || b.canonical(l) != l {
			continue
		}
		for _, m := range L.Mentions {
			if m.End <= m.Start {
				continue
			}
			k := topSection(tops, m.Start)
			if len(bySec[k]) < maxTitledPerSection && !containsInt(bySec[k], l) {
				bySec[k] = append(bySec[k], l)
			}
		}
	}
	for d := range b.res.Entities {
		D := b.res.Entities[d]
		if D.Class != vocab.Talk || D.Slug != "" || D.Titled || D.Descr == "" || len(D.Mentions) == 0 || b.canonical(d) != d {
			continue
		}
		words := contentWords(D.Descr)
		if len(words) == 0 {
			continue
		}
		best, bestN, tie := -1, 0, false
		for _, l := range bySec[topSection(tops, D.Mentions[0].Start)] {
			L := b.res.Entities[l]
			if b.canonical(l) != l || L.Edition != D.Edition || !sharePerformer(perfs[l], perfs[d]) {
				continue
			}
			lw := contentWords(strings.Join(append([]string{L.Name}, L.Aliases...), " "))
			n := 0
			for w := range words {
				if lw[w] {
					n++
				}
			}
			// most of the subject, or two words of it
			if n == 0 || n < 2 && 2*n < len(words) {
				continue
			}
			switch {
			case n > bestN:
				best, bestN, tie = l, n, false
			case n == bestN:
				tie = true
			}
		}
		if best >= 0 && !tie {
			b.mergeTalk(best, d)
		}
	}
	b.mergeNamedTwins()
	b.mergeHeadingTwins()
}

// Narration that names a listed title: "the final talk was Beyond Code by
// Jane Doe", "Jane's talk on securing web applications" beside a list of
// the titles seen ("Securing Web Applications"). The talk the sentence
// gives its speaker is then the titled one whose whole title it holds.

// minTwinTitle bounds the titles looked for in a narrating sentence: a
// title of one short word ("Keynote") says too little.
const minTwinTitle = 8

// mergeNamedTwins merges each talk known only by its speaker (and maybe its
// subject) into the one titled talk of the same edition, with no other
// performer, whose whole title (two words or more) its sentence holds.
func (b *builder) mergeNamedTwins() {
	perfs := b.performers()
	var titled []int
	for l, L := range b.res.Entities {
		if L.Class == vocab.Talk && (L.Titled || L.Slug != "") && b.canonical(l) == l &&
			len(L.Name) >= minTwinTitle && len(strings.Fields(L.Name)) >= 2 {
			titled = append(titled, l)
		}
	}
	if len(titled) == 0 {
		return
	}
	for d := range b.res.Entities {
		D := b.res.Entities[d]
		if D.Class != vocab.Talk || D.Slug != "" || D.Titled || len(D.Mentions) == 0 || b.canonical(d) != d || len(perfs[d]) == 0 {
			continue
		}
		if b.stopped() {
			return
		}
		ss := b.sentence(D.Mentions[0].Start)
		sent := fold(b.text[ss.Start:ss.End])
		best, n := -1, 0
		for _, l := range titled {
			L := b.res.Entities[l]
			if b.canonical(l) != l || L.Edition != D.Edition || !sharePerformer(perfs[l], perfs[d]) {
				continue
			}
			if len(wordIndexes(sent, fold(trimPunct(L.Name)))) > 0 {
				best, n = l, n+1
			}
		}
		if n == 1 {
			b.mergeTalk(best, d)
		}
	}
}

// topHeadings returns the starts of the headings of the least deep level,
// in order.
func (b *builder) topHeadings() []int {
	top := 1 << 30
	for _, s := range b.d.Sections {
		top = min(top, s.Level)
	}
	var out []int
	for _, s := range b.d.Sections {
		if s.Level == top {
			out = append(out, s.Start)
		}
	}
	return out
}

// topSection returns the index in tops (sorted heading starts) of the
// heading pos follows (-1 before the first one).
func topSection(tops []int, pos int) int {
	return sort.Search(len(tops), func(i int) bool { return tops[i] > pos }) - 1
}
