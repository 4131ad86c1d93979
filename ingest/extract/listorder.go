package extract

import (
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// speakerFirst tells whether a list line read as "Title - Speaker" is the
// other way round, "Speaker - Title": the would-be title is a name of at
// most four words that starts with a known given name (or is a person the
// post knows), and the would-be speaker does not start with one ("Jane Roe
// - Understanding Widgets").
func (b *builder) speakerFirst(title, name string) bool {
	if b.x.cfg.GivenName == nil {
		return false
	}
	tw, nw := strings.Fields(title), strings.Fields(name)
	if len(tw) < 2 || len(tw) > 4 || len(nw) == 0 || b.givenName(nw[0]) || !nameLike(title) {
		return false
	}
	if _, ok := b.lookup(vocab.Person, fold(title)); ok {
		return true
	}
	return b.givenName(tw[0]) && !b.isTerm(title)
}

// dashSpeakerInTitle tells whether a would-be title ends in a dash and a
// name that starts with a known given name while the would-be speaker does
// not start with one: "Title - Jane Roe (Acme)" read as "Title (Speaker)"
// has the speaker inside the title.
func (b *builder) dashSpeakerInTitle(title, name string) bool {
	if b.x.cfg.GivenName == nil {
		return false
	}
	nw := strings.Fields(name)
	if len(nw) == 0 || b.givenName(nw[0]) {
		return false
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(title, d); i >= 0 {
			tail := strings.TrimSpace(title[i+len(d):])
			tw := strings.Fields(tail)
			return len(tw) >= 2 && len(tw) <= 4 && b.givenName(tw[0]) && nameLike(tail)
		}
	}
	return false
}

// listSpeakerOrg reads the organisation in parentheses that ends a talk's
// list line after its speaker ("Title - Jane Roe (Acme)", a heading
// "Title - Jane Roe (Acme)"): the line's form is the cue, so one
// capitalised name of up to three words that is no English word, person,
// place or technology is an organisation. It relates speaker p to it.
func (b *builder) listSpeakerOrg(p, ne, le int) {
	rest := b.text[ne:le]
	t := strings.TrimLeft(rest, " \t")
	if !strings.HasPrefix(t, "(") {
		return
	}
	s := ne + len(rest) - len(t) + 1
	k := strings.IndexByte(b.text[s:le], ')')
	if k <= 0 || strings.TrimSpace(b.text[s+k+1:le]) != "" {
		return
	}
	e := s + k
	name := strings.TrimSpace(b.text[s:e])
	if ws := strings.Fields(name); len(ws) == 0 || len(ws) > 3 || !capWord(name) || strings.ContainsAny(name, ",;:/|") || b.englishName(name) {
		return
	}
	if o := b.cuedOrg(s, e, "organization:list-speaker", true); o >= 0 {
		b.rel(Affiliation, p, o, ne, le, "affiliation:list-speaker", 0.65)
	}
}
