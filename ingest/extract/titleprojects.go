package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// Projects named by a talk's title: a title that leads with a name and a
// separator ("Widgetd: the new era", "Quux - a tiny web server",
// "Frobnik, the leading booking system"), introduces it ("Introducing
// Widgetd: …", "Developing Quux Companion") or moves it ("Widgetd goes
// Qt"). The name is the talk's subject: a Project, or the Technology of the
// same name when the vocabulary knows it.

// titleTools are the title shapes that name a tool at their end or lead
// with it and a phrase: "Migrating code with Zorbl", "Finding bugs with
// Zorbl static analyzer", "Zorbl and a future of the web".
// They compile on first use, not at start-up.
var titleTools = struct{ with, and *lazyre.Regexp }{
	with: lazyre.New(`^(\p{Lu}[^:]{2,60}?)[ \t]+with[ \t]+(\p{Lu}[\p{L}\d.+#_-]*\p{L}[\p{L}\d]*)(?:[ \t]+(?:static[ \t]+analy[sz]er|framework|library|toolkit|tool|tools|plugin|engine))?[ \t]*[.!?]?$`),
	and:  lazyre.New(`^(\p{Lu}[\p{L}\d.+#_-]*\p{L}[\p{L}\d]*)[ \t]+and[ \t]+(?:a|an|the|its|how|why)[ \t]`),
}

// sentenceCased tells whether s has a word of four letters or more in
// lower case that title case would capitalise ("debugging" of "Advanced
// debugging"): s is written in sentence case.
func sentenceCased(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“”‘’()[]:,.;!?*_`")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4 && !titleSmallWords[w] {
			return true
		}
	}
	return false
}

// titleOpeners are words a title's lead may be without naming a project.
var titleOpeners = map[string]bool{
	"keynote": true, "introduction": true, "intro": true, "panel": true, "lightning": true, "workshop": true,
	"welcome": true, "opening": true, "closing": true, "demo": true, "tutorial": true, "q&a": true, "bof": true,
	"update": true, "status": true, "case": true, "show": true, "tell": true, "recap": true, "retrospective": true,
	"news": true, "overview": true, "review": true, "why": true, "how": true, "what": true, "when": true,
	"where": true, "who": true, "beyond": true, "towards": true, "toward": true, "lessons": true, "part": true,
	"day": true, "chapter": true, "episode": true, "session": true, "talk": true, "hands-on": true,
	"live": true, "advanced": true, "practical": true, "modern": true, "open": true, "free": true,
	"state": true, "future": true, "history": true, "security": true, "performance": true, "testing": true,
	"yes": true, "no": true, "hello": true, "goodbye": true, "rethinking": true, "revisiting": true,
	"debugging": true, "scaling": true, "securing": true, "monitoring": true, "deploying": true,
}

// titleProjects makes Projects of the names talk titles lead with.
func (b *builder) titleProjects() {
	n := len(b.res.Entities)
	for i := 0; i < n; i++ {
		t := b.res.Entities[i]
		if t.Class != vocab.Talk || !t.Titled || len(t.Mentions) == 0 {
			continue
		}
		name := titleProjectName(b.re, t.Name)
		if name == "" || b.knownPerson(name) || b.isTerm(name, vocab.Organization, vocab.Place) || b.descriptiveLead(name) {
			continue
		}
		if toks := strings.Fields(name); len(toks) > 1 && b.x.cfg.GivenName != nil && b.givenName(toks[0]) {
			continue // "Jane Doe: my life" names its speaker
		}
		if _, ok := b.lookup(vocab.Person, fold(name)); ok {
			continue
		}
		if _, ok := b.lookup(vocab.Event, fold(name)); ok || b.x.series[strings.ToLower(name)] != "" {
			continue
		}
		j := b.softwareEntity(name)
		m := t.Mentions[0]
		s, e := m.Start, m.End
		if k := strings.Index(b.text[s:e], name); k >= 0 {
			s, e = s+k, s+k+len(name)
		}
		b.mention(j, s, e, "project:talk-title-lead", 0.6)
		b.rel(About, i, j, m.Start, m.End, "about:talk-title-lead", 0.6)
	}
}

// titleIntroMatch is reTitleIntro's submatches in title: its words start
// with one of the capitals of "Introducing", "Developing", "Building",
// "Announcing", "Meet", "Inside", "Hacking".
func titleIntroMatch(re *rules, title string) []string {
	if title == "" || !strings.ContainsRune("IDBAMH", rune(title[0])) {
		return nil
	}
	return re.reTitleIntro.FindStringSubmatch(title)
}

// titleGoesMatch is reTitleGoes's submatches in title, which holds "goes".
func titleGoesMatch(re *rules, title string) []string {
	if !strings.Contains(title, "goes") {
		return nil
	}
	return re.reTitleGoes.FindStringSubmatch(title)
}

// titleLeadMatch is reTitleLead's submatches in title: its separators are
// ":", a dash or ", the".
func titleLeadMatch(re *rules, title string) []string {
	if !strings.ContainsAny(title, ":,-–—") {
		return nil
	}
	return re.reTitleLead.FindStringSubmatch(title)
}

// titleWithMatch is titleTools.with's submatches in title, which holds
// "with".
func titleWithMatch(title string) []string {
	if !strings.Contains(title, "with") {
		return nil
	}
	return titleTools.with.FindStringSubmatch(title)
}

// titleAndMatch is titleTools.and's submatches in title, which holds "and".
func titleAndMatch(title string) []string {
	if !strings.Contains(title, "and") {
		return nil
	}
	return titleTools.and.FindStringSubmatch(title)
}

// titleProjectName returns the project name a talk title leads with, or "".
// genericTails are nouns after a product's name in a title that name a
// part of its world, not another product ("Widgetd Community").
var genericTails = wordSet("marketing", "community", "communities", "team", "teams", "ecosystem", "project", "internals", "basics", "tips", "news", "update", "updates", "roadmap", "governance", "documentation", "docs", "applications", "development", "developers", "security", "performance", "sprint", "association")

// nameShaped tells whether a title's first word may name a product: it has
// a letter, and a capital or a digit ("Widgetd", "x11rb", "TYPO3"), or is
// long and no word of the stop lists ("widgetd").
func nameShaped(w string) bool {
	letter, mark := false, false
	for i, r := range w {
		if unicode.IsLetter(r) {
			letter = true
		}
		if unicode.IsUpper(r) || unicode.IsDigit(r) && i > 0 {
			mark = true
		}
	}
	if !letter {
		return false
	}
	return mark || len(w) >= 4 && !leadStop[w] && !notName[w] && !lowerStop[w]
}

// lowerStop are lower-case function words a title may start with.
var lowerStop = wordSet("and", "or", "but", "the", "with", "from", "into", "about", "some", "more", "less", "your", "their", "this", "that", "what", "when", "why", "how")

func titleProjectName(re *rules, title string) string {
	title = strings.TrimSpace(title)
	var name string
	// each pattern runs only on a title with the literal it needs
	// (anchored at the start, the regexps get no filter of their own)
	if m := titleIntroMatch(re, title); m != nil {
		name = m[1]
	} else if m := titleGoesMatch(re, title); m != nil {
		name = m[1]
	} else if m := titleLeadMatch(re, title); m != nil {
		name = m[1]
	} else if m := titleWithMatch(title); m != nil && !strings.Contains(m[1], ",") && sentenceCased(m[1]) {
		// in a title written in sentence case ("Migrating code with
		// Zorbl"), the capital of the last word says it is a name
		name = m[2]
	} else if m := titleAndMatch(title); m != nil {
		name = m[1]
	}
	name = strings.TrimRight(name, ".,;:!?'’")
	if name == "" || len(name) < 2 {
		return ""
	}
	toks := strings.Fields(name)
	// "gRPC 101", "Widgetd 2.0": the number is not part of the name
	for len(toks) > 1 && strings.Trim(toks[len(toks)-1], "0123456789.-") == "" {
		toks = toks[:len(toks)-1] // "Widgetd 2.0", "Widgetd 10-12"
	}
	// "Widgetd Marketing": the product, not its department
	for len(toks) > 1 && genericTails[strings.ToLower(toks[len(toks)-1])] {
		toks = toks[:len(toks)-1]
	}
	if !nameShaped(toks[0]) {
		return "" // "and", an emoji
	}
	// "Demystifying Temporal": a gerund leads, the name is what follows
	if len(toks) > 1 && strings.HasSuffix(toks[0], "ing") {
		return ""
	}
	name = strings.Join(toks, " ")
	for _, w := range toks {
		lw := strings.ToLower(w)
		if titleOpeners[lw] || leadStop[w] || notName[w] && len(toks) == 1 {
			return ""
		}
	}
	// one lower-case word is a name only when it is no plain word shape
	// ("codebender" is; nothing tells it from "testing" but the openers)
	if len(toks) > 1 {
		for _, w := range toks[1:] {
			if !capWord(w) {
				return ""
			}
		}
	}
	if strings.HasSuffix(strings.ToLower(toks[0]), "ing") && len(toks) == 1 && !capWord(toks[0]) {
		return ""
	}
	return name
}

// softwareEntity is the Project or Technology entity of name: the one the
// post already has, else a new one, a Technology when the vocabulary knows
// the name as one.
func (b *builder) softwareEntity(name string) int {
	for _, c := range []vocab.Class{vocab.Project, vocab.Technology} {
		if k, ok := b.lookup(c, fold(name)); ok {
			return k
		}
	}
	c := vocab.Project
	if b.isTerm(name, vocab.Technology) {
		c = vocab.Technology
	}
	return b.entity(c, name, fold(name))
}
