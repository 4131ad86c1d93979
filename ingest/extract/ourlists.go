package extract

import (
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// A list the post introduces as its organisation's people: "Our colleagues
// gave these talks:" or a heading "Talks by our engineers", then list items
// naming the speakers. The persons of those items who have no other
// affiliation belong to the post's organisation (homeorg.go).

// ourCue tells whether the lower-case text s speaks of the post's
// organisation's people ("our colleagues", "our speakers", "our team").
func ourCue(s string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], "our ")
		if k < 0 {
			return false
		}
		at := from + k
		from = at + 4
		if at > 0 && isWordByte(s[at-1]) {
			continue
		}
		toks := strings.Fields(s[from:min(len(s), from+40)])
		for n, w := range toks {
			if n > 2 {
				break
			}
			if ourPeopleWords[strings.Trim(w, ".,;:!?)")] {
				return true
			}
		}
	}
}

// ourLists relates the persons of the list items an "our people" cue
// introduces to organisation home.
func (b *builder) ourLists(ps []personSpan, home int) {
	if home < 0 || len(b.d.Marks) == 0 {
		return
	}
	var items []doc.Mark
	for _, m := range b.d.Marks {
		if m.Kind == doc.MarkListItem {
			items = append(items, m)
		}
	}
	if len(items) == 0 {
		return
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Start < items[j].Start })
	affiliated := map[int]bool{}
	for _, r := range b.res.Relations {
		if r.Pred == Affiliation && r.From >= 0 {
			affiliated[b.canonical(r.From)] = true
		}
	}
	// the cues: sentences ending with ":" and headings
	var starts []int
	for _, s := range b.sents {
		t := strings.TrimRight(b.text[s.Start:s.End], " \t\n")
		if strings.HasSuffix(t, ":") && ourCue(b.lower[s.Start:s.End]) {
			starts = append(starts, s.End)
		}
	}
	for _, sec := range b.d.Sections {
		if ourCue(lowerASCII(sec.Heading)) {
			starts = append(starts, sec.Start+len(sec.Heading))
		}
	}
	for _, at := range starts {
		k := sort.Search(len(items), func(i int) bool { return items[i].Start >= at })
		// the list right after the cue: items separated by blank space only
		prev := at
		for ; k < len(items); k++ {
			it := items[k]
			if it.Start < prev {
				continue // an item inside the one before
			}
			if strings.Trim(b.text[prev:it.Start], " \t\n-*+•0123456789.)") != "" {
				break
			}
			for _, p := range personsIn(ps, it.Start, it.End) {
				if !affiliated[p.ent] {
					b.rel(Affiliation, p.ent, home, it.Start, it.End, "affiliation:our-list", 0.6)
				}
			}
			prev = it.End
		}
	}
}
