package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Two more ways a post names software the vocabulary does not know:
//   - a link to the encyclopedia article of the name: "[zorbl2vec]" or
//     "[zorblinux]" linked to en.wikipedia.org/wiki/Zorbl2vec; the article's
//     title is the anchor, and the name is software when it is no English
//     word and written in lower case or with digits or inner capitals (a
//     capitalised name may be anything: a place, a person, an event);
//   - the subject of "a Zorbd talk", "the zorbfs talk": a name that is no
//     English word before a talk's noun.
// Names the post or the vocabulary gives another class are left alone.

// subjectNouns are the nouns after which a name is a talk's subject, with
// their plurals (w+"s"; none of them overlaps itself: see
// wordIndexesPlural).
var subjectNouns = []string{"talk", "presentation", "workshop", "tutorial"}

// subjectDets come before "<name> talk".
var subjectDets = wordSet("a", "an", "the", "this", "that", "my", "his", "her", "their", "our")

// namedSubjects finds software named by encyclopedia links and as the
// subject of a talk.
func (b *builder) namedSubjects() {
	if b.x.cfg.Word == nil {
		return // without the word list nothing tells a name from a word
	}
	for _, l := range b.links {
		if b.stopped() {
			return
		}
		if l.end <= l.start || l.end > len(b.text) {
			continue
		}
		if title := wikiTitle(l.url); title != "" {
			s, e := trimSpan(b.text, l.start, l.end)
			name := b.text[s:e]
			if alnumFold(name) == alnumFold(title) && b.wikiSoftware(name) {
				if i := b.subjectName(s, e, "project:encyclopedia-link"); i >= 0 {
					en := &b.res.Entities[i]
					en.SameAs = AppendUnique(en.SameAs, l.url)
				}
			}
		}
	}
	for _, n := range subjectNouns {
		// the noun in lower case: "the Zorb Workshop" is a title
		sing, plural := wordIndexesPlural(b.text, n)
		for _, ats := range [2][]int{sing, plural} {
			for _, at := range ats {
				if b.stopped() {
					return
				}
				b.talkSubject(at)
			}
		}
	}
}

// talkSubject reads "<det> <name> talk" before the talk noun at at.
func (b *builder) talkSubject(at int) {
	// the name: the word before, past spaces, emphasis and a link's bracket
	e, nl := at, 0
	for e > 0 && strings.IndexByte(" \t\n*_[", b.text[e-1]) >= 0 {
		if b.text[e-1] == '\n' {
			nl++
		}
		e--
	}
	if nl > 1 {
		return // a paragraph ends between
	}
	s := e
	for s > 0 && (isWordByte(b.text[s-1]) || strings.IndexByte(".+#-/", b.text[s-1]) >= 0) {
		s--
	}
	for s < e && strings.IndexByte(".+#-/", b.text[s]) >= 0 {
		s++
	}
	if s >= e || !isWordByte(b.text[e-1]) && b.text[e-1] != '+' && b.text[e-1] != '#' {
		return // "the future. Talk …": a sentence ends between
	}
	d := s
	for d > 0 && strings.IndexByte(" \t\n*_[", b.text[d-1]) >= 0 {
		d--
	}
	if !subjectDets[strings.ToLower(lastWord(b.text[:d]))] {
		return
	}
	name := b.text[s:e]
	if !b.subjectShaped(name) {
		return
	}
	b.subjectName(s, e, "project:named-before-talk")
}

// subjectShaped tells whether a talk's subject word is a name: a letter
// first, three letters or more, no English word or its inflection, no
// compound of such words ("mind-opening", "double-slot").
func (b *builder) subjectShaped(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLetter(r) || letterCount(name) < 3 {
		return false
	}
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '/' }) {
		if b.x.cfg.Word(part) || inflected(part, b.x.cfg.Word) {
			return false
		}
	}
	return true
}

// plainWord tells whether w, capitalised, is still an inflected English
// word or a given name, not a product's name ("Applications", "Marketing",
// "Jane"; products are named by plain words too: "Asterisk"); names with
// inner capitals, digits or in capitals are names.
func (b *builder) plainWord(w string) bool {
	if camelCase(w) || allCaps(w) || versioned(w) {
		return false
	}
	if b.x.cfg.GivenName != nil && b.givenName(w) {
		return true
	}
	return b.x.cfg.Word != nil && inflected(w, b.x.cfg.Word)
}

// wikiSoftware tells whether an encyclopedia link's anchor has the shape
// of a software name: one token, no English word, in lower case or with
// digits or inner capitals.
func (b *builder) wikiSoftware(name string) bool {
	if strings.ContainsAny(name, " \t\n") || !b.subjectShaped(name) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsLower(r) || versioned(name) || camelCase(name)
}

// subjectName makes software of the name at [s,e) found by rule, unless the
// post or the vocabulary gives it another class; it returns the entity or -1.
func (b *builder) subjectName(s, e int, rule string) int {
	name := b.text[s:e]
	lw := strings.ToLower(name)
	if leadStop[name] || notName[name] || b.x.series[lw] != "" || b.x.cfg.GivenName != nil && b.givenName(name) {
		return -1
	}
	for _, c := range []vocab.Class{vocab.Person, vocab.Organization, vocab.Place, vocab.Event} {
		if i, ok := b.lookup(c, fold(name)); ok && !(c == vocab.Organization && b.foundationOf(i, name)) || b.mentionOverlaps(s, e, c) {
			return -1
		}
	}
	if b.isTerm(name, vocab.Organization, vocab.Place) {
		return -1
	}
	for k := range b.res.Entities {
		ev := &b.res.Entities[k] // not a copy of the large Entity
		if ev.Class == vocab.Event && ev.Series != "" && fold(ev.Series) == fold(name) {
			return -1 // "a Zorbcon talk": the series of an edition the post names
		}
	}
	for _, c := range []vocab.Class{vocab.Project, vocab.Technology} {
		if i, ok := b.lookup(c, fold(name)); ok {
			b.mention(i, s, e, rule, 0.6)
			return i
		}
	}
	c := vocab.Project
	if b.isTerm(name, vocab.Technology) {
		c = vocab.Technology
	}
	i := b.entity(c, name, fold(name))
	b.mention(i, s, e, rule, 0.6)
	return i
}

// wikiTitle returns the article title of a Wikipedia page URL, with
// underscores as spaces, or "".
func wikiTitle(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || !strings.HasSuffix(strings.ToLower(u.Host), ".wikipedia.org") {
		return ""
	}
	t, ok := strings.CutPrefix(u.Path, "/wiki/")
	if !ok || t == "" || strings.Contains(t, ":") {
		return "" // not an article ("Special:", "File:")
	}
	return strings.ReplaceAll(t, "_", " ")
}
