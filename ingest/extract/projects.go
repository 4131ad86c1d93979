package extract

import (
	"strings"
	"unicode"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// anchors that do not name what they link to.
var genericAnchors = map[string]bool{"here": true, "link": true, "this": true, "that": true, "these": true, "there": true, "source": true, "code": true, "the code": true, "source code": true, "repo": true, "repository": true, "github": true, "gitlab": true, "github repository": true, "gitlab repository": true, "github repo": true, "website": true, "homepage": true, "home page": true, "site": true, "page": true, "docs": true, "documentation": true, "slides": true, "video": true, "recording": true, "blog": true, "blog post": true, "post": true, "article": true, "paper": true, "more": true, "read more": true, "details": true, "announcement": true, "this post": true, "this link": true, "click here": true, "see here": true, "on github": true, "on gitlab": true, "the repository": true, "the repo": true, "the project": true, "project": true, "it": true, "them": true}

// isGenericAnchor tells whether an anchor (trimmed) is one of genericAnchors, ignoring case.
func isGenericAnchor(a string) bool { return len(a) <= 20 && genericAnchors[strings.ToLower(a)] }

// head nouns a product name may carry in an anchor ("Acme WebRTC solutions").
var headNouns = map[string]bool{
	"solution": true, "solutions": true, "library": true, "project": true, "framework": true,
	"module": true, "extension": true, "tool": true, "tools": true, "plugin": true, "app": true,
	"application": true, "package": true, "crate": true, "service": true, "platform": true,
	"engine": true, "linter": true, "server": true, "client": true, "toolkit": true, "sdk": true,
}

// productName returns the product-like name an anchor gives ("" if none):
// one to three capitalised or dotted tokens, optionally followed by a
// generic head noun.
func (b *builder) productName(anchor string) string {
	a := trimPunct(anchor)
	if a == "" || looksLikeURL(a) || isGenericAnchor(a) {
		return ""
	}
	toks := strings.Fields(a)
	n := 0
	for n < len(toks) && n < 3 && (capWord(toks[n]) || strings.ContainsAny(toks[n], ".-") && !strings.Contains(toks[n], " ")) && !leadStop[toks[n]] {
		n++
	}
	if n == 0 {
		return ""
	}
	for _, t := range toks[n:] {
		if !headNouns[strings.ToLower(t)] {
			return ""
		}
	}
	// "Widgetd 1.13", "Widgetd v2.0": the product, not its release
	for n > 1 && strings.Trim(strings.TrimPrefix(strings.ToLower(toks[n-1]), "v"), "0123456789.-") == "" {
		n--
	}
	name := strings.Join(toks[:n], " ")
	// the regexp last: most anchors are no product name anyway
	if len(name) < 2 || b.re.reNotProduct.MatchString(a) {
		return ""
	}
	return name
}

// siteOwnName returns a lower-case anchor that is the first label of its
// link's host and no English word ("[zorbtm](https://zorbtm.example)"),
// after or before a noun of software: the site's own name, or "".
func (b *builder) siteOwnName(l linkInfo) string {
	a := trimPunct(l.anchor)
	if b.x.cfg.Word == nil || len(a) < 3 || strings.ContainsAny(a, " \t\n") || a != strings.ToLower(a) || a != l.label {
		return ""
	}
	if b.x.cfg.Word(a) || inflected(a, b.x.cfg.Word) {
		return ""
	}
	// a site's name is software only with a cue: "the tool zorbtm",
	// "zorbtm, a promising toolkit", "the zorbtm library"
	pre := strings.ToLower(strings.Trim(prevWord(b.text, l.start), "*_[("))
	after := b.text[l.end:min(len(b.text), l.end+120)]
	if !softwareHeads[pre] && !appositiveSoftware(after) && !softwareHeads[strings.ToLower(nextWord(b.text, l.end))] {
		return ""
	}
	return a
}

// projectLinks makes Projects of repository links and of homepage links whose
// anchor names a product.
func (b *builder) projectLinks() {
	for _, l := range b.links {
		switch l.kind {
		case lkRepo:
			b.repoProject(l)
		case lkHome:
			b.homeProject(l)
		case lkProfile:
			if l.host == "gitlab.com" || strings.HasPrefix(l.host, "gitlab.") {
				// a GitLab group named like its anchor is a project
				if strings.Contains(strings.ToLower(l.anchor), strings.ToLower(l.slug)) && strings.ContainsAny(l.slug, "-_") {
					l.kind, l.name, l.owner, l.repo = lkRepo, l.slug, "", l.url
					b.repoProject(l)
				}
			}
		}
	}
}

func stripLangAffix(s string) string {
	s = strings.ToLower(s)
	for _, p := range []string{"python-", "py-", "go-", "rust-", "node-", "js-", "ruby-", "php-", "lib"} {
		s = strings.TrimPrefix(s, p)
	}
	for _, p := range []string{"-python", "-py", "-go", "-rs", "-rust", ".js", "-js", "js", ".rs", "-rb"} {
		s = strings.TrimSuffix(s, p)
	}
	return s
}

func (b *builder) repoProject(l linkInfo) {
	if l.deep || notSoftwareRepo(l.name) {
		// an issue, pull request, commit or file of a repository: not a
		// project the post presents
		return
	}
	// the name is the repository's, as the anchor or the paragraph writes
	// it when they name the repository; other anchors are alternate names
	a := trimPunct(l.anchor)
	name := ""
	if sameRepoName(a, l.name) {
		name = a
	}
	if name == "" {
		// a word of the paragraph that names the repository
		name = b.wordFor(l.start, l.name)
	}
	if name == "" {
		name = l.name
	}
	key := fold(l.repo)
	i, ok := b.lookup(vocab.Project, key)
	if !ok {
		i = b.entity(vocab.Project, name, key)
	}
	e := &b.res.Entities[i]
	e.Repo = l.repo
	full := l.name
	if l.owner != "" {
		full = l.owner + "/" + l.name
	}
	e.Aliases = AppendUnique(e.Aliases, full, l.name)
	if pn := b.productName(a); pn != "" && pn != name && !strings.Contains(a, "/") {
		e.Aliases = AppendUnique(e.Aliases, pn)
		b.alias(i, fold(pn))
	}
	b.alias(i, fold(name), fold(l.name), fold(stripLangAffix(l.name)), fold(full))
	b.mention(i, l.start, l.end, "project:repository-link", 0.9)
	b.claim(l.start, l.end)
}

// sameRepoName tells whether anchor names the repository repo: equal
// ignoring case, separators and a language affix ("Acme Meet" for
// acme-meet, "Quiltlib" for python-quiltlib).
func sameRepoName(anchor, repo string) bool {
	a := alnumFold(anchor)
	if a == "" {
		return false
	}
	return a == alnumFold(repo) || a == alnumFold(stripLangAffix(repo))
}

// alnumFold folds s and keeps its letters and digits only.
func alnumFold(s string) string {
	var sb strings.Builder
	for _, r := range fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// wordFor finds in the paragraph around pos a token that names repo
// ("SafeBox" for safebox, "Quiltlib" for python-quiltlib): the first word
// of the paragraph that is the repository name or its name without a
// language affix, ignoring case (a word in lower case only as the exact
// repository name).
func (b *builder) wordFor(pos int, repo string) string {
	p := find(b.paras, pos)
	if p < 0 {
		return ""
	}
	idx := b.paraWords(p)
	lrepo, short := strings.ToLower(repo), stripLangAffix(repo)
	best, bestAt := "", -1
	try := func(w paraWord, ok bool) {
		if ok && (bestAt < 0 || w.at < bestAt) {
			best, bestAt = w.word, w.at
		}
	}
	if len(lrepo) >= 3 {
		w, ok := idx.cased[lrepo]
		try(w, ok)
		w, ok = idx.plain[lrepo]
		try(w, ok)
	}
	if len(short) >= 3 {
		w, ok := idx.cased[short]
		try(w, ok)
	}
	return best
}

// paraWord is the first word of a paragraph with a given folded form.
type paraWord struct {
	word string
	at   int
}

// paraIndex holds the words of a paragraph by lower-cased form: cased
// words (with a capital, '-' or '_') and plain lower-case words.
type paraIndex struct {
	cased, plain map[string]paraWord
}

// paraWords indexes paragraph p once per post.
func (b *builder) paraWords(p int) *paraIndex {
	if idx, ok := b.paraIdx[p]; ok {
		return idx
	}
	idx := &paraIndex{cased: map[string]paraWord{}, plain: map[string]paraWord{}}
	if b.repoWords == nil {
		// the names wordFor may look for (lower case): the names of the
		// post's repository and site links
		b.repoWords = map[string]bool{}
		for _, l := range b.links {
			for _, n := range []string{l.name, l.label} {
				if n != "" && !b.repoWords[n] {
					b.repoWords[strings.ToLower(n)] = true
					b.repoWords[stripLangAffix(n)] = true
				}
			}
		}
	}
	var buf [64]byte
	para := b.text[b.paras[p].Start:b.paras[p].End]
	for i := 0; i < len(para); {
		for i < len(para) && isSpaceByte(para[i]) {
			i++
		}
		j := i
		for j < len(para) && !isSpaceByte(para[j]) {
			j++
		}
		w := para[i:j]
		at := i
		i = j
		if len(w) < 3 {
			continue
		}
		if w = trimPunct(w); len(w) < 3 || len(w) > len(buf) {
			continue
		}
		// lower-case into buf: the lookup does not allocate
		lw := buf[:len(w)]
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lw[k] = c
		}
		if !b.repoWords[string(lw)] {
			continue
		}
		m := idx.plain
		if hasUpper(w) || strings.ContainsAny(w, "-_") {
			m = idx.cased
		}
		k := strings.ToLower(w)
		if _, ok := m[k]; !ok {
			m[k] = paraWord{w, at}
		}
	}
	if b.paraIdx == nil {
		b.paraIdx = map[int]*paraIndex{}
	}
	b.paraIdx[p] = idx
	return idx
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// hasUpper tells whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func (b *builder) homeProject(l linkInfo) {
	if b.personalPage(l) || apiItemLink(l) || ownAddressAnchor(l) {
		return
	}
	switch use, name := b.personOrShowAnchor(l); use {
	case anchorPerson:
		b.homePerson(l, name)
		b.claim(l.start, l.end)
		return
	case anchorShow:
		b.claim(l.start, l.end) // "Linux" of a show's name is no subject
		return
	}
	switch b.homeLinkContext(l) {
	case homeOrganization:
		b.homeOrgLink(l)
		return
	case homeNothing:
		return
	}
	name := b.productName(l.anchor)
	if name == "" {
		name = b.siteOwnName(l)
	}
	if name == "" && isGenericAnchor(trimPunct(l.anchor)) {
		label := l.label
		if label == "docs" || label == "blog" || label == "tech" || label == "engineering" || label == "dev" {
			return
		}
		name = b.wordFor(l.start, label)
	}
	if name == "" || b.isTerm(name, vocab.Organization, vocab.Place) {
		return
	}
	if eventOrGroupName(name, l.label) || b.plainWordsAnchor(name, l) || notProjectPage(name, l) || eventAppositive(b.text[l.end:min(len(b.text), l.end+80)]) {
		return
	}
	for _, w := range strings.Fields(name) {
		if b.isTerm(w, vocab.Organization) {
			return
		}
	}
	if b.isTerm(name, vocab.Technology) {
		return
	}
	i, ok := b.lookup(vocab.Project, fold(name))
	if !ok {
		i = b.entity(vocab.Project, name, fold(name))
	}
	e := &b.res.Entities[i]
	e.SameAs = AppendUnique(e.SameAs, l.url)
	if a := trimPunct(l.anchor); a != name && !isGenericAnchor(a) {
		e.Aliases = AppendUnique(e.Aliases, a)
	}
	b.mention(i, l.start, l.end, "project:homepage-link", 0.7)
	// the product's own name is not also a technology ("Argo CD" is not
	// Argo plus CD); other words of the anchor still count
	if k := strings.Index(l.anchor, name); k >= 0 {
		b.claim(l.start+k, l.start+k+len(name))
	}
}
