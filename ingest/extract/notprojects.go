package extract

import (
	"net/url"
	"strings"
	"unicode"

	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx" // regexp with a literal prefilter, compiled on first use: same matches, less work
)

// Links that point at something that is no software project, whatever
// their anchor says:
//   - a repository of a team, a working group, a curated list, a
//     document or a gathering's material ("lang-team", "wg-governance",
//     "awesome-widgets", "book", "rfcs", "quux-guide", "zorbconf-2019",
//     "quux-slides"): no program lives there;
//   - a page of a manual or an API reference whose anchor is a code
//     identifier ("MaybeUninit<T>", "build.target", "IntoIterator"): the
//     anchor names an item of a language or a tool, not a project;
//   - the address of a site's blog, docs or forum as the anchor
//     ("blog.example.org" for https://blog.example.org/): a website.

// docRepoNames are the names of repositories that hold documents, not
// programs.
var docRepoNames = wordSet("book", "books", "spec", "specs", "specification", "rfcs", "rfc", "blog", "website", "site", "www", "governance", "docs", "doc", "documentation", "meetings", "minutes", "community", ".github", "talks", "slides", "team", "teams", "planning", "roadmap", "agenda", "notes")

// notSoftwareRepo tells whether repository name n holds no program.
func notSoftwareRepo(n string) bool {
	n = strings.ToLower(n)
	if docRepoNames[n] {
		return true
	}
	for _, p := range []string{"wg-", "team-", "awesome-", "awesome_"} {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	for _, s := range []string{"-team", "-wg", "-teams", "-rfcs", "-docs", "-blog", "-website", "-guide", "-guidelines", "-book", "-slides", "-talk", "-talks", "-workshop", "-notes", "-meetings", "-minutes", "-survey", "-cfp", "-presentation", "-presentations"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	// the material of a gathering: "summer-of-code", "all-hands-2019-quux",
	// "quuxconf-2019"
	if strings.Contains(n, "summer-of-code") || strings.Contains(n, "all-hands") {
		return true
	}
	if reRepoYear.MatchString(n) {
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
			if eventNameWords[w] || strings.HasSuffix(w, "conf") {
				return true
			}
		}
	}
	return false
}

// reRepoYear matches a year in a repository name.
var reRepoYear = regexp.MustCompile(`(?:^|[^0-9])(?:19|20)\d\d(?:[^0-9]|$)`)

// docPathSegs are path segments of manuals and API references.
var docPathSegs = []string{"/doc/", "/docs/", "/std/", "/api/", "/reference/", "/manual/", "/book/", "/nightly/", "/stable/"}

// apiItemLink tells whether a homepage link points into a manual or an API
// reference with a code identifier as its anchor.
func apiItemLink(l linkInfo) bool {
	a := trimPunct(l.anchor)
	if a == "" || strings.ContainsAny(a, " \t") || !codeIdentifier(a) {
		return false
	}
	pu, err := url.Parse(l.url)
	if err != nil {
		return false
	}
	p := strings.ToLower(pu.Path) + "/"
	for _, seg := range docPathSegs {
		if strings.Contains(p, seg) {
			return true
		}
	}
	return false
}

// codeIdentifier tells whether a reads as an identifier of code: a dotted
// or generic name ("build.target", "Vec<T>", "std::io"), or one word with
// a capital inside ("RefCell", "IntoIterator").
func codeIdentifier(a string) bool {
	if strings.ContainsAny(a, "<>:()") || strings.Contains(a, "_") {
		return true
	}
	if i := strings.IndexByte(a, '.'); i > 0 && i < len(a)-1 {
		return true
	}
	return innerCapOrDigit(a) || strings.Contains(a, "-")
}

// siteLabels are the first labels of hosts that serve a site's parts (a
// blog, docs, a forum), not a product named by its domain ("zorbl.io").
var siteLabels = wordSet("blog", "blogs", "doc", "docs", "thanks", "forum", "forums", "internals", "users", "discuss", "wiki", "lists", "mail", "play", "news", "status")

// ownAddressAnchor tells whether a link's anchor is the address of its own
// site's part ("blog.example.org" for https://blog.example.org/…); a
// product named by its domain ("zorbl.io") may be a project.
func ownAddressAnchor(l linkInfo) bool {
	a := strings.ToLower(strings.TrimSuffix(trimPunct(l.anchor), "/"))
	a = strings.TrimPrefix(strings.TrimPrefix(a, "https://"), "http://")
	a = strings.TrimPrefix(a, "www.")
	first, _, ok := strings.Cut(a, ".")
	return ok && a == l.host && siteLabels[first] && strings.Count(a, ".") >= 2
}

// Homepage links that name a gathering, a group or a website rather than a
// program, whatever their anchor looks like:
//   - a conference or a meetup series ("QuuxConf", "ZorbFest", "Foo
//     Summit", a site "fooconf.example"), or a name the text goes on to
//     call one ("[Zorb Gathering](…) is a new conference");
//   - a team or a working group ("Tooling Team", "Zorb Working Group").

// eventNameWords are words that make a name a gathering's.
var eventNameWords = wordSet("conf", "conference", "conferences", "unconference", "fest", "festival", "summit", "meetup", "meetups", "camp", "hackathon", "hackfest", "sprint", "sprints", "workshop", "days", "devroom", "track", "symposium", "forum")

// groupNameWords are words that make a name a group's.
var groupNameWords = wordSet("team", "teams", "group", "groups", "committee", "council", "board", "foundation", "community")

// eventSuffixes end the first label of a gathering's own site, or a
// one-word gathering name ("QuuxConf").
var eventSuffixes = []string{"conf", "fest", "summit", "meetup", "camp"}

// eventOrGroupName tells whether a linked name is a gathering's or a
// group's rather than a program's.
func eventOrGroupName(name, hostLabel string) bool {
	toks := strings.Fields(name)
	for _, t := range toks {
		t = strings.ToLower(strings.Trim(t, ".,;:!?()\"'"))
		if eventNameWords[t] {
			return true
		}
	}
	if len(toks) > 1 && groupNameWords[strings.ToLower(toks[len(toks)-1])] {
		return true
	}
	if len(toks) == 1 && camelEventName(toks[0]) {
		return true
	}
	hl := strings.ToLower(hostLabel)
	for _, s := range eventSuffixes {
		if strings.HasSuffix(hl, s) && len(hl) > len(s) {
			return true
		}
	}
	return false
}

// camelEventName tells whether one word ends in a gathering's suffix after
// a lower-case letter ("QuuxConf", "ZorbCon", "FooFest").
func camelEventName(w string) bool {
	for _, s := range []string{"Conf", "Con", "Fest", "Camp", "Summit"} {
		if k := len(w) - len(s); k > 0 && strings.HasSuffix(w, s) && unicode.IsLower(rune(w[k-1])) {
			return true
		}
	}
	return false
}

// reEventAppositive matches what follows a gathering's name: "is a new
// conference", "will have its third edition", ", a meetup in Zorbtown";
// not "is an event loop library".
var reEventAppositive = regexp.MustCompile(`(?i)^[\])]*(?:,\s+(?:a|an|the)|\s+(?:is|was|will be)\s+(?:a|an|the)|\s+(?:will have|has|had)\s+its)\s+(?:[\w-]+\s+){0,3}?(?:conference|conf|meetup|unconference|summit|festival|gathering|event|edition|iteration|workshop|hackathon)s?(?:[.,;:!?)]|$|\s+(?:for|in|at|on|that|which|taking|held|organi[sz]ed|where|about|with|and|of|this|next|last)\b)`)

// eventAppositive tells whether the text after a link calls it a gathering.
func eventAppositive(after string) bool {
	return reEventAppositive.MatchString(after)
}

// plainWordsAnchor tells whether a homepage link's product-like name is
// only English words ("Applications", "Fearless Sharing", "Grace") that
// its address does not carry: neither a label of the host nor a folder of
// the path holds the name ("Diesel" for diesel.example, "Zorb Tree" for
// zorbtree.example, "Cargoship" for quux.example/docs/cargoship/news.html
// keep their project). Such an anchor is a page's
// title or a capitalised word of the sentence, not a program's name.
func (b *builder) plainWordsAnchor(name string, l linkInfo) bool {
	word := b.x.cfg.Word
	if word == nil {
		return false
	}
	for _, t := range strings.Fields(name) {
		t = strings.Trim(t, ".,;:!?()\"'")
		if len(t) < 2 || t != strings.ToUpper(t[:1])+strings.ToLower(t[1:]) && t != strings.ToLower(t) {
			return false // "SaltStack", "CFP": no plain word
		}
		if !word(strings.ToLower(t)) && !inflected(t, word) {
			return false
		}
	}
	n := alnumFold(name)
	if n == "" || strings.Contains(alnumFold(l.host), n) {
		return false
	}
	if pu, err := url.Parse(l.url); err == nil {
		// the name as a folder of the path: a page of the program's own
		// manual (".../zorbtool/changes.html" for "Zorbtool")
		for _, seg := range strings.FieldsFunc(pu.Path, func(r rune) bool { return r == '/' }) {
			if alnumFold(seg) == n || strings.Contains(alnumFold(seg), n) && !strings.Contains(seg, ".") {
				return false
			}
		}
	}
	return true
}

// reAPIItemFile matches the file of one item in a generated API reference
// ("struct.Widget.html", "trait.Zorb.html", "fn.quux.html").
var reAPIItemFile = regexp.MustCompile(`^(?:struct|trait|enum|fn|macro|type|constant|union|primitive|attr|derive|keyword|static)\.[^/]+\.html?$`)

// notProjectPageHosts are first labels of hosts, and notProjectPageSegs
// path segments, of pages that are not a program's home: an article, a
// team's or a person's page, a job offer, a survey, a status page.
var (
	notProjectPageHosts = wordSet("blog", "blogs", "news", "status", "survey", "surveys", "forms", "jobs", "careers")
	notProjectPageSegs  = wordSet("blog", "blogs", "news", "posts", "post", "article", "articles", "governance", "team", "teams", "about", "jobs", "careers", "sponsors", "donate", "survey", "characters", "people")
)

// notProjectPage tells whether a homepage link points at a page that does
// not identify the program its anchor names: an item of an API reference,
// or an article, a team's, a person's or a survey's page on a site whose
// host and first path segment do not carry the name ("[Zorb](…) on
// blog.quux.example/2019/…" is an article about Zorb; a link to
// zorb.example/blog/… still is Zorb's).
func notProjectPage(name string, l linkInfo) bool {
	pu, err := url.Parse(l.url)
	if err != nil {
		return false
	}
	segs := strings.FieldsFunc(strings.ToLower(pu.Path), func(r rune) bool { return r == '/' })
	if len(segs) > 0 && reAPIItemFile.MatchString(segs[len(segs)-1]) {
		return true
	}
	n := alnumFold(name)
	if n == "" || strings.Contains(alnumFold(l.host), n) || len(segs) > 0 && strings.Contains(alnumFold(segs[0]), n) {
		return false
	}
	if notProjectPageHosts[l.label] {
		return true
	}
	for _, s := range segs {
		if notProjectPageSegs[s] {
			return true
		}
	}
	return false
}
