package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Software named by a package index only (a Weak term) may also be a word
// of jargon; its mention is kept when the text gives it context:
//   - the surface has inner capitals or digits ("GlusterFS", "x11rb");
//   - it is capitalised inside a sentence that is not written in title case;
//   - it is the whole anchor of a link or a whole code span;
//   - a cue surrounds it: "written in X", "built with X", "the X library".

// softwareHeads are nouns that, right after a name, say it is software.
var softwareHeads = map[string]bool{
	"library": true, "libraries": true, "crate": true, "crates": true, "package": true, "packages": true,
	"tool": true, "tools": true, "toolkit": true, "framework": true, "module": true, "modules": true,
	"plugin": true, "plugins": true, "project": true, "server": true, "client": true, "daemon": true,
	"database": true, "engine": true, "compiler": true, "editor": true, "shell": true,
	"binding": true, "bindings": true, "extension": true,
	"sdk": true, "interpreter": true, "distribution": true,
	// the parts and life of a program: "the zorbl setup", "a zorbl issue"
	"setup": true, "installation": true, "release": true, "releases": true, "repository": true, "repo": true,
	"maintainer": true, "maintainers": true, "codebase": true, "instance": true, "cluster": true, "api": true,
	"cli": true, "container": true, "containers": true, "issue": true, "issues": true, "bug": true, "bugs": true,
}

// softwareLeads are the words that, right before a name, say it is software.
var softwareLeads = []string{"written in", "built with", "built on", "based on", "powered by", "implemented in", "ported to", "migrated to", "switched to", "install", "installed"}

// weakContext tells whether the text around term t says it names software.
func (b *builder) weakContext(t Term) bool {
	surf := b.text[t.Start:t.End]
	if innerCapOrDigit(surf) {
		return true
	}
	for _, l := range b.links {
		if l.start == t.Start && l.end == t.End {
			return true
		}
	}
	if b.codeSpan(t.Start, t.End) {
		return true // `pylint`
	}
	// the word after: "the foo library"
	if w := strings.ToLower(nextWord(b.text, t.End)); softwareHeads[w] {
		return true
	}
	// an apposition that defines it: "zorbl, a popular static site generator"
	if appositiveSoftware(b.text[t.End:min(len(b.text), t.End+120)]) {
		return true
	}
	pre := strings.TrimRight(b.lower[max(0, t.Start-20):t.Start], " \t")
	for _, l := range softwareLeads {
		if strings.HasSuffix(pre, " "+l) || pre == l {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(surf)
	if !unicode.IsUpper(r) {
		return false
	}
	sent := b.sentence(t.Start)
	if t.Start == sent.Start || b.inHeading(t.Start) || b.inTitledSpan(t.Start, t.End) {
		return false
	}
	return !b.titleSentence(sent)
}

// inTitledSpan tells whether [s,e) lies inside emphasis, a quotation or a
// link anchor of three words or more written in title case (a talk's title,
// "*Async Web Apps with Widgetd*"), whose capitals say nothing of its words.
func (b *builder) inTitledSpan(s, e int) bool {
	cs := b.candidates()
	i := sort.Search(len(cs), func(i int) bool { return cs[i].start > s })
	for j := i - 1; j >= 0 && s-cs[j].start <= maxQuoted; j-- {
		c := cs[j]
		switch c.kind {
		case candEmphasis, candStrong, candQuoted, candLink:
		default:
			continue
		}
		if c.end < e || c.end-c.start > maxQuoted {
			continue
		}
		if txt := b.text[c.start:c.end]; len(strings.Fields(txt)) >= 3 && titleCased(txt) {
			return true
		}
	}
	return false
}

// appositiveSoftware tells whether after (the text after a name) opens with
// an apposition headed by a noun of software: ", a static site generator",
// ", an editor for …".
func appositiveSoftware(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	w, rest, _ := strings.Cut(rest, " ")
	if w != "a" && w != "an" {
		return false
	}
	if i := strings.IndexAny(rest, ".,;:!?()\n"); i >= 0 {
		rest = rest[:i]
	}
	return definedAsSoftware(rest)
}

// innerCapOrDigit tells whether s has an upper-case letter after its first
// character, or both letters and digits.
func innerCapOrDigit(s string) bool {
	digit, letter := false, false
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
		digit = digit || unicode.IsDigit(r)
		letter = letter || unicode.IsLetter(r)
	}
	return digit && letter
}

// nextWord returns the word after the spaces that follow i.
func nextWord(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	return text[i:j]
}

// titleCased tells whether s is written in title case (a heading, a talk
// title, a product name), where capitals say nothing: at least two words
// are capitalised and no word of four letters or more is in lower case,
// except the short connectives title case leaves alone.
func titleCased(s string) bool {
	caps := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, "\"'“”‘’()[]:,.;!?*_`")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4 && !titleSmallWords[w]:
			return false
		}
	}
	return caps >= 2
}

// titleSmallWords stay in lower case in title case.
var titleSmallWords = map[string]bool{"with": true, "from": true, "into": true, "over": true, "onto": true, "upon": true, "than": true, "that": true, "your": true, "this": true, "when": true, "like": true}

// inHeading tells whether pos lies in a heading of the post.
func (b *builder) inHeading(pos int) bool {
	for _, s := range b.d.Sections {
		if pos >= s.Start && pos < s.Start+len(s.Heading) {
			return true
		}
		if s.Start > pos {
			break
		}
	}
	return false
}

// codeSpan tells whether [s,e) is exactly a code span of the markup
// (`name`), after trimming spaces.
func (b *builder) codeSpan(s, e int) bool {
	cs := b.candidates()
	i := sort.Search(len(cs), func(i int) bool { return cs[i].start >= s })
	for ; i < len(cs) && cs[i].start == s; i++ {
		if cs[i].kind == candCode && cs[i].end == e {
			return true
		}
	}
	return false
}

// inCode tells whether [s,e) overlaps a code span of the markup.
func (b *builder) inCode(s, e int) bool {
	if b.code == nil {
		b.code = &spanSet{}
		for _, c := range b.candidates() {
			if c.kind == candCode {
				b.code.add(c.start, c.end)
			}
		}
	}
	return b.code.overlaps(s, e)
}
