package extract

import (
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Loose terms are technologies the vocabulary knows by a name written here in
// another casing ("python" for Python) or by a name it never matches in
// prose alone ("C", "pandas"). A loose mention is a Technology only with a
// strong context:
//   - it is a whole code span;
//   - a cue before it: "written in c", "implemented in python";
//   - a software noun after it: "python code", "C extensions", "a python
//     back-end" (not after a common word the vocabulary drops: "mobile
//     apps");
//   - it stands in a list beside a technology matched as written ("numpy,
//     pandas and Widgetd"; a weak one once its context confirmed it), when
//     it has four letters or more.

// looseHeads are nouns that, right after a loose name, say it names software.
var looseHeads = wordSet("code", "codebase", "back-end", "backend", "library", "libraries", "script", "scripts", "bindings", "binding", "extension", "extensions", "module", "modules", "package", "packages", "developer", "developers", "programmer", "programmers", "programming", "interpreter", "compiler", "api", "apis", "sdk", "runtime", "source", "program", "programs", "application", "applications", "app", "apps", "framework", "dataframe", "dataframes")

// verbHeads are looseHeads that also follow common short words ("just code",
// "go program").
var verbHeads = wordSet("code", "source", "program", "programs", "programming", "script", "scripts", "package", "packages", "app", "apps", "application", "applications")

// splitLoose moves the Loose terms of ts (in order) out of it.
func splitLoose(ts []Term) (strict, loose []Term) {
	strict = ts[:0]
	for _, t := range ts {
		if t.Loose {
			loose = append(loose, t)
		} else {
			strict = append(strict, t)
		}
	}
	return strict, loose
}

// looseTerms makes Technologies of the loose terms a strong context confirms.
func (b *builder) looseTerms() {
	for _, t := range b.loose {
		if b.stopped() {
			return
		}
		if t.Class != vocab.Technology || b.isHardClaimed(t.Start, t.End) || b.inURLAnchor(t.Start) || !b.looseContext(t) {
			continue
		}
		i, ok := b.lookup(vocab.Technology, fold(t.Name))
		if !ok {
			i = b.entity(vocab.Technology, t.Name, fold(t.Name))
		}
		e := &b.res.Entities[i]
		e.SameAs = AppendUnique(e.SameAs, t.SameAs...)
		b.mention(i, t.Start, t.End, "lexicon:loose-technology", 0.6)
	}
}

// looseContext tells whether the text around loose term t says it names a
// technology.
func (b *builder) looseContext(t Term) bool {
	surf := b.text[t.Start:t.End]
	// "c" is no C; a short name is kept only as written
	if len(t.Name) <= 2 && surf != t.Name {
		return false
	}
	// "C" alone in code may be a type parameter ("`X`", "`V`"): a letter
	// needs a cue even there ("`C` extensions")
	short := len(t.Name) <= 2
	if span := b.codeSpan(t.Start, t.End); span && !short {
		return true
	} else if !span && b.inCode(t.Start, t.End) {
		return false
	}
	// a common word ("mobile", "clean") before a software noun says
	// nothing; a letter as written ("C code") and another casing
	// ("python code") do
	if w := strings.ToLower(nextWord(b.text, t.End)); looseHeads[w] && (!t.Dropped || len(t.Name) <= 2) {
		// "just code", "go code": after a short word, nouns that are also
		// verbs or objects say nothing
		if !verbHeads[w] || len(surf) >= 5 || surf == t.Name {
			return true
		}
	}
	pre := strings.TrimRight(b.lower[max(0, t.Start-20):t.Start], " \t")
	for _, l := range []string{"written in", "implemented in", "ported to", "rewritten in", "programming in", "coded in", "code in"} {
		if strings.HasSuffix(pre, " "+l) || pre == l {
			return true
		}
	}
	if short || len(surf) < 4 || determiners[strings.ToLower(prevWord(b.text, t.Start))] {
		return false // "for this reason, Rust …" is no list
	}
	return b.listedWithTechnology(t)
}

// determiners before a word make it a noun phrase's head, not a list item.
var determiners = wordSet("the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "its", "his", "her", "own", "any", "some", "no", "every", "each")

// asWritten tells whether technology term t was kept as written: a term
// of the vocabulary's own, or a weak one its context confirmed (it names
// an entity there: "python, GStreamer and OpenCV").
func (b *builder) asWritten(t Term) bool {
	return !t.Weak || b.mentionOverlaps(t.Start, t.End, vocab.Technology)
}

// listedWithTechnology tells whether loose term t stands in a list ("a, b
// and c") next to a technology matched as written.
func (b *builder) listedWithTechnology(t Term) bool {
	seps := []string{", ", " and ", ", and ", " or ", "/"}
	// the item before
	i := sort.Search(len(b.terms), func(i int) bool { return b.terms[i].Start >= t.Start })
	if i > 0 {
		p := b.terms[i-1]
		if p.Class == vocab.Technology && b.asWritten(p) && p.End <= t.Start {
			gap := b.text[p.End:t.Start]
			for _, s := range seps {
				if gap == s {
					return true
				}
			}
		}
	}
	// the item after
	if i < len(b.terms) {
		n := b.terms[i]
		if n.Class == vocab.Technology && b.asWritten(n) && n.Start >= t.End {
			gap := b.text[t.End:n.Start]
			for _, s := range seps {
				if gap == s {
					return true
				}
			}
		}
	}
	return false
}
