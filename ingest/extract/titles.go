package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Talk titles without a link: a heading, a list item, bold or emphasised
// text or a quotation whose words give a talk title of the edition the
// post is about (Config.MatchTitle decides, against every title of that
// edition at once). The post may add a speaker or a summary to the title
// ("Title by Speaker", "Title - Speaker: summary", "Speaker: Title"), so
// each candidate is tried whole and split at those separators.

// maxTitleCand is the longest candidate tried (a title, maybe with a
// speaker and a short summary; not a paragraph).
const maxTitleCand = 300

// titleSeps split a candidate into a title and what the post adds.
var titleSeps = []string{" by ", " - ", " – ", " — ", " -- ", " (", ": ", ", "}

// titlePhrases are the parts of s that may be a whole talk title, with
// their offsets in s: s itself, what comes before each separator, and
// what follows a leading "Speaker: " or "Speaker - ".
func titlePhrases(s string) [][2]int {
	out := [][2]int{{0, len(s)}}
	for _, sep := range titleSeps {
		if i := strings.Index(s, sep); i > 0 {
			out = append(out, [2]int{0, i})
			if sep == ": " || sep == " - " || sep == " – " {
				if j := i + len(sep); j < len(s) {
					out = append(out, [2]int{j, len(s)})
				}
			}
		}
	}
	return out
}

// scheduleTitles makes a Talk of every markup candidate that gives the
// title of a talk of one of the post's editions, identified by its slug.
func (b *builder) scheduleTitles() {
	if b.x.cfg.MatchTitle == nil {
		return
	}
	var eds []int
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class == vocab.Event && e.Main && e.Year != "" {
			eds = append(eds, i)
		}
	}
	if len(eds) == 0 {
		return
	}
	known := b.talkSpans()
	for _, c := range b.candidates() {
		if b.stopped() {
			return
		}
		if c.kind == candCode || c.end-c.start > maxTitleCand {
			continue
		}
		if c.kind == candLink && b.links[c.link].kind == lkTalk {
			continue // a talk link names its talk by its slug already
		}
		s := b.text[c.start:c.end]
		for k, p := range titlePhrases(s) {
			ps, pe := trimSpan(b.text, c.start+p[0], c.start+p[1])
			if pe-ps < 8 || !titleShaped(b.text[ps:pe], c.kind, k == 0) {
				continue
			}
			if b.titleAt(eds, ps, pe, c.kind, known) {
				break
			}
		}
	}
}

// titleShaped tells whether a phrase may be matched as a title: at least
// two words; three for a link's anchor (two-word anchors name projects)
// and for a part of a candidate in running text.
func titleShaped(p string, kind candKind, whole bool) bool {
	n := len(strings.Fields(p))
	switch {
	case n < 2:
		return false
	case kind == candLink:
		return n >= 3
	case !whole && (kind == candEmphasis || kind == candQuoted || kind == candQuote):
		return n >= 3
	}
	return true
}

// talkSpans lists the mentions of the talks found so far, sorted by start,
// so that a title the post already gave (quoted, after "the talk") gains
// its slug instead of becoming a second talk.
func (b *builder) talkSpans() []talkSpan {
	var out []talkSpan
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class != vocab.Talk || e.Slug != "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > m.Start {
				out = append(out, talkSpan{m.Start, m.End, i})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

type talkSpan struct{ start, end, ent int }

// overlapping returns a talk of spans with a mention overlapping [s,e).
func overlapping(spans []talkSpan, s, e int) (int, bool) {
	// spans are short (titles): look at those starting shortly before e
	i := sort.Search(len(spans), func(i int) bool { return spans[i].start >= e })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if spans[j].end > s {
			return spans[j].ent, true
		}
	}
	return -1, false
}

// titleAt makes the talk whose title is text[s:e], if one edition of eds
// has it; it reports whether one did.
func (b *builder) titleAt(eds []int, s, e int, kind candKind, known []talkSpan) bool {
	phrase := b.text[s:e]
	for _, ed := range eds {
		ev := b.res.Entities[ed]
		title, slug, ok := b.x.cfg.MatchTitle(ev.Series, ev.Year, phrase)
		if !ok || slug == "" {
			continue
		}
		key := "slug:" + fold(ev.key) + ":" + slug
		i, ok := b.lookup(vocab.Talk, key)
		if !ok {
			if j, found := overlapping(known, s, e); found && b.res.Entities[j].Slug == "" {
				i = j // the post's own talk of that title
				b.alias(i, key)
				t := &b.res.Entities[i]
				t.Aliases = AppendUnique(t.Aliases, t.Name)
				t.Name = title
			} else {
				i = b.entity(vocab.Talk, title, key)
			}
		}
		t := &b.res.Entities[i]
		if t.Slug == "" {
			t.Edition, t.Slug, t.Titled = ed, slug, true
		}
		if fold(phrase) != fold(title) {
			t.Aliases = AppendUnique(t.Aliases, strings.Join(strings.Fields(phrase), " "))
		}
		b.mention(i, s, e, "talk:schedule-title-"+kind.String(), 0.85)
		for _, j := range b.entitiesIn(s, e, vocab.Technology, vocab.Project) {
			b.rel(About, i, j, s, e, "about:in-title", 0.6)
		}
		return true
	}
	return false
}

// ContentWords returns the folded words of s that carry meaning (four
// letters or more, not "talk", "about" and the like), for comparing a
// talk's description with a title.
func ContentWords(s string) map[string]bool { return contentWords(s) }

// Titles a talk cue introduces, without a schedule: emphasised or bold
// text, or a link's anchor, right after "talk", "keynote", "titled",
// "presented" and the like ("presented *clean code in Python*", "the
// keynote was delivered: *A Language for the Future*").

// cueStems are in every cue of reTalkCueBefore (lower case).
var cueStems = []string{"talk", "keynote", "presentation", "session", "workshop", "tutorial", "presented", "delivered"}

// hasCueStem tells whether the lower-cased text has a cue stem, before
// the cue regexp is run.
func hasCueStem(low string) bool {
	for _, c := range cueStems {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

// cueGap is what may stand between a cue and its title.
const cueGap = `(?:[ \t]+(?:was|is|were|called|titled|named|entitled|about|on|by|delivered|given|presented|the|a|an|I|we|attended|to))*[ \t]*[:,–-]?[ \t]*`

// cueWindow is how far before a candidate a cue is looked for.
const cueWindow = 48

// cuedTitles adds to titles (by sentence) the talks whose titles a cue
// introduces in emphasis, bold text or a link's anchor.
func (b *builder) cuedTitles(titles map[int][]talkCand) {
	known := b.talkSpans()
	for _, c := range b.candidates() {
		if b.stopped() {
			return
		}
		switch c.kind {
		case candEmphasis, candStrong:
		case candLink:
			if k := b.links[c.link].kind; k != lkOther && k != lkHome && k != lkIgnore {
				continue // a talk, speaker, repository or profile link names those
			}
		default:
			continue
		}
		s, e := trimSpan(b.text, c.start, c.end)
		title := strings.TrimRight(b.text[s:e], ".:!,;")
		e = s + len(title)
		n := len(strings.Fields(title))
		if n < 2 || n > 20 || (c.kind == candLink && n < 3) || looksLikeURL(title) || strings.Contains(title, "\n\n") || c.kind == candLink && strings.Contains(title, "\n") {
			continue
		}
		if _, ok := overlapping(known, s, e); ok || b.isClaimed(s, e) || b.isTerm(title) {
			continue
		}
		sent := b.sentence(s)
		pre := b.text[max(sent.Start, s-cueWindow):s]
		rule := "talk:cued-title-" + c.kind.String()
		if !b.cuedBefore(pre, s, c.kind) {
			if c.kind == candLink || !b.titleInTalkSentence(title, s, e, sent) {
				continue
			}
			rule = "talk:talk-sentence-" + c.kind.String()
		}
		title = strings.Join(strings.Fields(title), " ")
		i := b.talkTitled(title, s, e, rule)
		si := find(b.sents, s)
		titles[si] = append(titles[si], talkCand{ent: i, pos: s})
	}
}

// Talk pages of conference sites without a known schedule: a link whose
// path names a session or a talk and then its slug
// (".../program/sessions/settings-and-configuration-810",
// ".../speakers/detail/talk/28/") is a talk, titled by its anchor.

// talkPathWords are path segments that, followed by one more segment,
// make a page a talk's.
var talkPathWords = map[string]bool{"session": true, "sessions": true, "talk": true, "talks": true, "presentation": true, "presentations": true}

// isTalkPage tells whether url's path has a talk path word followed by
// another segment.
func isTalkPage(url string) bool {
	u := url
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	segs := strings.Split(strings.Trim(u, "/"), "/")
	// schedule platforms: a session's page is /event/ID
	if h := strings.ToLower(segs[0]); (strings.HasSuffix(h, ".sched.org") || strings.HasSuffix(h, ".sched.com")) &&
		len(segs) >= 3 && segs[1] == "event" && segs[2] != "" {
		return true
	}
	for k := 1; k+1 < len(segs); k++ { // segs[0] is the host
		if talkPathWords[strings.ToLower(segs[k])] && segs[k+1] != "" {
			return true
		}
	}
	return false
}

// describesTalk tells whether the words ws describe a talk rather than
// give its title: a talk noun among the first two ("a talk at …", "my
// keynote", "slides").
func describesTalk(ws []string) bool {
	for _, w := range ws[:min(2, len(ws))] {
		switch strings.ToLower(strings.Trim(w, ".,:;!?")) {
		case "talk", "talks", "keynote", "presentation", "session", "slides", "video", "recording", "here", "this", "link":
			return true
		}
	}
	return false
}

// talkPageLinks makes a titled Talk of the post's edition for every link
// to a talk page whose anchor reads as a title.
func (b *builder) talkPageLinks(titles map[int][]talkCand) {
	if b.main < 0 {
		return
	}
	known := b.talkSpans()
	for _, l := range b.links {
		if b.stopped() {
			return
		}
		if l.kind != lkOther && l.kind != lkHome || !isTalkPage(l.url) {
			continue
		}
		s, e := trimSpan(b.text, l.start, l.end)
		title := strings.TrimRight(b.text[s:e], ".:!,;")
		e = s + len(title)
		ws := strings.Fields(title)
		if n := len(ws); n < 2 || n > 20 || looksLikeURL(title) || describesTalk(ws) {
			continue
		}
		if _, ok := overlapping(known, s, e); ok || b.isClaimed(s, e) || b.isTerm(title) {
			continue
		}
		i := b.talkTitled(title, s, e, "talk:talk-page-link")
		t := &b.res.Entities[i]
		t.SameAs = AppendUnique(t.SameAs, l.url)
		// "I am presenting [Title]", "I'll speak about [Title]": the author's
		if a := b.postAuthor(); a >= 0 && b.re.reFirstPersonTalk.MatchString(b.text[max(b.sentence(s).Start, s-48):s]) {
			ss := b.sentence(s)
			b.rel(Performer, i, a, ss.Start, ss.End, "performer:author-presents", 0.75)
		}
		si := find(b.sents, s)
		titles[si] = append(titles[si], talkCand{ent: i, pos: s})
	}
}

// cuedBefore tells whether pre, the text right before a candidate at s,
// ends with a talk cue ("the talk", "a keynote titled", "presented").
func (b *builder) cuedBefore(pre string, s int, kind candKind) bool {
	if !hasCueStem(b.lower[s-len(pre) : s]) {
		return false
	}
	re := b.re.reTalkCueBefore
	if kind == candLink {
		re = b.re.reTalkNounBefore
	}
	m := re.FindStringIndex(pre)
	// "we'd like to talk about *X*": a verb, not a talk
	return m != nil && !b.re.reVerbTalk.MatchString(pre[:m[0]])
}

// talkNouns are the words (lower case) that make a sentence speak of
// talks, for titleInTalkSentence.
var talkNouns = []string{"talk", "keynote", "presentation", "session", "workshop", "tutorial", "training", "lightning"}

// titleInTalkSentence tells whether an emphasised title stands in a
// sentence about talks of the edition the post reports on, with no cue
// right before it ("the highlight of the day was *Title*", "two great
// talks *A* and *B*", "The keynote for Friday, *Title*, was …", or
// "*Title*. This talk …"): a title-cased phrase (a capital or a digit
// first) in a post about an edition.
func (b *builder) titleInTalkSentence(title string, s, e int, sent Span) bool {
	if b.main < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(title); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	// bold names stand in such sentences too ("**Jane Doe**'s keynote")
	name := strings.TrimRight(title, ".,;:!?")
	poss := strings.HasPrefix(b.text[e:], "'s ") || strings.HasPrefix(b.text[e:], "’s ")
	if nameLike(name) && (poss || b.knownPerson(name) || b.givenName(strings.Fields(name)[0])) || b.mentionOverlaps(s, e, vocab.Person) {
		return false
	}
	if hasTalkNoun(b.lower[sent.Start:sent.End]) {
		return true
	}
	// the next sentence opens with "This talk", "The talk", "It was a talk"
	if k := find(b.sents, s); k >= 0 && k+1 < len(b.sents) {
		next := b.sents[k+1]
		low := strings.TrimLeft(b.lower[next.Start:min(next.End, next.Start+24)], " \n\t")
		for _, p := range []string{"this ", "the ", "it was a ", "that "} {
			if strings.HasPrefix(low, p) && hasTalkNoun(low[len(p):min(len(low), len(p)+12)]) {
				return true
			}
		}
	}
	return false
}

// hasTalkNoun tells whether low (lower case) holds a talk noun as a word
// or its plural ("talks", not "talking").
func hasTalkNoun(low string) bool {
	for _, w := range talkNouns {
		for from := 0; ; {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			i += from
			j := i + len(w)
			if j < len(low) && low[j] == 's' {
				j++
			}
			if (i == 0 || !isLetterASCII(low[i-1])) && (j == len(low) || !isLetterASCII(low[j])) {
				return true
			}
			from = i + len(w)
		}
	}
	return false
}

// postAuthor returns the post's (first) author Person, or -1.
func (b *builder) postAuthor() int {
	for _, r := range b.res.Relations {
		if r.Pred == Author && r.From < 0 && b.res.Entities[b.canonical(r.To)].Class == vocab.Person {
			return b.canonical(r.To)
		}
	}
	return -1
}
