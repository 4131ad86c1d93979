package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Names in plain prose without a cue word, by their shape: a known given
// name followed by one or two capitalised name tokens (particles, accents
// and hyphens allowed: nameRuns reads them), or the exact name of an
// official speaker. The guards keep out what has the same shape:
//   - a token that is a known technology, organisation or place;
//   - headings and title-cased lines (talk titles, product names);
//   - a run followed by a head noun of a product or body ("Jane Street
//     Capital", "Ada Lovelace Institute"): notName, orgHeads.
//
// Later mentions by the first name or the surname alone ("Saúl's talk",
// "as Goodwin showed") are the same Person (see people.go and shortNames).

// orgHeads are words that, after a capitalised run, make it an
// organisation, product or place rather than a person.
var orgHeads = map[string]bool{
	"Street": true, "Avenue": true, "Road": true, "Square": true, "Park": true, "Hall": true, "Building": true,
	"Capital": true, "Partners": true, "Group": true, "Labs": true, "Lab": true, "Studio": true, "Studios": true,
	"Institute": true, "Foundation": true, "University": true, "College": true, "School": true, "Center": true,
	"Centre": true, "Award": true, "Prize": true, "Library": true, "Framework": true, "Engine": true,
	"Server": true, "Client": true, "Toolkit": true, "Edition": true, "Version": true, "Project": true,
	"Inc": true, "Ltd": true, "GmbH": true, "Corp": true, "Company": true, "Systems": true, "Technologies": true,
}

// nameShape tells whether the capitalised run toks at [s,e) is a person's
// name by its shape alone.
func (b *builder) nameShape(toks []string, s, e int) bool {
	if len(toks) < 2 || len(toks) > 3 {
		return false
	}
	name := b.text[s:e]
	known := b.knownPerson(name)
	if !known && (b.x.cfg.GivenName == nil || !b.givenName(toks[0])) && !b.speakerLine(s, e) && !b.nameLineSentence(b.sentence(s)) {
		return false
	}
	for _, t := range toks[1:] {
		if b.isTerm(t, vocab.Technology, vocab.Organization, vocab.Place) || notName[t] || leadStop[t] || orgHeads[t] {
			return false
		}
	}
	if w := nextWord(b.text, e); orgHeads[w] || notName[w] {
		return false
	}
	if known || b.speakerLine(s, e) {
		return true
	}
	sent := b.sentence(s)
	if b.inHeading(s) {
		return false
	}
	return !b.titleSentence(sent) || b.nameLineSentence(sent)
}

// nameLineSeps turns the separators of a list of names into commas (a
// Replacer is immutable once built and safe for concurrent use; built per
// call it cost more than the replacing).
var nameLineSeps = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",")

// nameLine tells whether a line is only a list of people's names ("Jane
// Roe", "Jane Roe, Ana Lima and Marc Oblonsky."): title case there says
// nothing against them.
func (b *builder) nameLine(line string) bool {
	line = nameLineSeps.Replace(strings.TrimRight(line, ".!:"))
	n, given := 0, 0
	for _, p := range strings.Split(line, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		toks := strings.Fields(p)
		if len(toks) < 2 || len(toks) > 4 || !nameLike(strings.Join(nameWords(toks), " ")) {
			return false
		}
		if b.givenName(toks[0]) {
			given++
		}
		n++
	}
	// every name, or in a list of three or more most of them, starts with
	// a known given name
	return n > 0 && (given == n || n >= 3 && 3*given >= 2*n)
}

// singleGivenName tells whether the single token w at [s,e) is a person
// named by their given name alone with a cue: a verb of speech after it, a
// possessive talk, or a role noun before it. The token must be a known
// given name and no known term.
func (b *builder) singleGivenName(w string, s, e int) (speak bool, ok bool) {
	if b.x.cfg.GivenName == nil || !b.givenName(w) || b.isTerm(w) {
		return false, false
	}
	if _, in := b.termIn(s, e); in {
		return false, false
	}
	post := b.text[e:min(len(b.text), e+60)]
	switch {
	case b.re.rePossSingle.MatchString(post):
		// "Dana's "Some Title"": the quoted title names the talk (the
		// title rules read it); no talk is described here
		q := strings.TrimLeft(post[min(len(post), 2):], " \t")
		return !strings.HasPrefix(q, "\"") && !strings.HasPrefix(q, "“") && !strings.HasPrefix(q, "'") && !strings.HasPrefix(q, "‘"), true
	case b.re.reSaid.MatchString(post):
		return true, true
	}
	if b.re.reRoleBefore.MatchString(b.text[max(0, s-30):s]) || b.singleNameCue(s, e) {
		return false, true
	}
	return false, false
}

// surnames maps the folded last token of each multi-token Person to the
// people carrying it. Each spelling of a surname is folded once (in a
// post dense with names many people share one).
func (b *builder) surnames() map[string][]int {
	out := map[string][]int{}
	folds := map[string]string{} // surnames as written -> folded
	for i, e := range b.res.Entities {
		if e.Class != vocab.Person || strings.HasPrefix(e.Name, "@") {
			continue
		}
		if wordCount(e.Name, 2) < 2 {
			continue
		}
		last := lastField(e.Name)
		l, ok := folds[last]
		if !ok {
			l = fold(last)
			folds[last] = l
		}
		if len(l) < 3 {
			continue
		}
		out[l] = append(out[l], i)
	}
	return out
}

// personalPage reads a link to a person's own page: an anchor that is a
// person's name by its shape ("Jane Quimby" linking jane.example/about),
// made a Person with the page as sameAs. It reports whether it did.
func (b *builder) personalPage(l linkInfo) bool {
	a := trimPunct(l.anchor)
	toks := strings.Fields(a)
	if len(toks) < 1 || len(toks) > 4 || !nameLike(strings.Join(nameWords(toks), " ")) || b.isTerm(a) || b.nameTerm(a) || b.weakTerm(a, vocab.Technology, vocab.Organization) {
		return false
	}
	// a name alone needs a known given name, or a page that reads as a
	// person's own (an "about" page, a "~user" directory)
	lu := strings.ToLower(l.url)
	personal := (strings.Contains(lu, "/about") || strings.Contains(lu, "/~")) && !notName[a]
	if b.x.cfg.GivenName == nil || !b.givenName(toks[0]) {
		if !b.knownPerson(a) && !(len(toks) == 1 && personal) {
			return false
		}
	} else if len(toks) == 1 && !personal && !b.knownPerson(a) && articleURL(l.url) {
		return false
	}
	i := b.person(a)
	e := &b.res.Entities[i]
	e.SameAs = AppendUnique(e.SameAs, l.url)
	b.mention(i, l.start, l.end, "person:personal-page-link", 0.75)
	b.claim(l.start, l.end)
	return true
}

// nameWords drops the particles of a name's tokens ("Van", "de").
func nameWords(toks []string) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if !particles[strings.ToLower(t)] {
			out = append(out, t)
		}
	}
	return out
}

// titleSentence is titleCased of sentence sent, computed once per sentence
// (the rules ask it for every name and term in it).
func (b *builder) titleSentence(sent Span) bool {
	v, ok := b.sentFlags[sent.Start]
	if !ok {
		v = sentFlag{title: titleCased(b.text[sent.Start:sent.End])}
		v.nameLine = v.title && b.nameLine(b.text[sent.Start:sent.End])
		if b.sentFlags == nil {
			b.sentFlags = map[int]sentFlag{}
		}
		b.sentFlags[sent.Start] = v
	}
	return v.title
}

// nameLineSentence is nameLine of a title-cased sentence, once per sentence.
func (b *builder) nameLineSentence(sent Span) bool {
	b.titleSentence(sent)
	return b.sentFlags[sent.Start].nameLine
}

// sentFlag caches what the rules ask of a whole sentence.
type sentFlag struct{ title, nameLine bool }

// mergeFirstNames makes a person named by a given name alone the same as
// the one person of the post whose full name starts with it ("Dana" and
// Dana Quimby, an official speaker the talk rules added): it runs after
// the talk rules, which bring the schedules' speakers in.
func (b *builder) mergeFirstNames() {
	b.possessiveTitles()
	firsts := map[string][]int{}
	var hx handleIndex
	folds := map[string]string{} // given names as written -> folded
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class == vocab.Person && wordCount(e.Name, 2) > 1 && !strings.HasPrefix(e.Name, "@") {
			f := firstName(folds, e.Name)
			firsts[f] = append(firsts[f], i)
		}
	}
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Person || strings.HasPrefix(e.Name, "@") || wordCount(e.Name, 2) != 1 {
			continue
		}
		if c := firsts[fold(e.Name)]; len(c) == 1 && c[0] != i {
			b.merge(c[0], i)
			hx.reindex(b, c[0]) // its aliases now hold i's names
		} else if len(c) == 0 {
			b.mergeByHandle(i, &hx)
		}
	}
}

// handleIndex files the people of the post with a full name under their
// handle keys (handleKeys), for mergeByHandle: built on first use, it
// spares a scan of every entity for each one-word person.
type handleIndex struct {
	built bool
	byKey map[string][]int // key -> the people under it
	looks int              // entities looked at, for the tests
}

// handleCandidate tells whether entity j may take a one-word person's name
// as its surname or handle: a person with a full name, not a handle.
func handleCandidate(e *Entity) bool {
	return e.Class == vocab.Person && wordCount(e.Name, 2) >= 2 && !strings.HasPrefix(e.Name, "@")
}

// handleKeys calls f with the keys under which a one-word person is entity
// e: its folded surname, slug and aliases (without an "@").
func handleKeys(e *Entity, f func(string)) {
	f(fold(lastWord(e.Name)))
	f(strings.TrimPrefix(fold(e.Slug), "@"))
	for _, a := range e.Aliases {
		f(strings.TrimPrefix(fold(a), "@"))
	}
}

// reindex files entity j again, after a merge into it (new aliases, slug).
func (hx *handleIndex) reindex(b *builder, j int) {
	if !hx.built || j < 0 || j >= len(b.res.Entities) || !handleCandidate(&b.res.Entities[j]) {
		return
	}
	handleKeys(&b.res.Entities[j], func(k string) {
		// j once a key as a rule (an entity's keys are filed together); a
		// refiled entity may appear again, which mergeByHandle tolerates
		if js := hx.byKey[k]; len(js) == 0 || js[len(js)-1] != j {
			hx.byKey[k] = append(js, j)
		}
	})
}

// under returns the people filed under key k, building the index first.
func (hx *handleIndex) under(b *builder, k string) []int {
	if !hx.built {
		hx.built = true
		hx.byKey = map[string][]int{}
		for j := range b.res.Entities {
			hx.reindex(b, j)
		}
		hx.looks += len(b.res.Entities)
	}
	return hx.byKey[k]
}

// mergeByHandle makes a one-word person (a front-matter author "jroe", a
// surname) the one person of the post with a full name whose surname or
// handle it is ("Jane Roe", twitter.com/jroe).
func (b *builder) mergeByHandle(i int, hx *handleIndex) {
	k := fold(b.res.Entities[i].Name)
	if len(k) < 3 {
		return
	}
	c := -1
	for _, j := range hx.under(b, k) {
		hx.looks++
		if j == i || !handleCandidate(&b.res.Entities[j]) {
			continue
		}
		if c >= 0 && c != b.canonical(j) {
			return // two people answer to it
		}
		c = b.canonical(j)
	}
	if c >= 0 && c != i {
		b.merge(c, i)
		hx.reindex(b, c)
	}
}

// possessiveTitles reads "Dana's "Some Title"": the person before the
// possessive performs the titled talk that follows it (the title rules
// found the talk; a schedule then names its official speaker).
func (b *builder) possessiveTitles() {
	for _, pm := range b.persons {
		if pm.ent < 0 || pm.end+3 > len(b.text) {
			continue
		}
		post := b.text[pm.end:min(len(b.text), pm.end+12)]
		if !strings.HasPrefix(post, "'s ") && !strings.HasPrefix(post, "’s ") {
			continue
		}
		qs := pm.end + strings.Index(post, "s ") + 2
		talks := b.entitiesIn(qs, min(len(b.text), qs+maxQuoted+4), vocab.Talk)
		for _, t := range talks {
			for _, m := range b.res.Entities[t].Mentions {
				if m.Start >= qs && m.Start <= qs+3 {
					b.rel(Performer, t, b.canonical(pm.ent), pm.start, m.End, "performer:possessive-title", 0.7)
				}
			}
		}
	}
}

// speakerLine tells whether the name at [s,e) is a paragraph of its own
// right under a heading (a talk's title, then its speaker's name): there
// the name needs no known given name.
func (b *builder) speakerLine(s, e int) bool {
	p := find(b.paras, s)
	if p <= 0 {
		return false
	}
	para := b.paras[p]
	if strings.TrimRight(b.text[e:para.End], " \t.,") != "" || strings.TrimSpace(b.text[para.Start:s]) != "" {
		return false
	}
	prev := b.paras[p-1]
	return b.inHeading(prev.Start) && !b.inHeading(s)
}

// wordCount is len(strings.Fields(s)), counting no further than max,
// without splitting s.
func wordCount(s string, max int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n >= max {
			break
		}
	}
	return n
}

// firstField is strings.Fields(s)[0] ("" when s has no word), without
// splitting s.
func firstField(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// appendFields appends the words of s (strings.Fields) to dst.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// lastField is the last of strings.Fields(s) ("" when s has no word),
// without splitting s.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[i+w:]
}

// byFolded returns m[fold(s)], without building the key of a short ASCII s
// (a lookup that mostly misses, per word of a long post).
func byFolded(m map[string][]int, s string) []int {
	var buf [64]byte
	if len(s) > len(buf) {
		return m[fold(s)]
	}
	k := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[fold(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k[i] = c
	}
	return m[string(k)] // no copy: a lookup by a converted slice
}
