package resolve

import (
	"strings"

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
	for d := range perf.len() {
		if perf.of(d) == nil {
			continue
		}
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
		for _, p := range perf.of(d) {
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
		for _, p := range perf.of(d) {
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

// identifyLineSpeakers handles the speaker a post names beside a resolved
// talk without saying they gave it: "[Widgets at scale](schedule link).
// [@qmarlowe](profile) showed why …". A Person of the post that performs no
// talk, named by one word (a handle or a first name) on the talk's own line
// (its list item or paragraph) after the talk, and standing for exactly
// one official speaker of that talk, is that speaker: it takes the
// official name (its own stays an alias) so that the schedule's performer
// is the post's Person. A speaker the post also names in full is left
// alone (two Persons would have to be merged), and so is a word standing
// for speakers of two talks.
func identifyLineSpeakers(res *extract.Result, talks map[int]official, persons map[string]int) {
	text := res.Doc.Text
	performs := make([]bool, len(res.Entities)) // by entity index
	for _, p := range performers(res).to {
		performs[p] = true
	}
	type claim struct{ talk, k int }
	claims := map[int][]claim{} // person -> the official speakers it stands for
	for _, i := range sortedKeys(talks) {
		te := res.Entities[i]
		if len(te.Mentions) == 0 {
			continue
		}
		ts := te.Mentions[0].Start
		end := min(len(text), ts+nearWindow)
		if nl := strings.IndexByte(text[ts:end], '\n'); nl >= 0 {
			end = ts + nl
		}
		for j := range res.Entities {
			e := &res.Entities[j] // not a copy of the large Entity
			if e.Class != vocab.Person || performs[j] || !oneWord(e.Name) {
				continue
			}
			on := false
			for _, m := range e.Mentions {
				on = on || m.Start >= te.Mentions[0].End && m.End <= end
			}
			if !on {
				continue
			}
			for k, p := range talks[i].t.Persons {
				if _, named := persons[vocab.Fold(p.Name)]; !named && standsFor(e.Name, p.Name) {
					claims[j] = append(claims[j], claim{i, k})
				}
			}
		}
	}
	for _, j := range sortedKeys(claims) {
		cs := claims[j]
		if len(cs) != 1 {
			continue
		}
		p := talks[cs[0].talk].t.Persons[cs[0].k]
		if _, named := persons[vocab.Fold(p.Name)]; named {
			continue // another line already took that speaker
		}
		e := &res.Entities[j]
		e.Aliases = extract.AppendUnique(e.Aliases, e.Name)
		e.Name = p.Name
		if p.Slug != "" {
			e.Slug = p.Slug
		}
		persons[vocab.Fold(p.Name)] = j
	}
}
