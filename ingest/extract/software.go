package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Software named by a package index only (a Weak term) may also be a word
// of jargon; its mention is kept when the text gives it context:
//   - the surface has inner capitals or digits ("GlusterFS", "x11rb");
//   - it is capitalised inside a sentence that is not written in title case;
//   - it is the whole anchor of a link;
//   - a cue surrounds it: "written in X", "built with X", "the X library".

// softwareHeads are nouns that, right after a name, say it is software.
var softwareHeads = map[string]bool{
	"library": true, "libraries": true, "crate": true, "crates": true, "package": true, "packages": true,
	"tool": true, "tools": true, "toolkit": true, "framework": true, "module": true, "modules": true,
	"plugin": true, "plugins": true, "project": true, "server": true, "client": true, "daemon": true,
	"database": true, "engine": true, "compiler": true, "editor": true, "shell": true,
	"binding": true, "bindings": true, "extension": true,
	"sdk": true, "interpreter": true, "distribution": true,
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
	// the word after: "the foo library"
	if w := strings.ToLower(nextWord(b.text, t.End)); softwareHeads[w] {
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
	if t.Start == sent.Start || b.inHeading(t.Start) {
		return false
	}
	return !titleCased(b.text[sent.Start:sent.End])
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

// titleCased tells whether most words of s (of four letters or more) are
// capitalised: a heading or a title, where capitals say nothing.
func titleCased(s string) bool {
	n, c := 0, 0
	for _, w := range strings.Fields(s) {
		if len(w) < 4 {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			c++
		}
	}
	return n > 0 && 2*c > n
}

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
