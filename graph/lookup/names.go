package lookup

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Scores of a name match, best first. A match on part of a name scores
// its tier plus a bonus for how much of the name it covers (the share of
// the name's words, or of its letters for a substring), so "postgres"
// prefers "PostgreSQL" to a long talk title with the word in it, while
// "peter" ties between "Peter Czanik" and "Peter Hutterer". A match on an
// alternate name scores AltPenalty less than the same match on the name.
const (
	ScoreIRI        = 1100 // the query is the entity's IRI
	ScoreExact      = 1000 // the name, character for character
	ScoreFolded     = 900  // the name ignoring case, accents and punctuation
	ScoreWords      = 600  // + up to 290: every query word is a whole word of the name ("saul" in "Saúl Ibarra Corretgé")
	ScorePrefixes   = 500  // + up to 290: every query word starts a word of the name ("saul ibar", "postgres")
	ScoreSubstring  = 300  // + up to 100: the query, without spaces, is inside the name ("gres" in "PostgreSQL")
	AltPenalty      = 10
	minSubstringLen = 3 // shorter queries match only words and prefixes
)

// Match is one entity a name search found.
type Match struct {
	IRI     quad.IRI
	Name    string        // the entity's preferred name (schema:name; "" if it has none)
	Classes []vocab.Class // its talkgraph classes
	Matched string        // the name or alternate name that matched the query
	Score   int           // one of the Score constants (minus AltPenalty for an alternate name)
}

// Class is the entity's most specific class ("" if it has none).
func (m Match) Class() vocab.Class {
	for _, c := range classOrder {
		for _, x := range m.Classes {
			if x == c {
				return c
			}
		}
	}
	return ""
}

// String is "Name <IRI> (Class)".
func (m Match) String() string {
	s := fmt.Sprintf("%s <%s>", m.Name, string(m.IRI))
	if c := m.Class(); c != "" {
		s += " (" + string(c) + ")"
	}
	return s
}

// Exact reports whether the query named the entity exactly (its IRI, or
// its preferred name as written), so there is nothing to tell the user.
func (m Match) Exact() bool { return m.Score >= ScoreExact }

// classOrder ranks classes when an entity has several: the most specific first.
var classOrder = []vocab.Class{vocab.Post, vocab.Talk, vocab.Track, vocab.Event, vocab.Person,
	vocab.Organization, vocab.Project, vocab.Technology, vocab.Place}

// ErrNoMatch is what Resolve's error is (errors.Is) when nothing matches.
var ErrNoMatch = errors.New("no match")

// noMatch is an error that says what was not found and is ErrNoMatch.
type noMatch string

func (e noMatch) Error() string        { return string(e) }
func (e noMatch) Is(target error) bool { return target == ErrNoMatch }

// AmbiguousError is Resolve's error when several entities share the best score.
type AmbiguousError struct {
	Query      string
	Class      vocab.Class // "" for any class
	Candidates []Match     // the tied best matches, sorted by name
}

func (e *AmbiguousError) Error() string {
	what := "entities"
	switch e.Class {
	case "":
	case vocab.Event:
		what = "editions"
	default:
		what = strings.ToLower(string(e.Class)) + "s"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%q matches %d %s equally well; name one (or give its IRI):", e.Query, len(e.Candidates), what)
	for _, c := range e.Candidates {
		b.WriteString("\n  ")
		b.WriteString(c.String())
	}
	return b.String()
}

// Normalize folds a name for comparison: lower case, no accents, symbols
// spelled out ("C++" -> "c plus plus"), punctuation as single spaces.
func Normalize(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return ""
	}
	return strings.ReplaceAll(vocab.Slug(s), "-", " ")
}

// score rates how well the normalised query q (words qw) matches name.
func score(query, q string, qw []string, name string) int {
	if name == query {
		return ScoreExact
	}
	n := Normalize(name)
	if n == "" || q == "" {
		return 0
	}
	if n == q || strings.ReplaceAll(n, " ", "") == strings.ReplaceAll(q, " ", "") {
		return ScoreFolded
	}
	nw := strings.Fields(n)
	cover := func(base int) int { return base + 290*len(qw)/max(len(nw), 1) }
	if matchWords(qw, nw, func(a, b string) bool { return a == b }) {
		return cover(ScoreWords)
	}
	if matchWords(qw, nw, strings.HasPrefix) {
		return cover(ScorePrefixes)
	}
	sq, sn := strings.ReplaceAll(q, " ", ""), strings.ReplaceAll(n, " ", "")
	if len(sq) >= minSubstringLen && strings.Contains(sn, sq) {
		return ScoreSubstring + 100*len(sq)/len(sn)
	}
	return 0
}

// matchWords reports whether every query word matches a distinct name word
// (ok(nameWord, queryWord)), in any order.
func matchWords(qw, nw []string, ok func(name, q string) bool) bool {
	used := make([]bool, len(nw))
	for _, q := range qw {
		found := false
		for i, n := range nw {
			if !used[i] && ok(n, q) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// FindByName returns the entities of class c ("" for any) whose name or
// alternate name matches query, ignoring case, accents and punctuation and
// accepting part of a name (whole words, word prefixes, or a substring of
// at least three letters), best first: by Score, then name, then IRI.
func FindByName(ctx context.Context, st *store.Store, query string, c vocab.Class) ([]Match, error) {
	q := Normalize(query)
	if q == "" {
		return nil, nil
	}
	qw := strings.Fields(q)
	best := map[quad.IRI]*Match{}
	prefNames := map[quad.IRI][]string{} // every entity's preferred name(s)
	type altMatch struct {
		iri   quad.IRI
		name  string
		score int
	}
	var alts []altMatch
	type pair struct {
		s    quad.IRI
		name string
	}
	for _, p := range []quad.IRI{vocab.Name, vocab.AlternateName} {
		seen := map[pair]bool{}
		err := eachNamed(ctx, st, p, func(subject, object quad.Value) {
			iri, ok := subject.(quad.IRI)
			if !ok {
				return
			}
			name, ok := literal(object)
			if !ok {
				return
			}
			k := pair{iri, name}
			if seen[k] {
				return
			}
			seen[k] = true
			if p == vocab.Name {
				prefNames[iri] = append(prefNames[iri], name)
			}
			sc := score(query, q, qw, name)
			if sc == 0 {
				return
			}
			if p == vocab.AlternateName {
				alts = append(alts, altMatch{iri, name, sc - AltPenalty})
				return
			}
			m := best[iri]
			if m == nil {
				m = &Match{IRI: iri}
				best[iri] = m
			}
			if sc > m.Score || sc == m.Score && name < m.Matched {
				m.Score, m.Matched = sc, name
			}
		})
		if err != nil {
			return nil, err
		}
	}
	// An alternate name that is part of the entity's own name ("FOSDEM" for
	// "FOSDEM 2020") says nothing the name does not: it scores no better.
	for _, am := range alts {
		if partOfName(am.name, prefNames[am.iri]) {
			continue
		}
		m := best[am.iri]
		if m == nil {
			m = &Match{IRI: am.iri}
			best[am.iri] = m
		}
		if am.score > m.Score || am.score == m.Score && am.name < m.Matched {
			m.Score, m.Matched = am.score, am.name
		}
	}
	for iri, m := range best {
		for _, n := range prefNames[iri] {
			if m.Name == "" || n < m.Name {
				m.Name = n
			}
		}
	}
	f := ForStore(st)
	out := make([]Match, 0, len(best))
	for _, m := range best {
		cs, err := f.Classes(ctx, m.IRI)
		if err != nil {
			return nil, err
		}
		m.Classes = cs
		if c != "" && !hasClass(cs, c) {
			continue
		}
		if m.Name == "" {
			if m.Name, err = f.Name(ctx, m.IRI); err != nil {
				return nil, err
			}
		}
		out = append(out, *m)
	}
	sortMatches(out)
	return out, nil
}

// partOfName reports whether every word of alt is a word of one of names.
func partOfName(alt string, names []string) bool {
	aw := strings.Fields(Normalize(alt))
	if len(aw) == 0 {
		return false
	}
	for _, n := range names {
		nw := strings.Fields(Normalize(n))
		if len(aw) < len(nw) && matchWords(aw, nw, func(a, b string) bool { return a == b }) {
			return true
		}
	}
	return false
}

func sortMatches(ms []Match) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Score != ms[j].Score {
			return ms[i].Score > ms[j].Score
		}
		if ms[i].Name != ms[j].Name {
			return ms[i].Name < ms[j].Name
		}
		return ms[i].IRI < ms[j].IRI
	})
}

func hasClass(cs []vocab.Class, c vocab.Class) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// Resolve finds the one entity of class c ("" for any) that arg names: an
// IRI (full, or with a known prefix such as "tg:"), or a name as
// FindByName matches it. The best match wins; when several share the best
// score it returns an *AmbiguousError listing them, and when none matches
// an error wrapping ErrNoMatch.
func Resolve(ctx context.Context, st *store.Store, arg string, c vocab.Class) (Match, error) {
	if full := vocab.Expand(strings.Trim(arg, "<>")); strings.Contains(full, "://") {
		iri := quad.IRI(full)
		f := ForStore(st)
		cs, err := f.Classes(ctx, iri)
		if err != nil {
			return Match{}, err
		}
		name, err := f.Name(ctx, iri)
		if err != nil {
			return Match{}, err
		}
		if len(cs) == 0 && name == "" {
			return Match{}, noMatch(full + ": not in the store")
		}
		if c != "" && !hasClass(cs, c) {
			return Match{}, noMatch(fmt.Sprintf("%s is not a %s", full, strings.ToLower(string(c))))
		}
		return Match{IRI: iri, Name: name, Classes: cs, Matched: full, Score: ScoreIRI}, nil
	}
	if ms, err := exactName(ctx, st, arg, c); err != nil {
		return Match{}, err
	} else if len(ms) == 1 {
		return ms[0], nil
	}
	ms, err := FindByName(ctx, st, arg, c)
	if err != nil {
		return Match{}, err
	}
	if len(ms) == 0 {
		what := "entity"
		if c != "" {
			what = strings.ToLower(string(c))
		}
		return Match{}, noMatch(fmt.Sprintf("no %s named %q", what, arg))
	}
	if tied := Tied(ms); len(tied) > 1 {
		return Match{}, &AmbiguousError{Query: arg, Class: c, Candidates: tied}
	}
	return ms[0], nil
}

// Tied returns the leading matches that share the best score.
func Tied(ms []Match) []Match {
	n := 0
	for n < len(ms) && ms[n].Score == ms[0].Score {
		n++
	}
	return ms[:n]
}

// eachQuad calls fn with every quad whose direction d is v.
func eachQuad(ctx context.Context, qs graph.QuadStore, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		fn(qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// literal returns the text of a string literal.
func literal(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.LangString:
		return string(v.Value), true
	case quad.TypedString:
		return string(v.Value), true
	}
	return "", false
}

// eachNamed calls fn with every (subject, object) of predicate p: from the
// store's edge index (each triple once) when it indexes p, else from every
// quad of p in Cayley.
func eachNamed(ctx context.Context, st *store.Store, p quad.IRI, fn func(s, o quad.Value)) error {
	if st.Indexed(p, false) {
		return st.EachEdge(ctx, p, false, func(s, o quad.Value) error {
			fn(s, o)
			return nil
		})
	}
	return eachQuad(ctx, st.QuadStore(), quad.Predicate, p, func(q quad.Quad) { fn(q.Subject, q.Object) })
}
