package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// kwOrgSuffix finds the corporate words reOrgSuffix ends with, after a
// capitalised word.
var kwOrgSuffix = newKeywords(orgWordHit, "Foundation", "Consortium", "Alliance", "Association", "Society", "Institute", "University", "Council", "Committee", "Initiative", "Inc", "Ltd", "GmbH", "Corporation", "Labs", "Ministry", "College", "Academy")

// orgWordHit accepts a corporate word after a capitalised word ("Acme
// Foundation"), or one that an "of" and a capitalised name follow
// ("University of Gondor").
func orgWordHit(text, lower string, at int, kw string) bool {
	if afterCapWord(text, lower, at, kw) {
		return true
	}
	e := at + len(kw)
	if !strings.HasPrefix(text[e:], " of ") || e+4 >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[e+4:])
	return unicode.IsUpper(r)
}

// orgsBySuffix finds organisations named with a corporate word
// ("Acme Foundation", "Open Widget Consortium").
func (b *builder) orgsBySuffix() {
	b.orgsOfPlace()
	for _, m := range b.findNear(b.text, b.hitsOf(kwOrgSuffix), b.re.reOrgSuffix, 80, 40) {
		s, e := m[2], m[3]
		s = afterSentenceEnd(b.text, s, e) // "Zorb. The Quux Foundation"
		toks := strings.Fields(b.text[s:e])
		for len(toks) > 1 && leadStop[toks[0]] {
			s += len(toks[0])
			for s < e && (b.text[s] == ' ' || b.text[s] == '\t') {
				s++
			}
			toks = toks[1:]
		}
		if len(toks) < 2 || b.isClaimed(s, e) {
			continue
		}
		i := b.orgAt(s, e, "organization:corporate-suffix", 0.8)
		if i < 0 {
			continue
		}
		b.claim(s, e)
		// "Acme" is the "Acme Foundation" of the same post
		if !strings.Contains(b.text[s:e], " of ") && !strings.Contains(b.text[s:e], " for ") {
			short := strings.Join(toks[:len(toks)-1], " ")
			b.alias(i, fold(short))
		}
		// an acronym written next to it: "CCC=Confidential Computing Consortium", "(CCC)"
		ac := initials(b.text[s:e])
		pre := b.text[max(0, s-len(ac)-2):s]
		post := b.text[e:min(len(b.text), e+len(ac)+3)]
		if strings.Contains(pre, ac) || strings.Contains(post, "("+ac+")") {
			en := &b.res.Entities[i]
			en.Aliases = AppendUnique(en.Aliases, ac)
			b.alias(i, fold(ac))
		}
	}
}

// orgsOfPlace finds organisations named "<Word> of <Name>" ("University of
// Gondor", "Ministry of Widgets", "Royal Academy of Gondor"): the name
// after "of" is part of the organisation's, not a place of its own.
func (b *builder) orgsOfPlace() {
	for _, m := range b.findNear(b.text, b.hitsOf(kwOrgSuffix), b.re.reOrgOf, 40, 60) {
		s, e := m[2], m[3]
		for _, w := range strings.Fields(b.text[s:e]) {
			if !leadStop[w] && w != "The" && w != "A" && w != "An" {
				break
			}
			s += len(w) + 1 // "The University of Gondor"
		}
		if s >= e || b.isClaimed(s, e) {
			continue
		}
		if i := b.orgAt(s, e, "organization:word-of-name", 0.75); i >= 0 {
			b.claim(s, e)
		}
	}
}

// hostingPlace tells whether term t names a code-hosting site as the place
// code lives ("available on GitHub", "pushed to GitLab"), not as a subject.
// key is t's folded name.
func (b *builder) hostingPlace(t Term, key string) bool {
	if !hostingSites[key] {
		return false
	}
	pre := strings.TrimRight(b.lower[max(0, t.Start-12):t.Start], " \t")
	return strings.HasSuffix(pre, " on") || strings.HasSuffix(pre, " to") || strings.HasSuffix(pre, " from") || strings.HasSuffix(pre, " at")
}

// hostingSites are the folded names of the repository hosts of repoHosts.
var hostingSites = func() map[string]bool {
	m := map[string]bool{}
	for h := range repoHosts {
		if l := strings.SplitN(h, ".", 2)[0]; l != "git" { // git.sr.ht: "git" is the tool
			m[l] = true
		}
	}
	return m
}()

// lexicon turns gazetteer terms into Technology, Organization and Place
// entities (or mentions of a Project of the same name).
func (b *builder) lexicon() {
	for _, t := range b.terms {
		if b.stopped() {
			return
		}
		if b.isHardClaimed(t.Start, t.End) || b.inURLAnchor(t.Start) {
			continue
		}
		surface := b.text[t.Start:t.End]
		if strings.ContainsAny(surface, " -") && lowerAlready(surface) {
			continue
		}
		key := b.foldName(t.Name) // the term's key, for every lookup below
		if b.hostingPlace(t, key) || b.notSoftwareUse(t) || b.coinedTerm(t) || b.linkHostAnchor(t) || b.identifierScheme(t) {
			continue
		}
		if t.Class != vocab.Organization && (b.personNameHead(t) || b.personNameTail(t) || b.nameListHead(t) || b.wordNameHead(t)) {
			continue // "Max Roe", "Jane Paris": a person's name, not a product or a place
		}
		// "Microsoft Exchange Server", "Apache Mesos": a maker's name
		// leading a product's
		if t.Class == vocab.Organization {
			if b.makerPhrase(t) {
				continue // "Quuxcorp Season of Learning": a programme's name
			}
			if e := b.productAfterMaker(t); e > t.End && !gluedPrefix(b.text, t.Start) {
				if b.personListNeighbour(t.Start, e) {
					continue // "Jane Roe, Zorb Quimby and Max Doe": a person
				}
				if e2, head := b.longerProductAt(t.Start, e); e2 > e {
					b.longerProductEntity(t.Start, e2, head) // "the Quuxorg Wave ZDS project"
					continue
				}
				name := b.text[t.Start:e]
				nk := fold(name)
				i, ok := b.lookup(vocab.Technology, nk)
				if !ok {
					i = b.entity(vocab.Technology, name, nk)
				}
				b.mention(i, t.Start, e, "technology:maker-product", 0.6)
				continue
			}
		}
		if e, head := b.longerProduct(t); e > t.End {
			b.longerProductEntity(t.Start, e, head) // "the Zorb REST framework"
			continue
		}
		if b.forgeAsPlatform(t) {
			t.Class = vocab.Technology // "Zorbhub repositories": the platform
		}
		if b.orgAgent(t) {
			b.brandOrg(t) // "chaired by Zorbware and Quuxsoft": the makers
			continue
		}
		// (a weak place left in b.terms has its cue: cuedPlaces)
		if t.Weak && (t.Class == vocab.Organization && !b.orgContext(t) || t.Class != vocab.Organization && t.Class != vocab.Place && !b.weakContext(t)) {
			continue
		}
		var i int
		skey := key // the surface's key
		if surface != t.Name {
			skey = b.foldName(surface)
		}
		if j, ok := b.lookup(vocab.Project, key); ok {
			i = j
		} else if j, ok := b.lookup(vocab.Project, skey); ok {
			i = j
		} else if j, ok := b.lookup(vocab.Organization, key); ok && !b.softwareOfFoundation(t, j) {
			i = j
		} else if j, ok := b.lookup(vocab.Organization, skey); ok && t.Class != vocab.Place && !b.softwareOfFoundation(t, j) {
			i = j
		} else if j, ok := b.lookup(vocab.Person, skey); ok {
			_ = j
			continue
		} else {
			i = b.entity(t.Class, t.Name, key)
			b.alias(i, skey)
		}
		e := &b.res.Entities[i]
		if surface != e.Name {
			e.Aliases = AppendUnique(e.Aliases, surface)
		}
		if termSameAs(e.Class, t.Class) {
			e.SameAs = AppendUnique(e.SameAs, t.SameAs...)
		}
		b.mention(i, t.Start, t.End, lexiconRule(t.Class), 0.8)
	}
	b.looseTerms()
	b.definedSoftware()
}

// lexiconRule is the rule name of a lexicon mention of class c:
// "lexicon:" and the class in lower case (constants for the classes the
// lexicon gives, so that no mention builds its string).
func lexiconRule(c vocab.Class) string {
	switch c {
	case vocab.Technology:
		return "lexicon:technology"
	case vocab.Organization:
		return "lexicon:organization"
	case vocab.Place:
		return "lexicon:place"
	case vocab.Project:
		return "lexicon:project"
	case vocab.Person:
		return "lexicon:person"
	}
	return "lexicon:" + strings.ToLower(string(c))
}

// nameListHead tells whether term t (a technology or a place that is also
// a given name: "Max", "Sage") leads a person's name in a line or sentence
// that only lists people ("- Max Quimby", "Sage Roe, Ana Lima and Jo
// Oblonsky"), where title case says nothing against the names.
func (b *builder) nameListHead(t Term) bool {
	surf := b.text[t.Start:t.End]
	if strings.ContainsAny(surf, " \t") || b.x.cfg.GivenName == nil || !b.givenNameMemo(surf) {
		return false
	}
	if t.End+1 >= len(b.text) || b.text[t.End] != ' ' {
		return false
	}
	sent := b.sentence(t.Start)
	return b.titleSentence(sent) && b.nameLineSentence(sent)
}

// linkHostAnchor tells whether technology term t only names the host of
// the link whose anchor holds it ("[Zorbtube](https://zorbtube.example/…)",
// "this [Zorbtube playlist](…)" for a video or slides site): a website used
// as a link host, not a technology the post discusses.
func (b *builder) linkHostAnchor(t Term) bool {
	if t.Class != vocab.Technology {
		return false
	}
	n, folded := "", false // the term's letters and digits, folded once a link holds it
	for _, l := range b.links {
		if l.kind != lkIgnore || t.Start < l.start || t.End > l.end {
			continue
		}
		if !folded {
			n, folded = alnumFold(b.text[t.Start:t.End]), true
		}
		if len(n) < 3 {
			return false
		}
		if strings.Contains(alnumFold(l.host), n) {
			return true
		}
	}
	return false
}
