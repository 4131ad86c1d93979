package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// A noun of software followed by examples names software: "open source
// components (e.g. Zorbl, Quuxd and Frobnik)", "FLOSS projects such as
// Zorbl, FrobServer and others", "tools such as the Quux project, Zorbl
// Mobile and Frob SDK", "a billing engine (e.g. zorbl2billing)". Each
// example of the list is software when it is written as a name (capitals,
// digits) and the post or the vocabulary gives it no other class. A list
// of one example needs a name with inner capitals or digits.

// listHeads are the plural (and a few singular) nouns of software a list
// of examples may follow.
var listHeads = wordSet("projects", "tools", "components", "technologies", "frameworks", "libraries", "interfaces",
	"engines", "engine", "servers", "server", "clients", "applications", "apps", "programs", "software", "implementations",
	"distributions", "databases", "editors", "platforms", "packages", "toolkits", "daemons")

// listCues introduce the examples, right after the head noun (an opening
// parenthesis may come between).
// ("e.g.," comes after "e.g.": softwareLists reads its places from those
// of "e.g.").
var listCues = []string{"such as", "e.g.", "e.g.,", "eg.", "like", "including"}

// kwListCue finds the cues of listCues but "e.g.," (read from "e.g.") as
// whole words, in the scanner's one pass over the text.
var kwListCue = newFoldKeywords(wholeWordHit, "such as", "e.g.", "eg.", "like", "including")

// wholeWordHit accepts a keyword hit that is a whole word of lower, as
// wordIndexes finds them.
func wholeWordHit(_, lower string, at int, kw string) bool {
	j := at + len(kw)
	return (at == 0 || !isWordByte(lower[at-1])) && (j >= len(lower) || !isWordByte(lower[j]))
}

// listCueIndexes returns, for each cue of listCues, where it stands as a
// whole word in b.lower, in text order (nil for "e.g.,"): the scanner's
// hits of kwListCue, or wordIndexes where the builder has no hits.
func (b *builder) listCueIndexes() [][]int {
	out := make([][]int, len(listCues))
	if b.hits == nil {
		for ci, cue := range listCues {
			if cue != "e.g.," {
				out[ci] = wordIndexes(b.lower, cue)
			}
		}
		return out
	}
	for _, h := range b.hitsOf(kwListCue) {
		for ci, cue := range listCues {
			if cue == h.kw {
				out[ci] = append(out[ci], h.at)
				break
			}
		}
	}
	return out
}

// listStops end a list: "and others", "etc".
var listStops = wordSet("others", "other", "etc", "more", "many", "similar", "so")

// listRule is the rule of the mentions softwareLists makes.
const listRule = "project:software-list"

// softwareLists makes software of the names listed as examples of a noun
// of software.
//
// The places of the cues come from the scanner's one pass (kwListCue),
// taken cue by cue in the order of listCues.
func (b *builder) softwareLists() {
	byCue := b.listCueIndexes()
	var eg []int // where "e.g." stands: "e.g.," is there too, before a comma
	for ci, cue := range listCues {
		var ats []int
		switch cue {
		case "e.g.":
			eg = byCue[ci]
			ats = eg
		case "e.g.,":
			for _, at := range eg {
				if j := at + len(cue); j <= len(b.lower) && b.lower[j-1] == ',' && (j >= len(b.lower) || !isWordByte(b.lower[j])) {
					ats = append(ats, at)
				}
			}
		default:
			ats = byCue[ci]
		}
		for _, at := range ats {
			if b.stopped() {
				return
			}
			if !b.listHeadBefore(at) {
				continue
			}
			p := at + len(cue)
			if p >= len(b.text) || strings.IndexByte(" \t\n", b.text[p]) < 0 {
				continue // "e.g.,": the longer cue
			}
			b.listItems(p)
		}
	}
}

// listHeadBefore tells whether a noun of listHeads ends right before at
// (spaces, a comma or an opening parenthesis between).
func (b *builder) listHeadBefore(at int) bool {
	i := at
	for i > 0 && strings.IndexByte(" \t\n(,", b.text[i-1]) >= 0 {
		i--
	}
	j := i
	for j > 0 && isWordByte(b.text[j-1]) {
		j--
	}
	return j < i && listHeads[b.lower[j:i]]
}

// listItems reads the examples from pos and makes software of them.
func (b *builder) listItems(pos int) {
	end := pos
	for end < len(b.text) && end-pos < 300 && strings.IndexByte(");:!?", b.text[end]) < 0 && !strings.HasPrefix(b.text[end:], "\n\n") {
		// a dot ends the list only where a sentence would end ("Node.js" goes on)
		if b.text[end] == '.' && (end+1 == len(b.text) || !isWordByte(b.text[end+1])) {
			break
		}
		end++
	}
	var items []Span
	for _, it := range splitList(b.text, pos, end) {
		s, e := trimItem(b.text, it.Start, it.End)
		if s >= e {
			break
		}
		if listStops[strings.ToLower(b.text[s:e])] {
			break
		}
		if !itemShaped(b.text[s:e]) {
			break // prose, not a list of names
		}
		items = append(items, Span{s, e})
	}
	if len(items) == 0 || len(items) == 1 && !camelCase(b.text[items[0].Start:items[0].End]) && !versioned(b.text[items[0].Start:items[0].End]) {
		return
	}
	for _, it := range items {
		b.listName(it.Start, it.End)
	}
}

// listName makes software of the listed name at [s,e).
func (b *builder) listName(s, e int) {
	name := b.text[s:e]
	if b.isHardClaimed(s, e) {
		return
	}
	for _, c := range []vocab.Class{vocab.Person, vocab.Organization, vocab.Place, vocab.Event, vocab.Talk} {
		if _, ok := b.lookup(c, fold(name)); ok || b.mentionOverlaps(s, e, c) {
			return
		}
	}
	if b.isTerm(name, vocab.Organization, vocab.Place) || b.x.series[strings.ToLower(name)] != "" {
		return
	}
	toks := strings.Fields(name)
	if len(toks) > 1 && b.x.cfg.GivenName != nil && b.givenName(toks[0]) || len(toks) == 1 && notName[name] {
		return
	}
	if t, ok := b.termIn(s, e); ok && t.Start == s && t.End == e {
		if t.Class != vocab.Technology {
			return
		}
		// the vocabulary's name: found as a technology (a weak one
		// gets its context here)
		i, ok := b.lookup(vocab.Technology, fold(t.Name))
		if !ok {
			if j, ok := b.lookup(vocab.Project, fold(t.Name)); ok {
				i = j
			} else {
				i = b.entity(vocab.Technology, t.Name, fold(t.Name))
			}
		}
		b.mention(i, s, e, listRule, 0.6)
		return
	}
	j := b.softwareEntity(name)
	b.mention(j, s, e, listRule, 0.6)
}

// splitList cuts text[s:e] at commas, slashes, " and " and " or ".
func splitList(text string, s, e int) []Span {
	var out []Span
	start := s
	for i := s; i < e; i++ {
		switch {
		case text[i] == ',' || text[i] == '/':
			out = append(out, Span{start, i})
			start = i + 1
		case isSpaceByte(text[i]) && (conjAt(text[i+1:e], "and") || conjAt(text[i+1:e], "or")):
			out = append(out, Span{start, i})
			n := 3
			if text[i+1] == 'o' {
				n = 2
			}
			i += n + 1
			start = i + 1
		}
	}
	return append(out, Span{start, e})
}

// conjAt tells whether s starts with the word w and a space.
func conjAt(s, w string) bool {
	return strings.HasPrefix(s, w) && len(s) > len(w) && isSpaceByte(s[len(w)])
}

// trimItem trims spaces, a leading article or "and", and a trailing
// "project" off a list item.
func trimItem(text string, s, e int) (int, int) {
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	for _, p := range []string{"the", "a", "an", "and", "or"} {
		if low := strings.ToLower(text[s:e]); conjAt(low, p) {
			s += len(p)
			for s < e && isSpaceByte(text[s]) {
				s++
			}
		}
	}
	for _, suf := range []string{"project", "projects"} {
		low := strings.ToLower(text[s:e])
		if k := len(low) - len(suf); k > 1 && strings.HasSuffix(low, suf) && isSpaceByte(low[k-1]) {
			e = s + k - 1
			for e > s && isSpaceByte(text[e-1]) {
				e--
			}
		}
	}
	return s, e
}

// itemShaped tells whether a list item is written as a name of one to
// three words: each capitalised, in capitals, or with inner capitals or
// digits ("Zorbl Mobile", "FrobSDK", "zorbl2billing").
func itemShaped(s string) bool {
	toks := strings.Fields(s)
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) && !versioned(t) && !camelCase(t) {
			return false
		}
		for _, c := range t {
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune(".+#-", c) {
				return false
			}
		}
	}
	return true
}
