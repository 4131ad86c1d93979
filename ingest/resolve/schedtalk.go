package resolve

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/extract"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// Talks of a known schedule carry the schedule's speakers and track into
// the post's graph (CONTRACT.md: "the schedule, not the post's
// surroundings, decides a resolved talk's track and speakers").

// Rules of the facts the schedule completes.
const (
	rulePerformerSchedule = "performer:schedule"
	ruleTrackSchedule     = "track:schedule"
)

// nearWindow is how far around a talk's mention a speaker's name is looked
// for, to quote the post's own words as the evidence (bounded so that a
// post with many talks stays linear).
const nearWindow = 600

// scheduleTalk returns the official talk entity i of res names (by the
// slug of its link, or by a title that matches exactly one talk of its
// edition), with that edition.
func (r *Resolver) scheduleTalk(res *extract.Result, i int, titles titleMemo) (*schedule.Talk, *schedule.Edition) {
	e := &res.Entities[i]
	if e.Class != vocab.Talk || e.Edition < 0 || e.Edition >= len(res.Entities) {
		return nil, nil
	}
	ev := &res.Entities[e.Edition]
	ed := r.edition(ev.Series, ev.Year)
	if ed == nil {
		return nil, nil
	}
	if e.Slug != "" {
		if t, ok := ed.TalkBySlug(e.Slug); ok {
			return t, ed
		}
		return nil, nil
	}
	if e.Titled {
		if ts := titles.find(ed, e.Name); len(ts) == 1 && ts[0].Slug != "" {
			return ts[0], ed
		}
	}
	return nil, nil
}

// completeFromSchedule adds to res, for every talk that resolves to its
// schedule, the talk's official speakers (reusing the post's Person of the
// same name) as performers and its official track as its superEvent. The
// schedule replaces the performers and the track the post's surroundings
// suggested for that talk.
func (r *Resolver) completeFromSchedule(res *extract.Result, titles titleMemo) {
	if r.cfg.Schedules == nil {
		return
	}
	n := len(res.Entities)
	talks := map[int]official{}
	for i := 0; i < n; i++ {
		if t, ed := r.scheduleTalk(res, i, titles); t != nil {
			talks[i] = official{t, ed}
		}
	}
	mergeTwins(res, talks)
	r.adoptScheduledTwins(res, talks)
	if len(talks) == 0 {
		return
	}
	// the post's persons and tracks by folded name, per edition entity
	persons := map[string]int{}
	tracks := map[string]int{}
	for i := 0; i < n; i++ {
		e := &res.Entities[i]
		switch e.Class {
		case vocab.Person:
			// the name, then the aliases (not appended into a new slice per person)
			for ai := -1; ai < len(e.Aliases); ai++ {
				a := e.Name
				if ai >= 0 {
					a = e.Aliases[ai]
				}
				if k := vocab.Fold(a); k != "" {
					if _, ok := persons[k]; !ok {
						persons[k] = i
					}
				}
			}
		case vocab.Track:
			if e.Edition < 0 {
				continue
			}
			ev := &res.Entities[e.Edition]
			name := e.Name
			if ed := r.edition(ev.Series, ev.Year); ed != nil {
				if off, ok := ed.TrackByName(e.Name); ok {
					name = off
				}
			}
			tracks[itoa(e.Edition)+"\x00"+vocab.Fold(name)] = i
		}
	}
	// the post's own performers of a resolved talk that name an official
	// speaker otherwise (a first name, a handle) become that speaker
	postPerf := map[int][]int{}
	for _, rl := range res.Relations {
		if _, ok := talks[rl.From]; ok && rl.Pred == extract.Performer && rl.To >= 0 && rl.To < n {
			postPerf[rl.From] = append(postPerf[rl.From], rl.To)
		}
	}
	for _, i := range sortedKeys(postPerf) {
		identifySpeakers(res, talks[i].t.Persons, postPerf[i], persons)
	}
	identifyLineSpeakers(res, talks, persons)
	// keep the relations the schedule does not overrule (in place: res is
	// this call's to change)
	keep := res.Relations[:0]
	perfOK := map[[2]int]bool{}
	for i, o := range talks {
		for _, p := range o.t.Persons {
			if j, ok := persons[vocab.Fold(p.Name)]; ok {
				perfOK[[2]int{i, j}] = true
			}
		}
	}
	for _, rl := range res.Relations {
		if _, ok := talks[rl.From]; ok {
			if rl.Pred == extract.SuperEvent {
				continue // the schedule's track or edition replaces it
			}
			if rl.Pred == extract.Performer && !perfOK[[2]int{rl.From, rl.To}] {
				continue
			}
		}
		keep = append(keep, rl)
	}
	res.Relations = keep
	// the relations add must not repeat: add ties a resolved talk or a
	// track it makes (no relation has it yet) to something
	nHas := 0
	for _, rl := range res.Relations {
		if rl.Pred == extract.Performer || rl.Pred == extract.SuperEvent {
			if _, ok := talks[rl.From]; !ok {
				continue
			}
			nHas++
		}
	}
	has := make(map[[3]int]bool, nHas+2*len(talks))
	for _, rl := range res.Relations {
		if rl.Pred == extract.Performer || rl.Pred == extract.SuperEvent {
			if _, ok := talks[rl.From]; !ok {
				continue
			}
			has[[3]int{predCode(rl.Pred), rl.From, rl.To}] = true
		}
	}
	add := func(p extract.Predicate, from, to, s, e int, rule string, conf float64) {
		k := [3]int{predCode(p), from, to}
		if has[k] || from == to {
			return
		}
		has[k] = true
		res.Relations = append(res.Relations, extract.Relation{Pred: p, From: from, To: to, Start: s, End: e, Rule: rule, Confidence: conf})
	}
	text := res.Doc.Text
	for _, i := range sortedKeys(talks) {
		o := talks[i]
		te := res.Entities[i]
		ts, tEnd := 0, 0
		if len(te.Mentions) > 0 {
			ts, tEnd = te.Mentions[0].Start, te.Mentions[0].End
		}
		ev := res.Entities[te.Edition]
		for _, p := range o.t.Persons {
			if strings.TrimSpace(p.Name) == "" {
				continue
			}
			k := vocab.Fold(p.Name)
			j, ok := persons[k]
			if !ok {
				res.Entities = append(res.Entities, extract.Entity{
					Class: vocab.Person, Name: p.Name, Slug: p.Slug, Year: ev.Year, Edition: te.Edition,
				})
				j = len(res.Entities) - 1
				persons[k] = j
			}
			pe := &res.Entities[j]
			if pe.Slug == "" && p.Slug != "" {
				pe.Slug, pe.Year = p.Slug, ev.Year
				if pe.Edition < 0 {
					pe.Edition = te.Edition
				}
			}
			s, e := ts, tEnd
			if at := nearName(text, p.Name, ts, tEnd); at >= 0 {
				s, e = at, at+len(p.Name)
			} else if w, at := nearPart(text, p.Name, ts, tEnd); at >= 0 {
				// "Jane's talk": the post names the speaker by one name
				s, e = at, at+len(w)
				pe.Aliases = extract.AppendUnique(pe.Aliases, w)
			}
			pe.Mentions = append(pe.Mentions, extract.Mention{Start: s, End: e, Rule: rulePerformerSchedule, Confidence: 0.95})
			add(extract.Performer, i, j, s, e, rulePerformerSchedule, 0.95)
		}
		to := te.Edition
		if name := strings.TrimSpace(o.t.Track); name != "" {
			if off, ok := o.ed.TrackByName(name); ok {
				name = off
			}
			k := itoa(te.Edition) + "\x00" + vocab.Fold(name)
			tr, ok := tracks[k]
			if !ok {
				res.Entities = append(res.Entities, extract.Entity{Class: vocab.Track, Name: name, Edition: te.Edition,
					Mentions: []extract.Mention{{Start: ts, End: tEnd, Rule: ruleTrackSchedule, Confidence: 0.95}}})
				tr = len(res.Entities) - 1
				tracks[k] = tr
				add(extract.SuperEvent, tr, te.Edition, ts, tEnd, ruleTrackSchedule, 0.95)
			}
			to = tr
		}
		add(extract.SuperEvent, i, to, ts, tEnd, ruleTrackSchedule, 0.95)
	}
}

// identifySpeakers gives the post's performers of one official talk (ents,
// indexes into res.Entities) the official name of the speaker they stand
// for, when they do not spell it: a performer whose words are all words of
// exactly one official speaker ("Quentin" for "Quentin Marlowe"), or a
// handle whose letters begin that speaker's folded name or are their
// initials and surname ("qmarlowe"), or the one single-word performer left when one
// official speaker is left. The post's spelling stays as an alias.
func identifySpeakers(res *extract.Result, official []schedule.Person, ents []int, persons map[string]int) {
	left := map[int]bool{} // official speakers the post does not name exactly
	for k, p := range official {
		if _, ok := persons[vocab.Fold(p.Name)]; !ok && strings.TrimSpace(p.Name) != "" {
			left[k] = true
		}
	}
	var unmatched []int
	for _, j := range ents {
		if _, ok := officialIndex(official, res.Entities[j].Name); !ok {
			unmatched = append(unmatched, j)
		}
	}
	rename := func(j, k int) {
		e := &res.Entities[j]
		e.Aliases = extract.AppendUnique(e.Aliases, e.Name)
		e.Name = official[k].Name
		if official[k].Slug != "" {
			e.Slug = official[k].Slug
		}
		persons[vocab.Fold(e.Name)] = j
		delete(left, k)
	}
	var rest []int
	for _, j := range unmatched {
		e := res.Entities[j]
		found := -1
		for k := range official {
			if left[k] && standsFor(e.Name, official[k].Name) {
				if found >= 0 {
					found = -2 // ambiguous
					break
				}
				found = k
			}
		}
		if found >= 0 {
			rename(j, found)
		} else if oneWord(e.Name) {
			rest = append(rest, j) // a handle or a first name, never another full name
		}
	}
	if len(rest) == 1 && len(left) == 1 {
		for k := range left {
			rename(rest[0], k)
		}
	}
}

// officialIndex finds name among the official speakers (folded).
func officialIndex(official []schedule.Person, name string) (int, bool) {
	f := vocab.Fold(name)
	for k, p := range official {
		if vocab.Fold(p.Name) == f {
			return k, true
		}
	}
	return -1, false
}

// standsFor tells whether short (a first name, surname or handle) names
// the person full: all its words are words of full, or as a handle its
// letters begin full's letters, or are full's first initial and surname.
func standsFor(short, full string) bool {
	return standsForWords(shortWords(short), strings.Fields(vocab.Fold(full)))
}

// shortWords are the folded words of short, as standsFor reads them.
func shortWords(short string) []string {
	return strings.Fields(vocab.Fold(strings.TrimLeft(short, "@")))
}

// standsForWords is standsFor of the words of short (shortWords) and of
// full (folded).
func standsForWords(sw, fw []string) bool {
	if len(sw) == 0 || len(fw) == 0 {
		return false
	}
	all := true
	for _, w := range sw {
		found := false
		for _, x := range fw {
			if x == w {
				found = true
			}
		}
		all = all && found
	}
	if all {
		return true
	}
	if len(sw) != 1 {
		return false
	}
	h := letters(sw[0])
	name := letters(strings.Join(fw, ""))
	if len(h) >= 5 && strings.HasPrefix(name, h) {
		return true
	}
	if len(fw) >= 2 {
		last := letters(fw[len(fw)-1])
		if ini := letters(fw[0])[:1] + last; len(last) >= 3 && strings.HasPrefix(h, ini) {
			return true
		}
		// the first name and the initials of the others ("janedr"), or
		// every initial ("jdr")
		first, inits := letters(fw[0]), ""
		for _, w := range fw[1:] {
			inits += letters(w)[:1]
		}
		if len(first) >= 3 && h == first+inits {
			return true
		}
		if all := first[:1] + inits; len(all) >= 3 && h == all {
			return true
		}
	}
	return false
}

// letters keeps the ASCII letters of s.
func letters(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			b = append(b, c)
		}
	}
	if len(b) == 0 {
		return " "
	}
	return string(b)
}

// nearName finds name in text around [s,e) (within nearWindow), or -1.
func nearName(text, name string, s, e int) int {
	lo, hi := max(0, s-nearWindow/2), min(len(text), e+nearWindow)
	for lo > 0 && !isRuneStart(text[lo]) {
		lo--
	}
	if i := strings.Index(text[lo:hi], name); i >= 0 {
		return lo + i
	}
	return -1
}

// partWindow is how close to a talk's mention one name of its speaker
// stands to count as naming them.
const partWindow = 120

// nearPart finds, close to [s,e), a word of name (of at least three
// letters, capitalised, as a whole word) standing for the speaker, and
// returns it and its offset, or -1.
func nearPart(text, name string, s, e int) (string, int) {
	lo, hi := max(0, s-partWindow), min(len(text), e+partWindow)
	for lo > 0 && !isRuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !isRuneStart(text[hi]) {
		hi++
	}
	best, bestAt := "", -1
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) < 3 || !unicode.IsUpper(r) || strings.ContainsAny(w, ".") {
			continue
		}
		win := text[lo:hi]
		for off := 0; off < len(win); {
			i := strings.Index(win[off:], w)
			if i < 0 {
				break
			}
			at := lo + off + i
			if wordBoundary(text, at, at+len(w)) && (bestAt < 0 || dist(at, s, e) < dist(bestAt, s, e)) {
				best, bestAt = w, at
			}
			off += i + len(w)
		}
	}
	return best, bestAt
}

func dist(at, s, e int) int {
	if at < s {
		return s - at
	}
	if at >= e {
		return at - e
	}
	return 0
}

// wordBoundary tells whether text[s:e] is a whole word.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

func predCode(p extract.Predicate) int {
	if p == extract.Performer {
		return 1
	}
	return 2
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 && i >= 0 {
		return digits[i : i+1]
	}
	if i < 0 {
		return "-" + itoa(-i)
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
