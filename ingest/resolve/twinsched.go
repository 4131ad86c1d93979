package resolve

import (
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/extract"
)

// adoptScheduledTwins handles the twins mergeTwins cannot see: a described
// talk ("[Jane Doe on production profiling]") whose official talk the post
// neither links nor names. When the edition of the description has a
// schedule, the talks there of all its performers are the candidates; the
// one candidate that shares a content word with the description is the
// talk it describes, and the description takes its identity (slug, title)
// and joins talks, so the schedule completes it like a linked talk. With no
// shared word, or two candidates sharing one, the description stays.
func (r *Resolver) adoptScheduledTwins(res *extract.Result, talks map[int]official) {
	perf := performers(res)
	for _, d := range sortedKeys(perf) {
		D := &res.Entities[d]
		if D.Class != vocab.Talk || D.Titled || D.Slug != "" || D.Edition < 0 || D.Edition >= len(res.Entities) {
			continue
		}
		if _, ok := talks[d]; ok {
			continue
		}
		ev := res.Entities[D.Edition]
		ed := r.edition(ev.Series, ev.Year)
		if ed == nil {
			continue
		}
		// the official talks every performer of the description gave
		var cands map[string]int // slug -> index in ed.Talks order
		ok := true
		for _, p := range perf[d] {
			own := map[string]int{}
			for i, t := range ed.TalksOf(res.Entities[p].Name) {
				if t.Slug != "" {
					own[t.Slug] = i
				}
			}
			if cands == nil {
				cands = own
			} else {
				for s := range cands {
					if _, in := own[s]; !in {
						delete(cands, s)
					}
				}
			}
			if len(cands) == 0 {
				ok = false
				break
			}
		}
		if !ok || len(cands) == 0 {
			continue
		}
		// the description's words, not its speakers' names
		words := extract.ContentWords(D.Descr + " " + D.Name)
		for _, p := range perf[d] {
			for w := range extract.ContentWords(res.Entities[p].Name) {
				delete(words, w)
			}
		}
		target := ""
		n := 0
		for _, s := range sortedKeys(cands) {
			t, found := ed.TalkBySlug(s)
			if !found {
				continue
			}
			tw := extract.ContentWords(t.Title + " " + t.Subtitle)
			for w := range words {
				if tw[w] {
					target, n = s, n+1
					break
				}
			}
		}
		if n != 1 {
			continue
		}
		t, _ := ed.TalkBySlug(target)
		D.Aliases = extract.AppendUnique(D.Aliases, D.Name)
		D.Name, D.Titled, D.Slug = t.Title, true, t.Slug
		talks[d] = official{t, ed}
	}
}
