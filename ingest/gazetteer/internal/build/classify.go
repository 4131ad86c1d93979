package build

import (
	"regexp"
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Head nouns of a short description that say what kind of thing a topic is.
var (
	techHeads = set("language languages framework frameworks library libraries database databases protocol protocols " +
		"tool tools toolkit toolchain editor engine runtime compiler transpiler interpreter distribution platform format " +
		"specification standard browser server sdk ide api cms shell manager generator bundler linter orm cli client " +
		"emulator container microcontroller suite environment package module assistant software application app " +
		"service broker system kernel os cloud stack interface vm hypervisor terminal debugger implementation " +
		"blockchain cryptocurrency")
	// heads that are also modifiers ("computer sciences"): they name the
	// thing only as the last word of the noun phrase
	lastHeads = set("dashboard dashboards computer microcomputer technology platforms")
	orgHeads  = set("company corporation foundation organization organisation university school institute nonprofit non-profit " +
		"startup consortium association community agency provider")
	// Words that end the noun phrase after "is a".
	phraseStop = set("of for by from that which with used in to on at as who where developed created built designed " +
		"written based made maintained owned providing provides allowing allows enabling enables and/or")
	orgSuffix = regexp.MustCompile(`(?i)\b(foundation|inc\.?|incorporated|labs|llc|ltd\.?|gmbh|corporation|corp\.?|` +
		`company|university|institute|association|consortium|alliance|society|ag|s\.a\.|plc)$`)
	isA = regexp.MustCompile(`(?i)\b(?:is|are)\s+(?:a|an|the)\s+`)
	// a common noun's definition may open with "is any" or "is one of"
	isAny     = regexp.MustCompile(`(?i)\b(?:is|are)\s+(?:any|one\s+of)\s+`)
	wordRe    = regexp.MustCompile(`[\pL\pN][\pL\pN+#.\-/]*`)
	parenAbbr = regexp.MustCompile(`^(.*\S)\s*\(([^()]+)\)$`)
	acronym   = regexp.MustCompile(`^[A-Z][A-Z0-9]+$`)
	// brand names ending in a technical acronym are software: "RabbitMQ",
	// "DuckDB", "NixOS", "CircleCI", "NestJS"
	techSuffix = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*[a-z0-9](?:DB|SQL|MQ|JS|OS|CI|UI|IDE|CMS|API|QL|ML|VM|CD)$`)
	// prepositions after which a participle ends the noun phrase ("used in")
	phrasePrep = set("in by for to with on from as at of")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// describe reads a topic's short description: "tech", "org" or "" (a
// concept, genre, field of study, game ... or nothing said).
func describe(display, desc string) string {
	d := strings.ToLower(strings.TrimSpace(strings.Trim(desc, `"`)))
	if i := strings.Index(d, ". "); i > 0 {
		d = d[:i]
	}
	d = strings.TrimSuffix(d, ".")
	if d == "" || strings.Contains(d, "genre") {
		return ""
	}
	// "A bot is ...", "An emulator is ...", "A NoSQL database refers to
	// ...", "A widget app is any program …": a definition of a common noun.
	first := strings.ToLower(strings.Fields(display + " x")[0])
	for _, art := range []string{"a ", "an ", "the "} {
		if rest, ok := strings.CutPrefix(d, art); ok {
			w := strings.Fields(rest + " x")[0]
			if strings.HasPrefix(w, first) && (isA.MatchString(d) || isAny.MatchString(d) || strings.Contains(d, " refers to ")) && !strings.HasPrefix(display, "The ") {
				return ""
			}
		}
	}
	// "MVC is a software design pattern …": a way of building software,
	// not a technology
	if loc := isA.FindStringIndex(d); loc != nil {
		for _, w := range strings.Fields(firstN(d[loc[1]:], 4)) {
			if conceptNouns[strings.Trim(w, ",.;")] {
				return ""
			}
		}
	}
	// "Software with source code available …", "Tools for managing …": a
	// description that starts with a category's noun, no subject, defines
	// a category (Open Source, Provisioning), not a named technology
	// ("Software providing website authoring …": a present participle
	// links as well)
	if ws := strings.Fields(d + " x x"); categoryNouns[ws[0]] && (categoryLinks[ws[1]] || len(ws[1]) > 5 && strings.HasSuffix(ws[1], "ing")) && !strings.ContainsAny(display, ".0123456789") {
		return ""
	}
	var phrase string
	if loc := isA.FindStringIndex(d); loc != nil {
		phrase = d[loc[1]:]
	} else {
		phrase = d
	}
	var head string
	ws := wordRe.FindAllString(phrase, -1)
	for i, w := range ws {
		w = strings.TrimRight(w, ".-/")
		if phraseStop[w] {
			// "the most widely used version control system", "a Linux
			// based operating system": a participle before more of the
			// noun phrase does not end it
			if participle(w) && i+1 < len(ws) && !phrasePrep[ws[i+1]] && !phraseStop[ws[i+1]] {
				continue
			}
			break
		}
		if techHeads[w] || orgHeads[w] {
			head = w
		}
		if lastHeads[w] && (i+1 == len(ws) || phraseStop[ws[i+1]]) {
			head = w
		}
	}
	switch {
	case head == "":
		return ""
	case head == "community" && hasTechWord(phrase):
		return "tech" // "a free software community" is the software's
	case orgHeads[head]:
		return "org"
	default:
		return "tech"
	}
}

// techAndOrgs merges the three software sources into Technology and
// Organization records.
func techAndOrgs(langs []language, topics []topic, icons []icon) []*Record {
	recs := map[string]*Record{} // by folded name
	get := func(name string) *Record { return recs[vocab.Fold(name)] }

	// icons whose logo lives in the project's own repository are software
	software := map[string]bool{}
	for _, ic := range icons {
		if ownRepo(ic.Source, ic.Title) {
			software[vocab.Fold(ic.Title)] = true
		}
	}
	// Topics first: they carry Wikipedia/DBpedia identities.
	for _, t := range topics {
		name, cased := splitParen(t.Display)
		kind := describe(name, t.Desc)
		if kind == "" {
			kind = describeExpansion(t.Display)
		}
		if kind == "" && ownAccount(t, name) && !software[vocab.Fold(name)] && !hasTechWord(strings.ToLower(t.Desc)) {
			kind = "org"
		}
		if orgSuffix.MatchString(name) || namesItsOrg(t, name) {
			kind = "org"
		}
		if kind == "" {
			continue
		}
		r := &Record{Name: name, Class: vocab.Technology, sources: map[string]bool{"topic": true}}
		if kind == "org" {
			r.Class = vocab.Organization
		}
		r.Cased = cased
		for _, a := range t.Aliases {
			if !strings.ContainsAny(a, "- ") {
				r.Aliases = append(r.Aliases, a)
			}
		}
		if vocab.Fold(t.Slug) != vocab.Fold(name) && !strings.Contains(t.Slug, "-") {
			r.Aliases = append(r.Aliases, t.Slug)
		}
		if t.Wikipedia != "" {
			r.addSameAs(strings.Replace(t.Wikipedia, "http://", "https://", 1), t.DBpedia)
		}
		if o := get(name); o == nil {
			recs[vocab.Fold(name)] = r
		}
	}
	// Linguist: programming languages always; data, markup and prose
	// formats only when another source knows them too.
	for _, l := range langs {
		if l.Group != "" && l.Type != "programming" {
			continue
		}
		r := get(l.Name)
		if r == nil {
			otherSrc := false
			for _, t := range topics {
				otherSrc = otherSrc || vocab.Fold(t.Display) == vocab.Fold(l.Name) || t.Slug == strings.ReplaceAll(vocab.Fold(l.Name), " ", "-")
			}
			for _, ic := range icons {
				otherSrc = otherSrc || vocab.Fold(ic.Title) == vocab.Fold(l.Name)
			}
			if l.Type != "programming" && !otherSrc {
				continue
			}
			r = &Record{Name: l.Name, Class: vocab.Technology, sources: map[string]bool{}}
			if otherSrc {
				r.sources["topic"] = true
			}
			recs[vocab.Fold(l.Name)] = r
		}
		if r.Class != vocab.Technology {
			continue
		}
		r.sources["linguist"] = true
		for _, a := range l.Aliases {
			if abbreviates(a, l.Name) {
				r.Aliases = append(r.Aliases, a)
			}
		}
	}
	// simple-icons: confirms and re-cases known names; adds organizations
	// with evidence and software whose logo lives in its own repository.
	for _, ic := range icons {
		var al []string
		al = append(al, ic.Aliases.Aka...)
		for _, d := range ic.Aliases.Dup {
			al = append(al, d.Title)
		}
		locs := make([]string, 0, len(ic.Aliases.Loc))
		for _, v := range ic.Aliases.Loc {
			locs = append(locs, v)
		}
		sort.Strings(locs)
		al = append(al, locs...)
		if r := get(ic.Title); r != nil {
			r.sources["icons"] = true
			if r.Name != ic.Title && strings.ToLower(r.Name) == r.Name {
				r.Name = ic.Title // topic slugs like "elasticsearch"
			}
			r.Aliases = append(r.Aliases, al...)
			continue
		}
		var class vocab.Class
		ws := strings.Fields(ic.Title)
		switch {
		case orgSuffix.MatchString(ic.Title) && len(ws) > 1:
			class = vocab.Organization
		case ownRepo(ic.Source, ic.Title), techSuffix.MatchString(ic.Title):
			class = vocab.Technology
		default:
			continue
		}
		recs[vocab.Fold(ic.Title)] = &Record{Name: ic.Title, Class: class, Aliases: al, sources: map[string]bool{"icons": true}}
	}
	out := make([]*Record, 0, len(recs))
	for _, r := range recs {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// participle reports whether a phrase stop word is a past participle
// ("used", "based", "built").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "built" || w == "made" || w == "written"
}

// describeExpansion classifies "RDF (Resource Description Framework)" by
// the head noun of the expansion of its acronym.
func describeExpansion(display string) string {
	m := parenAbbr.FindStringSubmatch(display)
	if m == nil || !acronym.MatchString(m[1]) {
		return ""
	}
	ws := strings.Fields(strings.ToLower(m[2]))
	if len(ws) < 2 || initialsOf(ws) != strings.ToLower(m[1]) {
		return ""
	}
	switch last := ws[len(ws)-1]; {
	case techHeads[last]:
		return "tech"
	case orgHeads[last]:
		return "org"
	}
	return ""
}

func initialsOf(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteByte(w[0])
	}
	return b.String()
}

// ownAccount reports whether a topic the description does not classify is
// an organization: its GitHub page is an account (github.com/NAME, not a
// repository) and its homepage is on its own domain (NAME.tld).
func ownAccount(t topic, name string) bool {
	key := strings.NewReplacer(" ", "", "-", "", ".", "").Replace(vocab.Fold(name))
	if key == "" || host(t.GitHub) != "github.com" {
		return false
	}
	segs := strings.FieldsFunc(strings.TrimPrefix(strings.TrimPrefix(t.GitHub, "https://"), "http://"), func(r rune) bool { return r == '/' })
	if len(segs) != 2 || strings.ReplaceAll(vocab.Fold(segs[1]), "-", "") != key {
		return false
	}
	h := strings.Split(host(t.URL), ".")
	return len(h) >= 2 && strings.ReplaceAll(h[len(h)-2], "-", "") == key
}

// hasTechWord reports whether a (lower-case) text has a head noun of
// software anywhere, singular or plural ("apps", "frameworks").
func hasTechWord(s string) bool {
	for _, w := range wordRe.FindAllString(s, -1) {
		w = strings.TrimRight(w, ".-/")
		if techHeads[w] || techHeads[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// namesItsOrg reports whether a topic's aliases name it as an organization
// ("mozilla-foundation" of Mozilla). Its creator does not: "MongoDB Inc."
// made MongoDB, the database.
func namesItsOrg(t topic, name string) bool {
	n := vocab.Fold(name)
	for _, a := range t.Aliases {
		a = strings.ReplaceAll(vocab.Fold(a), "-", " ")
		if rest, ok := strings.CutPrefix(a, n+" "); ok && orgSuffix.MatchString(rest) && !strings.Contains(rest, " ") {
			return true
		}
	}
	return false
}

// splitParen turns "Domain-driven design (DDD)" into the name and, when the
// parenthesis holds an acronym, a cased alias; "CD (Disambiguation)" keeps
// only "CD".
func splitParen(display string) (string, []string) {
	m := parenAbbr.FindStringSubmatch(display)
	if m == nil {
		return display, nil
	}
	if acronym.MatchString(m[2]) {
		return m[1], []string{m[2]}
	}
	return m[1], nil
}

// abbreviates reports whether a Linguist alias is a spelling of the name
// ("golang" of Go, "cpp" of C++, "elisp" of Emacs Lisp, "yml" of YAML) rather
// than a neighbour that Linguist lumps in ("geojson" of JSON, "bash" of Shell).
func abbreviates(alias, name string) bool {
	a := vocab.Fold(alias)
	n := strings.NewReplacer("++", "pp", "#", "sharp", " ", "", "-", "", ".", "").Replace(vocab.Fold(name))
	if a == "" || n == "" || a[0] != n[0] {
		return false
	}
	if strings.HasPrefix(a, n) {
		return true
	}
	i := 0
	for j := 0; j < len(n) && i < len(a); j++ {
		if n[j] == a[i] {
			i++
		}
	}
	return i == len(a)
}

// ownRepo reports whether an icon's source is the project's own repository
// on a forge (github.com/owner/<name>...), a sign the brand is software.
func ownRepo(source, title string) bool {
	h := host(source)
	if h != "github.com" && h != "gitlab.com" && h != "codeberg.org" {
		return false
	}
	parts := strings.Split(strings.TrimPrefix(source, "https://"+h+"/"), "/")
	if len(parts) < 2 {
		return false
	}
	t := strings.NewReplacer(" ", "", "-", "", ".", "", "_", "").Replace(vocab.Fold(title))
	repo := strings.NewReplacer("-", "", ".", "", "_", "").Replace(vocab.Fold(parts[1]))
	owner := strings.NewReplacer("-", "", ".", "", "_", "").Replace(vocab.Fold(parts[0]))
	return t != "" && (repo == t || owner == t || strings.HasPrefix(repo, t))
}

// categoryNouns and categoryLinks open a description that defines a
// category: "Software with …", "Tools for …".
var (
	categoryNouns = map[string]bool{"software": true, "tools": true, "libraries": true, "programs": true, "applications": true, "systems": true}
	categoryLinks = map[string]bool{"with": true, "that": true, "which": true, "for": true, "to": true, "used": true, "designed": true, "written": true}
)

// conceptNouns head the description of a way of working, not of a thing.
var conceptNouns = map[string]bool{"pattern": true, "patterns": true, "paradigm": true, "methodology": true, "technique": true, "approach": true, "practice": true, "concept": true, "principle": true}

// firstN keeps the first n words of s.
func firstN(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}
