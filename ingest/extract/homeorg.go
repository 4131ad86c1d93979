package extract

import (
	"net/url"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// The post's own organisation: the company whose engineering blog reports
// its people's talks ("our colleague Jane Roe gave a talk", "Jane Roe from
// our data team"). affiliations.go relates the people the post calls its
// own to it. The organisation is, by the strength of the evidence:
//  1. the one of a first-person cue: "we at Acme", "here at Acme", "At
//     Acme, we …", "I work at Acme", "(my) colleagues from Acme";
//  2. an organisation the post names whose name is a label of the post's
//     URL host ("blog.acme.com") or is an author's name ("Acme Tech"), or
//     else whose people it names as a whole ("all people at Acme") when the
//     text speaks of "our colleagues" and the like;
//  3. an organisation the title names, or else the one of the vocabulary
//     the text names far more often than any other, when the text speaks of
//     "our colleagues", "our engineers", "our team" and the like.
// Within one level the organisation named most often wins; a tie is no
// answer.

// ourPeopleWords follow "our" where a post speaks of its organisation's
// people.
var ourPeopleWords = wordSet("colleague", "colleagues", "employee", "employees", "engineer", "engineers", "team", "teams", "speaker", "speakers", "ceo", "cto", "developers", "people", "staff", "coworkers", "co-workers", "teammates", "company", "vp")

// homeCuePrefixes end the lower-case text before an organisation a
// first-person cue names.
var homeCuePrefixes = []string{"we at ", "us at ", "here at ", "i work at ", "i work for ", "we work at ", "i'm working at ", "i am working at ", "colleagues from ", "colleagues at ", "colleague from ", "colleague at ", "our company, ", "my employer, ", "my employer "}

// homeOrg returns the entity of the post's own organisation, or -1.
func (b *builder) homeOrg() int {
	b.atWeOrgs()
	orgs := map[int]int{} // organisation -> mentions
	for i, e := range b.res.Entities {
		if e.Class == vocab.Organization && b.canonical(i) == i {
			orgs[i] = len(e.Mentions)
		}
	}
	// 1. a first-person cue
	cued := map[int]int{}
	for i := range orgs {
		for _, m := range b.res.Entities[i].Mentions {
			if b.homeCueAt(m.Start) {
				cued[i] = orgs[i]
			}
		}
	}
	if o := mostNamed(cued); o != -1 {
		return o
	}
	// 2. the post's host or author names it
	named := map[int]int{}
	host := b.postHost()
	for i := range orgs {
		k := compactFold(b.res.Entities[i].Name)
		if len(k) < 4 {
			continue
		}
		if host != "" && hostHasLabel(host, k) {
			named[i] = orgs[i]
		}
		for _, a := range b.d.Authors {
			if hasWordFold(a, b.res.Entities[i].Name) {
				named[i] = orgs[i]
			}
		}
	}
	if o := mostNamed(named); o != -1 {
		return o
	}
	// 2b. "all people at Acme", "everyone at Acme", when the text speaks of
	// "our" people
	if ourCue(b.lower) {
		group := map[int]int{}
		for i := range orgs {
			for _, m := range b.res.Entities[i].Mentions {
				if b.cueBefore(m.Start, groupCuePrefixes) {
					group[i] = orgs[i]
				}
			}
		}
		if o := mostNamed(group); o != -1 {
			return o
		}
	}
	// 3. the title names it and the text speaks of "our" people
	if b.d.Title == "" || !ourCue(b.lower) {
		return -1
	}
	titled := map[int]int{}
	for i := range orgs {
		if hasWordFold(b.d.Title, b.res.Entities[i].Name) {
			titled[i] = orgs[i]
		}
	}
	if len(titled) == 0 {
		if o := b.titleOrg(); o >= 0 {
			return o
		}
		return b.dominantOrg()
	}
	return mostNamed(titled)
}

// dominantOrg returns the organisation of the lexicon the text names most
// often, at least three times and twice as often as any other (a company's
// blog names itself), made an entity of the post; -1 if none.
func (b *builder) dominantOrg() int {
	count := map[string]int{}
	first := map[string]Term{}
	for _, t := range b.terms {
		if t.Class != vocab.Organization || t.Dropped || !capWord(b.text[t.Start:t.End]) || b.isHardClaimed(t.Start, t.End) {
			continue
		}
		k := fold(t.Name)
		if count[k] == 0 {
			first[k] = t
		}
		count[k]++
	}
	best, n, second := topTwo(count)
	if n < 3 || n < 2*second {
		return -1
	}
	t := first[best]
	i := b.entity(vocab.Organization, t.Name, best)
	e := &b.res.Entities[i]
	e.SameAs = AppendUnique(e.SameAs, t.SameAs...)
	b.mention(i, t.Start, t.End, "organization:dominant-home", 0.6)
	return i
}

// titleOrg returns the one organisation of the lexicon the title names
// (made an entity of the post), or -1.
func (b *builder) titleOrg() int {
	if b.x.cfg.Lexicon == nil {
		return -1
	}
	o := -1
	for _, t := range b.x.cfg.Lexicon.Find(b.d.Title) {
		if t.Class != vocab.Organization || t.Dropped {
			continue
		}
		if o >= 0 {
			return -1
		}
		i := b.entity(vocab.Organization, t.Name, fold(t.Name))
		e := &b.res.Entities[i]
		e.SameAs = AppendUnique(e.SameAs, t.SameAs...)
		b.mention(i, 0, 0, "organization:title-home", 0.6)
		o = i
	}
	return o
}

// atWeOrgs makes an Organization of the name of a sentence "At Y, we …"
// ("At Acme, we try to …"), when it looks like one.
func (b *builder) atWeOrgs() {
	var soft map[string]bool // folded names of software and their first words
	for _, s := range b.sents {
		t := b.text[s.Start:min(s.End, s.Start+80)]
		lead := len(t) - len(strings.TrimLeft(t, " \t\n*_#>-"))
		if !strings.HasPrefix(t[lead:], "At ") {
			continue
		}
		ns := s.Start + lead + 3
		m := b.re.reCapName.FindStringSubmatchIndex(b.text[ns:min(s.End, ns+60)])
		if m == nil {
			continue
		}
		e := ns + m[3]
		if !b.firstPersonAfter(e) {
			continue
		}
		if soft == nil {
			soft = b.softwareNames()
		}
		if o, _ := b.orgMentionAt(ns + m[2]); o >= 0 || soft[fold(b.text[ns+m[2]:e])] {
			continue
		}
		b.cuedOrg(ns+m[2], e, "organization:at-we", false)
	}
}

// groupCuePrefixes end the lower-case text before an organisation whose
// people the writer thanks or names as a whole ("all people at Acme"):
// the writer's organisation when the text also says "our colleagues".
var groupCuePrefixes = []string{"people at ", "folks at ", "everyone at ", "everybody at ", "all of us at ", "staff at "}

// cueBefore tells whether one of prefixes ends the lower-case text right
// before pos ("the " between allowed).
func (b *builder) cueBefore(pos int, prefixes []string) bool {
	pre := b.lower[max(0, pos-20):pos]
	pre = strings.TrimSuffix(pre, "the ")
	for _, p := range prefixes {
		if strings.HasSuffix(pre, p) {
			return true
		}
	}
	return false
}

// homeCueAt tells whether a first-person cue ends right before pos, or
// pos starts a sentence "At Y, we …".
func (b *builder) homeCueAt(pos int) bool {
	if b.cueBefore(pos, homeCuePrefixes) {
		return true
	}
	pre := b.lower[max(0, pos-20):pos]
	if strings.HasSuffix(pre, "at ") {
		s := b.sentence(pos)
		if strings.TrimLeft(b.lower[s.Start:pos], " \t\n*_#>-") == "at " {
			k := strings.IndexByte(b.lower[pos:min(len(b.lower), pos+60)], ',')
			if k > 0 {
				after := strings.TrimLeft(b.lower[pos+k+1:min(len(b.lower), pos+k+8)], " ")
				return firstPerson(after) || strings.HasPrefix(after, "our ")
			}
		}
	}
	return false
}

// mostNamed returns the key of m with the largest value, -1 for none or a
// tie.
func mostNamed(m map[int]int) int {
	best, n, second := topTwo(m)
	if n <= 0 || second == n {
		return -1
	}
	return best
}

// topTwo returns the key of m with the largest value, that value and the
// second largest value (equal to it on a tie; 0 and 0 for an empty map).
func topTwo[K comparable](m map[K]int) (K, int, int) {
	var best K
	n, second := 0, 0
	for k, c := range m {
		switch {
		case c > n:
			best, n, second = k, c, n
		case c > second:
			second = c
		}
	}
	return best, n, second
}

// postHost returns the host of the post's URL (lower case), "" if none.
func (b *builder) postHost() string {
	for _, u := range []string{b.d.URL, b.d.Source} {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			continue
		}
		pu, err := url.Parse(u)
		if err == nil && pu.Host != "" {
			return strings.ToLower(pu.Hostname())
		}
	}
	return ""
}

// hostHasLabel tells whether one label of host, its hyphens removed, is k
// ("blog.acme-corp.com" has "acmecorp").
func hostHasLabel(host, k string) bool {
	for _, l := range strings.Split(host, ".") {
		if strings.ReplaceAll(l, "-", "") == k {
			return true
		}
	}
	return false
}

// compactFold folds s and keeps only its letters and digits ("Acme{x}
// Labs" -> "acmexlabs").
func compactFold(s string) string {
	f := fold(s)
	var sb strings.Builder
	for _, r := range f {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// hasWordFold tells whether s holds name as whole words, ignoring case.
func hasWordFold(s, name string) bool {
	ls, ln := fold(s), fold(name)
	if ln == "" {
		return false
	}
	for from := 0; ; {
		k := strings.Index(ls[from:], ln)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + 1
		before := at == 0 || !isWordByte(ls[at-1])
		e := at + len(ln)
		after := e == len(ls) || !isWordByte(ls[e])
		if before && after {
			return true
		}
	}
}

// softwareNames returns the folded names of the post's software and the
// names they start with ("acme" of "Acme REST API"): "At Acme, we …" then
// speaks for a project's team, not for a company.
func (b *builder) softwareNames() map[string]bool {
	out := map[string]bool{}
	for _, e := range b.res.Entities {
		if e.Class != vocab.Project && e.Class != vocab.Technology {
			continue
		}
		k := fold(e.Name)
		out[k] = true
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				out[k[:i]] = true
			}
		}
	}
	return out
}
