package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/internal/lazyre"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// A sentence that opens by defining a name the vocabulary does not know
// as software presents a project: "Zorbl is a Qt-based desktop
// environment", "Zorbl is free software that …", "Zorbl is a damn simple
// file sharing web application". The head noun of the phrase after "is
// a" decides, up to the first word that ends the noun phrase ("that",
// "running", "for", …); names the post or the vocabulary gives another
// class (a person, an organisation, a place, an event) are left alone.

// reDefined matches the opening "<Name> is a(n)/the/free/open source …".
var reDefined = lazyre.New(`^([\p{Lu}][\p{L}\d.+#_]*[\p{L}\d](?:-[\p{L}\d]+)?)[ \t]+is[ \t]+(?:a|an|the|free|open[ \t-]source)[ \t]+([^.!?;:\n]{0,90})`)

// definedHeads are the nouns that make the defined phrase software.
var definedHeads = wordSet("library", "framework", "toolkit", "tool", "application", "app", "software", "environment", "platform", "server", "client", "database", "engine", "editor", "language", "compiler", "interpreter", "plugin", "extension", "package", "module", "project", "distribution", "protocol", "sdk", "runtime", "generator")

// definedEnds end the noun phrase after "is a".
var definedEnds = wordSet("that", "which", "who", "for", "to", "with", "by", "from", "of", "in", "on", "and", "or", "but", "where", "when", "running", "designed", "driven", "written", "built", "made", "based", "aimed", "used", "developed", "created")

// definedSoftware makes Projects of the names sentences define as software.
func (b *builder) definedSoftware() {
	for _, ss := range b.sents {
		if b.stopped() {
			return
		}
		s := ss.Start
		for s < ss.End && strings.IndexByte(" \t\n*-", b.text[s]) >= 0 {
			s++
		}
		w := b.text[s:min(ss.End, s+200)]
		if !mayDefine(w) {
			continue
		}
		m := reDefined.FindStringSubmatchIndex(w)
		if m == nil || !definedAsSoftware(b.text[s+m[4]:s+m[5]]) {
			continue
		}
		ns, ne := s+m[2], s+m[3]
		name := b.text[ns:ne]
		if leadStop[name] || notName[name] || b.isHardClaimed(ns, ne) || b.x.cfg.GivenName != nil && b.givenName(name) || b.namedOtherwise(name, ns, ne) {
			continue
		}
		if b.isTerm(name) || b.anyTerm(name) || b.x.series[strings.ToLower(name)] != "" {
			continue // the vocabulary knows it (a technology is found as one)
		}
		i, ok := b.lookup(vocab.Project, fold(name))
		if !ok {
			i = b.entity(vocab.Project, name, fold(name))
		}
		b.mention(i, ns, ne, "project:defined-as-software", 0.6)
	}
}

// mayDefine reports whether reDefined can match w: a match opens with an
// upper-case letter (an ASCII capital, or a non-ASCII letter) and a name
// that holds no space or tab, followed by blanks, "is" and a blank. It
// is false for almost every sentence, which then skips the regexp.
func mayDefine(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' && w[0] < utf8.RuneSelf {
		return false
	}
	i := strings.IndexAny(w, " \t")
	if i < 0 {
		return false
	}
	for i < len(w) && (w[i] == ' ' || w[i] == '\t') {
		i++
	}
	return strings.HasPrefix(w[i:], "is") && i+2 < len(w) && (w[i+2] == ' ' || w[i+2] == '\t')
}

// definedAsSoftware tells whether the phrase after "is a" is headed by a
// noun of software, before a word that ends its noun phrase.
func definedAsSoftware(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		w = strings.ToLower(strings.Trim(w, "\"'“”‘’()[],*_`"))
		if definedEnds[w] {
			return false
		}
		if definedHeads[w] {
			return true
		}
	}
	return false
}

// namedOtherwise tells whether the post names name, or the words at
// [s,e), as a person, an organisation, a place or an event. The short name
// of a foundation named after its software does not count: "Zorbl" of the
// "Zorbl Foundation" may be the software.
func (b *builder) namedOtherwise(name string, s, e int) bool {
	for _, c := range []vocab.Class{vocab.Person, vocab.Organization, vocab.Place, vocab.Event} {
		if b.mentionOverlaps(s, e, c) {
			return true
		}
		if i, ok := b.lookup(c, fold(name)); ok && !(c == vocab.Organization && b.foundationOf(i, name)) {
			return true
		}
	}
	return false
}

// softwareOfFoundation tells whether technology term t names the software
// organisation j is named after ("Zorb" beside the "Zorb GmbH"): the term
// is the technology, not the organisation.
func (b *builder) softwareOfFoundation(t Term, j int) bool {
	return t.Class == vocab.Technology && b.foundationOf(j, b.text[t.Start:t.End])
}

// foundationOf tells whether organisation i is named name and a corporate
// word ("Zorbl Foundation" for "Zorbl").
func (b *builder) foundationOf(i int, name string) bool {
	org := b.res.Entities[i].Name
	rest, ok := strings.CutPrefix(org, name+" ")
	if !ok || strings.Contains(rest, " ") {
		return false
	}
	for _, kw := range kwOrgSuffix.words {
		if rest == kw {
			return true
		}
	}
	return false
}
