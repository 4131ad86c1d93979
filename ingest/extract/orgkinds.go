package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Organisations the text says are organisations:
//   - "Acme, a non-profit in Gondor", "Acme, one of only a handful of
//     100% Free Software companies", "Acme, a Berlin-based startup": a
//     capitalised name in apposition with a kind of organisation;
//   - "the startup Acme", "the non-profit Acme": the kind before the name;
//   - "the Acme foundation", "Acme alliance": a name the post or the
//     vocabulary knows, followed by a corporate word in lower case.

// orgKindWords are the nouns that say a name is an organisation's.
var orgKindWords = wordSet("company", "companies", "startup", "startups", "start-up", "start-ups", "non-profit", "nonprofit", "non-profits", "nonprofits", "not-for-profit", "firm", "firms", "consultancy", "consultancies", "agency", "agencies", "charity", "charities", "organisation", "organization", "organisations", "organizations", "ngo", "corporation", "vendor", "vendors", "manufacturer", "retailer", "bank", "publisher", "employer", "cooperative", "co-op", "nonprofits", "foundation", "association", "consortium")

// orgLowerSuffixes are corporate words a name may carry in lower case.
var orgLowerSuffixes = wordSet("foundation", "alliance", "consortium", "association", "society", "institute")

// orgKinds runs the rules of this file.
func (b *builder) orgKinds() {
	for from := 0; ; {
		k := strings.Index(b.text[from:], ", ")
		if k < 0 {
			break
		}
		at := from + k
		from = at + 2
		b.kindApposition(at)
	}
	b.lowerSuffixOrgs()
	b.sponsorLists()
}

// sponsorCues start a list of sponsors, or of companies, in lower case;
// each holds a keyword of kwSponsor or kwKindList.
var sponsorCues = func() []string {
	out := []string{"sponsored by ", "co-sponsored by ", "sponsors: ", "sponsors were ", "sponsors are ", "sponsors included ", "sponsors include ", "sponsors, "}
	// "companies like Acme and Blorpdb", "vendors such as …"
	for _, n := range kindListNouns {
		for _, c := range []string{" like ", " such as ", " including "} {
			out = append(out, n+c)
		}
	}
	return out
}()

// kindListNouns are the plurals of kinds of organisation that a list of
// names follows ("companies like …").
var kindListNouns = []string{"sponsors", "companies", "organisations", "organizations", "startups", "firms", "vendors", "employers", "corporations"}

// kwKindList finds the keywords of sponsorCues, ignoring case (in the
// scanner's one pass over the text).
var kwKindList = newFoldKeywords(nil, append([]string{"sponsor"}, kindListNouns[1:]...)...)

// sponsorLists reads the organisations of a list of sponsors ("sponsored
// by Acme, Blorpdb and Zorbix Labs", "our sponsors: Acme and Blorpdb") or
// of companies ("companies like Acme and Blorpdb"): each item a
// capitalised name of at most four words up to a comma, "and" or "&", the
// list ending at the sentence's end or the first item that is no such
// name. An item the vocabulary knows as a product is the company
// (brandOrgAt); one not known must look like an organisation (cuedOrg).
// The scanner's hits of the cues' keywords say where to look.
func (b *builder) sponsorLists() {
	seen := map[int]bool{}
	for _, h := range b.hitsOf(kwKindList) {
		for _, cue := range sponsorCues {
			k := strings.Index(cue, h.kw)
			if k < 0 {
				continue
			}
			cs := h.at - k
			if cs < 0 || !strings.HasPrefix(b.lower[cs:], cue) || seen[cs+len(cue)] {
				continue
			}
			at := cs + len(cue)
			seen[at] = true
			b.sponsorList(at, b.sentence(at-1).End)
		}
	}
}

// sponsorList reads the items of a list of sponsors from s to limit.
func (b *builder) sponsorList(s, limit int) {
	for n := 0; n < 12 && s < limit; n++ {
		if strings.HasPrefix(b.lower[s:limit], "the ") {
			s += 4
		}
		// the item: up to a separator or the sentence's end
		e := s
		for e < limit && !strings.ContainsRune(",;:()\n", rune(b.text[e])) && !strings.HasPrefix(b.text[e:limit], " and ") && !strings.HasPrefix(b.text[e:limit], " & ") {
			e++
		}
		ie := e
		// "Blorpdb use it": the name ends before a word in lower case
		// ("University of Gondor" keeps its "of")
		ws := strings.Fields(b.text[s:e])
		off := s
		for n, w := range ws {
			k := strings.Index(b.text[off:e], w)
			if n > 0 && w[0] >= 'a' && w[0] <= 'z' && !((w == "of" || w == "for") && n+1 < len(ws) && capWord(ws[n+1])) {
				ie, e = off, off
				break
			}
			off += k + len(w)
		}
		for ie > s && strings.ContainsRune(" \t.!?", rune(b.text[ie-1])) {
			ie--
		}
		if ie <= s || wordCount(b.text[s:ie], 5) > 4 || !capWord(b.text[s:ie]) {
			return
		}
		if o, oe := b.orgMentionAt(s); o < 0 || oe != ie {
			if o, _ := b.brandOrgAt(s, ie); o < 0 {
				// an unknown name: any organisation-shaped one but English
				// words ("sponsored by Lunch"; "the Ministry")
				b.cuedOrg(s, ie, "organization:sponsor", !b.englishName(b.text[s:ie]))
			}
		}
		// the next item
		switch {
		case e >= limit:
			return
		case strings.HasPrefix(b.text[e:limit], ", and "):
			s = e + 6
		case strings.HasPrefix(b.text[e:limit], ", & "):
			s = e + 4
		case strings.HasPrefix(b.text[e:limit], ", "):
			s = e + 2
		case strings.HasPrefix(b.text[e:limit], " and "):
			s = e + 5
		case strings.HasPrefix(b.text[e:limit], " & "):
			s = e + 3
		default:
			return
		}
	}
}

// kindApposition reads "Name, a … company" where the name ends at comma.
func (b *builder) kindApposition(comma int) {
	// the test on the first word below, first on the longest window it
	// can read (the sentence may cut it shorter): most commas fail it
	if r := strings.TrimLeftFunc(b.lower[min(len(b.lower), comma+2):min(len(b.lower), comma+90)], unicode.IsSpace); !strings.HasPrefix(r, "a") && !strings.HasPrefix(r, "one") {
		return
	}
	sent := b.sentence(comma)
	if sent.End <= comma+2 || sent.Start >= comma {
		return
	}
	rest := b.lower[comma+2 : min(sent.End, comma+90)]
	// the first word must be "a", "an" or "one": most commas are not
	// followed by one, and need no split
	if r := strings.TrimLeftFunc(rest, unicode.IsSpace); !strings.HasPrefix(r, "a") && !strings.HasPrefix(r, "one") {
		return
	}
	var buf [24]string
	toks := appendFields(buf[:0], rest)
	if len(toks) < 2 {
		return
	}
	switch toks[0] {
	case "a", "an", "one":
	default:
		return
	}
	kind := false
	for n, w := range toks[1:] {
		if n > 9 {
			break
		}
		if strings.ContainsAny(w, ",;:()") && !orgKindWords[strings.Trim(w, ",;:()")] {
			break
		}
		if orgKindWords[strings.Trim(w, ".,;:!?)")] {
			kind = true
			break
		}
	}
	if !kind {
		return
	}
	// the capitalised name before the comma: one to three words
	s := comma
	for n := 0; n < 3; n++ {
		ws := s
		for ws > sent.Start && b.text[ws-1] != ' ' && b.text[ws-1] != '\n' && b.text[ws-1] != '\t' {
			ws--
		}
		if ws == s || !capWord(b.text[ws:s]) {
			break
		}
		if n > 0 && leadStop[b.text[ws:s]] {
			break
		}
		s = ws
		if s == sent.Start || s == 0 || b.text[s-1] != ' ' {
			break
		}
		s--
		if s > 0 && !capWord(b.text[b.wordStart(s):s]) {
			s++
			break
		}
	}
	for s < comma && b.text[s] == ' ' {
		s++
	}
	if s >= comma || s == sent.Start && !b.knownOrgName(b.text[s:comma]) {
		// a sentence's first word is a name only when it is known
		return
	}
	if o, _ := b.orgMentionAt(s); o >= 0 {
		return
	}
	if len(b.entitiesIn(s, comma, vocab.Person, vocab.Event, vocab.Place, vocab.Project, vocab.Technology, vocab.Talk, vocab.Track)) > 0 {
		return
	}
	name := b.text[s:comma]
	toks = appendFields(toks[:0], name) // the words of rest are read no more
	if leadStop[toks[0]] || notName[toks[0]] || b.isTerm(name, vocab.Place, vocab.Technology) || b.weakTerm(name, vocab.Technology) {
		return
	}
	if len(toks) > 1 && b.x.cfg.GivenName != nil && b.givenName(toks[0]) {
		return // "Jane Roe, a founder of …": a person
	}
	b.orgAt(s, comma, "organization:kind-apposition", 0.65)
}

// wordStart returns the start of the word that ends at e.
func (b *builder) wordStart(e int) int {
	s := e
	for s > 0 && b.text[s-1] != ' ' && b.text[s-1] != '\n' && b.text[s-1] != '\t' {
		s--
	}
	return s
}

// knownOrgName tells whether name is an organisation of the vocabulary or
// of the post.
func (b *builder) knownOrgName(name string) bool {
	if _, ok := b.lookup(vocab.Organization, fold(name)); ok {
		return true
	}
	return b.isTerm(name, vocab.Organization) || b.weakTerm(name, vocab.Organization)
}

// lowerSuffixOrgs makes "Acme Foundation" of "the Acme foundation" when
// the post or the vocabulary knows Acme (as any kind of name), and "ACME
// alliance" of an acronym with such a word.
func (b *builder) lowerSuffixOrgs() {
	for w := range orgLowerSuffixes {
		needle := " " + w
		for from := 0; ; {
			k := strings.Index(b.text[from:], needle)
			if k < 0 {
				break
			}
			at := from + k
			from = at + 1
			we := at + 1 + len(w)
			if we < len(b.text) && isWordByte(b.text[we]) {
				continue
			}
			s := b.wordStart(at)
			if at-s < 3 || !allUpperASCII(b.text[s:at]) || b.isHardClaimed(s, we) || b.inURLAnchor(s) {
				continue
			}
			if len(b.entitiesIn(s, at, vocab.Person, vocab.Place, vocab.Event)) > 0 {
				continue
			}
			name := b.text[s:we]
			o := b.entity(vocab.Organization, name, fold(name))
			b.mention(o, s, we, "organization:lower-suffix", 0.65)
			b.claim(s, we)
		}
	}
	for i := range b.res.Entities {
		e := &b.res.Entities[i]
		if b.canonical(i) != i {
			continue
		}
		switch e.Class {
		case vocab.Organization, vocab.Technology, vocab.Project:
		default:
			continue
		}
		into, all := -1, len(e.Mentions) > 0
		for _, m := range e.Mentions {
			if m.End <= m.Start || m.End+2 >= len(b.text) || b.text[m.End] != ' ' {
				all = all && m.End <= m.Start // front matter mentions do not count
				continue
			}
			we := tokenEnd(b.text, m.End+1)
			w := b.text[m.End+1 : we]
			if !orgLowerSuffixes[w] {
				all = false
				continue
			}
			// "the Acme foundation member": the name with its word
			r, _ := utf8.DecodeRuneInString(w)
			name := b.text[m.Start:m.End] + " " + string(unicode.ToUpper(r)) + w[utf8.RuneLen(r):]
			o := b.entity(vocab.Organization, name, fold(name))
			b.mention(o, m.Start, we, "organization:lower-suffix", 0.65)
			b.claim(m.Start, we)
			into = o
		}
		// an organisation named only with its corporate word is that one
		if into >= 0 && all && b.res.Entities[i].Class == vocab.Organization && into != i {
			b.merge(into, i)
		}
	}
}
