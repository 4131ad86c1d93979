package extract

import "github.com/talkgraph/talkgraph/graph/vocab"

// A talk under its own title heading: a write-up heads a section with the
// title of a talk ("### Fast Widgets at Scale") and narrates it in the
// section's first paragraphs ("Jane Doe gave a talk at the widget devroom
// on our stack"; "The title of the talk is *Fast Widgets at Scale*"). The
// narration names the speaker and perhaps a subject, not the title, so it
// makes a described talk "[Jane Doe on our stack]" beside the titled one,
// which then lacks its performer. When the heading is the title of exactly
// one titled talk and its section narrates exactly one described talk (of
// the same edition, sharing a performer or the titled one having none),
// the two are one talk.

// mergeHeadingTwins merges the one described talk of each section headed
// by a talk title into that titled talk.
func (b *builder) mergeHeadingTwins() {
	secs := b.d.Sections
	if len(secs) == 0 {
		return
	}
	titled := map[string][]int{} // folded title -> canonical titled talks
	for l, L := range b.res.Entities {
		if L.Class == vocab.Talk && (L.Titled || L.Slug != "") && b.canonical(l) == l {
			k := fold(trimPunct(L.Name))
			if len(k) >= minTwinTitle {
				titled[k] = append(titled[k], l)
			}
		}
	}
	if len(titled) == 0 {
		return
	}
	perfs := b.performers()
	for i, s := range secs {
		ts := titled[fold(trimPunct(s.Heading))]
		if len(ts) != 1 {
			continue
		}
		t := b.canonical(ts[0])
		end := len(b.text)
		if i+1 < len(secs) {
			end = secs[i+1].Start
		}
		best, n := -1, 0
		for d := range b.res.Entities {
			D := b.res.Entities[d]
			if D.Class != vocab.Talk || D.Slug != "" || D.Titled || len(D.Mentions) == 0 || b.canonical(d) != d || d == t {
				continue
			}
			if p := D.Mentions[0].Start; p < s.Start || p >= end {
				continue
			}
			if len(perfs[d]) == 0 || D.Edition != b.res.Entities[t].Edition || !sharePerformer(perfs[t], perfs[d]) {
				continue
			}
			best, n = d, n+1
		}
		if n == 1 {
			b.mergeTalk(t, best)
		}
	}
}
