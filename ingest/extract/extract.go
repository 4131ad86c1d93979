package extract

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// Extractor runs the extraction rules over posts. It is safe for concurrent
// use: all its state is immutable after New.
type Extractor struct {
	re       *rules // compiled patterns of the rules
	cfg      Config
	series   map[string]string // lower-case series -> canonical spelling
	seriesKW *keywords         // the keys of series
	scan     *scanner          // every keyword set of the rules
	reSeries *regexp.Regexp    // known series, optional year
	reEdOf   *regexp.Regexp    // "the 2019 edition of FOSDEM"
}

// New returns an Extractor for cfg.
func New(cfg Config) *Extractor {
	x := &Extractor{re: newRules(), cfg: cfg, series: map[string]string{}}
	var alts, lows []string
	for _, s := range cfg.Series {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if _, ok := x.series[strings.ToLower(s)]; ok {
			continue
		}
		x.series[strings.ToLower(s)] = s
		lows = append(lows, lowerASCII(s))
		alts = append(alts, regexp.QuoteMeta(s))
	}
	sort.Slice(alts, func(i, j int) bool {
		if len(alts[i]) != len(alts[j]) {
			return len(alts[i]) > len(alts[j])
		}
		return alts[i] < alts[j]
	})
	x.seriesKW = newFoldKeywords(nil, lows...)
	x.scan = newScanner(kwEvent, kwEdition, x.seriesKW, kwOrgCue, kwSponsoredBy, kwSponsor, kwKindList, kwOrgSuffix, kwTrack, kwTalk, kwTalkWords, kwListCue)
	if len(alts) > 0 {
		x.reSeries = regexp.MustCompile(`(?i)\b(` + strings.Join(alts, "|") + `)(?:\s?['’]?(\d{4}|\d{2})\b|\b)`)
		x.reEdOf = regexp.MustCompile(`(?i)\b(19\d\d|20\d\d)\s+edition\s+of\s+(?:the\s+)?(` + strings.Join(alts, "|") + `)\b`)
	}
	return x
}

// builder holds the state of one extraction.
type builder struct {
	re           *rules // x.re
	ctx          context.Context
	ticks        int   // calls of stopped
	err          error // ctx's error once it is done
	x            *Extractor
	d            *doc.Document
	text         string
	lower        string // text with ASCII letters lower-cased
	sents        []Span
	paras        []Span
	terms        []Term
	loose        []Term // Loose terms, confirmed by context (loose.go)
	links        []linkInfo
	urlAnchors   []Span             // links whose anchor is a bare URL
	hits         [][]hit            // keyword hits of x.scan in text
	paraIdx      map[int]*paraIndex // words of paragraphs, by wordFor
	repoWords    map[string]bool    // link names wordFor looks for (lower case)
	headTrack    int                // the one track the post narrates (-1 if none)
	headTrackPos int                // where its narration starts
	res          *Result
	keys         keyIndex // entities by class and key
	relSeen      relSet
	claims       claimIndex // spans naming events and people: no lexicon term inside
	mentions     mentionIndex
	mentionSets  map[int]*mentionSet
	starts       startSet          // where mentions start, for mention's quick no
	folds        map[string]string // foldName's keys of names that repeat
	hasSuper     map[int]bool      // entities with a superEvent relation
	termIdx      []int             // indexes of terms sorted by Start (termIn builds it)
	termMaxLen   int               // the longest term
	relsOf       relIndex          // relations by entity (From or To), for merge
	titles       spanSet           // anchors of talks' schedule links
	sentFlags    map[int]sentFlag  // by sentence start: title case, name lists
	code         *spanSet          // code spans of the markup (inCode builds it)
	persons      []personMention
	tracks       []trackMark
	talkOf       map[int]int       // person entity -> talk entity
	termCache    map[string][]Term // isTerm lookups
	trackNames   trackNames        // matchTrack lookups (trackforms.go)
	main         int
	year         string      // year of the main edition
	cands        []candidate // markup candidates (candidates computes them)
	eventIdx     []int       // entities created as events, in order (seriesOfEvent)
	// firstMentionAt's indexes of entities' mentions by start and end
	mentionPos map[int]*mentionPos
	// mentionsWithin's mentions of entities sorted by start
	mentionSpans map[int]*mentionSpans
}

// Extract runs every rule over d.
func (x *Extractor) Extract(d *doc.Document) *Result {
	res, _ := x.ExtractContext(context.Background(), d)
	return res
}

// ExtractContext is Extract that stops early when ctx is done: it checks
// ctx between rules and every few hundred units of work inside them, and
// returns the error of ctx (with what was found so far) when it stopped.
func (x *Extractor) ExtractContext(ctx context.Context, d *doc.Document) (*Result, error) {
	// the maps of entities and words grow with the names of the text: a
	// long post dense with names would pay for regrowing them
	hint := min(len(d.Text)/128, 1<<16)
	b := &builder{
		re:  x.re,
		ctx: ctx,
		x:   x, d: d, text: d.Text,
		res:       &Result{Doc: d},
		keys:      newKeyIndex(hint),
		talkOf:    map[int]int{},
		hasSuper:  map[int]bool{},
		termCache: make(map[string][]Term, hint),
		relSeen:   relSet{known: make(map[uint64]struct{}, hint)},
		main:      -1,
		headTrack: -1,
	}
	b.lower = lowerASCII(d.Text)
	b.hits = x.scan.run(b.text, b.lower)
	b.sents = Sentences(d.Text)
	b.res.Sentences = b.sents
	b.paras = Paragraphs(d.Text)
	if x.cfg.Lexicon != nil && !b.stopped() {
		b.terms, b.loose = splitLoose(b.findTerms(d.Text))
		b.terms = b.cuedPlaces(b.terms)
	}
	b.links = make([]linkInfo, 0, len(d.Links))
	for _, l := range d.Links {
		li := classifyLink(x.re, l.URL, x.series)
		li.anchor, li.start, li.end = l.Anchor, l.Start, l.End
		if l.Image {
			li.kind = lkIgnore
		}
		b.links = append(b.links, li)
		if looksLikeURL(l.Anchor) {
			b.urlAnchors = append(b.urlAnchors, Span{l.Start, l.End})
		}
	}
	for _, rule := range []func(){
		b.events, b.trackMentions, b.namedTracks, b.listedTracks, b.projectLinks, b.people, b.orgsBySuffix, b.lexicon,
		b.structTalks, b.recordingTalks, b.talkBySpeakers, b.listTalks, b.talks, b.scheduleTitles, b.titleProjects, b.slugNames, b.softwareLists, b.namedSubjects, b.mergeFirstNames, b.mergeSpeakerTwins, b.affiliations, b.locations,
	} {
		if b.stopped() {
			break
		}
		rule()
	}
	b.finish()
	return b.res, b.err
}

// termChunk is the size of the pieces a long text is given to the
// lexicon in, so that the extraction can stop between two of them.
const termChunk = 256 << 10

// findTerms runs the lexicon over text, in pieces of about termChunk
// bytes cut at paragraph or sentence ends for long texts, checking the
// context between pieces.
func (b *builder) findTerms(text string) []Term {
	if len(text) <= termChunk {
		return b.x.cfg.Lexicon.Find(text)
	}
	var out []Term
	for start := 0; start < len(text); {
		if b.stopNow() {
			return out
		}
		end := min(len(text), start+termChunk)
		if end < len(text) {
			cut := strings.LastIndex(text[start:end], "\n\n")
			if cut <= 0 {
				cut = strings.LastIndex(text[start:end], ". ")
				if cut > 0 {
					cut++
				}
			}
			if cut <= 0 {
				// no sentence end in 256 KB: a space (a name of several
				// words across it is lost, in such a text only)
				cut = strings.LastIndexByte(text[start:end], ' ')
			}
			if cut > 0 {
				end = start + cut
			}
			for end > start && end < len(text) && !utf8.RuneStart(text[end]) {
				end--
			}
			if end <= start {
				end = min(len(text), start+termChunk)
			}
		}
		ts := b.x.cfg.Lexicon.Find(text[start:end])
		if out == nil && len(ts) > 0 {
			// sized for the whole text at the first piece's density
			out = make([]Term, 0, len(ts)*len(text)/(end-start)+len(ts))
		}
		for _, t := range ts {
			t.Start += start
			t.End += start
			out = append(out, t)
		}
		start = end
	}
	return out
}

// stopNow is stopped for units of work of their own size (a window of
// kilobytes): it looks at ctx on every call.
func (b *builder) stopNow() bool {
	if b.err == nil && b.ctx != nil {
		b.err = b.ctx.Err()
	}
	return b.err != nil
}

// stopEvery is how many calls of stopped go by between two looks at ctx.
const stopEvery = 256

// stopped tells whether the extraction's context is done, looking at it
// every stopEvery calls (rules call it once per unit of work: a sentence,
// a candidate, a run of capitalised words).
func (b *builder) stopped() bool {
	if b.err != nil {
		return true
	}
	if b.ticks++; b.ticks%stopEvery != 1 || b.ctx == nil {
		return false
	}
	b.err = b.ctx.Err()
	return b.err != nil
}

// entKey is what b.keys finds an entity by: its class and a key (a folded
// name, "slug:…", "by:…").
type entKey struct {
	class vocab.Class
	key   string
}

// entity returns the index of the entity with key, creating it if needed.
func (b *builder) entity(class vocab.Class, name, key string) int {
	if i, ok := b.keys.get(class, key); ok {
		return b.canonical(i)
	}
	if n := len(b.res.Entities); n == cap(b.res.Entities) {
		// double (append grows a long slice by a quarter: a post dense
		// with names copied its entities five times over)
		b.res.Entities = slices.Grow(b.res.Entities, max(n, 16))
	}
	b.res.Entities = append(b.res.Entities, Entity{Class: class, Name: name, Edition: -1, key: string(class) + ":" + key})
	i := len(b.res.Entities) - 1
	b.keys.set(class, key, i)
	if class == vocab.Event {
		b.eventIdx = append(b.eventIdx, i)
	}
	return i
}

// lookup finds an entity by class and key.
func (b *builder) lookup(class vocab.Class, key string) (int, bool) {
	i, ok := b.keys.get(class, key)
	if ok {
		i = b.canonical(i)
	}
	return i, ok
}

// foldName is fold(name) for the names of terms and organisations, which
// a post repeats: each is folded into one string, kept for the next time.
func (b *builder) foldName(name string) string {
	if k, ok := b.folds[name]; ok {
		return k
	}
	if b.folds == nil {
		b.folds = map[string]string{}
	}
	k := fold(name)
	b.folds[name] = k
	return k
}

// alias registers more keys for entity i.
func (b *builder) alias(i int, keys ...string) {
	e := &b.res.Entities[i]
	for _, k := range keys {
		if k == "" {
			continue
		}
		if _, ok := b.keys.get(e.Class, k); !ok {
			b.keys.set(e.Class, k, i)
		}
	}
}

func (b *builder) mention(i, start, end int, rule string, conf float64) {
	if b.starts.maybe(start) && b.hasMention(i, start, end) {
		return
	}
	e := &b.res.Entities[i]
	e.Mentions = append(e.Mentions, Mention{Start: start, End: end, Rule: rule, Confidence: conf})
	b.starts.mark(start, len(b.text))
	b.mentions.add(i, start, end)
}

// startSet holds a bit for every text position where a mention (of any
// entity) starts: mention appends every mention and marks its start, so a
// start without its bit has no mention, and mention need not look up the
// entity's (in a text dense with names, most mentions are at new places).
type startSet struct {
	bits []uint64 // position p is bit p%64 of bits[p/64]; nil before the first mention
}

// mark sets the bit of start, in a set for a text of n bytes.
func (x *startSet) mark(start, n int) {
	if x.bits == nil {
		x.bits = make([]uint64, n/64+1)
	}
	if start >= 0 && start/64 < len(x.bits) {
		x.bits[start/64] |= 1 << (start % 64)
	}
}

// maybe tells whether a mention may start at start: its bit is set, or it
// lies outside the set.
func (x *startSet) maybe(start int) bool {
	if start < 0 || start/64 >= len(x.bits) {
		return true
	}
	return x.bits[start/64]&(1<<(start%64)) != 0
}

func (b *builder) rel(p Predicate, from, to, start, end int, rule string, conf float64) {
	if from == to && from >= 0 {
		return
	}
	if !b.relSeen.add(p, from, to) {
		return
	}
	if n := len(b.res.Relations); n == cap(b.res.Relations) {
		b.res.Relations = slices.Grow(b.res.Relations, max(n, 16)) // doubled, as entities
	}
	b.res.Relations = append(b.res.Relations, Relation{Pred: p, From: from, To: to, Start: start, End: end, Rule: rule, Confidence: conf})
	b.relsOf.add(len(b.res.Relations)-1, from, to)
	if p == SuperEvent && from >= 0 {
		b.hasSuper[from] = true
	}
}

// talkStems are the words (lower case) of reTalkWord, for a quick check.
var talkStems = []string{"talk", "presentation", "keynote", "session", "lightning", "workshop", "lecture", "speech", "speaker", "introduction", "explanation", "demo", "tutorial"}

// kwTalk finds the talk stems in lower-cased text.
var kwTalk = newFoldKeywords(nil, talkStems...)

// isTalky tells whether sentence s names a talk, a session or the like.
func (b *builder) isTalky(s Span) bool {
	hs := b.hitsOf(kwTalk)
	i := sort.Search(len(hs), func(i int) bool { return hs[i].at >= s.Start })
	return i < len(hs) && hs[i].at+len(hs[i].kw) <= s.End
}

// talkWordIn tells whether reTalkWord matches text[s:e]: whether a hit of
// kwTalk (its words' stems, found in the scanner's one pass) lies within
// [s,e) as a whole word, or with the plural "s" the pattern allows
// (talkPlurals). On a span that is not ASCII the regexp decides ((?i)
// matches the Kelvin sign and the long s too, which the ASCII scan does not
// fold).
func (b *builder) talkWordIn(s, e int) bool {
	phrase := b.text[s:e]
	if b.hits == nil || !isASCII(phrase) {
		return b.re.reTalkWord.MatchString(phrase)
	}
	hs := b.hitsOf(kwTalk)
	i := sort.Search(len(hs), func(i int) bool { return hs[i].at >= s })
	for ; i < len(hs) && hs[i].at < e; i++ {
		at, j := hs[i].at, hs[i].at+len(hs[i].kw)
		if j > e || at > s && isASCIIWord(b.text[at-1]) {
			continue // \b before the word
		}
		if j == e || !isASCIIWord(b.text[j]) {
			return true
		}
		if talkPlurals[hs[i].kw] && b.text[j]|0x20 == 's' && (j+1 == e || !isASCIIWord(b.text[j+1])) {
			return true
		}
	}
	return false
}

// talkPlurals are the stems of kwTalk that reTalkWord also takes with an
// "s" ("talks?", "sessions?").
var talkPlurals = wordSet("talk", "presentation", "keynote", "session", "workshop", "lecture", "speaker")

// sentWindow bounds how far from pos the sentence sentence returns
// reaches: rules read the sentence around a mention, and in a run-on
// "sentence" of megabytes each mention must cost a bounded amount of work.
const sentWindow = 480

// sentence returns the sentence Span holding pos, cut to the words within
// sentWindow bytes of pos.
func (b *builder) sentence(pos int) Span {
	i := find(b.sents, pos)
	if i < 0 {
		return Span{pos, pos}
	}
	s := b.sents[i]
	if s.End-s.Start <= 2*sentWindow {
		return s
	}
	if lo := pos - sentWindow; lo > s.Start {
		for lo < pos && b.text[lo] != ' ' && b.text[lo] != '\n' {
			lo++
		}
		s.Start = lo
	}
	if hi := pos + sentWindow; hi < s.End {
		for hi > pos && b.text[hi] != ' ' && b.text[hi] != '\n' {
			hi--
		}
		s.End = hi
	}
	return s
}

// termAt returns the lexicon term covering exactly [s,e) or containing it.
// It looks only at the terms starting shortly before s (an index by start,
// built on first use), so many calls stay linear in the text.
func (b *builder) termIn(s, e int) (Term, bool) {
	if b.termIdx == nil {
		b.termIdx = make([]int, len(b.terms))
		for i := range b.termIdx {
			b.termIdx[i] = i
			b.termMaxLen = max(b.termMaxLen, b.terms[i].End-b.terms[i].Start)
		}
		sort.SliceStable(b.termIdx, func(i, j int) bool { return b.terms[b.termIdx[i]].Start < b.terms[b.termIdx[j]].Start })
	}
	// the terms with Start <= s, from the last one back to s - termMaxLen
	n := sort.Search(len(b.termIdx), func(i int) bool { return b.terms[b.termIdx[i]].Start > s })
	best := -1
	for k := n - 1; k >= 0; k-- {
		t := b.terms[b.termIdx[k]]
		if t.Start < s-b.termMaxLen {
			break
		}
		if t.End >= e && (best < 0 || b.termIdx[k] < best) {
			best = b.termIdx[k] // the first such term in b.terms, as before
		}
	}
	if best < 0 {
		return Term{}, false
	}
	return b.terms[best], true
}

// termProbe precedes a word looked up alone in the lexicon.
const termProbe = "x "

// probeTerms returns the terms that the lexicon finds in termProbe + w: after
// a word, so that names not matched at a sentence start ("Rust", "Go") are
// found. With a WholeLexicon it holds only the term of the whole of w (the
// only one isTerm and weakTerm read), found without scanning the probe.
func (b *builder) probeTerms(w string) []Term {
	wl, ok := b.x.cfg.Lexicon.(WholeLexicon)
	if !ok {
		return b.x.cfg.Lexicon.Find(termProbe + w)
	}
	t, ok := wl.Whole(w)
	if !ok {
		return nil
	}
	t.Start, t.End = len(termProbe), len(termProbe)+len(w)
	return []Term{t}
}

// isTerm tells whether w is, as a whole, a known name of the lexicon (not a
// weak one: see weakTerm).
func (b *builder) isTerm(w string, classes ...vocab.Class) bool {
	if b.x.cfg.Lexicon == nil || w == "" {
		return false
	}
	ts, ok := b.termCache[w]
	if !ok {
		ts = b.probeTerms(w)
		b.termCache[w] = ts
	}
	for _, t := range ts {
		if t.Start == len(termProbe) && t.End == len(termProbe)+len(w) && !t.Weak && !t.Loose {
			if len(classes) == 0 {
				return true
			}
			for _, c := range classes {
				if t.Class == c {
					return true
				}
			}
		}
	}
	return false
}
