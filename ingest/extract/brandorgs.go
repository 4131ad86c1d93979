package extract

import (
	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Two readings of a technology's name that are not the technology:
//   - a company that makes it, named where the text names organisations:
//     "a panel chaired by Zorbware, Quuxsoft and Frobly", "sponsored by
//     Zorbware", "she works for Zorbware", "fellow Zorbware members". The
//     mention is an Organization, and the vocabulary's identifiers (the
//     software's encyclopedia pages) are not the company's: it gets none;
//   - a homepage link where such a list, an organisation's noun ("the
//     company [Zorbware](…)") or a relative "who" after it says so;
//   - a word of the dictionary that leads a person's name ("on stage we saw
//     Thyme Quimby (of Zorb)"): a capitalised name that is no English word and no
//     name of the vocabulary follows, in a sentence not in title case.

// reOrgAgentCue matches the words after which a list names organisations:
// "chaired by", "sponsored by", "works for". Not "joined" (one joins a
// project too), "powered by", "backed by", "run by" (software runs and
// backs things). reOrgByCue is its part without a person's work ("works
// for"), which the affiliation rules read for links.
var (
	reOrgAgentCue = regexp.MustCompile(`(?i)\b(?:(?:chaired|sponsored|co-?sponsored|organi[sz]ed|co-?organi[sz]ed|funded|acquired|bought|employed|hired)\s+by|(?:works?|worked|working)\s+(?:at|for)|employees\s+of|engineers\s+(?:of|from|at))\s+`)
	reOrgByCue    = regexp.MustCompile(`(?i)\b(?:(?:chaired|sponsored|co-?sponsored|organi[sz]ed|co-?organi[sz]ed|funded|acquired|bought)\s+by|employees\s+of|engineers\s+(?:of|from|at))\s+`)
)

// reNameListGap matches the names and separators of a list between an
// organisation cue and its last item: "", "Zorbware, Quuxsoft and ".
var reNameListGap = regexp.MustCompile(`^(?:[A-Z][\w.+#-]*(?:\s[A-Z][\w.+#-]*)*(?:,\s+|\s+and\s+|,\s+and\s+|\s+&\s+|\s+or\s+))*$`)

// orgAgentCueLen bounds the text read before a term for a cue and its list.
const orgAgentCueLen = 160

// orgAgent tells whether technology term t stands where the text names an
// organisation: right after a cue of reOrgAgentCue or in a list of
// capitalised names that follows one, in the same sentence.
func (b *builder) orgAgent(t Term) bool {
	if t.Class != vocab.Technology {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text[t.Start:t.End])
	if !unicode.IsUpper(r) {
		return false // "works for python": a language, not a company
	}
	if memberNouns[strings.ToLower(nextWord(b.text, t.End))] {
		return true // "fellow Zorbware members", "Zorbware employees"
	}
	return b.orgListBefore(t.Start, reOrgAgentCue)
}

// memberNouns, right after a name, make it the name of a body people
// belong to or work for.
var memberNouns = wordSet("members", "employees", "staff", "staffers", "colleagues", "coworkers", "co-workers")

// orgListBefore tells whether the name at pos follows a cue of cue (one
// of reOrgAgentCue, reOrgByCue), alone or in a list of capitalised names,
// in its sentence. Both cues end in blanks after a word of cueLastWords,
// and a list before the name ends in blanks after a separator of
// reNameListGap: any other text before pos matches neither, and the
// regexps (orgListBeforeRegexp) only run after the words that can end one.
func (b *builder) orgListBefore(pos int, cue *regexp.Regexp) bool {
	if !cueOrListEnd(b.lower[max(0, pos-orgAgentCueLen):pos]) {
		return false
	}
	return b.orgListBeforeRegexp(pos, cue)
}

// cueLastWords are the words (lower-cased) that can end a match of
// reOrgAgentCue or reOrgByCue before its blanks, or a separator of
// reNameListGap before its blanks.
var cueLastWords = []string{"by", "at", "for", "of", "from", "and", "or", "&", ","}

// cueOrListEnd tells whether lower, text before a name with its ASCII
// letters lower-cased, ends in blanks (\s of the regexps) after one of
// cueLastWords: what a cue right before the name or a list after one
// ends in.
func cueOrListEnd(lower string) bool {
	trimmed := strings.TrimRight(lower, "\t\n\f\r ")
	if len(trimmed) == len(lower) {
		return false
	}
	for _, w := range cueLastWords {
		if strings.HasSuffix(trimmed, w) {
			return true
		}
	}
	return false
}

// orgListBeforeRegexp is orgListBefore without its check of the words
// before pos: the regexps alone.
func (b *builder) orgListBeforeRegexp(pos int, cue *regexp.Regexp) bool {
	from := max(b.sentence(pos).Start, pos-orgAgentCueLen)
	if lp := b.lower[from:pos]; !strings.Contains(lp, "by ") && !strings.Contains(lp, " for ") && !strings.Contains(lp, " at ") && !strings.Contains(lp, " of ") && !strings.Contains(lp, " from ") {
		return false
	}
	pre := b.text[from:pos]
	locs := cue.FindAllStringIndex(pre, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		if reNameListGap.MatchString(pre[locs[k][1]:]) {
			return true
		}
	}
	return false
}

// orgNouns, right before a homepage link (after "the" or "a"), say it
// names an organisation: "the company [Zorbware](…)".
var orgNouns = wordSet("company", "startup", "start-up", "nonprofit", "non-profit", "charity", "firm", "consultancy", "agency", "organisation", "organization", "employer", "sponsor", "sponsors")

// reWhoAfter matches a relative "who" right after a link: "[Zorbware](…),
// who offered us …" speaks of people, not of a program.
var reWhoAfter = regexp.MustCompile(`^[\])]*,?\s+who\s`)

// orgCuedLink tells whether the words around homepage link l say it names
// an organisation: the list after an organisation cue ("funded by Quuxsoft
// and [Zorbware](…)"), an organisation's noun before it ("the company
// [Zorbware](…)"), or a relative "who" after it.
func (b *builder) orgCuedLink(l linkInfo) bool {
	if b.orgListBefore(l.start, reOrgByCue) {
		return true
	}
	pre := strings.TrimRight(b.lower[max(0, l.start-30):l.start], " \t([")
	if w := lastWord(pre); orgNouns[w] {
		if rest := strings.TrimRight(strings.TrimSuffix(pre, w), " \t"); strings.HasSuffix(rest, " the") || strings.HasSuffix(rest, " a") || strings.HasSuffix(rest, " our") || rest == "the" || rest == "a" || rest == "our" {
			return true
		}
	}
	return reWhoAfter.MatchString(b.text[l.end:min(len(b.text), l.end+12)])
}

// brandOrg makes an Organization of technology term t named as one (see
// orgAgent), without the vocabulary's identifiers of the software.
func (b *builder) brandOrg(t Term) {
	surface := b.text[t.Start:t.End]
	i, ok := b.lookup(vocab.Organization, fold(surface))
	if !ok {
		if i, ok = b.lookup(vocab.Organization, fold(t.Name)); !ok {
			i = b.entity(vocab.Organization, surface, fold(surface))
		}
	}
	b.alias(i, fold(t.Name))
	b.mention(i, t.Start, t.End, "organization:brand-as-org", 0.6)
}

// wordNameHead tells whether technology term t, one capitalised word that
// is also an English word ("Thyme", "Swift"), leads a person's name: a
// capitalised name follows that is neither a word of the dictionary
// (inflected or not) nor a name of the vocabulary, in a sentence that is
// not in title case. ("Thyme Quimby", not "Swift Gems", "Swift Zorbkit".)
// It also leads a gathering's or a place's name: "Thyme Festival", "Thyme
// Valley".
func (b *builder) wordNameHead(t Term) bool {
	word := b.x.cfg.Word
	if word == nil || t.Class == vocab.Organization {
		return false
	}
	surf := b.text[t.Start:t.End]
	if !b.wordHeadShape(surf) {
		return false
	}
	if t.End+1 >= len(b.text) || b.text[t.End] != ' ' {
		return false
	}
	ws := t.End + 1
	we := tokenEnd(b.text, ws)
	w := strings.TrimRight(b.text[ws:we], ".,;:!?)")
	if !isNameToken(w) || innerCapOrDigit(w) || leadStop[w] || notName[w] || b.isTerm(w) || b.anyTerm(w) {
		return false
	}
	if lw := strings.ToLower(w); word(lw) || inflected(w, word) {
		// a capitalised word of the dictionary that makes a gathering's
		// or a place's name with it: "the Thyme Festival", "Thyme Valley"
		return eventNameWords[lw] || placeTails[lw]
	}
	// a software noun after the pair names a product: "Swift Zorbkit library"
	if softwareHeads[strings.ToLower(nextWord(b.text, we))] {
		return false
	}
	sent := b.sentence(t.Start)
	return !b.titleSentence(sent) && !b.inHeading(t.Start)
}

// reMakerPhrase matches, right after an organisation's name, the rest of a
// longer name that "of" joins: " Season of Learning", " Day of Zorb" (a
// programme, a prize, an event the organisation runs; not " Zorb Server
// and Zorb", " Zorb Server for Quux": a product's name ends before "and"
// or "for").
var reMakerPhrase = regexp.MustCompile(`^ (?:[A-Z][a-z]+ ){1,3}of (?:the )?[A-Z][a-z]+\b`)

// makerPhrase tells whether organisation term t only leads the name of
// something it runs ("two Quuxcorp Season of Learning students"), in a
// sentence not in title case: the post names the programme, not the
// organisation.
func (b *builder) makerPhrase(t Term) bool {
	if t.Class != vocab.Organization || t.End >= len(b.text) || b.text[t.End] != ' ' {
		return false
	}
	m := reMakerPhrase.FindString(b.text[t.End:min(len(b.text), t.End+60)])
	if m == "" || b.isTerm(strings.Fields(m)[0]) {
		return false
	}
	sent := b.sentence(t.Start)
	return !b.inHeading(t.Start) && !titleCased(b.text[sent.Start:sent.End])
}

// afterSentenceEnd returns where a name found at [s,e) starts once the end
// of a sentence inside it is left out: "Zorb. The Quux Foundation" is "The
// Quux Foundation" (a word of three letters or more and a full stop before
// a space; not an initial, "J. Quux Foundation").
func afterSentenceEnd(text string, s, e int) int {
	for i := e - 2; i > s; i-- {
		if text[i] == '.' && (text[i+1] == ' ' || text[i+1] == '\t') {
			j := i
			for j > s && isWordByte(text[j-1]) {
				j--
			}
			if i-j >= 3 {
				k := i + 1
				for k < e && (text[k] == ' ' || text[k] == '\t') {
					k++
				}
				return k
			}
		}
	}
	return s
}

// placeTails are words that end a place's name after a word ("Thyme Valley",
// "Swift River").
var placeTails = wordSet("valley", "river", "lake", "mountain", "mountains", "island", "islands", "bay", "beach", "park", "street", "square", "hill", "hills", "county", "city", "belt", "coast")

// personListNeighbour tells whether the name at [s,e) stands in a list
// whose neighbouring item is a person of the post ("Jane Roe, Zorb
// Quimby, and Max Doe"): a brand's name leading it leads a person's name,
// not a product's.
func (b *builder) personListNeighbour(s, e int) bool {
	// the item before: a person's mention that ends where a separator does
	for _, g := range []string{", and ", " and ", ", ", " & "} {
		if k := s - len(g); k > 0 && b.text[k:s] == g && b.mentionOverlaps(k-1, k, vocab.Person) {
			return true
		}
	}
	// the item after, after a comma ("and" may join two clauses: "we run
	// Zorb Widgetserver and Jane Roe likes it")
	if k := e + 2; k < len(b.text) && b.text[e:k] == ", " && b.mentionOverlaps(k, k+1, vocab.Person) {
		return true
	}
	return false
}

// reSerialAfter matches a year and a serial number glued to a name: the
// name is the scheme of an identifier ("ZSA-2023-38497"), not a mention of
// the thing the scheme is named after.
var reSerialAfter = regexp.MustCompile(`^-(?:19|20)\d\d-\d`)

// identifierScheme tells whether term t only prefixes an identifier.
func (b *builder) identifierScheme(t Term) bool {
	return t.End < len(b.text) && b.text[t.End] == '-' && reSerialAfter.MatchString(b.text[t.End:min(len(b.text), t.End+8)])
}

// forgeAsPlatform tells whether organisation term t names a code-hosting
// site (hostingSites) as the platform the text discusses ("Later Zorbhub
// opened and the project moved there"), not as a company: no
// organisation's cue stands around it ("from Zorbhub", "works at
// Zorbhub", "Zorbhub's engineers" keep the company). A noun of a service
// after it ("Zorbhub repositories", "the Zorbhub issue") leaves it to
// dropServiceOrgs: the site only hosts what the post points at.
func (b *builder) forgeAsPlatform(t Term) bool {
	if t.Class != vocab.Organization || !hostingSites[fold(t.Name)] {
		return false
	}
	next := strings.ToLower(nextWord(b.text, t.End))
	return !serviceNouns[next] && !memberNouns[next] && !b.orgContext(t) && !b.orgListBefore(t.Start, reOrgAgentCue)
}
