package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Talk lists: write-ups often list talks one per line or heading, as
//
//	Title by Speaker Name – what it was about
//	Title (Speaker Name)
//	Title — Speaker Name
//
// with the markup (bold, italics, quotes) already removed by the parser.
const listName = `(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|van|von|der|le|la|di|del|dos)){1,3})`

// listTalks finds talks given as list items or headings. It runs before
// talks(), which then treats the speaker's talk as known.
func (b *builder) listTalks() {
	// only in a write-up of an edition that speaks of talks: elsewhere such
	// lines list projects, releases or mentees
	if b.main < 0 || !b.speaksOfTalks() {
		return
	}
	text := b.text
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if n := end - start; n >= 8 && n <= 220 && !wrappedLine(text, end) {
			b.listTalkLine(start, end)
		}
		start = end + 1
	}
}

// narratesTalk tells whether a would-be title tells of a talk instead of
// naming one: a determiner, a talk noun and its subject ("my day started
// with the talk about X", "her keynote on Y").
func narratesTalk(title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	for i := 0; i+2 < len(ws); i++ {
		switch ws[i] {
		case "the", "a", "an", "his", "her", "their", "my", "our", "its":
		default:
			continue
		}
		n := strings.TrimSuffix(ws[i+1], "s")
		if containsString(talkNouns, n) {
			switch ws[i+2] {
			case "about", "on", "of", "by", "from":
				return true
			}
		}
	}
	return false
}

// wrappedLine tells whether the line ending at end is one line of a
// hard-wrapped paragraph rather than a list item: the next line goes on
// with the sentence (it starts with a lower-case letter).
func wrappedLine(text string, end int) bool {
	if end+1 >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return unicode.IsLower(r)
}

func (b *builder) listTalkLine(ls, le int) {
	line := b.text[ls:le]
	for _, re := range []submatcher{b.re.reListBy, b.re.reListParen, b.re.reListDash} {
		m := re.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		ts, te := trimTitleSpan(line, m[2], m[3])
		if te-ts < 3 {
			return
		}
		title := line[ts:te]
		words := strings.Fields(title)
		if len(words) > 14 || strings.Contains(title, ". ") || strings.Contains(title, " by ") || b.re.reListNotTitle.MatchString(title) || narratesTalk(title) {
			return
		}
		// a title starts with a capital or a digit, or with a product name
		// that has a capital inside ("eBPF", "iOS")
		if w := words[0]; strings.ToLower(w) == w && !strings.ContainsAny(w[:1], "0123456789") {
			return
		}
		ns, ne := ls+m[4], ls+m[5]
		p := b.listSpeaker(ns, ne)
		if p < 0 {
			return
		}
		t := b.talkTitled(title, ls+ts, ls+te, "talk:list-title")
		b.rel(Performer, t, p, ls, le, "performer:list-title", 0.8)
		b.talkOf[p] = t
		b.placeTalk(t, ls)
		return
	}
}

// trimTitleSpan drops quotes and list punctuation around a title.
func trimTitleSpan(line string, s, e int) (int, int) {
	const cut = " \t\"'“”‘’*_•·-–—:"
	for s < e && strings.ContainsRune(cut, rune(line[s])) {
		s++
	}
	for e > s && strings.ContainsRune(cut, rune(line[e-1])) {
		e--
	}
	// multi-byte quotes
	for _, q := range []string{"“", "‘", "«"} {
		if strings.HasPrefix(line[s:e], q) {
			s += len(q)
		}
	}
	for _, q := range []string{"”", "’", "»"} {
		if strings.HasSuffix(line[s:e], q) {
			e -= len(q)
		}
	}
	return s, e
}

// listSpeaker returns the person named at text[s:e]: a person already found
// there, or a new one when the name starts with a known given name.
func (b *builder) listSpeaker(s, e int) int {
	for _, pm := range b.persons {
		if pm.ent >= 0 && pm.start <= s && e <= pm.end+1 || pm.ent >= 0 && s <= pm.start && pm.end <= e {
			return b.canonical(pm.ent)
		}
	}
	name := strings.TrimRight(b.text[s:e], ".")
	first := strings.Fields(name)[0]
	if b.x.cfg.GivenName == nil || !b.x.cfg.GivenName(first) {
		return -1
	}
	if _, ok := b.lookup(vocab.Organization, fold(name)); ok {
		return -1
	}
	i, ok := b.lookup(vocab.Person, fold(name))
	if !ok {
		i = b.entity(vocab.Person, name, fold(name))
	}
	b.mention(i, s, s+len(name), "person:list-speaker", 0.75)
	return i
}
