package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// kwTrack finds the track words reTrack ends with, after a capitalised word.
var kwTrack = newFoldKeywords(afterCapWord, "devroom", "devrooms", "dev room", "dev rooms", "dev-room", "dev-rooms", "track", "miniconf", "miniconfs", "mini-conf", "mini-confs", "miniconference", "miniconferences", "mini-conference", "mini-conferences")

// isMiniconf tells whether a track noun is a mini-conference's
// ("miniconf", "mini-conference"): a conference's day-long sub-event named
// with its noun ("the OpenStack miniconf"), unlike a devroom or track.
func isMiniconf(noun string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(noun)), "mini")
}

// words that end a capitalised phrase before "track" that is not a track
// ("the Rust Project track record").
var notTrack = map[string]bool{"Project": true, "Team": true, "Community": true, "Group": true, "Release": true, "Update": true, "Fast": true}

// trackMark opens (track >= 0) or closes (track == -1) a track context at pos.
type trackMark struct {
	pos   int
	track int
}

// cleanTrackName trims determiners and connectors around a track name.
func cleanTrackName(s string) string {
	toks := strings.Fields(s)
	for len(toks) > 0 && (leadStop[toks[0]] || !capWord(toks[0])) {
		toks = toks[1:]
	}
	for len(toks) > 0 && !capWord(toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) > 5 || len(toks) == 0 || notTrack[toks[len(toks)-1]] {
		return ""
	}
	return strings.Join(toks, " ")
}

// trackMentions finds devrooms and tracks of the post's editions and the
// stretches of narration they open.
func (b *builder) trackMentions() {
	if b.main < 0 {
		return
	}
	add := func(name string, edition, start, end int, rule string, conf float64) int {
		key := fold(name)
		i := b.entity(vocab.Track, name, key)
		e := &b.res.Entities[i]
		e.Edition = edition
		b.mention(i, start, end, rule, conf)
		return i
	}
	for _, l := range b.links {
		if l.kind != lkTrack {
			continue
		}
		ed := b.editionOf(l)
		name := cleanTrackName(b.re.reTrackSuf.ReplaceAllString(l.anchor, ""))
		if name == "" || looksLikeURL(name) {
			name = humanise(l.slug)
		}
		i := add(name, ed, l.start, l.end, "track:schedule-link", 0.95)
		e := &b.res.Entities[i]
		e.Slug = l.slug
		e.SameAs = AppendUnique(e.SameAs, l.url)
		e.Aliases = AppendUnique(e.Aliases, l.slug, strings.TrimSpace(l.anchor))
		b.alias(i, fold(humanise(l.slug)))
		b.tracks = append(b.tracks, trackMark{l.start, i})
	}
	for _, m := range b.findNear(b.text, b.hitsOf(kwTrack), trackScan{}, 80, 12) { // reTrack
		raw := b.text[m[2]:m[3]]
		name := cleanTrackName(raw)
		if name == "" {
			continue
		}
		start := m[2] + strings.Index(raw, name)
		// "the free Zorbl devroom": the official "Free Zorbl"
		if full, at := b.officialTrackBefore(start, start+len(name)); full != "" {
			name, start = full, at
		}
		if noun := b.text[m[3]:m[1]]; isMiniconf(noun) {
			name = strings.TrimSpace(b.text[start:m[1]])
			// a linked mini-conference is named by its whole anchor
			// ("Cloud, Storage and High Availability miniconf")
			for _, l := range b.links {
				if a := trimPunct(l.anchor); l.start <= start && m[1] <= l.end && strings.HasSuffix(a, strings.TrimSpace(noun)) && len(strings.Fields(a)) <= 8 {
					name, start = a, l.start+strings.Index(l.anchor, a)
					break
				}
			}
		}
		// "the Go and Rust devrooms": two tracks
		if a, c, ok := strings.Cut(name, " and "); ok && b.pluralTrackNoun(m[3], m[1]) && capWord(c) {
			if !strings.Contains(c, " and ") {
				add(a, b.main, start, start+len(a), "track:named-devroom-pair", 0.8)
				cs := start + len(a) + len(" and ")
				j := add(c, b.main, cs, m[1], "track:named-devroom-pair", 0.8)
				b.tracks = append(b.tracks, trackMark{start, j})
				continue
			}
		}
		i := add(name, b.main, start, m[1], "track:named-devroom", 0.85)
		b.res.Entities[i].Aliases = AppendUnique(b.res.Entities[i].Aliases, b.text[start:m[1]])
		s := b.sentence(start)
		switch {
		case mayCloseTrack(b.lower, start) && b.re.reCloseTrack.MatchString(b.text[s.Start:start]):
			b.tracks = append(b.tracks, trackMark{start, -1})
		case isMiniconf(b.text[m[3]:m[1]]):
			// a mini-conference fills a day, not the rest of the post:
			// its narration ends with the paragraph
			b.tracks = append(b.tracks, trackMark{start, i})
			if p := find(b.paras, start); p >= 0 {
				b.tracks = append(b.tracks, trackMark{b.paras[p].End, -1})
			}
		default:
			b.tracks = append(b.tracks, trackMark{start, i})
		}
	}
	b.mergeTrackTypos()
	// acronyms: "RTC" is the "Real Time Comms" of the same edition
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Track || !isAcronym(e.Name) {
			continue
		}
		for j := range b.res.Entities {
			f := &b.res.Entities[j]
			if j == i || f.Class != vocab.Track || f.Edition != e.Edition || isAcronym(f.Name) {
				continue
			}
			if initials(f.Name) == e.Name || initials(humanise(f.Slug)) == e.Name {
				b.merge(j, i)
				break
			}
		}
	}
	for i := range b.res.Entities {
		e := b.res.Entities[i]
		if e.Class != vocab.Track {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n == "" || n == e.Slug || b.stopNow() {
				continue
			}
			for _, at := range wordIndexes(b.text, n) {
				if !mayCloseTrack(b.lower, at) {
					continue
				}
				s := b.sentence(at)
				if b.re.reCloseTrack.MatchString(b.text[s.Start:at]) {
					b.tracks = append(b.tracks, trackMark{at, -1})
				}
			}
		}
	}
	// a track in the post's title ("The Go devroom at FOSDEM 2020")
	titleTrack := -1
	if t := b.d.Title; t != "" && (strings.Contains(lowerASCII(t), "track") || strings.Contains(lowerASCII(t), "room")) {
		for _, m := range b.re.reTrack.FindAllStringSubmatchIndex(t, -1) {
			if name := cleanTrackName(t[m[2]:m[3]]); name != "" && b.x.series[strings.ToLower(name)] == "" {
				titleTrack = add(name, b.main, 0, 0, "track:title", 0.8)
				break
			}
		}
	}
	for k := range b.tracks {
		if b.tracks[k].track >= 0 {
			b.tracks[k].track = b.canonical(b.tracks[k].track)
		}
	}
	sort.SliceStable(b.tracks, func(i, j int) bool { return b.tracks[i].pos < b.tracks[j].pos })
	b.headTrack, b.headTrackPos = b.soleHeadingTrack(titleTrack)
}

// soleHeadingTrack returns the track the whole post narrates, and where its
// narration starts: when the post names one track of its edition only, in
// its title, a heading or the first sentence of a section.
func (b *builder) soleHeadingTrack(titleTrack int) (int, int) {
	sole := -1
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class != vocab.Track || e.Edition != b.main {
			continue
		}
		if sole >= 0 {
			return -1, 0 // two tracks: each narrates only its own stretch
		}
		sole = i
	}
	if sole < 0 {
		return -1, 0
	}
	if b.canonical(titleTrack) == sole {
		return sole, 0
	}
	// sentences that open a section: its heading and the sentence after it
	lead := map[int]bool{}
	for _, s := range b.d.Sections {
		i := find(b.sents, s.Start)
		if i < 0 {
			continue
		}
		lead[b.sents[i].Start] = true
		if i+1 < len(b.sents) {
			lead[b.sents[i+1].Start] = true
		}
	}
	best := -1
	for _, m := range b.res.Entities[sole].Mentions {
		if m.End <= m.Start {
			continue
		}
		if i := find(b.sents, m.Start); i >= 0 && lead[b.sents[i].Start] && (best < 0 || m.Start < best) {
			best = m.Start
		}
	}
	if best < 0 {
		return -1, 0
	}
	return sole, best
}

// trackAt is the track whose narration holds pos (-1 if none): the last
// track named before pos, unless a heading or a closing cue came between.
func (b *builder) trackAt(pos int) int {
	// the last mark at or before pos (b.tracks is sorted by pos)
	cur, at := -1, -1
	if k := sort.Search(len(b.tracks), func(k int) bool { return b.tracks[k].pos > pos }); k > 0 {
		cur, at = b.tracks[k-1].track, b.tracks[k-1].pos
	}
	if cur < 0 && at >= 0 {
		return -1 // a closing cue ("after the Go devroom")
	}
	if cur >= 0 {
		in := true
		for _, s := range b.d.Sections {
			if s.Start > at && s.Start <= pos {
				in = false
				break
			}
		}
		if in {
			return cur
		}
	}
	if b.headTrack >= 0 && pos >= b.headTrackPos {
		return b.canonical(b.headTrack)
	}
	return -1
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '-' }) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsLetter(r[0]) && w != "and" && w != "of" && w != "the" {
			b.WriteRune(unicode.ToUpper(r[0]))
		}
	}
	return b.String()
}

// humanise turns a schedule slug into a name ("ana_lopez" -> "Ana Lopez").
func humanise(slug string) string {
	parts := strings.FieldsFunc(slug, func(r rune) bool { return r == '_' || r == '-' || r == '.' })
	for i, p := range parts {
		r := []rune(p)
		r[0] = unicode.ToUpper(r[0])
		parts[i] = string(r)
	}
	return strings.Join(parts, " ")
}

// editionOf is the Event entity a schedule link belongs to.
func (b *builder) editionOf(l linkInfo) int {
	if l.year != "" {
		ser, ok := b.x.series[l.label]
		if !ok {
			ser = l.label
		}
		if i, ok := b.lookup(vocab.Event, fold(ser)+" "+l.year); ok {
			return i
		}
	}
	return b.main
}

// merge folds entity from into entity into; from is left empty and
// redirected.
func (b *builder) merge(into, from int) {
	if into == from {
		return
	}
	f := &b.res.Entities[from]
	t := &b.res.Entities[into]
	t.Aliases = AppendUnique(t.Aliases, f.Name)
	t.Aliases = AppendUnique(t.Aliases, f.Aliases...)
	t.SameAs = AppendUnique(t.SameAs, f.SameAs...)
	if t.Repo == "" {
		t.Repo = f.Repo
	}
	if t.Slug == "" {
		t.Slug = f.Slug
	}
	t.Mentions = append(t.Mentions, f.Mentions...)
	f.Mentions = nil
	f.Class = ""
	f.Name = ""
	f.Edition = into // redirect (keys still naming from follow it: see lookup)
	b.redirectRelations(from, into)
	if b.hasSuper[from] {
		b.hasSuper[into] = true
	}
}

// redirectRelations makes every relation of from a relation of into. It
// looks only at from's relations (b.relsOf), unless the relation list has
// been rebuilt since (relsOf is then off and every relation is looked at).
func (b *builder) redirectRelations(from, into int) {
	fix := func(r *Relation) {
		if r.From == from {
			r.From = into
		}
		if r.To == from {
			r.To = into
		}
	}
	if b.relsOf.off {
		for i := range b.res.Relations {
			fix(&b.res.Relations[i])
		}
		return
	}
	b.relsOf.of(from, func(i int) {
		if i < len(b.res.Relations) {
			fix(&b.res.Relations[i])
		}
	})
	b.relsOf.move(from, into)
}

// canonical follows merge redirects.
func (b *builder) canonical(i int) int {
	r := i
	for n := 0; r >= 0 && r < len(b.res.Entities) && b.res.Entities[r].Class == "" && n <= len(b.res.Entities); n++ {
		r = b.res.Entities[r].Edition
	}
	// path compression: every merged entity on the way points at r
	for i >= 0 && i < len(b.res.Entities) && b.res.Entities[i].Class == "" && i != r {
		next := b.res.Entities[i].Edition
		b.res.Entities[i].Edition = r
		i = next
	}
	return r
}

// pluralTrackNoun tells whether text[s:e], what follows a track's name,
// is a plural track noun ("devrooms", "tracks", "rooms").
func (b *builder) pluralTrackNoun(s, e int) bool {
	w := strings.ToLower(strings.TrimSpace(b.text[s:e]))
	return strings.HasSuffix(w, "devrooms") || strings.HasSuffix(w, "tracks") || strings.HasSuffix(w, "rooms") || strings.HasSuffix(w, "miniconfs")
}

// closeTrackDets are the words reCloseTrack allows between "after" and
// the track's name.
var closeTrackDets = [...]string{"my", "the", "our", "this", "that"}

// mayCloseTrack tells, cheaply, whether reCloseTrack may match the text
// before at (in any window ending there): low, the lower-cased text, has
// "after", blanks, maybe one of closeTrackDets and blanks right before at.
// Text outside ASCII there ("thiſ") may match.
func mayCloseTrack(low string, at int) bool {
	isSpace := func(c byte) bool { // regexp's \s
		return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
	}
	i := at
	for i > 0 && isSpace(low[i-1]) {
		i--
	}
	if i < at && strings.HasSuffix(low[:i], "after") {
		return true
	}
	for _, d := range closeTrackDets {
		if strings.HasSuffix(low[:i], d) {
			j := i - len(d)
			k := j
			for k > 0 && isSpace(low[k-1]) {
				k--
			}
			if k < j && strings.HasSuffix(low[:k], "after") {
				return true
			}
		}
	}
	for k := max(0, i-12); k < i; k++ {
		if low[k] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
