package extract

import (
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Talks named by a link to their recording: write-ups of conferences
// without a schedule link the video of a talk and say whose it is,
// "X's [look at the history of Y](video)", "[deep dive into Z](video) from
// X", "my own [Title](video) tutorial". The link's anchor names the talk
// (its title when title-cased, else a description), the person next to it
// gives it; a talk noun in the anchor or right after it is evidence enough
// without a person.

// recordingLink tells whether url is a video of a recording: a video
// host's watch page or a media file.
func recordingLink(url string) bool {
	u := strings.ToLower(url)
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	u = strings.TrimPrefix(u, "www.")
	u = strings.TrimPrefix(u, "m.")
	switch {
	case strings.HasPrefix(u, "youtube.com/watch"), strings.HasPrefix(u, "youtu.be/"), strings.HasPrefix(u, "youtube.com/embed/"),
		strings.HasPrefix(u, "vimeo.com/"), strings.HasPrefix(u, "player.vimeo.com/"):
		return true
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for _, ext := range []string{".mp4", ".webm", ".ogv", ".mkv"} {
		if strings.HasSuffix(u, ext) {
			return true
		}
	}
	return false
}

// reFromBy is what may stand between a recording link and its speaker.
var reFromBy = lazyre.New(`^[ \t\n]*(?:(?:talk|keynote|tutorial|presentation|session|workshop)[ \t\n]+)?(?:from|by)[ \t\n]+$`)

// recordingTalks makes a Talk of every link to a recording that a person
// or a talk noun next to it makes a talk, with its performer.
func (b *builder) recordingTalks() {
	if b.main < 0 {
		return
	}
	// end and start of each person mention -> person, made for the
	// first recording link (most posts have none)
	var ends, starts map[int]int
	author := -1
	for _, r := range b.res.Relations {
		if r.Pred == Author && r.From < 0 {
			author = b.canonical(r.To)
			break
		}
	}
	for li, l := range b.links {
		if b.stopped() {
			return
		}
		// video hosts are links to ignore for every other rule
		if l.kind != lkOther && l.kind != lkHome && l.kind != lkIgnore || b.d.Links[li].Image || !recordingLink(l.url) {
			continue
		}
		a := strings.Join(strings.Fields(trimPunct(l.anchor)), " ")
		if a == "" || looksLikeURL(a) || isGenericAnchor(a) || b.mentionOverlaps(l.start, l.end, vocab.Talk) || b.mentionOverlaps(l.start, l.end, vocab.Person) {
			continue
		}
		if ends == nil {
			ends, starts = map[int]int{}, map[int]int{}
			for _, pm := range b.persons {
				if pm.ent >= 0 {
					ends[pm.end] = pm.ent
					starts[pm.start] = pm.ent
				}
			}
		}
		p := b.recordingSpeaker(l, ends, starts, author)
		after := b.lower[l.end:min(len(b.text), l.end+16)]
		noun := hasTalkNoun(strings.ToLower(a)) || hasTalkNoun(after)
		if p < 0 && (!noun || bareTalkAnchor(a)) {
			continue
		}
		titled := titleCasedAnchor(a)
		name := a
		if !titled {
			switch {
			case p >= 0:
				name = "[" + b.res.Entities[p].Name + "'s " + a + "]"
			default:
				name = "[" + a + "]"
			}
		}
		t := b.entity(vocab.Talk, name, "recording:"+fold(l.url))
		e := &b.res.Entities[t]
		e.Titled = titled
		if !titled {
			e.Descr = a
		}
		e.SameAs = AppendUnique(e.SameAs, l.url)
		// "the closing keynote at SnakeCon 2018": an edition in the anchor
		for _, ev := range b.entitiesIn(l.start, l.end, vocab.Event) {
			e.Edition = ev
			break
		}
		b.mention(t, l.start, l.end, "talk:recording-link", 0.7)
		for _, j := range b.entitiesIn(l.start, l.end, vocab.Technology, vocab.Project) {
			b.rel(About, t, j, l.start, l.end, "about:talk-link-anchor", 0.6)
		}
		if p >= 0 {
			ss := b.sentence(l.start)
			b.rel(Performer, t, p, ss.Start, ss.End, "performer:recording-link", 0.75)
			if _, ok := b.talkOf[p]; !ok {
				b.talkOf[p] = t
			}
		}
		b.placeTalk(t, l.start)
	}
}

// recordingSpeaker returns the person a recording link l is given by:
// "X's [link]", "[link] from X", "[link] talk by X", "my own [link]" (the
// author), or -1.
func (b *builder) recordingSpeaker(l linkInfo, ends, starts map[int]int, author int) int {
	pre := b.text[max(0, l.start-12):l.start]
	for _, poss := range []string{"'s ", "’s "} {
		if strings.HasSuffix(pre, poss) {
			pe := l.start - len(poss)
			if p, ok := ends[pe]; ok {
				return b.canonical(p)
			}
			// "**Jane Doe**'s [link]": a bold or emphasised name
			cs := b.candidates()
			for k := sort.Search(len(cs), func(k int) bool { return cs[k].start >= pe-48 }); k < len(cs) && cs[k].start < pe; k++ {
				if c := cs[k]; (c.kind == candStrong || c.kind == candEmphasis) && c.end == pe {
					ns, ne := trimNameSpan(b.text, c.start, c.end)
					if ne > ns && b.speakerShaped(b.text[ns:ne], false) {
						return b.personIn(ns, ne, "person:recording-speaker")
					}
				}
			}
		}
	}
	low := strings.TrimRight(b.lower[max(0, l.start-12):l.start], " \t\n")
	if author >= 0 && (strings.HasSuffix(low, "my own") || strings.HasSuffix(low, " my") || low == "my") {
		return author
	}
	// after the link: " from X", " talk by X"
	rest := b.text[l.end:min(len(b.text), l.end+40)]
	for i := 0; i < len(rest); i++ {
		if !reFromBy.MatchString(rest[:i]) {
			continue
		}
		s := l.end + i
		if p, ok := starts[s]; ok {
			return b.canonical(p)
		}
		// a bold or emphasised name right there
		cs := b.candidates()
		for k := sort.Search(len(cs), func(k int) bool { return cs[k].start >= s }); k < len(cs) && cs[k].start == s; k++ {
			if c := cs[k]; c.kind == candStrong || c.kind == candEmphasis {
				ns, ne := trimNameSpan(b.text, c.start, c.end)
				if ne > ns && b.speakerShaped(b.text[ns:ne], false) {
					return b.personIn(ns, ne, "person:recording-speaker")
				}
			}
		}
	}
	return -1
}

// titleCasedAnchor tells whether an anchor reads as a title: three words
// or more, most of the longer ones capitalised.
func titleCasedAnchor(a string) bool {
	ws := strings.Fields(a)
	if len(ws) < 3 {
		return false
	}
	long, caps := 0, 0
	for _, w := range ws {
		if len(w) > 3 {
			long++
			if capWord(w) {
				caps++
			}
		}
	}
	return long > 0 && 2*caps > long
}
