package resolve

import (
	"context"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/extract"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// Config is what a Resolver knows beyond the post. Every field may be nil
// (the zero Minter uses vocab.DefaultBase).
type Config struct {
	Minter    vocab.Minter
	Gazetteer *gazetteer.Gazetteer
	Schedules *schedule.Index
	Aliases   *Aliases
}

// Resolver turns posts into store docs. It is safe for concurrent use by
// several goroutines: New builds every table (the extractor's, the
// aliases'), Post only reads them and keeps its state per call, and the
// schedule index and gazetteer are safe for concurrent reads.
type Resolver struct {
	cfg Config
	x   *extract.Extractor
	// words is the English word list, decoded on first use (Warm decodes
	// it ahead)
	words func() *gazetteer.Words
	// eventKeys remembers vocab.EventKey of a series and year (a slug,
	// built with several allocations, asked for by every rule that looks
	// up an edition); bounded, its strings its own
	eventKeys sync.Map // eventName -> string
	nKeys     atomic.Int32
}

// eventName is a series and year, eventKeys' key.
type eventName struct{ series, year string }

// maxEventKeys bounds eventKeys: a post names few editions, a corpus some
// hundreds.
const maxEventKeys = 4096

// eventKey is vocab.EventKey(series, year), remembered.
func (r *Resolver) eventKey(series, year string) string {
	n := eventName{series, year}
	if k, ok := r.eventKeys.Load(n); ok {
		return k.(string)
	}
	k := vocab.EventKey(series, year)
	if r.nKeys.Load() < maxEventKeys {
		k = strings.Clone(k) // a slug may be its series itself, in the post's text
		if _, loaded := r.eventKeys.LoadOrStore(eventName{strings.Clone(series), strings.Clone(year)}, k); !loaded {
			r.nKeys.Add(1)
		}
	}
	return k
}

// Warm builds now the tables that Post builds on first use (the English
// word list): a caller with a core to spare calls it beside other work, so
// that the first post does not wait for them. It is safe beside Post.
func (r *Resolver) Warm() {
	if r.words != nil {
		r.words()
	}
}

// New returns a Resolver for cfg.
func New(cfg Config) *Resolver {
	if cfg.Aliases != nil && cfg.Aliases.canon == nil {
		cfg.Aliases.build()
	}
	r := &Resolver{cfg: cfg}
	ecfg := extract.Config{}
	if g := cfg.Gazetteer; g != nil {
		ecfg.Lexicon = lexicon{g}
		if g.GivenName("David") > 0 { // the gazetteer has a given-name list
			ecfg.GivenName = func(tok string) bool { return g.GivenName(tok) > 0 }
		}
		// the English word list, decoded when a rule first asks
		words := sync.OnceValue(func() *gazetteer.Words {
			w, err := gazetteer.DecodeWords()
			if err != nil {
				return nil // embedded data: only a broken build fails here
			}
			return w
		})
		ecfg.Word = func(tok string) bool { return words().Has(tok) }
		r.words = words
	}
	if ix := cfg.Schedules; ix != nil {
		ecfg.Series = ix.Series()
		// the folded full names of every official speaker of every
		// edition: those of the shipped schedules are searched in the
		// embedded index, without building a set of them
		ecfg.KnownPerson = func(name string) bool { return ix.HasSpeaker(vocab.Fold(name)) }
		ecfg.Venues = r.venues
		ecfg.Speaker = func(series, year, slug string) (string, bool) {
			if e := r.edition(series, year); e != nil {
				if p, ok := e.SpeakerBySlug(slug); ok && p.Name != "" {
					return p.Name, true
				}
			}
			return "", false
		}
		ecfg.MatchTrack = func(series, year, phrase string) (string, bool) {
			if e := r.edition(series, year); e != nil {
				return e.TrackNamed(phrase)
			}
			return "", false
		}
		ecfg.MatchTitle = func(series, year, phrase string) (string, string, bool) {
			if e := r.edition(series, year); e != nil {
				if t, _, ok := e.MatchTitle(phrase); ok && t.Slug != "" {
					return t.Title, t.Slug, true
				}
			}
			return "", "", false
		}
		ecfg.Talk = func(series, year, slug string) (string, bool) {
			if e := r.edition(series, year); e != nil {
				if t, ok := e.TalkBySlug(slug); ok && t.Title != "" {
					return t.Title, true
				}
			}
			return "", false
		}
	}
	r.x = extract.New(ecfg)
	return r
}

// oneWord tells whether s has exactly one word (strings.Fields would
// return one), without splitting it.
func oneWord(s string) bool {
	return !severalWords(s) && strings.TrimFunc(s, unicode.IsSpace) != ""
}

// severalWords tells whether s has more than one word (strings.Fields
// would return several), without splitting it.
func severalWords(s string) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if words++; words > 1 {
				return true
			}
			in = true
		}
	}
	return false
}

// lexicon adapts the gazetteer to extract.Lexicon (and WholeLexicon).
type lexicon struct{ g *gazetteer.Gazetteer }

var (
	_ extract.WholeLexicon  = lexicon{}
	_ extract.AppendLexicon = lexicon{}
)

func (l lexicon) Find(text string) []extract.Term {
	ms := l.g.Find(text)
	return l.appendTerms(make([]extract.Term, 0, len(ms)), ms, 0)
}

// AppendFind appends Find(text)'s terms, shifted by base, to dst
// (extract.AppendLexicon).
func (l lexicon) AppendFind(dst []extract.Term, text string, base int) []extract.Term {
	return l.appendTerms(dst, l.g.Find(text), base)
}

// appendTerms appends the terms of ms, shifted by base, to dst.
func (lexicon) appendTerms(dst []extract.Term, ms []gazetteer.Match, base int) []extract.Term {
	for _, m := range ms {
		if m.Entry == nil {
			continue
		}
		t := termOf(m)
		t.Start += base
		t.End += base
		dst = append(dst, t)
	}
	return dst
}

// Whole looks up w alone (extract.WholeLexicon).
func (l lexicon) Whole(w string) (extract.Term, bool) {
	m, ok := l.g.Whole(w)
	if !ok || m.Entry == nil {
		return extract.Term{}, false
	}
	return termOf(m), true
}

func termOf(m gazetteer.Match) extract.Term {
	return extract.Term{Start: m.Start, End: m.End, Name: m.Entry.Name, Class: m.Entry.Class, SameAs: m.Entry.SameAs, Weak: m.Entry.Weak, Loose: m.Loose, Dropped: m.Entry.Drop}
}

func (r *Resolver) edition(series, year string) *schedule.Edition {
	if r.cfg.Schedules == nil || year == "" {
		return nil
	}
	e, ok := r.cfg.Schedules.Edition(r.eventKey(series, year))
	if !ok {
		return nil
	}
	return e
}

// venues lists the names under which an edition's city and venue may appear.
func (r *Resolver) venues(series, year string) []string {
	e := r.edition(series, year)
	if e == nil {
		return nil
	}
	var out []string
	if e.City != "" {
		out = append(out, e.City)
	}
	v := strings.TrimSpace(e.Venue)
	if v != "" {
		if i := strings.IndexByte(v, '('); i > 0 {
			out = append(out, strings.TrimSpace(v[:i]), strings.Trim(strings.TrimSpace(v[i:]), "()"))
		} else {
			out = append(out, v)
		}
	}
	return out
}

// node is one resolved entity of the post.
type node struct {
	iri     quad.IRI
	val     quad.Value // iri, boxed once for the quads that name it
	class   vocab.Class
	name    string
	aliases []string
	sameAs  []string
	repo    string
	rule    string // how the identity was resolved
	ev      extract.Mention
	main    bool
}

// Post extracts and resolves d. hash is stored with the doc. The output is
// deterministic for the same post and configuration.
func (r *Resolver) Post(d *doc.Document, hash string) (store.Doc, error) {
	return r.PostContext(context.Background(), d, hash)
}

// PostContext is Post that gives up when ctx is done (within a bounded
// amount of work, even inside one huge post), returning ctx's error.
func (r *Resolver) PostContext(ctx context.Context, d *doc.Document, hash string) (store.Doc, error) {
	if d == nil {
		return store.Doc{}, fmt.Errorf("resolve: nil document")
	}
	m := r.cfg.Minter
	label := m.Post(d.Source)
	res, err := r.x.ExtractContext(ctx, d)
	if err != nil {
		return store.Doc{}, err // the caller names the post
	}
	titles := titleMemo{}
	r.completeFromSchedule(res, titles)
	out := store.Doc{Label: label, Source: d.Source, Kind: "post", Hash: hash}

	nodes := make([]*node, len(res.Entities))
	// events first: tracks and talks need their edition
	order := make([]int, 0, len(res.Entities))
	for _, c := range []vocab.Class{vocab.Event, vocab.Person, vocab.Track, vocab.Talk} {
		for i := range res.Entities {
			e := &res.Entities[i] // not a copy of the large Entity
			if e.Class == c {
				order = append(order, i)
			}
		}
	}
	for i := range res.Entities {
		e := &res.Entities[i] // not a copy of the large Entity
		switch e.Class {
		case vocab.Event, vocab.Person, vocab.Track, vocab.Talk:
		default:
			order = append(order, i)
		}
	}
	performers := performerLists(res, false)
	eds := &editionMemo{r: r, res: res, titles: titles}
	slab := make([]node, len(res.Entities)) // one allocation for the nodes
	for _, i := range order {
		nodes[i] = r.resolve(d, res, i, nodes, performers.of(i), eds, &slab[i])
	}
	// merge nodes with the same IRI
	byIRI := make(map[quad.IRI]*node, len(nodes))
	list := make([]*node, 0, len(nodes))
	for i, n := range nodes {
		if o, ok := byIRI[n.iri]; ok {
			o.aliases = extract.AppendUnique(o.aliases, n.name)
			o.aliases = extract.AppendUnique(o.aliases, n.aliases...)
			o.sameAs = extract.AppendUnique(o.sameAs, n.sameAs...)
			o.main = o.main || n.main
			if o.repo == "" {
				o.repo = n.repo
			}
			nodes[i] = o
			continue
		}
		n.val = n.iri
		byIRI[n.iri] = n
		list = append(list, n)
	}
	// the IRIs are distinct (merged above): any sort gives this order
	slices.SortFunc(list, func(a, b *node) int { return strings.Compare(string(a.iri), string(b.iri)) })

	// the quads, facts and hashes, sized for every add below (the
	// duplicates finish drops included): a long post's hundred thousand
	// quads are neither regrown nor over-allocated
	types := classIRIs{}
	est := maxQuads(d, list, types, len(res.Relations))
	out.Quads = make([]quad.Quad, 0, est)
	out.Facts = make([]store.Fact, 0, est)
	w := &writer{doc: &out, text: d.Text, label: label, sents: res.Sentences, seen: newSeenQuads(est)}

	// the post
	title := d.Title
	if title == "" {
		title = path.Base(d.Source)
	}
	front := extract.Mention{Rule: "post:front-matter", Confidence: 1}
	post := w.label
	w.add(post, vocab.Type, vocab.Post.IRI(), front, "")
	w.add(post, vocab.Type, vocab.Post.Alignment(), front, "")
	w.add(post, vocab.Name, quad.String(title), front, "title: "+title)
	w.add(post, vocab.Headline, quad.String(title), front, "title: "+title)
	w.add(post, vocab.Source, quad.String(d.Source), front, "")
	if d.URL != "" && validIRI(d.URL) {
		w.add(post, vocab.URL, quad.IRI(d.URL), front, "")
	}
	if d.Date != "" {
		w.add(post, vocab.DatePublished, vocab.Date(d.Date), front, "date: "+d.Date)
	}
	if d.Language != "" {
		w.add(post, vocab.InLanguage, quad.String(d.Language), front, "")
	}
	for _, t := range extract.AppendUnique(append([]string{}, d.Tags...), d.Keywords...) {
		w.add(post, vocab.Keywords, quad.String(t), front, "")
	}
	// an alternate name two entities of one class share identifies neither
	// ("FOSDEM" for FOSDEM 2016 and FOSDEM 2017, "Daniel" for two Daniels)
	shared := map[sharedName]int{}
	var seen map[sharedName]bool
	for _, n := range list {
		if len(n.aliases) == 1 {
			shared[sharedName{n.class, vocab.Fold(strings.TrimSpace(n.aliases[0]))}]++
			continue
		}
		clear(seen)
		for _, a := range n.aliases {
			k := sharedName{n.class, vocab.Fold(strings.TrimSpace(a))}
			if !seen[k] {
				if seen == nil {
					seen = map[sharedName]bool{}
				}
				seen[k] = true
				shared[k]++
			}
		}
	}
	// entities
	for _, n := range list {
		typ, al := types.of(n.class)
		w.add(n.val, vocab.Type, typ, n.ev, "")
		if al != nil {
			w.add(n.val, vocab.Type, al, n.ev, "")
		}
		w.add(n.val, vocab.Name, quad.String(n.name), extract.Mention{Start: n.ev.Start, End: n.ev.End, Rule: n.rule, Confidence: n.ev.Confidence}, "")
		for _, a := range n.aliases {
			if shared[sharedName{n.class, vocab.Fold(strings.TrimSpace(a))}] > 1 {
				continue
			}
			if a != n.name && strings.TrimSpace(a) != "" {
				w.add(n.val, vocab.AlternateName, quad.String(a), n.ev, "")
			}
		}
		for _, s := range n.sameAs {
			if validIRI(s) {
				w.add(n.val, vocab.SameAs, quad.IRI(s), n.ev, "")
			}
		}
		if n.repo != "" && validIRI(n.repo) {
			w.add(n.val, vocab.CodeRepo, quad.IRI(n.repo), n.ev, "")
		}
		w.add(post, vocab.Mentions, n.val, n.ev, "")
		if n.class == vocab.Event && n.main {
			w.add(post, vocab.About, n.val, n.ev, "")
		}
	}
	// relations
	for _, rl := range res.Relations {
		to := nodes[rl.To].val
		from := post
		if rl.From >= 0 {
			from = nodes[rl.From].val
		}
		if from == to {
			continue
		}
		var p quad.Value // a constant: boxed for nothing
		switch rl.Pred {
		case extract.Performer:
			p = vocab.Performer
		case extract.SuperEvent:
			p = vocab.SuperEvent
		case extract.Affiliation:
			p = vocab.Affiliation
		case extract.Location:
			p = vocab.Location
		case extract.About:
			p = vocab.About
		case extract.Author:
			p = vocab.Author
		default:
			continue
		}
		w.add(from, p, to, extract.Mention{Start: rl.Start, End: rl.End, Rule: rl.Rule, Confidence: rl.Confidence}, "")
	}
	w.finish()
	return out, nil
}

// maxQuads bounds the number of quads PostContext adds for the post d,
// the merged nodes list and nrel relations, duplicates included: the front
// matter's, then each node's (its type and alignment, name, alternate
// names, sameAs, repository, mention and about), then one per relation.
func maxQuads(d *doc.Document, list []*node, types classIRIs, nrel int) int {
	n := 8 + len(d.Tags) + len(d.Keywords) + nrel
	for _, x := range list {
		n += 3 + len(x.aliases) + len(x.sameAs) // type, name, mention
		if _, al := types.of(x.class); al != nil {
			n++
		}
		if x.repo != "" {
			n++
		}
		if x.class == vocab.Event && x.main {
			n++
		}
	}
	return n
}

// resolve gives entity i its identity.
func (r *Resolver) resolve(d *doc.Document, res *extract.Result, i int, nodes []*node, perf []int, eds *editionMemo, n *node) *node {
	m := r.cfg.Minter
	e := &res.Entities[i] // not a copy of the large Entity
	// the entity's aliases and sameAs, capped at their length: the node's
	// appends copy them (AppendUnique only appends), so that they need
	// no copy of their own
	*n = node{class: e.Class, name: e.Name, aliases: slices.Clip(e.Aliases), sameAs: slices.Clip(e.SameAs), repo: e.Repo, rule: "resolve:as-written", main: e.Main}
	if len(e.Mentions) > 0 {
		n.ev = e.Mentions[0]
		for _, mm := range e.Mentions {
			if mm.End > mm.Start {
				n.ev = mm
				break
			}
		}
	}
	edKey, ed := "", (*schedule.Edition)(nil)
	if e.Edition >= 0 && e.Edition < len(res.Entities) {
		edKey, ed = eds.of(e.Edition)
	}
	switch e.Class {
	case vocab.Event:
		n.iri = m.Event(e.Series, e.Year)
		if x := r.edition(e.Series, e.Year); x != nil {
			n.name, n.rule = x.Name, "resolve:schedule-edition"
			n.aliases = extract.AppendUnique(n.aliases, e.Name)
			if x.URL != "" {
				n.sameAs = extract.AppendUnique(n.sameAs, x.URL)
			}
		}
	case vocab.Track:
		name := e.Name
		if ed != nil {
			for _, q := range []string{e.Slug, e.Name} {
				if q == "" {
					continue
				}
				if off, ok := ed.TrackByName(q); ok {
					name, n.rule = off, "resolve:schedule-track"
					break
				}
			}
		}
		if name != e.Name {
			n.aliases = extract.AppendUnique(n.aliases, e.Name)
		}
		n.name = name
		n.iri = m.Track(edKey, name)
	case vocab.Talk:
		switch {
		case e.Slug != "":
			n.iri, n.rule = m.Talk(edKey, e.Slug), "resolve:schedule-talk-slug"
			if ed != nil {
				if t, ok := ed.TalkBySlug(e.Slug); ok && t.Title != "" {
					if t.Title != e.Name {
						n.aliases = extract.AppendUnique(n.aliases, e.Name)
					}
					n.name = t.Title
					if t.URL != "" {
						n.sameAs = extract.AppendUnique(n.sameAs, t.URL)
					}
				}
			}
		case e.Titled && ed != nil:
			if ts := eds.titles.find(ed, e.Name); len(ts) == 1 && ts[0].Slug != "" {
				n.iri, n.rule = m.Talk(edKey, ts[0].Slug), "resolve:schedule-talk-title"
				if ts[0].Title != e.Name {
					n.aliases = extract.AppendUnique(n.aliases, e.Name)
					n.name = ts[0].Title
				}
				if ts[0].URL != "" {
					n.sameAs = extract.AppendUnique(n.sameAs, ts[0].URL)
				}
			}
		case !e.Titled && len(perf) > 0:
			names := make([]string, 0, len(perf))
			for _, p := range perf {
				if nodes[p] != nil {
					names = append(names, nodes[p].name)
				}
			}
			if len(names) > 0 {
				n.name = describe(strings.Join(names, " and "), e.Descr)
				n.aliases = extract.AppendUnique(n.aliases, e.Name)
			}
		}
		if n.iri == "" {
			key := edKey
			if key == "" {
				// a talk of no known edition belongs to the post
				key = "post-" + vocab.Slug(d.Source)
			}
			n.iri = m.Talk(key, n.name)
		}
	case vocab.Person:
		name := e.Name
		if e.Slug != "" && ed == nil {
			// the speaker link's own edition
			if x := eds.forYear(e.Year); x != nil {
				ed = x
			}
		}
		if e.Slug != "" && ed != nil {
			if p, ok := ed.SpeakerBySlug(e.Slug); ok && p.Name != "" {
				name, n.rule = p.Name, "resolve:schedule-speaker-slug"
			}
		} else if ed2 := eds.main(); ed2 != nil && severalWords(name) {
			if ps := ed2.FindPersons(name); len(ps) == 1 && ps[0].Name != "" {
				name, n.rule = ps[0].Name, "resolve:schedule-person-name"
			}
		}
		for _, mm := range e.Mentions {
			if mm.Rule == "person:first-name-in-post" && n.rule == "resolve:as-written" {
				n.rule = "resolve:first-name-in-post"
			}
		}
		if r.cfg.Aliases != nil {
			keys := append([]string{name, e.Name}, e.Aliases...)
			keys = append(keys, e.SameAs...)
			if a, ok := r.cfg.Aliases.person(d.Source, keys...); ok {
				name, n.rule = a, "resolve:alias-file"
			}
		}
		if name != e.Name {
			n.aliases = extract.AppendUnique(n.aliases, e.Name)
		}
		n.name = name
		n.iri = m.Person(name)
	case vocab.Organization:
		n.iri = m.Organization(n.name)
	case vocab.Place:
		n.iri = m.Place(n.name)
	case vocab.Technology:
		n.iri = m.Technology(n.name)
	case vocab.Project:
		if e.Repo != "" {
			n.iri = m.Project(e.Repo)
		} else {
			n.iri = m.Project(n.name)
		}
	default:
		n.iri = m.Technology(n.name)
	}
	if e.Class == vocab.Organization || e.Class == vocab.Place || e.Class == vocab.Technology {
		if r.cfg.Gazetteer != nil {
			if en, ok := r.cfg.Gazetteer.Lookup(n.name); ok && en.Class == e.Class {
				n.rule = "resolve:gazetteer"
			}
		}
	}
	return n
}

// describe names an untitled talk from its speakers and subject.
func describe(speakers, subject string) string {
	subject = strings.TrimSpace(subject)
	if subject == "" {
		return "[Talk by " + speakers + "]"
	}
	return "[" + speakers + " on " + subject + "]"
}

// validIRI tells whether s can be written as an N-Quads IRI.
func validIRI(s string) bool {
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		return false
	}
	return !strings.ContainsAny(s, " <>\"{}|^`\\\n\t")
}

// writer appends quads and their facts, and finish drops the duplicates.
type writer struct {
	doc   *store.Doc
	text  string
	label quad.Value // the post's IRI, boxed once for all its quads
	seen  *seenQuads
	sents []extract.Span
	// the last evidence sentenceOf gave, for the span [evStart,evEnd)
	evStart, evEnd int
	evText         string
	evOK           bool
}

// quadKey identifies a quad of the post (its label is the post's): every
// object the writer adds is an IRI, a String or a TypedString, all comparable.
type quadKey struct {
	s, p quad.IRI
	o    quad.Value
}

// add writes the quad s p o with its evidence. s and p are IRIs, boxed
// by the caller (once per entity; predicates are constants), so that a
// quad costs no conversion.
func (w *writer) add(s, p, o quad.Value, ev extract.Mention, evidence string) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: w.label}
	k := quadKey{s.(quad.IRI), p.(quad.IRI), o}
	if w.seen == nil {
		w.seen = newSeenQuads(0)
	}
	if !w.seen.add(k, len(w.doc.Quads)) {
		return
	}
	w.doc.Quads = append(w.doc.Quads, q)
	if evidence == "" && ev.End > ev.Start && ev.End <= len(w.text) {
		if w.sents == nil {
			w.sents = extract.Sentences(w.text)
		}
		if ev.Start != w.evStart || ev.End != w.evEnd || !w.evOK {
			// an entity's quads share their evidence: found once
			w.evStart, w.evEnd, w.evOK = ev.Start, ev.End, true
			w.evText = sentenceOf(w.text, w.sents, ev.Start, ev.End)
		}
		evidence = w.evText
	}
	conf := ev.Confidence
	if conf == 0 {
		conf = 1
	}
	rule := ev.Rule
	if rule == "" {
		rule = "front-matter"
	}
	w.doc.Facts = append(w.doc.Facts, store.Fact{Quad: len(w.doc.Quads) - 1, Rule: rule, Confidence: conf, Start: ev.Start, End: ev.End, Evidence: evidence})
}

// finish drops the quads added again, and their facts: the first
// occurrence of each stays, in the order of the adds.
func (w *writer) finish() {
	if w.seen == nil {
		return
	}
	drop := w.seen.dups(w.doc.Quads)
	if drop == nil {
		return
	}
	qs, fs := w.doc.Quads, w.doc.Facts // fs[i] is the fact of qs[i]
	n := 0
	for i := range qs {
		if drop[i] {
			continue
		}
		qs[n], fs[n] = qs[i], fs[i]
		fs[n].Quad = n
		n++
	}
	clear(qs[n:])
	clear(fs[n:])
	w.doc.Quads, w.doc.Facts = qs[:n], fs[:n]
}

// sentenceOf returns the sentence(s) of text holding [s,e).
func sentenceOf(text string, ss []extract.Span, s, e int) string {
	start, end := s, e
	// the first sentence ending after s, then those up to e
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > s })
	for ; i < len(ss) && ss[i].Start < e; i++ {
		x := ss[i]
		if x.Start <= s && s < x.End {
			start = x.Start
		}
		if e <= x.End {
			end = x.End
		}
	}
	if end > len(text) {
		end = len(text)
	}
	if end-start > 600 {
		end = start + 600
	}
	return text[start:end]
}

// classIRIs remembers the boxed type IRIs of the classes of a post.
type classIRIs map[vocab.Class][2]quad.Value

// of returns class c's IRI and alignment (nil when it has none).
func (t classIRIs) of(c vocab.Class) (typ, al quad.Value) {
	v, ok := t[c]
	if !ok {
		v[0] = c.IRI()
		if a := c.Alignment(); a != "" {
			v[1] = a
		}
		t[c] = v
	}
	return v[0], v[1]
}

// sharedName is an alternate name of a class, folded: PostContext counts the
// entities that share it.
type sharedName struct {
	class vocab.Class
	name  string
}
