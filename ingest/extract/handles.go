package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Handles: people a post names by their account on a social site or forge
// ("@name" linked to their profile, or written in prose). The annotation
// guidelines name such a person by the handle as the post writes it, with
// the "@".

// handleStop are "@" words that address a group or a function, not a
// person.
var handleStop = map[string]bool{
	"here": true, "everyone": true, "channel": true, "all": true, "home": true, "mention": true,
	"media": true, "import": true, "charset": true, "font-face": true, "keyframes": true, "page": true,
	"param": true, "return": true, "returns": true, "throws": true, "see": true, "since": true,
	"deprecated": true, "override": true, "example": true, "author": true, "version": true,
	"types": true, "latest": true, "next": true, "beta": true, "canary": true, "dev": true, "master": true,
	"main": true, "head": true, "localhost": true, "property": true, "staticmethod": true,
	"classmethod": true, "dataclass": true, "interface": true, "end": true, "implementation": true,
}

// profileHandle returns the handle a profile link's anchor names the person
// by ("@name", "@name@instance"), as written but without an instance part,
// when it is the profile's own handle; "" otherwise.
func profileHandle(anchor, slug string) string {
	if !strings.HasPrefix(anchor, "@") || slug == "" {
		return ""
	}
	h := anchor[1:]
	if i := strings.IndexByte(h, '@'); i >= 0 {
		h = h[:i]
	}
	if !isHandle(h) || !strings.EqualFold(h, strings.TrimPrefix(slug, "@")) {
		return ""
	}
	return "@" + h
}

// isHandle tells whether h can be an account name: 2 to 39 letters, digits,
// '_' or inner '-', with a letter.
func isHandle(h string) bool {
	if len(h) < 2 || len(h) > 39 || h[0] == '-' || h[len(h)-1] == '-' {
		return false
	}
	letter := false
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9' || c == '_' || c == '-':
		default:
			return false
		}
	}
	return letter && !handleStop[strings.ToLower(h)]
}

// handleSpan is a handle written in prose: text[start:end] is "@name"; host
// is the instance of a fediverse address ("@name@host"), if any, and full
// ends the whole address.
type handleSpan struct {
	start, end, full int
	host             string
}

// proseHandles finds "@name" tokens in text in one pass: an "@" that does
// not continue a word, an e-mail address or a path, followed by a handle
// that is not followed by a dot and a letter (a domain, a decorator call),
// a slash (a package scope) or an opening parenthesis.
func proseHandles(text string) []handleSpan {
	var out []handleSpan
	for i := 0; i < len(text); i++ {
		if text[i] != '@' {
			continue
		}
		if i > 0 {
			if c := text[i-1]; isWordByte(c) || strings.IndexByte(".-/@:+=%&#~\\`'\"", c) >= 0 || c >= 0x80 {
				continue
			}
		}
		j := i + 1
		for j < len(text) && (isWordByte(text[j]) || text[j] == '-') {
			j++
		}
		for j > i+1 && text[j-1] == '-' {
			j--
		}
		h := text[i+1 : j]
		if !isHandle(h) {
			i = j - 1
			continue
		}
		hs := handleSpan{start: i, end: j, full: j}
		if j < len(text) {
			switch c := text[j]; {
			case c == '@':
				// a fediverse address: @name@host.tld
				k := j + 1
				for k < len(text) && (isWordByte(text[k]) || text[k] == '-' || text[k] == '.') {
					k++
				}
				for k > j+1 && text[k-1] == '.' {
					k--
				}
				host := text[j+1 : k]
				if !strings.Contains(host, ".") {
					i = k - 1
					continue
				}
				hs.host, hs.full = strings.ToLower(host), k
			case c == '.' && j+1 < len(text) && isWordByte(text[j+1]), c == '/', c == '(', c == '=', c == '[', c == '<', c == '{':
				i = j - 1
				continue
			}
		}
		out = append(out, hs)
		i = hs.full - 1
	}
	return out
}

// handles makes Persons of the handles written in prose and merges them with
// the people of profile links under the same handle.
func (b *builder) handles() {
	for _, h := range proseHandles(b.text) {
		if b.isClaimed(h.start, h.full) || b.inURLAnchor(h.start) || b.inCode(h.start, h.full) {
			continue
		}
		name := b.text[h.start:h.end]
		i := b.person(name)
		e := &b.res.Entities[i]
		e.Aliases = AppendUnique(e.Aliases, name[1:])
		if h.host != "" {
			e.SameAs = AppendUnique(e.SameAs, "https://"+h.host+"/"+name)
		}
		b.mention(i, h.start, h.end, "person:handle", 0.7)
		b.claim(h.start, h.full)
		pm := personMention{ent: i, start: h.start, end: h.end}
		b.cues(&pm)
		b.persons = append(b.persons, pm)
	}
}

// mergeHandles makes a handle the alternate name of the person it stands
// for: one named just before it ("Jane Roe (@jroe)", "Jane Roe @jroe"), or
// one whose name is the handle's letters ("@JaneRoe", "@jane_roe" for Jane
// Roe). The person keeps the full name; the handle becomes an alias.
func (b *builder) mergeHandles() {
	// the maps below serve only the handles: a post without any (the
	// most, and those dense with names) pays one pass over its entities
	if !b.hasHandlePerson() {
		return
	}
	ends := map[int]int{}        // end of a full-name mention -> person
	joined := map[string][]int{} // letters of a full name -> people
	for i, e := range b.res.Entities {
		if e.Class != vocab.Person || strings.HasPrefix(e.Name, "@") || len(strings.Fields(e.Name)) < 2 {
			continue
		}
		for _, m := range e.Mentions {
			ends[m.End] = i
		}
		k := alnumFold(e.Name)
		joined[k] = append(joined[k], i)
	}
	if len(ends) == 0 && len(joined) == 0 {
		return
	}
	merged := false
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if e.Class != vocab.Person || !strings.HasPrefix(e.Name, "@") {
			continue
		}
		into := -1
		if c := joined[alnumFold(e.Name)]; len(c) == 1 {
			into = c[0]
		}
		for _, m := range e.Mentions {
			if into >= 0 {
				break
			}
			for _, gap := range []string{" (", " ", ", ", " - ", " – ", " — "} {
				if p := m.Start - len(gap); p >= 0 && b.text[p:m.Start] == gap {
					if j, ok := ends[p]; ok {
						into = j
						break
					}
				}
			}
		}
		if into < 0 {
			continue
		}
		into = b.canonical(into)
		h := e.Name
		b.merge(into, i)
		t := &b.res.Entities[into]
		t.Aliases = AppendUnique(t.Aliases, h, h[1:])
		merged = true
	}
	if merged {
		for k := range b.persons {
			b.persons[k].ent = b.canonical(b.persons[k].ent)
		}
	}
}

// hasHandlePerson tells whether a person of the post is named by a handle.
func (b *builder) hasHandlePerson() bool {
	for i := range b.res.Entities {
		if e := &b.res.Entities[i]; e.Class == vocab.Person && strings.HasPrefix(e.Name, "@") {
			return true
		}
	}
	return false
}
