package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// A technology's name is sometimes used for something that is not
// software the post talks about (the guidelines leave such uses out):
//   - a site used only as where something is hosted: "all the talks are on
//     YouTube" when the post links that site, "this YouTube playlist", "a
//     Vimeo channel";
//   - a part of a longer token: "micro" of "micro:bits", "Go" of "Go:Lang",
//     "Arc" of "&Arc<T>";
//   - a name written with accents the software's has not ("Léo" for Leo);
//   - the name of a known event series ("Pycon", an alias of a console);
//   - the first name of a person the post names in full: "Pascal" after
//     "Pascal Quimby" was introduced, "Ada" once "Ada Roe" was.

// hostNouns, right after a site's name, say the site only hosts something.
var hostNouns = wordSet("playlist", "playlists", "channel", "channels", "livestream", "livestreams", "stream", "streams", "video", "videos", "account", "page", "recording", "recordings", "upload", "uploads")

// notSoftwareUse tells whether technology term t names no software here.
func (b *builder) notSoftwareUse(t Term) bool {
	if t.Class != vocab.Technology {
		return false
	}
	// "Pycon" is the event series, not the Python console it may abbreviate
	surf := b.text[t.Start:t.End]
	if lowerKeyed(b.x.series, surf) != "" || b.seriesOfEvent(t) {
		return true
	}
	return b.gluedTerm(t) || b.hostOnly(t) || accentedOnly(b.text[t.Start:t.End], t.Name)
}

// lowerKeyed returns m[strings.ToLower(s)] without building the key of a
// short ASCII s (every technology term is looked up).
func lowerKeyed(m map[string]string, s string) string {
	var buf [64]byte
	if len(s) > len(buf) || !isASCII(s) {
		return m[strings.ToLower(s)]
	}
	k := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k[i] = c
	}
	return m[string(k)] // no copy: a lookup by a converted slice
}

// accentedOnly tells whether surface names name only once its accents are
// folded away ("Léo" for Leo): a person's or a place's name, not the
// software's.
func accentedOnly(surface, name string) bool {
	return surface != name && !isASCII(surface) && isASCII(name)
}

// isASCII tells whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// seriesOfEvent tells whether the name at t is, or begins, the name of an
// edition the post names ("Pycon" of "Pycon CZ 2017" for PyCon CZ 2017).
func (b *builder) seriesOfEvent(t Term) bool {
	surf := b.text[t.Start:t.End]
	rest := b.lower[t.Start:min(len(b.lower), t.Start+80)]
	// only the entities created as events (a merged one loses its class)
	for _, i := range b.eventIdx {
		e := &b.res.Entities[i]
		if e.Class != vocab.Event {
			continue
		}
		if b.beginsName(t, surf, rest, e.Name) || b.beginsName(t, surf, rest, e.Series) {
			return true
		}
		for _, n := range e.Aliases {
			if b.beginsName(t, surf, rest, n) {
				return true
			}
		}
	}
	return false
}

// beginsName tells whether name n is surf, or begins at t (rest is the
// lower-cased text from there) and ends at a word's end.
func (b *builder) beginsName(t Term, surf, rest, n string) bool {
	if n == "" || len(n) < len(surf) {
		return false
	}
	end := t.Start + len(n)
	return strings.EqualFold(n, surf) || hasLowerPrefix(rest, n) && (end >= len(b.text) || !isWordByte(b.text[end]))
}

// hasLowerPrefix is strings.HasPrefix(lower, lowerASCII(p)) without
// building the lower-cased p: every term is compared with every event's
// names.
func hasLowerPrefix(lower, p string) bool {
	if len(lower) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if lower[i] != c {
			return false
		}
	}
	return true
}

// gluedTerm tells whether t is part of a longer token joined by a colon
// ("micro:bits") or of an expression of code ("&Arc<T>", "IpAddr::new",
// "Vec::<Arc>").
func (b *builder) gluedTerm(t Term) bool {
	after, before := b.text[t.End:], b.text[:t.Start]
	if strings.HasPrefix(after, "<") || strings.HasPrefix(after, "::") || strings.HasSuffix(before, "::") || strings.HasSuffix(before, "&") || strings.HasSuffix(before, "<") && strings.HasPrefix(after, ">") {
		return true
	}
	if t.End+1 < len(b.text) && b.text[t.End] == ':' {
		if r, _ := utf8.DecodeRuneInString(b.text[t.End+1:]); unicode.IsLetter(r) {
			return true
		}
	}
	if t.Start >= 2 && b.text[t.Start-1] == ':' {
		if r, _ := utf8.DecodeLastRuneInString(b.text[:t.Start-1]); unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// coinedTerm tells whether term t is part of another name or a coined word:
// a plus follows an organisation's name ("Acme+", a product of Acme's; a
// technology's stays it: "Zorb+" is Zorb's family) or hyphens join it to
// lower-case parts on both sides ("de-Acme-ify").
func (b *builder) coinedTerm(t Term) bool {
	after := b.text[t.End:]
	if t.Class == vocab.Organization && strings.HasPrefix(after, "+") && (len(after) == 1 || !isWordByte(after[1]) && after[1] != '+') {
		return true
	}
	before := b.text[:t.Start]
	if strings.HasPrefix(after, "-") && strings.HasSuffix(before, "-") {
		r1, _ := utf8.DecodeRuneInString(after[1:])
		r0, _ := utf8.DecodeLastRuneInString(before[:len(before)-1])
		return unicode.IsLower(r1) && unicode.IsLower(r0)
	}
	return false
}

// hostOnly tells whether t names a site only as where something is
// hosted: a hosting noun follows ("YouTube playlist"), or "on" comes
// before and the post links a page of the site ("on YouTube" with a
// youtube.com link).
func (b *builder) hostOnly(t Term) bool {
	if hostNouns[strings.ToLower(nextWord(b.text, t.End))] {
		return true
	}
	pre := strings.TrimRight(b.lower[max(0, t.Start-8):t.Start], " \t")
	if !strings.HasSuffix(pre, " on") && !strings.HasSuffix(pre, " to") {
		return false
	}
	return b.linksSite(t.Name)
}

// linksSite tells whether the post links a page whose host's name is name
// ("YouTube" for www.youtube.com, youtu.be aside).
func (b *builder) linksSite(name string) bool {
	n := alnumFold(name)
	if n == "" {
		return false
	}
	for _, l := range b.links {
		if label, _, ok := strings.Cut(l.host, "."); ok && label == n {
			return true
		}
	}
	return false
}

// dropFirstNameTerms removes the technologies the vocabulary found only
// as the first name of a person the post names in full ("Pascal" once
// "Pascal Quimby" is named, by a rule that may run after the vocabulary's).
func (b *builder) dropFirstNameTerms() {
	first := map[string]bool{}
	for i := range b.res.Entities {
		e := &b.res.Entities[i] // not a copy of the large Entity
		if e.Class != vocab.Person || b.canonical(i) != i {
			continue
		}
		if wordCount(e.Name, 2) > 1 {
			first[firstField(e.Name)] = true
		}
	}
	if len(first) == 0 {
		return
	}
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Technology || len(e.Mentions) == 0 || b.canonical(i) != i {
			continue
		}
		named := true
		for _, m := range e.Mentions {
			if !strings.HasPrefix(m.Rule, "lexicon:") || m.End <= m.Start || !first[b.text[m.Start:m.End]] {
				named = false
				break
			}
		}
		if named {
			e.drop()
		}
	}
}
