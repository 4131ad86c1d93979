package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// A talk's title names the software it is about, and the slug of the talk's
// schedule page, made from the title's key words, repeats the name:
// "Enhancing FrobPBX with Quuxly" linked to /2012/schedule/event/quuxly_frobpbx/,
// "I wrote Zorblmatch, shall we use it?" to …/event/zorblmatch, "[HTTP/7]" to
// …/event/http7. A word of the link's anchor whose letters and digits are one
// slug token (or several run together) is software when its shape says it
// is a name, not a word:
//   - the vocabulary knows it as a technology ("Android", or a weak name
//     such as "sudo", which the slug confirms);
//   - it has inner capitals, digits, or an inner dot or slash
//     ("FrobPBX", "HTTP/7", "zorbl.sh"); acronyms of four letters or more
//     that are no English word ("ONOS"; not "FLOSS");
//   - it is capitalised and no English word, in a title written in sentence
//     case, or leading a title that is written in title case ("Puffin:
//     Free Webapp Hosting"), or it is the whole anchor; a word in lower
//     case is a name only when the vocabulary knows it or it is a site's
//     first label ("zorbtags.example.org reloaded!").
// Names the post or the vocabulary gives another class (a person, an
// organisation, a place, an event series) are left alone; neighbouring
// names are one ("ACME WIDGETSTORM").

// slugNames makes Projects (or Technologies the vocabulary knows) of the
// names talk titles share with their schedule slugs.
func (b *builder) slugNames() {
	for _, l := range b.links {
		if b.stopped() {
			return
		}
		if l.kind != lkTalk || l.slug == "" || l.end <= l.start || l.end > len(b.text) {
			continue
		}
		toks := slugTokens(l.slug)
		if len(toks) == 0 {
			continue
		}
		words := anchorWords(b.text, l.start, l.end)
		title := b.text[l.start:l.end]
		tc := titleCased(title)
		var run []Span
		flush := func() {
			if len(run) > 0 {
				b.slugName(run[0].Start, run[len(run)-1].End)
			}
			run = run[:0]
		}
		for k, w := range words {
			ws := b.text[w.Start:w.End]
			// "zorbl.example.org reloaded": a site named by its first label
			host := false
			if d := strings.IndexByte(ws, '.'); d > 0 && !slugHas(toks, alnumFold(ws)) && slugHas(toks, alnumFold(ws[:d])) && strings.Count(ws, ".") >= 2 {
				w.End = w.Start + d
				ws, host = ws[:d], letterCount(ws[:d]) >= 3
			}
			if !slugHas(toks, alnumFold(ws)) || !host && !b.slugWordIsName(w, k, len(words), tc) {
				flush()
				continue
			}
			if len(run) > 0 && b.text[run[len(run)-1].End:w.Start] != " " {
				flush()
			}
			run = append(run, w)
		}
		flush()
	}
}

// slugName makes software of the name at [s,e).
func (b *builder) slugName(s, e int) {
	name := b.text[s:e]
	// the link's anchor is also a mention of its edition: events aside
	for _, c := range []vocab.Class{vocab.Person, vocab.Organization, vocab.Place} {
		if i, ok := b.lookup(c, fold(name)); ok && !(c == vocab.Organization && b.foundationOf(i, name)) || b.mentionOverlaps(s, e, c) {
			return
		}
	}
	if _, ok := b.lookup(vocab.Event, fold(name)); ok || b.isTerm(name, vocab.Organization, vocab.Place) {
		return
	}
	j := b.softwareEntity(name)
	b.mention(j, s, e, slugRule, 0.6)
}

// slugRule is the rule of the mentions slugNames makes.
const slugRule = "project:talk-slug"

// dropTermsInNames drops the technologies the vocabulary found only
// inside a longer name slugNames or softwareLists found ("HTTP" of
// "HTTP/7", "Zorbl" of "Zorbl Mobile"). It runs when the rules are done
// (dropped entities point nowhere).
func (b *builder) dropTermsInNames() {
	var names []Span
	for _, en := range b.res.Entities {
		for _, m := range en.Mentions {
			if (m.Rule == slugRule || m.Rule == listRule) && en.Class != "" {
				names = append(names, Span{m.Start, m.End})
			}
		}
	}
	if len(names) == 0 {
		return
	}
	within := func(m Mention) bool {
		for _, n := range names {
			if m.Start >= n.Start && m.End <= n.End && m.End-m.Start < n.End-n.Start {
				return true
			}
		}
		return false
	}
	for i := range b.res.Entities {
		en := &b.res.Entities[i]
		if en.Class != vocab.Technology || len(en.Mentions) == 0 || b.canonical(i) != i {
			continue
		}
		inside := true
		for _, m := range en.Mentions {
			if !strings.HasPrefix(m.Rule, "lexicon:") || !within(m) {
				inside = false
				break
			}
		}
		if inside {
			en.drop()
		}
	}
}

// slugWordIsName tells whether anchor word w (the k-th of n) has the shape
// of a name; tc: the title is written in title case.
func (b *builder) slugWordIsName(w Span, k, n int, tc bool) bool {
	ws := b.text[w.Start:w.End]
	lw := strings.ToLower(ws)
	if utf8.RuneCountInString(ws) < 3 || leadStop[ws] || notName[ws] || titleOpeners[lw] || genericTails[lw] || lowerStop[lw] {
		return false
	}
	if b.x.series[lw] != "" || b.x.cfg.GivenName != nil && b.givenName(ws) {
		return false
	}
	if b.isTerm(ws, vocab.Organization, vocab.Place) {
		return false
	}
	if b.isTerm(ws, vocab.Technology) {
		return true
	}
	if t, ok := b.termIn(w.Start, w.End); ok && t.Start == w.Start && t.End == w.End && t.Class == vocab.Technology {
		return true // a weak name ("sudo"): the slug is its context
	}
	word := b.x.cfg.Word
	if word == nil {
		word = func(string) bool { return true } // no word list: no unknown word is a name
	}
	if camelCase(ws) || versioned(ws) || strings.Contains(ws, ".") && letterCount(ws) >= 3 {
		return true
	}
	if allCaps(ws) {
		// an acronym alone ("ONOS") or beside another ("ACME ZORBLSTORMS")
		// an acronym that is the talk's whole official title may be a
		// title's joke ("RTFM"), not a name
		return utf8.RuneCountInString(ws) >= 4 && !word(ws) && (n == 1 && !b.officialTitle(w) || acronymBeside(b.text, w))
	}
	r, _ := utf8.DecodeRuneInString(ws)
	if !unicode.IsUpper(r) {
		return false // "estimator": a lower-case word, known or not, is no sure name
	}
	if word(ws) || inflected(ws, word) {
		return false
	}
	lead := k == 0 && w.End < len(b.text) && strings.IndexByte(":,", b.text[w.End]) >= 0
	// a capital leading a sentence-cased title, or its subtitle, is the
	// sentence's ("Zorbl: Frobbing widgets")
	return lead || n == 1 || !tc && k > 0 && !b.subtitleStart(w.Start)
}

// subtitleStart tells whether the word at i follows a colon, a dash or a
// question mark: it starts a sentence of its own.
func (b *builder) subtitleStart(i int) bool {
	pre := strings.TrimRight(b.text[max(0, i-4):i], " \t")
	return strings.HasSuffix(pre, ":") || strings.HasSuffix(pre, "-") || strings.HasSuffix(pre, "–") || strings.HasSuffix(pre, "?") || strings.HasSuffix(pre, "!")
}

// inflected tells whether w is an English word with an inflection
// ("Frobbing" of "frob", "Federating" of "federate", "widgets").
func inflected(w string, word func(string) bool) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"s", "es", "ed", "d", "ing", "er", "ers"} {
		st, ok := strings.CutSuffix(lw, suf)
		if !ok || len(st) < 3 || suf == "d" && !strings.HasSuffix(st, "e") {
			continue // "used" of "use"; not "zorbd" of "zorb"
		}
		if word(st) || word(st+"e") || len(st) >= 4 && st[len(st)-1] == st[len(st)-2] && word(st[:len(st)-1]) {
			return true
		}
	}
	return false
}

// letterCount counts the letters of s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// officialTitle tells whether anchor word w is the whole official title of
// the talk its link names.
func (b *builder) officialTitle(w Span) bool {
	if b.x.cfg.Talk == nil {
		return false
	}
	for _, l := range b.links {
		if l.kind == lkTalk && l.start <= w.Start && l.end >= w.End {
			if t, ok := b.x.cfg.Talk(b.x.series[l.label], l.year, l.slug); ok && alnumFold(t) == alnumFold(b.text[w.Start:w.End]) {
				return true
			}
		}
	}
	return false
}

// acronymBeside tells whether another capitals-only word of four letters or
// more is next to w, one space away.
func acronymBeside(text string, w Span) bool {
	next := nextWord(text, w.End)
	if w.End < len(text) && text[w.End] == ' ' && len(next) >= 4 && allCaps(next) {
		return true
	}
	pre := strings.TrimSuffix(text[:w.Start], " ")
	if len(pre) == w.Start {
		return false
	}
	i := len(pre)
	for i > 0 && isWordByte(pre[i-1]) {
		i--
	}
	return len(pre)-i >= 4 && allCaps(pre[i:])
}

// camelCase tells whether s has a capital after a lower-case letter
// ("FrobPBX", "iZorbl"; not "ZORBLing").
func camelCase(s string) bool {
	prevLower := false
	for _, r := range s {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// versioned tells whether s is a name of three letters or more with a
// version written in ("HTTP/7", "zorbl3"; not "e2e").
func versioned(s string) bool {
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	if digits == 0 || letters < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// allCaps tells whether s has letters and all of them are capitals.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// slugTokens splits a schedule slug into its lower-case words.
func slugTokens(slug string) []string {
	return strings.FieldsFunc(strings.ToLower(slug), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// slugHas tells whether f is one token of toks or up to three neighbouring
// ones run together ("zorblsh" of "zorbl_sh").
func slugHas(toks []string, f string) bool {
	if f == "" {
		return false
	}
	for i := range toks {
		cat := ""
		for j := i; j < len(toks) && j < i+3; j++ {
			cat += toks[j]
			if cat == f {
				return true
			}
			if len(cat) >= len(f) {
				break
			}
		}
	}
	return false
}

// anchorWords returns the words of text[s:e]: runs of letters and digits,
// with the dots, slashes, pluses and hashes inside them ("zorbl.sh",
// "HTTP/7"); hyphens part words ("de-Acme-ify").
func anchorWords(text string, s, e int) []Span {
	var out []Span
	i := s
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < e {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if strings.ContainsRune("./+#", r) && j+n < e {
				if r2, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, Span{i, j})
		i = j
	}
	return out
}
