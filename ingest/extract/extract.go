package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// Extractor runs the extraction rules over posts. It is safe for concurrent
// use: all its state is immutable after New.
type Extractor struct {
	cfg      Config
	series   map[string]string // lower-case series -> canonical spelling
	seriesKW *keywords         // the keys of series
	scan     *scanner          // every keyword set of the rules
	reSeries *regexp.Regexp    // known series, optional year
	reEdOf   *regexp.Regexp    // "the 2019 edition of FOSDEM"
}

// New returns an Extractor for cfg.
func New(cfg Config) *Extractor {
	x := &Extractor{cfg: cfg, series: map[string]string{}}
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
	x.scan = newScanner(kwEvent, kwEdition, x.seriesKW, kwOrgCue, kwSponsoredBy, kwSponsor, kwOrgSuffix, kwTrack, kwTalk)
	if len(alts) > 0 {
		x.reSeries = regexp.MustCompile(`(?i)\b(` + strings.Join(alts, "|") + `)(?:\s?['’]?(\d{4}|\d{2})\b|\b)`)
		x.reEdOf = regexp.MustCompile(`(?i)\b(19\d\d|20\d\d)\s+edition\s+of\s+(?:the\s+)?(` + strings.Join(alts, "|") + `)\b`)
	}
	return x
}

// builder holds the state of one extraction.
type builder struct {
	x            *Extractor
	d            *doc.Document
	text         string
	lower        string // text with ASCII letters lower-cased
	sents        []Span
	paras        []Span
	terms        []Term
	links        []linkInfo
	urlAnchors   []Span             // links whose anchor is a bare URL
	hits         [][]hit            // keyword hits of x.scan in text
	paraIdx      map[int]*paraIndex // words of paragraphs, by wordFor
	repoWords    map[string]bool    // link names wordFor looks for (lower case)
	headTrack    int                // the one track the post narrates (-1 if none)
	headTrackPos int                // where its narration starts
	res          *Result
	keys         map[string]int
	relSeen      map[string]bool
	claimed      []Span // spans naming events and people: no lexicon term inside
	claimSorted  []Span // claimed sorted by start (rebuilt when claimed grows)
	claimMaxEnd  []int  // running maximum of the ends of claimSorted
	persons      []personMention
	tracks       []trackMark
	talkOf       map[int]int       // person entity -> talk entity
	termCache    map[string][]Term // isTerm lookups
	main         int
	year         string      // year of the main edition
	cands        []candidate // markup candidates (candidates computes them)
}

// Extract runs every rule over d.
func (x *Extractor) Extract(d *doc.Document) *Result {
	b := &builder{
		x: x, d: d, text: d.Text,
		res:       &Result{Doc: d},
		keys:      map[string]int{},
		relSeen:   map[string]bool{},
		talkOf:    map[int]int{},
		termCache: map[string][]Term{},
		main:      -1,
		headTrack: -1,
	}
	b.lower = lowerASCII(d.Text)
	b.hits = x.scan.run(b.text, b.lower)
	b.sents = Sentences(d.Text)
	b.res.Sentences = b.sents
	b.paras = Paragraphs(d.Text)
	if x.cfg.Lexicon != nil {
		b.terms = x.cfg.Lexicon.Find(d.Text)
	}
	b.links = make([]linkInfo, 0, len(d.Links))
	for _, l := range d.Links {
		li := classifyLink(l.URL, x.series)
		li.anchor, li.start, li.end = l.Anchor, l.Start, l.End
		if l.Image {
			li.kind = lkIgnore
		}
		b.links = append(b.links, li)
		if looksLikeURL(l.Anchor) {
			b.urlAnchors = append(b.urlAnchors, Span{l.Start, l.End})
		}
	}
	b.events()
	b.trackMentions()
	b.projectLinks()
	b.people()
	b.orgsBySuffix()
	b.lexicon()
	b.listTalks()
	b.talks()
	b.scheduleTitles()
	b.locations()
	b.finish()
	return b.res
}

// entity returns the index of the entity with key, creating it if needed.
func (b *builder) entity(class vocab.Class, name, key string) int {
	k := string(class) + ":" + key
	if i, ok := b.keys[k]; ok {
		return i
	}
	b.res.Entities = append(b.res.Entities, Entity{Class: class, Name: name, Edition: -1, key: k})
	i := len(b.res.Entities) - 1
	b.keys[k] = i
	return i
}

// lookup finds an entity by class and key.
func (b *builder) lookup(class vocab.Class, key string) (int, bool) {
	i, ok := b.keys[string(class)+":"+key]
	return i, ok
}

// alias registers more keys for entity i.
func (b *builder) alias(i int, keys ...string) {
	e := &b.res.Entities[i]
	for _, k := range keys {
		if k == "" {
			continue
		}
		kk := string(e.Class) + ":" + k
		if _, ok := b.keys[kk]; !ok {
			b.keys[kk] = i
		}
	}
}

func (b *builder) mention(i, start, end int, rule string, conf float64) {
	e := &b.res.Entities[i]
	for _, m := range e.Mentions {
		if m.Start == start && m.End == end {
			return
		}
	}
	e.Mentions = append(e.Mentions, Mention{Start: start, End: end, Rule: rule, Confidence: conf})
}

func (b *builder) rel(p Predicate, from, to, start, end int, rule string, conf float64) {
	if from == to && from >= 0 {
		return
	}
	k := string(p) + ":" + strconv.Itoa(from) + ":" + strconv.Itoa(to)
	if b.relSeen[k] {
		return
	}
	b.relSeen[k] = true
	b.res.Relations = append(b.res.Relations, Relation{Pred: p, From: from, To: to, Start: start, End: end, Rule: rule, Confidence: conf})
}

func (b *builder) claim(s, e int) { b.claimed = append(b.claimed, Span{s, e}) }

func (b *builder) isClaimed(s, e int) bool {
	if len(b.claimed) < 16 {
		for _, c := range b.claimed {
			if s < c.End && e > c.Start {
				return true
			}
		}
		return false
	}
	if len(b.claimSorted) != len(b.claimed) {
		// claims sorted by start, with the running maximum of their ends
		b.claimSorted = append(b.claimSorted[:0], b.claimed...)
		sort.Slice(b.claimSorted, func(i, j int) bool { return b.claimSorted[i].Start < b.claimSorted[j].Start })
		b.claimMaxEnd = b.claimMaxEnd[:0]
		m := 0
		for _, c := range b.claimSorted {
			m = max(m, c.End)
			b.claimMaxEnd = append(b.claimMaxEnd, m)
		}
	}
	// some claim starting before e ends after s
	n := sort.Search(len(b.claimSorted), func(i int) bool { return b.claimSorted[i].Start >= e })
	return n > 0 && b.claimMaxEnd[n-1] > s
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

// sentence returns the sentence Span holding pos.
func (b *builder) sentence(pos int) Span {
	if i := find(b.sents, pos); i >= 0 {
		return b.sents[i]
	}
	return Span{pos, pos}
}

// termAt returns the lexicon term covering exactly [s,e) or containing it.
func (b *builder) termIn(s, e int) (Term, bool) {
	for _, t := range b.terms {
		if t.Start <= s && t.End >= e {
			return t, true
		}
	}
	return Term{}, false
}

// termProbe precedes a word looked up alone in the lexicon.
const termProbe = "x "

// isTerm tells whether w is, as a whole, a known name of the lexicon.
func (b *builder) isTerm(w string, classes ...vocab.Class) bool {
	if b.x.cfg.Lexicon == nil || w == "" {
		return false
	}
	ts, ok := b.termCache[w]
	if !ok {
		// after a word, so that names not matched at a sentence start
		// ("Rust", "Go") are found
		ts = b.x.cfg.Lexicon.Find(termProbe + w)
		b.termCache[w] = ts
	}
	for _, t := range ts {
		if t.Start == len(termProbe) && t.End == len(termProbe)+len(w) {
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
