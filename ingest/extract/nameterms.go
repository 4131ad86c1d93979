package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// personNameHead tells whether vocabulary term t (a technology or place
// that is also a given name: "Sage", "Pascal", "Max") is the first word of
// a person's name: a person's mention covers it, or it is a known given name
// followed by a capitalised word that no vocabulary knows ("Pascal
// Quimby"), in a sentence not written in title case, after "by" or as a
// link's anchor.
func (b *builder) personNameHead(t Term) bool {
	if b.mentionOverlaps(t.Start, t.End, vocab.Person) {
		return true
	}
	surf := b.text[t.Start:t.End]
	if strings.ContainsAny(surf, " \t") || b.x.cfg.GivenName == nil || !b.givenNameMemo(surf) {
		return false
	}
	if t.End+1 >= len(b.text) || b.text[t.End] != ' ' {
		return false
	}
	ws := t.End + 1
	we := tokenEnd(b.text, ws)
	w := strings.TrimRight(b.text[ws:we], ".,;:!?)")
	if particles[strings.ToLower(w)] && we+1 < len(b.text) && b.text[we] == ' ' {
		ws = we + 1 // "Pascal van Quimby"
		we = tokenEnd(b.text, ws)
		w = strings.TrimRight(b.text[ws:we], ".,;:!?)")
	}
	if !isNameToken(w) || leadStop[w] || notName[w] || b.isTerm(w) || b.anyTerm(w) {
		return false
	}
	// a linked name ("[Max Quimby](…)") or a name after "by" is a person's
	// even in a title-cased line
	for _, l := range b.links {
		if l.start == t.Start && l.end >= ws+len(w) && l.end <= we+1 {
			return true
		}
	}
	if pre := b.lower[max(0, t.Start-4):t.Start]; strings.HasSuffix(pre, " by ") || strings.HasSuffix(pre, "by [") {
		return true
	}
	// "Title - Max Quimby: summary": a speaker after a dash, closed by a
	// colon or a comma
	if pre := b.text[max(0, t.Start-4):t.Start]; (strings.HasSuffix(pre, " - ") || strings.HasSuffix(pre, " – ") || strings.HasSuffix(pre, " — ")) && we < len(b.text) && strings.ContainsRune(":,\n", rune(b.text[we])) {
		return true
	}
	sent := b.sentence(t.Start)
	return !b.titleSentence(sent)
}

// nameTerm is anyTerm for a person-like anchor: a vocabulary word in it
// says it names a product or a company, except a known given name leading a
// longer name ("Max Quimby").
func (b *builder) nameTerm(a string) bool {
	toks := strings.Fields(a)
	if len(toks) > 1 && b.x.cfg.GivenName != nil && b.givenName(toks[0]) {
		return b.anyTerm(strings.Join(toks[1:], " "))
	}
	return b.anyTerm(a)
}

// dropPersonTerms removes the technologies and places that the vocabulary
// found only inside persons' names ("Max" of "Max Quimby", named by a
// rule that ran after the vocabulary's).
func (b *builder) dropPersonTerms() {
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Technology && e.Class != vocab.Place || len(e.Mentions) == 0 || b.canonical(i) != i {
			continue
		}
		inName := true
		for _, m := range e.Mentions {
			if !strings.HasPrefix(m.Rule, "lexicon:") || !b.mentionOverlaps(m.Start, m.End, vocab.Person) {
				inName = false
				break
			}
		}
		if inName {
			e.drop()
		}
	}
}

// personNameTail tells whether vocabulary term t is the surname of a
// person: one capitalised word right after a known given name that no
// vocabulary knows and that no preposition of place separates ("Jane
// Sutton", not "in Sutton").
func (b *builder) personNameTail(t Term) bool {
	surf := b.text[t.Start:t.End]
	if strings.ContainsAny(surf, " \t") || b.x.cfg.GivenName == nil || t.Start < 2 || b.text[t.Start-1] != ' ' {
		return false
	}
	w := strings.TrimLeft(prevWord(b.text, t.Start), "_*[(\"'")
	if len(w) < 2 || !isNameToken(w) || leadStop[w] || !b.givenNameMemo(w) || b.isTerm(w) {
		return false
	}
	return true
}
