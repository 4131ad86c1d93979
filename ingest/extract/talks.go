package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// not the first word of a title after "the talk".
var notTitleStart = map[string]bool{
	"was": true, "is": true, "by": true, "from": true, "about": true, "on": true, "that": true, "which": true,
	"i": true, "we": true, "given": true, "in": true, "at": true, "of": true, "with": true, "and": true,
	"but": true, "itself": true, "he": true, "she": true, "they": true, "where": true, "when": true,
	"had": true, "has": true, "will": true, "would": true, "itself,": true, "you": true, "it": true,
	"title": true, "slides": true, "video": true, "recording": true, "a": true, "an": true, "the": true,
	"to": true, "for": true, "after": true, "before": true, "really": true, "very": true, "also": true,
}

type talkCand struct {
	ent  int
	pos  int
	used bool
}

// talks builds Talk entities from talk links, quoted or introduced titles,
// and people stated to give a talk, and ties them to performers, tracks
// and the edition.
//
// Without an edition (the post names none) only explicit talks are kept:
// talk links, quoted titles and people with a strong talk cue ("a talk by
// X"); they have no superEvent.
func (b *builder) talks() {
	noEdition := b.main < 0
	bySent := map[int][]talkCand{}
	titles := map[int][]talkCand{}
	for _, l := range b.links {
		if l.kind != lkTalk {
			continue
		}
		ed := b.editionOf(l)
		if ed < 0 {
			continue
		}
		a := trimPunct(l.anchor)
		name, titled := "", false
		slug := l.slug
		if b.x.cfg.Talk != nil {
			e := b.res.Entities[ed]
			name, titled = b.x.cfg.Talk(e.Series, e.Year, l.slug)
		}
		if name == "" && b.x.cfg.MatchTitle != nil && a != "" {
			// a slug the schedule no longer knows (renamed pages): the
			// anchor may still give the official title
			e := b.res.Entities[ed]
			if title, s, ok := b.x.cfg.MatchTitle(e.Series, e.Year, a); ok {
				name, titled, slug = title, true, s
			}
		}
		paren := ""
		if name == "" {
			// "Title (Track)": the anchor names the talk's track after its title
			if title, tr, ok := titleParen(b.re, strings.TrimSpace(l.anchor)); ok {
				a, paren = title, tr
			}
			name = a
			if name == "" || looksLikeURL(name) {
				name = humanise(l.slug)
			}
		}
		i := b.entity(vocab.Talk, name, "slug:"+fold(b.res.Entities[ed].key)+":"+slug)
		b.alias(i, "slug:"+fold(b.res.Entities[ed].key)+":"+l.slug)
		t := &b.res.Entities[i]
		t.Edition, t.Slug, t.Titled = ed, slug, titled
		if paren != "" {
			tr := b.entity(vocab.Track, paren, fold(paren))
			if b.res.Entities[tr].Edition < 0 {
				b.res.Entities[tr].Edition = ed
			}
			b.mention(tr, l.end-len(paren)-1, l.end-1, "track:talk-anchor-parenthesis", 0.7)
			b.rel(SuperEvent, i, tr, l.start, l.end, "track:talk-anchor-parenthesis", 0.7)
			t = &b.res.Entities[i]
		}
		t.SameAs = AppendUnique(t.SameAs, l.url)
		t.Aliases = AppendUnique(t.Aliases, a, l.slug)
		b.mention(i, l.start, l.end, "talk:schedule-link", 0.95)
		// subject: known terms in the anchor. The anchor names the talk,
		// so it makes no Project, except the owner an anchor like "Ring's
		// presentation" names.
		about := false
		for _, j := range b.entitiesIn(l.start, l.end, vocab.Technology, vocab.Project) {
			b.rel(About, i, j, l.start, l.end, "about:talk-link-anchor", 0.7)
			about = true
		}
		// "Widgetd" linking the talk "Widgetd: the new era" (or slug
		// widgetd): the anchor names the talk's subject, unless it is the
		// talk's whole title (a codename title)
		if !about && titled && b.subjectAnchor(a, l.slug, name) {
			j, ok := b.lookup(vocab.Project, fold(a))
			if !ok {
				j = b.entity(vocab.Project, a, fold(a))
			}
			b.mention(j, l.start, l.end, "project:talk-link-subject", 0.65)
			b.rel(About, i, j, l.start, l.end, "about:talk-link-subject", 0.65)
			about = true
		}
		if m := b.re.rePossTalk.FindStringSubmatch(a); m != nil && !about {
			subj := m[1]
			if len(strings.Fields(subj)) == 1 && capWord(subj) && !b.isTerm(subj, vocab.Organization, vocab.Place) {
				j, ok := b.lookup(vocab.Project, fold(subj))
				if !ok {
					j = b.entity(vocab.Project, subj, fold(subj))
				}
				b.mention(j, l.start, l.start+len(subj), "project:talk-link-owner", 0.6)
				b.rel(About, i, j, l.start, l.end, "about:talk-link-anchor", 0.6)
			}
		}
		si := find(b.sents, l.start)
		bySent[si] = append(bySent[si], talkCand{ent: i, pos: l.start})
	}
	for si, s := range b.sents {
		if b.stopped() {
			return
		}
		seg := b.text[s.Start:s.End]
		var quoted [][]int
		if strings.IndexByte(seg, '"') >= 0 || strings.Contains(seg, "“") {
			quoted = quotedMatches(seg) // b.re.reQuoted
		}
		for _, m := range quoted {
			title := strings.TrimSpace(seg[m[2]:m[3]])
			n := len(strings.Fields(title))
			by := b.re.reQuoteBy.MatchString(seg[m[1]:])
			// a one-word title only as '"Codename" by X' in a sentence about talks
			if n == 1 && !(by && capWord(title) && b.re.reTitleNear.MatchString(seg)) || n > 25 || n == 0 {
				continue
			}
			near := seg[max(0, m[0]-30):min(len(seg), m[1]+30)]
			// 'Jane Roe presented "Title"': the verb names what she gave
			if !b.re.reTitleNear.MatchString(near) && !by && !reGaveQuote.MatchString(seg[:m[0]]) && !b.possQuoted(s.Start+m[0]) && !b.talkFollows(si, seg[m[1]:]) {
				continue
			}
			// scare quotes ('being "sold short" by the man at the door',
			// 'choosing "by the kilo"'): a title led by a small word needs a naming
			// cue right before it or a name after its "by"
			if scareQuoted(title) && !reNamingCue.MatchString(seg[:m[0]]) && !(by && b.personAfterBy(s.Start+m[1])) {
				continue
			}
			i := b.talkTitled(title, s.Start+m[2], s.Start+m[3], "talk:quoted-title")
			titles[si] = append(titles[si], talkCand{ent: i, pos: s.Start + m[0]})
		}
		if !strings.Contains(b.lower[s.Start:s.End], "talk") {
			continue
		}
		for _, m := range theTalkMatches(b.re, seg, b.lower[s.Start:s.End]) {
			title := strings.TrimSpace(seg[m[2]:m[3]])
			fw := strings.ToLower(strings.Fields(title)[0])
			tw := strings.Fields(title)
			lw := strings.ToLower(strings.TrimRight(tw[len(tw)-1], ",:"))
			// "the talk slots were done": a talk noun is no title's start
			if notTitleStart[fw] || len(tw) < 2 || strings.ContainsAny(title, "“”\"") || notTitleStart[lw] || lw == "or" || containsString(talkNouns, strings.TrimSuffix(fw, "s")) {
				continue
			}
			i := b.talkTitled(title, s.Start+m[2], s.Start+m[2]+len(title), "talk:the-talk-title")
			titles[si] = append(titles[si], talkCand{ent: i, pos: s.Start + m[2]})
		}
	}
	b.quotedTitleLists(titles)
	b.cuedTitles(titles)
	b.talkPageLinks(titles)
	// "his 2011 SnakeCon keynote": the talk of that sentence's performer
	edTalks := b.editionTalks()
	// performers by sentence
	b.possessiveTalks()
	var pstarts personStarts // b.persons by start, for quotedByPerformers
	perfBySent := make([][]personMention, len(b.sents))
	var perfSeen perfSet // sentence, person
	for _, pm := range b.persons {
		if !pm.speak || pm.ent < 0 {
			continue
		}
		if noEdition {
			// no edition: only "a talk by X", "X's keynote"
			if ss := b.sentence(pm.start); !pm.strong || !b.re.reTalkNoun.MatchString(b.text[ss.Start:ss.End]) {
				continue
			}
		}
		si := find(b.sents, pm.start)
		if si < 0 {
			continue // in no sentence: no sentence's performer
		}
		if perfSeen.add(perfBySent[si], si, pm.ent) {
			perfBySent[si] = append(perfBySent[si], pm)
		}
	}
	for si, s := range b.sents {
		if b.stopped() {
			return
		}
		ps := perfBySent[si]
		cands := append(append([]talkCand{}, bySent[si]...), titles[si]...)
		if len(ps) == 0 && len(cands) > 0 {
			// 'His talk "Title"': the person the paragraph is about
			if pm, ok := b.pronounPerformer(s, cands); ok {
				ps = []personMention{pm}
			} else if pm, ok := b.hePerformer(s); ok {
				ps = []personMention{pm}
			} else if pm, ok := b.authorPerformer(cands); ok {
				ps = []personMention{pm}
			} else {
				ps = b.quotedByPerformers(s, cands, &pstarts)
			}
		}
		// (the same pdqsort as sort.Slice, without its reflection)
		slices.SortFunc(ps, func(a, b personMention) int { return cmp.Compare(a.start, b.start) })
		if len(ps) == 0 {
			// a title and a link in one sentence are one talk
			if len(bySent[si]) == 1 && len(titles[si]) == 1 {
				b.mergeTalk(bySent[si][0].ent, titles[si][0].ent)
			}
			for _, c := range cands {
				b.placeTalk(b.canonical(c.ent), c.pos)
			}
			if len(cands) == 0 && !noEdition && !b.authorTalk(s) {
				b.subjectTalks(s)
			}
			continue
		}
		// by performer (titlePerformer gives an index of ps): slices,
		// not maps, for the thousands of sentences of a post dense with
		// names
		assigned := make([][]int, len(ps))
		for ci, c := range cands {
			pi := b.titlePerformer(ps, c.pos)
			assigned[pi] = append(assigned[pi], ci)
		}
		// "X and Y presented …": a performer without a talk of its own
		// shares the talk of the performer joined to it
		share := make([]int, len(ps)) // pi -> the performer whose talk it shares, -1: none
		for pi := range share {
			share[pi] = -1
		}
		for pi := len(ps) - 2; pi >= 0; pi-- {
			if len(assigned[pi]) == 0 && b.conjoined(ps[pi], ps[pi+1]) {
				if _, ok := b.talkOf[ps[pi].ent]; !ok {
					share[pi] = pi + 1
				}
			}
		}
		// '"Title" by X and Y': a later performer without a talk of its own
		// shares the talk of the performer it is joined to
		shareBack := make([]int, len(ps)) // as share
		for pi := range shareBack {
			shareBack[pi] = -1
		}
		for pi := 1; pi < len(ps); pi++ {
			if len(assigned[pi]) == 0 && len(assigned[pi-1]) > 0 && b.conjoined(ps[pi-1], ps[pi]) {
				if _, ok := b.talkOf[ps[pi].ent]; !ok {
					shareBack[pi] = pi - 1
				}
			}
		}
		talkOfP := make([]int, len(ps))
		for pi, p := range ps {
			if len(edTalks) > 0 {
				if t, ok := edTalks[[2]int{si, b.canonical(p.ent)}]; ok && len(assigned[pi]) == 0 {
					talkOfP[pi] = t
					continue
				}
			}
			if share[pi] >= 0 || shareBack[pi] >= 0 {
				continue
			}
			t := -1
			for _, ci := range assigned[pi] {
				c := b.canonical(cands[ci].ent)
				if t < 0 {
					t = c
				} else {
					t = b.mergeTalk(t, c)
				}
			}
			if prev, ok := b.talkOf[p.ent]; ok {
				prev = b.canonical(prev)
				if t < 0 {
					t = prev
				} else if !b.res.Entities[prev].Titled || b.res.Entities[prev].Slug == "" && b.res.Entities[t].Slug == "" && !b.res.Entities[t].Titled {
					t = b.mergeTalk(t, prev)
				}
			}
			if t < 0 && (b.conversation(p) || p.subj.End > p.subj.Start && notTalkSubjectNeed(b.text[p.subj.Start:p.subj.End]) && reNotTalkSubject.MatchString(b.text[p.subj.Start:p.subj.End])) {
				continue // "I talked with X about …", "X presented the awards": no talk
			}
			if t < 0 {
				name := b.res.Entities[p.ent].Name
				descr := ""
				if p.subj.End > p.subj.Start {
					descr = trimTalkNounLead(b.trimEditionLead(p.subj))
				}
				t = b.entity(vocab.Talk, describeTalk(name, descr), "by:"+fold(name))
				b.res.Entities[t].Descr = descr
				b.res.Entities[t].Edition = b.main
				b.mention(t, p.start, p.end, "talk:person-gives-talk", 0.7)
			}
			b.talkOf[p.ent] = t
			talkOfP[pi] = t
			ss := b.sentence(p.start)
			b.rel(Performer, t, p.ent, ss.Start, ss.End, "performer:cue", 0.8)
			b.placeTalk(t, p.start)
			if p.subj.End > p.subj.Start {
				b.aboutSubject(t, p.subj)
			}
		}
		for pi := 1; pi < len(ps); pi++ {
			q := shareBack[pi]
			if q < 0 {
				continue
			}
			t := b.canonical(talkOfP[q])
			talkOfP[pi] = t
			b.talkOf[ps[pi].ent] = t
			ss := b.sentence(ps[pi].start)
			b.rel(Performer, t, ps[pi].ent, ss.Start, ss.End, "performer:joined-cue", 0.75)
		}
		for pi := len(ps) - 2; pi >= 0; pi-- {
			q := share[pi]
			if q < 0 {
				continue
			}
			p := ps[pi]
			t := b.canonical(talkOfP[q])
			talkOfP[pi] = t
			b.talkOf[p.ent] = t
			ss := b.sentence(p.start)
			b.rel(Performer, t, p.ent, ss.Start, ss.End, "performer:joined-cue", 0.75)
			if e := &b.res.Entities[t]; e.Slug == "" && !e.Titled {
				// "[X and Y on subject]"
				var names []string
				for k := pi; k < len(ps); k++ {
					if b.canonical(talkOfP[k]) == t {
						names = append(names, b.res.Entities[ps[k].ent].Name)
					}
				}
				e.Name = describeTalk(strings.Join(names, " and "), e.Descr)
			}
		}
		// (every candidate has a performer: titlePerformer gives an index
		// of ps, which is not empty here)
	}
	b.coSpeakers()
	b.mergeDescribed()
	b.sectionTitles()
	if !noEdition {
		b.authorSpokeTalks()
	}
}

// perfSet is the set of the persons (entities) already among the
// performers of each sentence: the sentence's list itself while it is
// short (most sentences name a few people), a map for the sentences of
// many performers (a run-on sentence may hold thousands).
type perfSet struct {
	many map[[2]int]bool // sentence, person; [2]int{si, -1}: sentence si is in the map
}

// perfSetShort is how many performers a sentence's list holds before its
// persons go into the map.
const perfSetShort = 16

// add adds person ent to the performers of sentence si, whose list is l,
// and tells whether ent was not among them.
func (x *perfSet) add(l []personMention, si, ent int) bool {
	if len(l) < perfSetShort {
		for _, q := range l {
			if q.ent == ent {
				return false
			}
		}
		return true
	}
	if x.many == nil {
		x.many = map[[2]int]bool{}
	}
	if !x.many[[2]int{si, -1}] {
		x.many[[2]int{si, -1}] = true
		for _, q := range l {
			x.many[[2]int{si, q.ent}] = true
		}
	}
	if k := [2]int{si, ent}; !x.many[k] {
		x.many[k] = true
		return true
	}
	return false
}

// pronounPerformer reads 'His talk "Title"' in sentence s: the talk is by
// the person who was the subject of an earlier sentence of the paragraph
// (the latest one), returned as a mention at the pronoun.
func (b *builder) pronounPerformer(s Span, cands []talkCand) (personMention, bool) {
	first := cands[0].pos
	for _, c := range cands {
		first = min(first, c.pos)
	}
	if first < s.Start {
		return personMention{}, false
	}
	m := b.re.rePronTalk.FindStringIndex(b.text[s.Start:max(s.Start, min(s.End, first+2))])
	if m == nil {
		return personMention{}, false
	}
	p := find(b.paras, s.Start)
	if p < 0 {
		return personMention{}, false
	}
	best := personMention{ent: -1, start: -1}
	for _, pm := range b.persons {
		if pm.ent < 0 || pm.start < b.paras[p].Start || pm.start >= s.Start || pm.start <= best.start {
			continue
		}
		// the subject: the name opens its sentence
		ps := b.sentence(pm.start)
		if strings.TrimLeft(b.text[ps.Start:pm.start], " \t*-") != "" {
			continue
		}
		best = pm
	}
	if best.ent < 0 {
		return personMention{}, false
	}
	at := s.Start + m[0]
	return personMention{ent: b.canonical(best.ent), start: at, end: s.Start + m[1], speak: true}, true
}

// subjectAnchor tells whether the anchor a of a link to the talk with the
// official title and slug names the talk's subject: a single product-like
// word equal (ignoring case and separators) to the slug or to the title's
// head before ':', and not the whole title.
func (b *builder) subjectAnchor(a, slug, title string) bool {
	if strings.ContainsAny(a, " \t") || len(a) < 3 || !capOrDotted(a) || isGenericAnchor(a) || leadStop[a] || notName[a] || b.re.reNotProduct.MatchString(a) {
		return false
	}
	fa := alnumFold(a)
	if fa == "" || fa == alnumFold(title) {
		return false
	}
	if b.isTerm(a, vocab.Organization, vocab.Place) {
		return false
	}
	head, _, found := strings.Cut(title, ":")
	return fa == alnumFold(slug) || found && fa == alnumFold(head)
}

// mergeDescribed merges a descriptive talk into a schedule-linked talk of
// the same paragraph (or list) when they share a performer (or the linked
// one has none) and a subject word: "X talked about fast parsers" and a
// link "Fast Parsers" are one talk.
func (b *builder) mergeDescribed() {
	perfs := b.performers()
	// linked talks by the paragraphs they are named in
	linkedIn := map[int][]int{}
	for l, L := range b.res.Entities {
		if L.Class != vocab.Talk || L.Slug == "" {
			continue
		}
		for _, m := range L.Mentions {
			if m.End > m.Start {
				if p := find(b.paras, m.Start); p >= 0 && !containsInt(linkedIn[p], l) {
					linkedIn[p] = append(linkedIn[p], l)
				}
			}
		}
	}
	for d := range b.res.Entities {
		D := b.res.Entities[d]
		if D.Class != vocab.Talk || D.Slug != "" || D.Titled || D.Descr == "" || len(D.Mentions) == 0 || len(perfs[d]) == 0 {
			continue
		}
		pd := find(b.paras, D.Mentions[0].Start)
		if pd < 0 {
			continue
		}
		words := contentWords(D.Descr)
		for _, l := range linkedIn[pd] {
			L := b.res.Entities[l]
			if L.Class != vocab.Talk || L.Slug == "" || L.Edition != D.Edition {
				continue
			}
			if !sharePerformer(perfs[l], perfs[d]) {
				continue
			}
			lw := contentWords(strings.Join(append([]string{L.Name}, L.Aliases...), " "))
			common := false
			for w := range words {
				common = common || lw[w]
			}
			if common {
				b.mergeTalk(l, d)
				break
			}
		}
	}
	b.mergeSectionTwins(perfs)
}

// performers returns the performers of each talk (canonical entities).
// The map is sized once and the lists of the talks that are entities share
// one array, each capped at its length (appending to one copies it): a post
// dense with names regrew the map and a list per talk.
func (b *builder) performers() map[int][]int {
	n := len(b.res.Entities)
	count := make([]int32, n) // by canonical talk
	keys, total := 0, 0
	for i := range b.res.Relations {
		if r := &b.res.Relations[i]; r.Pred == Performer {
			f := b.canonical(r.From)
			if f < 0 || f >= n {
				keys++ // at most one key more
				continue
			}
			if count[f] == 0 {
				keys++
			}
			count[f]++
			total++
		}
	}
	perfs := make(map[int][]int, keys)
	all := make([]int, total)
	for i := range b.res.Relations {
		if r := &b.res.Relations[i]; r.Pred == Performer {
			f := b.canonical(r.From)
			ps, ok := perfs[f]
			if !ok && f >= 0 && f < n {
				c := int(count[f])
				ps, all = all[:0:c], all[c:]
			}
			perfs[f] = append(ps, b.canonical(r.To))
		}
	}
	return perfs
}

// sharePerformer tells whether the linked talk's performers (none is fine)
// include one of the described talk's.
func sharePerformer(linked, described []int) bool {
	if len(linked) == 0 {
		return true
	}
	for _, a := range linked {
		for _, c := range described {
			if a == c {
				return true
			}
		}
	}
	return false
}

// contentWords returns the folded words of s of four letters or more that
// are not talk or function words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 4 && !fillerWords[w] {
			out[w] = true
		}
	}
	return out
}

var fillerWords = map[string]bool{
	"talk": true, "talks": true, "about": true, "with": true, "from": true, "this": true, "that": true,
	"their": true, "your": true, "using": true, "into": true, "over": true, "what": true, "when": true,
	"introduction": true, "presentation": true, "session": true, "keynote": true, "some": true, "more": true,
}

// conjoined tells whether person mentions p and q (q after p) are joined
// by "and" or a comma only ("X and Y", "X, Y").
func (b *builder) conjoined(p, q personMention) bool {
	if q.start < p.end {
		return false
	}
	switch strings.TrimSpace(b.text[p.end:q.start]) {
	case "and", ",", ", and", "&":
		return p.ent != q.ent
	}
	return false
}

// describeTalk names an untitled talk: "[Speaker on subject]".
func describeTalk(person, subject string) string {
	subject = strings.TrimSpace(subject)
	if subject == "" {
		return "[Talk by " + person + "]"
	}
	return "[" + person + " on " + subject + "]"
}

func (b *builder) talkTitled(title string, s, e int, rule string) int {
	i := b.entity(vocab.Talk, title, "title:"+fold(title))
	t := &b.res.Entities[i]
	t.Titled = true
	if t.Edition < 0 {
		t.Edition = b.main
	}
	b.mention(i, s, e, rule, 0.8)
	for _, j := range b.entitiesIn(s, e, vocab.Technology, vocab.Project) {
		b.rel(About, i, j, s, e, "about:in-title", 0.6)
	}
	return i
}

// mergeTalk merges two talk entities, keeping a schedule-linked one.
func (b *builder) mergeTalk(a, c int) int {
	a, c = b.canonical(a), b.canonical(c)
	if a == c {
		return a
	}
	ea, ec := b.res.Entities[a], b.res.Entities[c]
	if ec.Slug != "" && ea.Slug == "" || (!ea.Titled && ec.Titled && ea.Slug == "") {
		a, c = c, a
		ea, ec = ec, ea
	}
	if ec.Titled && !ea.Titled {
		// the link's anchor is a description, the quote the title
		b.res.Entities[a].Name, b.res.Entities[a].Titled = ec.Name, true
		ec.Name = ea.Name
		b.res.Entities[c].Name = ea.Name
	}
	b.merge(a, c) // talkOf values naming c: readers follow the redirect (canonical)
	return a
}

// nearestPerformer returns the index of the performer of ps (sorted by
// start) whose start is nearest pos, the first one on a tie, by binary
// search (a run-on sentence may hold thousands).
func nearestPerformer(ps []personMention, pos int) int {
	lo := sort.Search(len(ps), func(i int) bool { return ps[i].start >= pos })
	bd := 1 << 30
	if lo < len(ps) {
		bd = ps[lo].start - pos
	}
	if lo > 0 && pos-ps[lo-1].start <= bd {
		bd = pos - ps[lo-1].start
	}
	// the first performer at distance bd: at pos-bd if there is one
	return sort.Search(len(ps), func(i int) bool { return ps[i].start >= pos-bd })
}

// titlePerformer returns which of ps gives the talk whose title or link
// starts at pos: the nearest, except that a performer who "gave a talk
// titled" right before the title keeps it from a nearer one after it that
// no "by" introduces ('Jane Roe gave a talk titled "X" and Marc Doe spoke
// about Y').
func (b *builder) titlePerformer(ps []personMention, pos int) int {
	pi := nearestPerformer(ps, pos)
	if pi <= 0 || pi >= len(ps) || ps[pi].start < pos || ps[pi-1].end > pos {
		return pi
	}
	if strings.HasSuffix(strings.TrimRight(b.text[pos:ps[pi].start], " \t"), " by") {
		return pi
	}
	if reGaveTitle.MatchString(b.text[ps[pi-1].end:pos]) {
		return pi - 1
	}
	return pi
}

// titleParen splits an anchor "Title (Track)" whose parenthesis is a
// capitalised phrase of at most six words that is not a year or a number.
func titleParen(re *rules, a string) (title, track string, ok bool) {
	m := re.reTitleParen.FindStringSubmatch(a)
	if m == nil {
		return "", "", false
	}
	ws := strings.Fields(m[2])
	if len(ws) == 0 || len(ws) > 6 || !capWord(ws[0]) {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(m[2]); unicode.IsDigit(r) {
		return "", "", false
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
}

// placeTalk ties talk t to the track whose narration holds pos, or to its edition.
func (b *builder) placeTalk(t, pos int) {
	if b.hasSuper[t] {
		return
	}
	e := &b.res.Entities[t]
	if e.Edition < 0 {
		e.Edition = b.main
	}
	if e.Edition < 0 {
		return // no edition known: no superEvent
	}
	ss := b.sentence(pos)
	// "At QuuxDays, Jane Roe gave a talk", "Jane Roe spoke at QuuxDays
	// 2018 about …": the edition the talk's own sentence places it at
	if e.Slug == "" && e.Edition == b.main {
		if ev := b.editionAtIn(ss); ev >= 0 {
			e.Edition = ev
		} else if ev := b.editionOfSection(pos); ev >= 0 {
			e.Edition = ev
		} else if ev := b.editionOfParagraph(pos); ev >= 0 {
			e.Edition = ev
		}
	}
	// a track named in the talk's own sentence ("… in the Python devroom")
	// b.tracks is sorted by pos (trackMentions): the marks from ss.Start on
	for k := sort.Search(len(b.tracks), func(k int) bool { return b.tracks[k].pos >= ss.Start }); k < len(b.tracks) && b.tracks[k].pos < ss.End; k++ {
		if m := b.tracks[k]; m.track >= 0 {
			if tr := b.canonical(m.track); b.res.Entities[tr].Edition == e.Edition {
				b.rel(SuperEvent, t, tr, ss.Start, ss.End, "track:same-sentence", 0.75)
				return
			}
		}
	}
	if tr := b.trackAt(pos); tr >= 0 && b.res.Entities[tr].Edition == e.Edition {
		b.rel(SuperEvent, t, tr, ss.Start, ss.End, "track:narration-context", 0.7)
		return
	}
	b.rel(SuperEvent, t, e.Edition, ss.Start, ss.End, "superEvent:post-edition", 0.8)
}

// aboutSubject ties talk t to the projects and technologies its subject
// phrase names, making Projects of unknown product-like names in it.
func (b *builder) aboutSubject(t int, sp Span) {
	for _, j := range b.entitiesIn(sp.Start, sp.End, vocab.Technology, vocab.Project) {
		b.rel(About, t, j, sp.Start, sp.End, "about:talk-subject", 0.6)
	}
	if !mayHoldProduct(b.text[sp.Start:sp.End]) {
		return // no word productToken accepts: the walk below makes nothing
	}
	pos := sp.Start
	// the quotations of the subject, found once a word first asks
	var quoted []Span
	quotedDone := false
	inQuote := func(s, e int) bool {
		if !quotedDone {
			quoted, quotedDone = quotedSpans(b.text[sp.Start:sp.End], sp.Start), true
		}
		return overlaps(quoted, s, e)
	}
	gs, ge := -1, -1 // the current run of product-like words
	flush := func() {
		if gs < 0 {
			return
		}
		name := b.text[gs:ge]
		j, ok := b.lookup(vocab.Project, fold(name))
		if !ok {
			j = b.entity(vocab.Project, name, fold(name))
		}
		b.mention(j, gs, ge, "project:talk-subject", 0.55)
		b.rel(About, t, j, sp.Start, sp.End, "about:talk-subject", 0.55)
		gs, ge = -1, -1
	}
	for _, w := range strings.Fields(b.text[sp.Start:sp.End]) {
		at := strings.Index(b.text[pos:sp.End], w)
		if at < 0 {
			break
		}
		s := pos + at
		pos = s + len(w)
		tw := trimPunct(w)
		if tw == "" {
			flush()
			continue
		}
		s += strings.Index(w, tw)
		e := s + len(tw)
		// words of a quoted title are the title's, not product names
		ok := productToken(tw) && !b.isClaimed(s, e) && !leadStop[tw] && !notName[tw] && !inQuote(s, e) && !b.plainWord(tw)
		if ok {
			if _, in := b.termIn(s, e); in {
				ok = false
			}
		}
		if ok && len(b.entitiesIn(s, e, vocab.Technology, vocab.Project, vocab.Person, vocab.Organization, vocab.Event, vocab.Track, vocab.Place)) > 0 {
			ok = false
		}
		if !ok {
			flush()
			continue
		}
		if gs >= 0 && s == ge+1 && b.text[ge] == ' ' {
			ge = e
		} else {
			flush()
			gs, ge = s, e
		}
		if tw != w {
			flush()
		}
	}
	flush()
}

// theTalkVerbs end the title after "the talk" in reTheTalk.
var theTalkVerbs = [...]string{"showed", "shows", "was", "is", "explained", "presented", "covered", "introduced", "described", "demonstrated", "gave", "taught", "by"}

// theTalkMatches is re.reTheTalk.FindAllStringSubmatchIndex(s, -1) ("the
// talk Zorbs in Practice was …": the words between "the talk" and a verb,
// in group 1), matched by hand on s and low, its lower-cased copy: the
// regexp tries one to twelve words before each of its thirteen verbs at
// each "the talk" of a sentence (TestTheTalkMatchesDifferential checks the
// two agree). Text with "ſ" or "K", which the regexp folds to "s" and
// "k", goes to the regexp.
func theTalkMatches(re *rules, s, low string) [][]int {
	if foldsOutsideASCII(s) {
		return re.reTheTalk.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for pos := 0; pos < len(s); {
		i := strings.Index(low[pos:], "the")
		if i < 0 {
			break
		}
		p := pos + i
		if p > 0 && isASCIIWord(s[p-1]) { // \b
			pos = p + 1
			continue
		}
		if m := theTalkAt(s, low, p); m != nil {
			out = append(out, m)
			pos = m[1]
			continue
		}
		pos = p + 1
	}
	return out
}

// theTalkAt matches reTheTalk at p of s (low lower-cased), nil if it does
// not. The words of the title are runs of [\p{L}\d'’:,&-] each followed by
// blanks (so every run and every blank run is whole); after each word, a
// verb followed by \b ends the match (the repetition is lazy).
func theTalkAt(s, low string, p int) []int {
	j := p + len("the")
	k := skipBlanks(s, j)
	if k == j || !strings.HasPrefix(low[k:], "talk") {
		return nil
	}
	j = k + len("talk")
	g := skipBlanks(s, j)
	if g == j {
		return nil
	}
	at := g
	for n := 1; n <= 12; n++ {
		e := at
		for e < len(s) {
			if c := s[e]; c < utf8.RuneSelf {
				if !isASCIILetter(c) && (c < '0' || c > '9') && c != '\'' && c != ':' && c != ',' && c != '&' && c != '-' {
					break
				}
				e++
				continue
			}
			r, w := utf8.DecodeRuneInString(s[e:])
			if !unicode.IsLetter(r) && r != '’' {
				break
			}
			e += w
		}
		if e == at {
			return nil
		}
		b := skipBlanks(s, e)
		if b == e {
			return nil
		}
		at = b
		for _, v := range theTalkVerbs {
			if strings.HasPrefix(low[at:], v) && (at+len(v) == len(s) || !isASCIIWord(s[at+len(v)])) {
				return []int{p, at + len(v), g, at}
			}
		}
	}
	return nil
}

// quotedSpans returns the spans (offset by off) of s between double quotes
// (the matches of reQuoted).
func quotedSpans(s string, off int) []Span {
	var out []Span
	for _, m := range quotedMatches(s) {
		out = append(out, Span{off + m[0], off + m[1]})
	}
	return out
}

// quotedMatches is re.reQuoted.FindAllStringSubmatchIndex(s, -1), the
// quotations of s, matched by hand: a quote ('"' or "“"), 3 to 160 runes
// that are no closing quote ('"' or "”") nor a newline, a closing quote.
// The runes a quotation may hold exclude its closing quotes, so the only
// match at an opening quote ends at the first closing quote after it; the
// regexp, run per sentence, cost a bounded repetition of 160 runes at
// every quote (TestQuotedMatchesDifferential checks the two agree).
func quotedMatches(s string) [][]int {
	var out [][]int
	// the next '"' and the next "“" at or after pos (-1: none), each
	// searched again only once pos has passed it
	nq, nc := -2, -2
	for pos := 0; pos < len(s); {
		if nq != -1 && nq < pos {
			if nq = strings.IndexByte(s[pos:], '"'); nq >= 0 {
				nq += pos
			}
		}
		if nc != -1 && nc < pos {
			if nc = strings.Index(s[pos:], "\u201c"); nc >= 0 {
				nc += pos
			}
		}
		p := nq
		if nc >= 0 && (p < 0 || nc < p) {
			p = nc
		}
		if p < 0 {
			break
		}
		open := 1
		if s[p] != '"' {
			open = len("\u201c")
		}
		q, n := p+open, 0
		closer := 0
		for q < len(s) {
			c := s[q]
			if c == '"' {
				closer = 1
				break
			}
			if c == '\n' {
				break
			}
			if c < utf8.RuneSelf {
				if n == 160 {
					break
				}
				q++
				n++
				continue
			}
			r, w := utf8.DecodeRuneInString(s[q:])
			if r == '\u201d' {
				closer = w
				break
			}
			if n == 160 {
				break
			}
			q += w
			n++
		}
		if closer == 0 || n < 3 {
			pos = p + 1
			continue
		}
		out = append(out, []int{p, q + closer, p + open, q})
		pos = q + closer
	}
	return out
}

// productToken tells whether w looks like a product name: capitalised or
// camel-cased with at least four letters, or an acronym of three or more.
func productToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	n, up := 0, 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			n++
		}
		if unicode.IsUpper(c) {
			up++
		}
	}
	if up == n {
		return n >= 4
	}
	return n >= 4
}

// subjectTalks finds talks given only by their subject in a sentence
// without a performer: "a talk about Quiltlib", "the Widgetd talk".
func (b *builder) subjectTalks(s Span) {
	if !b.isTalky(s) {
		return
	}
	seg := b.text[s.Start:s.End]
	for _, m := range talksAboutMatches(b.re, seg, b.lower[s.Start:s.End]) {
		if verbTalk(seg[m[2]:m[3]], seg[:m[0]]) {
			continue
		}
		st := s.Start + m[1]
		sp := subjectSpan(b.re, b.text, st, clauseEnd(b.text, st, s.End))
		if sp.End <= sp.Start {
			continue
		}
		// only when the subject names something
		subj := b.text[sp.Start:sp.End]
		if len(b.entitiesIn(sp.Start, sp.End, vocab.Technology, vocab.Project)) == 0 && !hasProductToken(subj) {
			continue
		}
		word := seg[m[2]:m[3]]
		// the post's own preposition: "a talk on X" is "[Talk on X]"
		prep := strings.ToLower(strings.TrimSpace(seg[m[3]:m[1]]))
		name := "[" + strings.ToUpper(word[:1]) + word[1:] + " " + prep + " " + b.text[st:sp.End] + "]"
		t := b.entity(vocab.Talk, name, "about:"+fold(name))
		b.res.Entities[t].Edition = b.main
		b.res.Entities[t].Descr = subj
		b.mention(t, s.Start+m[0], sp.End, "talk:talk-about-subject", 0.55)
		b.placeTalk(t, s.Start+m[0])
		b.aboutSubject(t, sp)
		// "I'm doing a talk on X": the author's talk
		if authorGives(seg[:m[0]]) {
			if a := b.postAuthor(); a >= 0 {
				b.rel(Performer, t, a, s.Start, s.End, "performer:author-gives-talk", 0.7)
			}
		}
	}
	// "<link> talk"
	for _, l := range b.links {
		if l.start < s.Start || l.end > s.End || l.kind == lkTalk {
			continue
		}
		rest := b.text[l.end:s.End]
		if !strings.HasPrefix(rest, " talk") {
			continue
		}
		a := trimPunct(l.anchor)
		if a == "" || looksLikeURL(a) {
			continue
		}
		name := "[" + a + " talk]"
		t := b.entity(vocab.Talk, name, "about:"+fold(name))
		b.res.Entities[t].Edition = b.main
		b.res.Entities[t].Descr = a
		b.mention(t, l.start, l.end+5, "talk:named-subject-talk", 0.6)
		b.placeTalk(t, l.start)
		for _, j := range b.entitiesIn(l.start, l.end, vocab.Technology, vocab.Project) {
			b.rel(About, t, j, l.start, l.end, "about:talk-subject", 0.6)
		}
	}
}

// talksAboutNouns are the nouns of reTalksAbout, each maybe plural.
var talksAboutNouns = [...]string{"talk", "presentation", "session", "keynote"}

// talksAboutMatches is re.reTalksAbout.FindAllStringSubmatchIndex(s, -1)
// ("a talk about …", the noun in group 1), matched by hand on s and low,
// its lower-cased copy (TestTalksAboutMatchesDifferential checks the two
// agree). Text with "ſ" or "K", which the regexp folds to "s" and "k",
// goes to the regexp.
func talksAboutMatches(re *rules, s, low string) [][]int {
	if foldsOutsideASCII(s) {
		return re.reTalksAbout.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	// next[k]: the next place of noun k at or after pos, -1 when there is
	// none, searched again only once pos has passed it
	next := [len(talksAboutNouns)]int{-2, -2, -2, -2}
	for pos := 0; pos < len(s); {
		// the first noun at or after pos (the nouns start with
		// different letters: one at most starts at a position)
		p, noun := -1, ""
		for k, w := range talksAboutNouns {
			if next[k] != -1 && next[k] < pos {
				if next[k] = strings.Index(low[pos:], w); next[k] >= 0 {
					next[k] += pos
				}
			}
			if next[k] >= 0 && (p < 0 || next[k] < p) {
				p, noun = next[k], w
			}
		}
		if p < 0 {
			break
		}
		if m := talksAboutAt(s, low, p, noun); m != nil {
			out = append(out, m)
			pos = m[1]
			continue
		}
		pos = p + 1
	}
	return out
}

// talksAboutAt matches reTalksAbout at p of s, where noun starts.
func talksAboutAt(s, low string, p int, noun string) []int {
	if p > 0 && isASCIIWord(s[p-1]) { // \b
		return nil
	}
	e := p + len(noun)
	if e < len(s) && low[e] == 's' {
		e++ // "s?" is greedy, and a blank must follow
	}
	b := skipBlanks(s, e)
	if b == e {
		return nil
	}
	q := b
	switch {
	case strings.HasPrefix(low[b:], "about"):
		q += len("about")
	case strings.HasPrefix(low[b:], "on"):
		q += len("on")
	default:
		return nil
	}
	r := skipBlanks(s, q)
	if r == q {
		return nil
	}
	return []int{p, r, p, e}
}

// authorGives tells whether pre, the words of a sentence before a talk
// noun, has the author give that talk: "I'm doing a", "I gave a lightning",
// "this year I presented my", "in my".
func authorGives(pre string) bool {
	ws := strings.Fields(strings.ToLower(strings.NewReplacer("’", "'").Replace(pre)))
	if len(ws) > 0 && ws[len(ws)-1] == "my" {
		return true
	}
	if len(ws) > 5 {
		ws = ws[len(ws)-5:]
	}
	for i, w := range ws {
		switch w {
		case "i", "i'm", "i'll", "i've", "i'd":
		default:
			continue
		}
		for _, v := range ws[i+1:] {
			if authorGiveVerbs[v] {
				return true
			}
		}
	}
	return false
}

// authorGiveVerbs are the verbs of "I gave a talk", "I'm doing a talk".
var authorGiveVerbs = map[string]bool{
	"doing": true, "did": true, "do": true, "giving": true, "gave": true, "give": true, "given": true,
	"presenting": true, "presented": true, "present": true, "delivering": true, "delivered": true,
	"deliver": true, "held": true, "holding": true, "hold": true,
}

func hasProductToken(s string) bool {
	for _, w := range strings.Fields(s) {
		if w = trimPunct(w); productToken(w) && !leadStop[w] && !notName[w] {
			return true
		}
	}
	return false
}
