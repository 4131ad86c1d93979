package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"
)

// Homepage links whose words say they name no program:
//   - a document: an anchor that ends in a document's noun ("the [Zorb
//     Handbook](…)", "[Quux Style Guide](…)", "the [Widget Survey](…)");
//   - an identifier of a record or a channel: "[ZSA-2023-0042](…)",
//     "[D12345](…)", "[#zorb-dev](…)";
//   - a page whose address carries no word of an anchor of several words:
//     a survey in a language ("[Traditional Zorbish](https://forms.example/c/x1y2)"),
//     a team's or a concept's page; a program's homepage carries its name
//     ("[Zorb](https://zorb.example)", "…/products/zorb", "…/Apps/Zorb").
//     (An organisation's need not: "[Zorbtown Users Group](https://zug.example)";
//     homeLinkContext asks namelessLink only when no organisation is named.)
//   - a gathering: the text after the link says it takes place ("[Quux
//     Days](…) will take place in Zorbtown", "was held"), the text before
//     calls it an edition ("the first edition of the [Zorb Meet](…)"), or it
//     is an example of a list headed by a noun of gatherings ("conferences
//     started (Zorbconf, [Quux Gathering](…), …)", "meetups such as
//     [Frob Nights](…)").

// docNouns end the name of a document, not of a program.
var docNouns = wordSet("guide", "guides", "handbook", "book", "manual", "reference", "cookbook", "tutorial", "tutorials", "faq", "glossary", "survey", "report", "roadmap", "newsletter", "podcast", "slides", "recording", "announcement", "minutes", "goals", "cheatsheet", "whitepaper", "paper", "thesis", "rfc")

// reTakesPlace matches what follows a gathering's name: "will take place",
// "takes place", "was held", "will be taking place".
var reTakesPlace = regexp.MustCompile(`(?i)^[\])'’s]*\s+(?:will\s+(?:be\s+)?(?:take|taking|held)\s|takes\s+place|took\s+place|(?:is|was|are|were|will\s+be)\s+(?:being\s+)?(?:held|taking\s+place|co-?located)\b)`)

// gatheringNouns head a list of gatherings.
var gatheringNouns = wordSet("conferences", "conference", "meetups", "meetup", "events", "gatherings", "summits", "workshops", "hackathons", "festivals", "unconferences", "camps")

// reIdentifierAnchor matches an anchor that is an identifier of a record:
// an advisory's scheme, a year and a serial ("ZSA-2023-0042",
// "QUUX-SA-2021-0615") or a review's letter and number ("D12345"). A
// standard's or a proposal's number ("ZEP-0323", "ZFC 1234") may name what
// the post discusses: it stays.
var reIdentifierAnchor = regexp.MustCompile(`^(?:[A-Z]+(?:-[A-Z]+)*-(?:19|20)\d\d-\d+|[A-Z]\d{4,})$`)

// notProductLink tells whether homepage link l names a document, an
// identifier, a channel or a gathering (see above).
func (b *builder) notProductLink(l linkInfo) bool {
	a := strings.TrimSpace(l.anchor)
	if strings.HasPrefix(a, "#") || reIdentifierAnchor.MatchString(trimPunct(a)) {
		return true
	}
	toks := strings.Fields(trimPunct(l.anchor))
	if len(toks) == 0 {
		return false
	}
	if len(toks) > 1 && docNouns[strings.ToLower(toks[len(toks)-1])] {
		return true
	}
	if reTakesPlace.MatchString(b.text[l.end:min(len(b.text), l.end+40)]) {
		return true
	}
	pre := strings.TrimRight(b.lower[max(0, l.start-40):l.start], " \t")
	pre = strings.TrimSuffix(pre, " the")
	if strings.HasSuffix(pre, " edition of") || strings.HasSuffix(pre, " editions of") {
		return true
	}
	return b.gatheringListItem(l)
}

// gatheringListItem tells whether link l is an item of a list of names
// that a noun of gatherings heads, in its sentence: after "(", "such as",
// "like", "including" or ":" that follows the noun (a few words between:
// "several conferences started (").
func (b *builder) gatheringListItem(l linkInfo) bool {
	sent := b.sentence(l.start)
	pre := b.text[max(sent.Start, l.start-200):l.start]
	// the list's start: the last opener whose rest is a list of names
	for _, op := range []string{"(", "such as ", "like ", "including ", ": ", "e.g. ", "e.g., "} {
		k := strings.LastIndex(pre, op)
		if k < 0 || !reNameListGap.MatchString(strings.TrimLeft(pre[k+len(op):], " \t")) {
			continue
		}
		head := strings.Fields(strings.ToLower(pre[:k]))
		for j := len(head) - 1; j >= 0 && j >= len(head)-4; j-- {
			if gatheringNouns[strings.Trim(head[j], ",;:")] {
				return true
			}
		}
	}
	return false
}

// nameless tells whether address u carries none of the anchor's words
// toks of three letters or digits or more (folded, anywhere in its host,
// path or query). An anchor of short or generic words says nothing.
func nameless(toks []string, u string) bool {
	a := strings.Join(toks, " ")
	if isGenericAnchor(a) || looksLikeURL(a) {
		return false
	}
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return false
	}
	addr := alnumFold(rest)
	long := false
	for _, t := range toks {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' || r == '/' }) {
			w = alnumFold(w)
			if len(w) < 3 {
				continue
			}
			long = true
			if strings.Contains(addr, w) {
				return false
			}
		}
	}
	return long
}

// namelessLink tells whether homepage link l's anchor of several words
// has none in its address (see nameless). One word may name a part of its
// site's program ("[Zorbkit](https://quux.example/2016/routing-in-lua/)"
// on the site of the program Zorbkit belongs to).
func namelessLink(l linkInfo) bool {
	toks := strings.Fields(trimPunct(l.anchor))
	return len(toks) > 1 && nameless(toks, l.url)
}
